"""Numbering, 'new' and 'moved' marks of the team's radar snapshot."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.radar.snapshot import NEW_FOR, Snapshot, new_tools, poll_marks
from bot.radar.team import RingMove, TeamRadar

NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)


def move(tool: str, before: str, after: str, poll: int | None = 1, days_ago: int = 1) -> RingMove:
    return RingMove(tool, before, after, NOW - timedelta(days=days_ago), {after: 3, before: 1}, poll_id=poll)


def test_tools_of_the_first_showing_are_not_new_later_additions_are():
    start = NOW - timedelta(days=90)
    seen = {"kedro": start, "mlflow": start, "dvc": NOW - timedelta(days=2), "git": NOW - NEW_FOR - timedelta(days=1)}
    assert new_tools(seen, NOW) == {"dvc"}
    assert new_tools({}, NOW) == frozenset()


def test_moves_toward_adopt_are_in_and_toward_hold_are_out(tiny_catalog):
    marks = poll_marks(
        [move("kedro", "assess", "trial"), move("dvc", "trial", "hold"), move("git", "adopt", "adopt")],
        tiny_catalog.rings,
    )
    assert marks == {"kedro": "in", "dvc": "out"}


def test_entries_are_numbered_by_quadrant_then_ring_then_name(tiny_catalog):
    snapshot = Snapshot(TeamRadar(tiny_catalog), NOW)
    numbers = [e.number for e in snapshot.entries]
    assert numbers == list(range(1, len(tiny_catalog.tools) + 1))
    keys = [(e.quadrant.order, e.ring.order, e.tool.name.lower()) for e in snapshot.entries]
    assert keys == sorted(keys)
    assert snapshot.entries[0].tool.id == "aws"  # Cloud Platforms, Adopt


def test_votes_move_a_tool_and_renumber_it(tiny_catalog):
    voted = move("kedro", "assess", "adopt")
    snapshot = Snapshot(
        TeamRadar(tiny_catalog, {"kedro": voted}), NOW, moved={"kedro": "in"}, history={"kedro": [voted]}
    )
    kedro = snapshot.entry("kedro")
    assert kedro.ring.id == "adopt" and kedro.default_ring.id == "assess"
    assert kedro.mark == "in" and kedro.history == (voted,)
    first_in_quadrant = snapshot.in_quadrant("ml-platforms")[0]
    assert first_in_quadrant.tool.id == "kedro"


def test_new_wins_over_moved(tiny_catalog):
    snapshot = Snapshot(TeamRadar(tiny_catalog), NOW, new=frozenset({"dvc"}), moved={"dvc": "out", "git": "in"})
    assert snapshot.entry("dvc").mark == "new"
    assert snapshot.entry("git").mark == "in"
    assert snapshot.entry("docker").mark is None
