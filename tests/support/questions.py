"""Scoring a question set through both ways of asking: a mention in a thread and `/radar <text>`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.messages.blocks import Message

SETS = Path(__file__).resolve().parents[1]
INTENTS = ("lookup", "compare", "recommend", "list", "concept", "followup", "help", "unknown", "social", "clarify")
FIELDS = {"q", "thread", "intent", "tools", "first", "any", "words", "not"}


@dataclass(frozen=True)
class Reply:
    message: Message
    intent: str


# (entry number, the texts of one conversation) -> the reply to its last text
Asker = Callable[[int, list[str]], Reply]


# Every set whose failures were read: guards, no longer measures of accuracy (tests/question_scores.md)
# the sets written since whose failures are still unread: the estimate for questions nobody has seen (README)
NEVER_READ = range(294, 298)
READ_SETS = (
    "questions_heldout.yml",
    "questions_fresh.yml",
    # (there is no questions_fresh2.yml)
    *(f"questions_fresh{n}.yml" for n in range(3, 302) if n not in NEVER_READ),
)


def load(name: str) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = yaml.safe_load((SETS / name).read_text())
    return entries


def texts_of(entry: dict[str, Any]) -> list[str]:
    return list(entry["thread"]) if "thread" in entry else [entry["q"]]


def problems(entry: dict[str, Any], reply: Reply) -> list[str]:
    found: list[str] = []
    tools = reply.message.tool_ids
    text = reply.message.text.lower()
    if reply.intent != entry["intent"]:
        found.append(f"intent {reply.intent}, expected {entry['intent']}")
    if "first" in entry and tools[:1] != [entry["first"]]:
        found.append(f"first tool {tools[:1]}, expected {entry['first']}")
    missing = [t for t in entry.get("tools", []) if t not in tools]
    if missing:
        found.append(f"missing tools {missing} in {tools}")
    if "any" in entry and not set(entry["any"]) & set(tools):
        found.append(f"none of {entry['any']} in {tools[:8]}")
    unwanted = [t for t in entry.get("not", []) if t in tools]
    if unwanted:
        found.append(f"unwanted tools {unwanted}")
    absent = [w for w in entry.get("words", []) if w.lower() not in text]
    if absent:
        found.append(f"missing words {absent}")
    return found


@dataclass
class Score:
    right: Counter[str] = field(default_factory=Counter)
    asked: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return sum(self.right.values()) / max(1, sum(self.asked.values()))

    def table(self, title: str) -> str:
        rows = [title, f"{'intent':<10} {'right':>5} {'asked':>5} {'accuracy':>9}"]
        rows += [
            f"{i:<10} {self.right[i]:>5} {self.asked[i]:>5} {self.right[i] / self.asked[i]:>9.1%}"
            for i in INTENTS
            if self.asked[i]
        ]
        rows.append(
            f"{'overall':<10} {sum(self.right.values()):>5} {sum(self.asked.values()):>5} {self.accuracy:>9.1%}"
        )
        return "\n".join(rows)


def score(entries: list[dict[str, Any]], ask: Asker, check: Callable[[Message], None] | None = None) -> Score:
    result = Score()
    for number, entry in enumerate(entries):
        reply = ask(number, texts_of(entry))
        if check:
            check(reply.message)
        result.asked[entry["intent"]] += 1
        wrong = problems(entry, reply)
        if wrong:
            result.failures.append(f"  {' / '.join(texts_of(entry))!r}: {'; '.join(wrong)}")
        else:
            result.right[entry["intent"]] += 1
    return result
