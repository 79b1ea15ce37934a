"""Splitting `/radar` text into a sub-command word and its argument, given the words the table knows."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Command:
    """A parsed `/radar` request: the sub-command and the rest of the text."""

    name: str
    argument: str = ""


@dataclass(frozen=True)
class Usage:
    usage: str
    what: str


# "/radar ring" alone is the overview, just as "/radar rings" is
BARE_TO_OVERVIEW = {"ring": "rings", "quadrant": "quadrants"}


def parse(text: str, keywords: Collection[str], aliases: Mapping[str, str]) -> Command:
    """Split slash-command text into a sub-command and its argument; anything else is a lookup."""
    stripped = " ".join((text or "").split())
    if not stripped:
        return Command("help")
    head, _, rest = stripped.partition(" ")
    word = aliases.get(head.lower(), head.lower())
    if word in keywords and word != "lookup":
        if word in BARE_TO_OVERVIEW and not rest:
            return Command(BARE_TO_OVERVIEW[word])
        return Command(word, rest.strip())
    return Command("lookup", stripped)
