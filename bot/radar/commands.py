"""Parsing `/radar` text into commands; the one list of sub-commands that help and docs show."""

from __future__ import annotations

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


# Order is the order help shows them. Keep in step with manifest.yml's usage hint and the README.
SUBCOMMANDS: dict[str, Usage] = {
    "lookup": Usage("/radar <tool>", "Explain a tool: quadrant, category, axes, ring and why"),
    "compare": Usage("/radar compare <a> <b> [<c>]", "Two or three tools side by side"),
    "ring": Usage("/radar ring <adopt|trial|assess|hold>", "Every tool in a ring"),
    "quadrant": Usage("/radar quadrant <name>", "Every tool in a quadrant, by category"),
    "category": Usage("/radar category <name>", "Every tool in a category"),
    "rings": Usage("/radar rings", "What the four rings mean and what to do with their tools"),
    "quadrants": Usage("/radar quadrants", "The map: two axes, four quadrants and their categories"),
    "propose": Usage("/radar propose <tool> <ring> <why>", "Put a tool on the next weekly poll, towards a ring"),
    "history": Usage("/radar history <tool>", "Every ring move the team voted for a tool"),
    "poll": Usage("/radar poll", "The open poll, or when the next opens (admins: `poll close`)"),
    "chart": Usage("/radar chart [quadrant]", "Post a picture of the team's radar, or of one quadrant, in the channel"),
    "web": Usage("/radar web", "A link to the team's radar page: the picture, a searchable table, each tool's history"),
    "help": Usage("/radar help", "This list"),
}

ALIASES = {"vs": "compare", "list": "ring", "cat": "category", "?": "help", "--help": "help", "-h": "help"}


def register(name: str, usage: Usage) -> None:
    """Add a sub-command (features outside the core, such as polls, add theirs at import)."""
    SUBCOMMANDS[name] = usage


def parse(text: str) -> Command:
    """Split slash-command text into a sub-command and its argument; anything else is a lookup."""
    stripped = " ".join((text or "").split())
    if not stripped:
        return Command("help")
    head, _, rest = stripped.partition(" ")
    word = ALIASES.get(head.lower(), head.lower())
    if word in SUBCOMMANDS and word != "lookup":
        # "/radar ring" alone is the overview, just as "/radar rings" is
        if word in {"ring", "quadrant"} and not rest:
            return Command(word + "s")
        return Command(word, rest.strip())
    return Command("lookup", stripped)
