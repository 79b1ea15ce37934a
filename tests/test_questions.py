"""Both question sets (tuned and fresh) through both ways of asking (a mention and `/radar <text>`), per intent.

Run with `-s` to see the table: .venv/bin/python -m pytest -q -s tests/test_questions.py
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from bot.services.radar import Caller, RadarService
from bot.storage.store import Store
from tests.support.blockkit import assert_valid_message
from tests.support.questions import FIELDS, INTENTS, READ_SETS, Asker, Reply, load, score, texts_of

QUESTIONS = load("questions.yml")
FRESH = {name: load(name) for name in READ_SETS}
GOAL = 0.95
# Each fresh set was written by someone who never saw the code, and scored before any change
# (tests/question_scores.md); its failures were then read, so it is no longer a measure of
# accuracy, only a guard. Its floor is what the understanding reaches today, on both paths.
FRESH_FLOOR = {
    "questions_heldout.yml": 0.99,
    "questions_fresh.yml": 0.98,
    "questions_fresh3.yml": 0.99,
    "questions_fresh4.yml": 0.99,
    "questions_fresh5.yml": 0.98,
    "questions_fresh6.yml": 0.96,
    "questions_fresh7.yml": 0.98,
    "questions_fresh8.yml": 1.00,
    "questions_fresh9.yml": 0.97,
    "questions_fresh10.yml": 0.97,
    "questions_fresh11.yml": 0.99,
    "questions_fresh12.yml": 0.98,
    "questions_fresh13.yml": 1.00,
    "questions_fresh14.yml": 0.98,
    "questions_fresh15.yml": 0.96,
    "questions_fresh16.yml": 0.98,
    "questions_fresh17.yml": 0.97,
    "questions_fresh18.yml": 0.96,
    "questions_fresh19.yml": 1.00,
    "questions_fresh20.yml": 0.99,
    "questions_fresh21.yml": 0.99,
    "questions_fresh22.yml": 1.00,
    "questions_fresh23.yml": 0.99,
    "questions_fresh24.yml": 0.98,
    "questions_fresh25.yml": 0.98,
    "questions_fresh26.yml": 0.94,
    "questions_fresh27.yml": 0.98,
    "questions_fresh28.yml": 0.99,
    "questions_fresh29.yml": 0.98,
    "questions_fresh30.yml": 0.99,
    "questions_fresh31.yml": 0.97,
    "questions_fresh32.yml": 0.98,
    "questions_fresh33.yml": 0.97,
    "questions_fresh34.yml": 0.96,
    "questions_fresh35.yml": 0.93,
    "questions_fresh36.yml": 0.98,
    "questions_fresh37.yml": 0.97,
    "questions_fresh38.yml": 0.97,
    "questions_fresh39.yml": 0.99,
    "questions_fresh40.yml": 0.96,
    "questions_fresh41.yml": 0.97,
    "questions_fresh42.yml": 0.96,
    "questions_fresh43.yml": 0.98,
    "questions_fresh44.yml": 0.98,
    "questions_fresh45.yml": 0.98,
    "questions_fresh46.yml": 0.98,
    "questions_fresh47.yml": 1.00,
    "questions_fresh48.yml": 0.98,
    "questions_fresh49.yml": 0.97,
    "questions_fresh50.yml": 0.98,
    "questions_fresh51.yml": 0.97,
    "questions_fresh52.yml": 0.98,
    "questions_fresh53.yml": 0.98,
    "questions_fresh54.yml": 0.96,
    "questions_fresh55.yml": 0.99,
    "questions_fresh56.yml": 0.97,
    "questions_fresh57.yml": 0.97,
    "questions_fresh58.yml": 0.98,
    "questions_fresh59.yml": 0.97,
    "questions_fresh60.yml": 0.98,
    "questions_fresh61.yml": 0.98,
    "questions_fresh62.yml": 0.96,
    "questions_fresh63.yml": 0.98,
    "questions_fresh64.yml": 0.96,
    "questions_fresh65.yml": 0.96,
    "questions_fresh66.yml": 0.96,
    "questions_fresh67.yml": 0.97,
    "questions_fresh68.yml": 0.98,
    "questions_fresh69.yml": 0.98,
    "questions_fresh70.yml": 0.96,
    "questions_fresh71.yml": 0.99,
    "questions_fresh72.yml": 0.97,
    "questions_fresh73.yml": 0.97,
    "questions_fresh74.yml": 0.98,
    "questions_fresh75.yml": 0.96,
    "questions_fresh76.yml": 0.99,
    "questions_fresh77.yml": 0.96,
    "questions_fresh78.yml": 0.99,
    "questions_fresh79.yml": 0.99,
    "questions_fresh80.yml": 0.99,
    "questions_fresh81.yml": 0.99,
    "questions_fresh82.yml": 0.99,
    "questions_fresh83.yml": 0.99,
    "questions_fresh84.yml": 0.99,
    "questions_fresh85.yml": 0.99,
    "questions_fresh86.yml": 0.99,
    "questions_fresh87.yml": 0.96,
    "questions_fresh88.yml": 0.93,
    "questions_fresh89.yml": 0.88,
    "questions_fresh90.yml": 1.00,
    "questions_fresh91.yml": 0.98,
    "questions_fresh92.yml": 0.99,
    "questions_fresh93.yml": 0.99,
    "questions_fresh94.yml": 0.97,
    "questions_fresh95.yml": 0.99,
    "questions_fresh96.yml": 0.92,
    "questions_fresh97.yml": 0.92,
    "questions_fresh98.yml": 0.94,
    "questions_fresh99.yml": 0.95,
    "questions_fresh100.yml": 0.98,
    "questions_fresh101.yml": 0.97,
    "questions_fresh102.yml": 0.99,
    "questions_fresh103.yml": 0.97,
    "questions_fresh104.yml": 0.93,
    "questions_fresh105.yml": 0.88,
    "questions_fresh106.yml": 0.94,
    "questions_fresh107.yml": 0.90,
    "questions_fresh108.yml": 0.99,
    "questions_fresh109.yml": 0.97,
    "questions_fresh110.yml": 0.99,
    "questions_fresh111.yml": 0.97,
    "questions_fresh112.yml": 0.93,
    "questions_fresh113.yml": 0.90,
    "questions_fresh114.yml": 0.95,
    "questions_fresh115.yml": 0.93,
    "questions_fresh116.yml": 0.97,
    "questions_fresh117.yml": 0.98,
    "questions_fresh118.yml": 0.97,
    "questions_fresh119.yml": 0.97,
    "questions_fresh120.yml": 0.90,
    "questions_fresh121.yml": 0.95,
    "questions_fresh122.yml": 0.87,
    "questions_fresh123.yml": 0.93,
    "questions_fresh124.yml": 0.89,
    "questions_fresh125.yml": 0.94,
    "questions_fresh126.yml": 0.94,
    "questions_fresh127.yml": 0.92,
    "questions_fresh128.yml": 0.98,
    "questions_fresh129.yml": 0.98,
    "questions_fresh130.yml": 0.98,
    "questions_fresh131.yml": 0.98,
    "questions_fresh132.yml": 0.91,
    "questions_fresh133.yml": 0.94,
    "questions_fresh134.yml": 0.96,
    "questions_fresh135.yml": 0.95,
    "questions_fresh136.yml": 0.84,
    "questions_fresh137.yml": 0.91,
    "questions_fresh138.yml": 0.90,
    "questions_fresh139.yml": 0.91,
    "questions_fresh140.yml": 0.98,
    "questions_fresh141.yml": 0.96,
    "questions_fresh142.yml": 0.97,
    "questions_fresh143.yml": 0.95,
    "questions_fresh144.yml": 0.93,
    "questions_fresh145.yml": 0.92,
    "questions_fresh146.yml": 0.96,
    "questions_fresh147.yml": 0.94,
    "questions_fresh148.yml": 0.97,
    "questions_fresh149.yml": 0.96,
    "questions_fresh150.yml": 0.97,
    "questions_fresh151.yml": 0.98,
    "questions_fresh152.yml": 0.96,
    "questions_fresh153.yml": 0.93,
    "questions_fresh154.yml": 0.87,
    "questions_fresh155.yml": 0.84,
    "questions_fresh156.yml": 0.98,
    "questions_fresh157.yml": 0.98,
    "questions_fresh158.yml": 0.96,
    "questions_fresh159.yml": 0.97,
    "questions_fresh160.yml": 0.96,
    "questions_fresh161.yml": 0.97,
    "questions_fresh162.yml": 0.93,
    "questions_fresh163.yml": 0.95,
    "questions_fresh164.yml": 0.94,
    "questions_fresh165.yml": 0.96,
    "questions_fresh166.yml": 0.94,
    "questions_fresh167.yml": 0.96,
    "questions_fresh168.yml": 0.98,
    "questions_fresh169.yml": 0.96,
    "questions_fresh170.yml": 0.96,
    "questions_fresh171.yml": 0.95,
    "questions_fresh172.yml": 0.96,
    "questions_fresh173.yml": 0.97,
    "questions_fresh174.yml": 0.97,
    "questions_fresh175.yml": 0.95,
    "questions_fresh176.yml": 0.97,
    "questions_fresh177.yml": 0.97,
    "questions_fresh178.yml": 0.93,
    "questions_fresh179.yml": 0.94,
    "questions_fresh180.yml": 0.95,
    "questions_fresh181.yml": 0.93,
    "questions_fresh182.yml": 0.97,
    "questions_fresh183.yml": 0.97,
    "questions_fresh184.yml": 0.97,
    "questions_fresh185.yml": 0.98,
    "questions_fresh186.yml": 0.93,
    "questions_fresh187.yml": 0.96,
    "questions_fresh188.yml": 0.96,
    "questions_fresh189.yml": 0.95,
    "questions_fresh190.yml": 0.99,
    "questions_fresh191.yml": 0.97,
    "questions_fresh192.yml": 0.97,
    "questions_fresh193.yml": 0.97,
    "questions_fresh194.yml": 0.96,
    "questions_fresh195.yml": 0.99,
    "questions_fresh196.yml": 0.93,
    "questions_fresh197.yml": 0.95,
    "questions_fresh198.yml": 0.97,
    "questions_fresh199.yml": 0.97,
    "questions_fresh200.yml": 0.98,
    "questions_fresh201.yml": 0.96,
    "questions_fresh202.yml": 1.00,
    "questions_fresh203.yml": 0.97,
    "questions_fresh204.yml": 0.95,
    "questions_fresh205.yml": 0.98,
    "questions_fresh206.yml": 0.97,
    "questions_fresh207.yml": 0.98,
    "questions_fresh208.yml": 0.97,
    "questions_fresh209.yml": 0.96,
    "questions_fresh210.yml": 0.95,
    "questions_fresh211.yml": 0.98,
    "questions_fresh212.yml": 0.96,
    "questions_fresh213.yml": 0.94,
    "questions_fresh214.yml": 0.97,
    "questions_fresh215.yml": 0.98,
    "questions_fresh216.yml": 0.98,
    "questions_fresh217.yml": 0.97,
    "questions_fresh218.yml": 0.96,
    "questions_fresh219.yml": 0.93,
    "questions_fresh220.yml": 0.95,
    "questions_fresh221.yml": 0.96,
    "questions_fresh222.yml": 0.96,
    "questions_fresh223.yml": 0.98,
    "questions_fresh224.yml": 0.96,
    "questions_fresh225.yml": 0.98,
    "questions_fresh226.yml": 0.97,
    "questions_fresh227.yml": 0.94,
    "questions_fresh228.yml": 0.97,
    "questions_fresh229.yml": 0.96,
    "questions_fresh230.yml": 0.97,
    "questions_fresh231.yml": 0.97,
    "questions_fresh232.yml": 0.97,
    "questions_fresh233.yml": 0.97,
    "questions_fresh234.yml": 0.95,
    "questions_fresh235.yml": 0.99,
    "questions_fresh236.yml": 0.91,
    "questions_fresh237.yml": 0.96,
    "questions_fresh238.yml": 0.97,
    "questions_fresh239.yml": 0.93,
    "questions_fresh240.yml": 0.97,
    "questions_fresh241.yml": 0.98,
    "questions_fresh242.yml": 0.91,
    "questions_fresh243.yml": 0.95,
    "questions_fresh244.yml": 0.94,
    "questions_fresh245.yml": 0.97,
    "questions_fresh246.yml": 0.95,
    "questions_fresh247.yml": 0.96,
    "questions_fresh248.yml": 0.99,
    "questions_fresh249.yml": 0.93,
    "questions_fresh250.yml": 0.96,
    "questions_fresh251.yml": 0.92,
    "questions_fresh252.yml": 0.93,
    "questions_fresh253.yml": 0.95,
    "questions_fresh254.yml": 0.95,
    "questions_fresh255.yml": 0.97,
    "questions_fresh256.yml": 0.97,
    "questions_fresh257.yml": 0.98,
    "questions_fresh258.yml": 0.97,
    "questions_fresh259.yml": 0.93,
    "questions_fresh260.yml": 0.95,
    "questions_fresh261.yml": 0.90,
    "questions_fresh262.yml": 0.96,
    "questions_fresh263.yml": 0.98,
    "questions_fresh264.yml": 0.94,
    "questions_fresh265.yml": 0.97,
    "questions_fresh266.yml": 0.94,
    "questions_fresh267.yml": 0.92,
    "questions_fresh268.yml": 0.92,
    "questions_fresh269.yml": 0.91,
    "questions_fresh270.yml": 0.94,
    "questions_fresh271.yml": 0.97,
    "questions_fresh272.yml": 0.97,
    "questions_fresh273.yml": 0.98,
    "questions_fresh274.yml": 0.91,
    "questions_fresh275.yml": 0.97,
    "questions_fresh276.yml": 0.94,
    "questions_fresh277.yml": 0.96,
    "questions_fresh278.yml": 0.98,
    "questions_fresh279.yml": 0.95,
    "questions_fresh280.yml": 0.96,
    "questions_fresh281.yml": 0.97,
    "questions_fresh282.yml": 0.94,
    "questions_fresh283.yml": 0.90,
    "questions_fresh284.yml": 0.96,
    "questions_fresh285.yml": 0.95,
    "questions_fresh286.yml": 0.94,
    "questions_fresh287.yml": 0.99,
    "questions_fresh288.yml": 0.97,
    "questions_fresh289.yml": 0.99,
    "questions_fresh290.yml": 0.90,
    "questions_fresh291.yml": 0.94,
    "questions_fresh292.yml": 0.95,
    "questions_fresh293.yml": 0.95,
    "questions_fresh298.yml": 0.95,
    "questions_fresh299.yml": 0.96,
    "questions_fresh300.yml": 0.91,
    "questions_fresh301.yml": 0.95,
}


def mention_asker(service: RadarService) -> Asker:
    """Each entry in its own thread, sent as Slack sends a mention: the bot's user id in front."""

    def ask(number: int, texts: list[str]) -> Reply:
        caller = Caller("TQUESTIONS", "UASKER", "CQUESTIONS")
        replies = [service.mention(caller, f"1700000000.{number:06d}", f"<@UBOT> {text}".rstrip()) for text in texts]
        return Reply(replies[-1].message, replies[-1].intent)

    return ask


