"""A question as understood: its intent, the tools it names and their roles, and what its thread remembers."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from bot.radar.catalog import normalise
from bot.radar.language.recommend import (
    Need,
    Situation,
)
from bot.radar.models import Category, Persona, Quadrant, Ring, Tool


class Intent(str, Enum):  # noqa: UP042 - StrEnum would change str() and format() of members
    LOOKUP = "lookup"
    COMPARE = "compare"
    RECOMMEND = "recommend"
    LIST = "list"
    CONCEPT = "concept"
    FOLLOWUP = "followup"
    HELP = "help"
    UNKNOWN = "unknown"
    SOCIAL = "social"
    CLARIFY = "clarify"


@dataclass(frozen=True)
class Option:
    """One answer to a clarifying question: its button label, the question it then asks, the tool it means."""

    label: str
    text: str
    tool: str = ""


@dataclass(frozen=True)
class Memory:
    """What a thread was last about: the tools discussed (in order), the intent, the need behind it,
    and a clarifying question still waiting for its answer."""

    tools: tuple[str, ...] = ()
    intent: str = ""
    tags: tuple[str, ...] = ()
    pending: tuple[Option, ...] = ()
    asked: str = ""  # the question the clarifying question was about
    insists: tuple[str, ...] = ()  # what the person insisted on earlier in the thread (Constraints.as_tags)
    idea: str = ""  # the radar's idea just explained ("ring:trial"), for "which tools are in it?"
    words: tuple[str, ...] = ()  # the stems the thread's need was told in ("llm serving for our npc prototype")
    refused: tuple[str, ...] = ()  # tools the person ruled out earlier in the thread ("portkey is out")

    def __bool__(self) -> bool:
        return bool(self.tools or self.tags or self.idea)

    def resolve(self, reply: str) -> tuple[str, Memory] | None:
        """The refined question when a reply answers the pending clarifying question, with the memory for it."""
        if not self.asked:
            return None
        said = normalise(reply)
        chosen = next((o for o in self.pending if said and normalise(o.label) == said), None)
        if chosen is None and len(reply.split()) <= 6:
            chosen = next((o for o in self.pending if normalise(o.label) and normalise(o.label) in said), None)
        if chosen is None:
            return None
        tools = (chosen.tool, *(t for t in self.tools if t != chosen.tool)) if chosen.tool else self.tools
        return chosen.text, Memory(tools, self.intent, self.tags, insists=self.insists, words=self.words)


class Role(str, Enum):  # noqa: UP042 - StrEnum would change str() and format() of members
    """What a tool named in a message is to the question."""

    SUBJECT = "subject"  # what the question is about
    STACK = "stack"  # the person already runs it ("we use Kubernetes")
    REPLACE = "replace"  # something to move away from ("alternatives to Jenkins")
    COMPARE = "compare"  # a yardstick ("lighter than Airflow", "besides Comet")


@dataclass(frozen=True)
class Mention:
    tool: Tool
    start: int
    end: int  # token positions, end exclusive
    stack: bool = False  # the person already runs it ("we use Kubernetes")
    role: Role = Role.SUBJECT


@dataclass(frozen=True)
class Question:
    """A question as understood: its intent and a finer action, and everything it names."""

    text: str
    intent: Intent
    action: str = ""
    tools: tuple[Tool, ...] = ()
    need: Need = field(default_factory=Need)
    situation: Situation = field(default_factory=Situation)
    ring: Ring | None = None
    quadrant: Quadrant | None = None
    category: Category | None = None
    persona: Persona | None = None
    unknown: str = ""
    suggestions: tuple[Tool, ...] = ()
    options: tuple[Option, ...] = ()  # a clarifying question's choices


def concept_question(concept: str, base: dict[str, Any]) -> Question:
    return Question(intent=Intent.CONCEPT, action=concept, **base)
