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
READ_SETS = (
    "questions_heldout.yml",
    "questions_fresh.yml",
    "questions_fresh3.yml",
    "questions_fresh4.yml",
    "questions_fresh5.yml",
    "questions_fresh6.yml",
    "questions_fresh7.yml",
    "questions_fresh8.yml",
    "questions_fresh9.yml",
    "questions_fresh10.yml",
    "questions_fresh11.yml",
    "questions_fresh12.yml",
    "questions_fresh13.yml",
    "questions_fresh14.yml",
    "questions_fresh15.yml",
    "questions_fresh16.yml",
    "questions_fresh17.yml",
    "questions_fresh18.yml",
    "questions_fresh19.yml",
    "questions_fresh20.yml",
    "questions_fresh21.yml",
    "questions_fresh22.yml",
    "questions_fresh23.yml",
    "questions_fresh24.yml",
    "questions_fresh25.yml",
    "questions_fresh26.yml",
    "questions_fresh27.yml",
    "questions_fresh28.yml",
    "questions_fresh29.yml",
    "questions_fresh30.yml",
    "questions_fresh31.yml",
    "questions_fresh32.yml",
    "questions_fresh33.yml",
    "questions_fresh34.yml",
    "questions_fresh35.yml",
    "questions_fresh36.yml",
    "questions_fresh37.yml",
    "questions_fresh38.yml",
    "questions_fresh39.yml",
    "questions_fresh40.yml",
    "questions_fresh41.yml",
    "questions_fresh42.yml",
    "questions_fresh43.yml",
    "questions_fresh44.yml",
    "questions_fresh45.yml",
    "questions_fresh46.yml",
    "questions_fresh47.yml",
    "questions_fresh48.yml",
    "questions_fresh49.yml",
    "questions_fresh50.yml",
    "questions_fresh51.yml",
    "questions_fresh52.yml",
    "questions_fresh53.yml",
    "questions_fresh54.yml",
    "questions_fresh55.yml",
    "questions_fresh56.yml",
    "questions_fresh57.yml",
    "questions_fresh58.yml",
    "questions_fresh59.yml",
    "questions_fresh60.yml",
    "questions_fresh61.yml",
    "questions_fresh62.yml",
    "questions_fresh63.yml",
    "questions_fresh64.yml",
    "questions_fresh65.yml",
    "questions_fresh66.yml",
    "questions_fresh67.yml",
    "questions_fresh68.yml",
    "questions_fresh69.yml",
    "questions_fresh70.yml",
    "questions_fresh71.yml",
    "questions_fresh72.yml",
    "questions_fresh73.yml",
    "questions_fresh74.yml",
    "questions_fresh75.yml",
    "questions_fresh76.yml",
    "questions_fresh77.yml",
    "questions_fresh78.yml",
    "questions_fresh79.yml",
    "questions_fresh80.yml",
    "questions_fresh81.yml",
    "questions_fresh82.yml",
    "questions_fresh83.yml",
    "questions_fresh84.yml",
    "questions_fresh85.yml",
    "questions_fresh86.yml",
    "questions_fresh87.yml",
    "questions_fresh88.yml",
    "questions_fresh89.yml",
    "questions_fresh90.yml",
    "questions_fresh91.yml",
    "questions_fresh92.yml",
    "questions_fresh93.yml",
    "questions_fresh94.yml",
    "questions_fresh95.yml",
    "questions_fresh96.yml",
    "questions_fresh97.yml",
    "questions_fresh98.yml",
    "questions_fresh99.yml",
    "questions_fresh100.yml",
    "questions_fresh101.yml",
    "questions_fresh102.yml",
    "questions_fresh103.yml",
    "questions_fresh104.yml",
    "questions_fresh105.yml",
    "questions_fresh106.yml",
    "questions_fresh107.yml",
    "questions_fresh108.yml",
    "questions_fresh109.yml",
    "questions_fresh110.yml",
    "questions_fresh111.yml",
    "questions_fresh112.yml",
    "questions_fresh113.yml",
    "questions_fresh114.yml",
    "questions_fresh115.yml",
    "questions_fresh116.yml",
    "questions_fresh117.yml",
    "questions_fresh118.yml",
    "questions_fresh119.yml",
    "questions_fresh120.yml",
    "questions_fresh121.yml",
    "questions_fresh122.yml",
    "questions_fresh123.yml",
    "questions_fresh124.yml",
    "questions_fresh125.yml",
    "questions_fresh126.yml",
    "questions_fresh127.yml",
    "questions_fresh132.yml",
    "questions_fresh133.yml",
    "questions_fresh134.yml",
    "questions_fresh135.yml",
    "questions_fresh136.yml",
    "questions_fresh137.yml",
    "questions_fresh138.yml",
    "questions_fresh139.yml",
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