def slash_asker(service: RadarService) -> Asker:
    """Each entry from its own person, typed after `/radar` one message at a time."""

    def ask(number: int, texts: list[str]) -> Reply:
        caller = Caller("TQUESTIONS", f"U{number:06d}", "CQUESTIONS")
        replies = [service.slash(caller, text) for text in texts]
        return Reply(replies[-1].message, replies[-1].intent)

    return ask


ASKERS = {"mention": mention_asker, "slash": slash_asker}


@pytest.fixture
def service(bundled_catalog) -> RadarService:
    return RadarService(bundled_catalog, Store())


# a set written to weigh needs told in people's words: fewer questions, most of them recommendations
FOCUSED = {"questions_fresh15.yml"}
# probe sets: 110 questions each, weighted to clarifying questions, unknown names, help and follow-ups (34, 35, 88,
# 89), to recommendations (90, 91), to follow-ups and lists (96, 97), to lists and recommendations (98, 99) or to
# follow-ups, recommendations, unknown names and ideas (104 to 107), or to recommendations told at length and
# follow-ups (112 to 115, 120 to 123), or to recommendations, follow-ups, lookups and clarifying questions (124 to 127,
# 132 to 139, 144 to 147, 152 to 155, 162 to 165, 170 to 173, 178 to 181, 186 to 189, 194 to 197, 202 to 205,
# 210 to 213, 218 to 221, 226 to 229, 234 to 237, 242 to 245, 250 to 253,
# 258 to 261, 266 to 269, 274 to 277, 282 to 285, 290 to 293, 298 to 301)
PROBES = {
    f"questions_fresh{n}.yml"
    for n in (34, 35, 88, 89, 90, 91, 96, 97, 98, 99, *range(104, 108), *range(112, 116), *range(120, 128),
              *range(132, 140), *range(144, 148), *range(152, 156), *range(162, 166), *range(170, 174),
              *range(178, 182), *range(186, 190), *range(194, 198),
              *range(202, 206), *range(210, 214), *range(218, 222), *range(226, 230), *range(234, 238),
              *range(242, 246), *range(250, 254), *range(258, 262), *range(266, 270),
              *range(274, 278), *range(282, 286), *range(290, 294), *range(298, 302))
}  # fmt: skip


