"""A message as read once, before any answer is chosen, and the words every step of reading shares."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from bot.radar.language.cues import WHICH_OF_THEM
from bot.radar.language.message import char_offsets
from bot.radar.language.question import (
    Memory,
    Mention,
)
from bot.radar.language.recommend import (
    Constraints,
    Need,
    Situation,
)
from bot.radar.language.text import Cleaned, Token
from bot.radar.models import Tool

# words asking for another tool like the one named: "anything similar", "the equivalent on azure"
INSTEAD_WORDS = re.compile(r"\b(instead|comparable|similar|equivalent)\b")
# programming languages the catalog lists: named in a need, they are where the answer must fit
LANGUAGE_TOOLS = frozenset({"python", "julia", "r", "java", "scala", "go", "rust", "javascript", "typescript"})
# what ends a clause: a sentence's end, a colon or semicolon, a dash between words
CLAUSE_BREAK = re.compile(r"[.?!;:\n]|\s[-\u2013\u2014]+\s")


@dataclass
class Reading:
    """A message as read once, before any answer is chosen: what the steps of understanding share."""

    text: str
    cleaned: Cleaned
    plain: str
    toks: list[Token]
    low: str
    mentions: list[Mention]
    subjects: list[Tool]  # the tools asked about; a step that finds one is only the setting takes it out
    stack: list[Tool]
    sentences: tuple[list[int], list[int]]  # where each sentence starts, and each asking one
    asked_from: int
    asked_to: int
    taken: frozenset[int]  # the words a tool's name takes, which name no need
    named_elsewhere: frozenset[int]  # the words of a product the catalog knows it lacks ("power bi")
    ring_words: frozenset[int]
    need: Need
    situation: Situation
    said_now: Constraints  # the constraints this message states, without the thread's
    base: dict[str, Any]
    memory: Memory
    refers: bool  # "it", "the second one", "those"
    kind_listed_after: bool
    asks_for_tool: bool
    compares: bool
    weighs_settings: bool  # the tools weighed are where a need told first is met: "online could be postgres or redis"
    stand_of_one: bool
    referenced: list[Tool]
    pointing: bool  # "it" points outside the message (before the thread is weighed)
    only_where: bool

    @cached_property
    def low_of_the_ask(self) -> str:
        """The words of the sentence that asks, lower case, without the story before it or what is told after."""
        return " ".join(t.low for t in self.toks[self.asked_from : self.asked_to])

    @cached_property
    def low_from_the_ask(self) -> str:
        """The words from the sentence that asks on, lower case: what the story before it told is left out."""
        if self.asked_from == 0:
            return self.low
        return " ".join(t.low for t in self.toks[self.asked_from :])

    @cached_property
    def asks_which_of_them(self) -> bool:
        """Whether a clause chooses among what the thread has shown: "which of those run on spark?", also after a
        clause that tells the setting ("part of this runs on EMR - which of those work with spark?")."""
        at = char_offsets(self.toks)  # (`low` is the words joined by single spaces: a clause is a slice of it)
        return bool(WHICH_OF_THEM.search(self.low)) or any(
            WHICH_OF_THEM.search(self.low[at[i] :])
            for i in range(1, len(self.toks))
            if CLAUSE_BREAK.search(self.plain[self.toks[i - 1].end : self.toks[i].start])
        )
