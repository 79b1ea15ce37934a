"""The question set (tests/questions.yml) through the mention code path, with accuracy per intent.

Run with `-s` to see the table: .venv/bin/python -m pytest -q -s tests/test_questions.py
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.services.radar import Caller, RadarService, ThreadReply
from bot.storage.store import Store
from tests.support.blockkit import assert_valid_message

QUESTIONS: list[dict[str, Any]] = yaml.safe_load((Path(__file__).parent / "questions.yml").read_text())
GOAL = 0.95
INTENTS = ("lookup", "compare", "recommend", "list", "concept", "followup", "help", "unknown")


def texts_of(entry: dict[str, Any]) -> list[str]:
    return list(entry["thread"]) if "thread" in entry else [entry["q"]]


def ask(service: RadarService, entry: dict[str, Any], number: int) -> ThreadReply:
    """Each entry in its own thread, sent as Slack sends a mention: the bot's user id in front."""
    caller = Caller("TQUESTIONS", "UASKER", "CQUESTIONS")
    reply = None
    for text in texts_of(entry):
        reply = service.mention(caller, f"1700000000.{number:06d}", f"<@UBOT> {text}".rstrip())
    assert reply is not None
    return reply


def problems(entry: dict[str, Any], reply: ThreadReply) -> list[str]:
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
        found.append(f"none of {entry['any']} in {tools}")
    unwanted = [t for t in entry.get("not", []) if t in tools]
    if unwanted:
        found.append(f"unwanted tools {unwanted}")
    absent = [w for w in entry.get("words", []) if w.lower() not in text]
    if absent:
        found.append(f"missing words {absent}")
    return found


@pytest.fixture(scope="module")
def service(bundled_catalog) -> RadarService:
    return RadarService(bundled_catalog, Store())


def test_the_question_set_is_large_and_varied():
    assert len(QUESTIONS) >= 150
    assert {e["intent"] for e in QUESTIONS} == set(INTENTS)
    counts = Counter(e["intent"] for e in QUESTIONS)
    assert all(counts[i] >= 5 for i in INTENTS), counts
    firsts = [" ".join(texts_of(e)).lower() for e in QUESTIONS]
    assert len(firsts) == len(set(firsts)), "a question is listed twice"
    for entry in QUESTIONS:
        assert set(entry) <= {"q", "thread", "intent", "tools", "first", "any", "words", "not"}, entry
        assert any(k in entry for k in ("tools", "first", "any", "words", "not")) or entry["intent"] in {
            "unknown",
            "followup",
        }, entry


def test_accuracy_per_intent_reaches_the_goal(service):
    right: Counter[str] = Counter()
    asked: Counter[str] = Counter()
    failures = []
    for number, entry in enumerate(QUESTIONS):
        reply = ask(service, entry, number)
        assert_valid_message(reply.message)
        asked[entry["intent"]] += 1
        wrong = problems(entry, reply)
        if wrong:
            failures.append(f"  {' / '.join(texts_of(entry))!r}: {'; '.join(wrong)}")
        else:
            right[entry["intent"]] += 1
    total = sum(right.values()) / sum(asked.values())
    rows = [f"{'intent':<10} {'right':>5} {'asked':>5} {'accuracy':>9}"]
    rows += [f"{i:<10} {right[i]:>5} {asked[i]:>5} {right[i] / asked[i]:>9.1%}" for i in INTENTS if asked[i]]
    rows.append(f"{'overall':<10} {sum(right.values()):>5} {sum(asked.values()):>5} {total:>9.1%}")
    print("\nQuestion set accuracy\n" + "\n".join(rows))
    if failures:
        print("Wrong answers:\n" + "\n".join(failures))
    assert total >= GOAL, f"accuracy {total:.1%} is below the goal of {GOAL:.0%}:\n" + "\n".join(failures)


def test_the_readmes_examples_are_understood(service):
    """Every example in README's "Mention the bot" table gets the kind of answer its row promises."""
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    section = readme[readme.index("## Mention the bot") : readme.index("## Command line")]
    rows = [line for line in section.splitlines() if line.startswith("| ") and "`" in line.split(" | ")[0]]
    assert len(rows) >= 8
    for row in rows:
        examples = [e.removeprefix("@radar").strip() for e in re.findall(r"`([^`]+)`", row.split(" | ")[0])]
        follow_up = row.startswith("| then")
        thread = "1700000999.000001"
        if follow_up:
            service.mention(Caller("TREADME", "U1", "CREADME"), thread, "what for experiment tracking?")
        for example in examples:
            reply = service.mention(
                Caller("TREADME", "U1", "CREADME"), thread if follow_up else f"readme-{example}", example
            )
            expected = (
                {"followup"}
                if follow_up
                else {"help"}
                if not example or example in {"help", "what can you do?"}
                else set(INTENTS) - {"unknown", "help", "followup"}
            )
            assert reply.intent in expected, (example, reply.intent)