@pytest.mark.parametrize(("name", "entries"), [("tuned", QUESTIONS), *FRESH.items()], ids=["tuned", *FRESH])
def test_the_question_sets_are_large_and_varied(name, entries):
    assert len(entries) >= (180 if name in FOCUSED else 100 if name in PROBES else 200)
    counts = Counter(e["intent"] for e in entries)
    assert set(counts) <= set(INTENTS) and all(counts[i] >= 4 for i in counts), counts
    firsts = [" ".join(texts_of(e)).lower() for e in entries]
    assert len(firsts) == len(set(firsts)), "a question is listed twice"
    for entry in entries:
        assert set(entry) <= FIELDS, entry
        assert any(k in entry for k in ("tools", "first", "any", "words", "not")) or entry["intent"] in {
            "unknown",
            "followup",
            "social",
            "clarify",
            "concept",
            "help",
        }, entry


@pytest.mark.parametrize("path", ASKERS)
def test_the_tuned_set_reaches_the_goal_both_ways(service, path):
    result = score(QUESTIONS, ASKERS[path](service), assert_valid_message)
    print("\n" + result.table(f"tuned set via {path}"))
    assert result.accuracy >= GOAL, f"accuracy {result.accuracy:.1%} is below {GOAL:.0%}:\n" + "\n".join(
        result.failures
    )


@pytest.mark.parametrize("name", FRESH)
@pytest.mark.parametrize("path", ASKERS)
def test_the_fresh_sets_stay_above_their_floors_both_ways(service, path, name):
    result = score(FRESH[name], ASKERS[path](service), assert_valid_message)
    print("\n" + result.table(f"{name} via {path}"))
    assert result.accuracy >= FRESH_FLOOR[name], "\n".join(result.failures)


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
                if not example
                or example in {"help", "what can you do?"}
                or "the slash commands" in row
                or "| what it can do" in row
                else set(INTENTS) - {"help", "followup"} - (set() if "known or not" in row else {"unknown"})
            )
            assert reply.intent in expected, (example, reply.intent)
