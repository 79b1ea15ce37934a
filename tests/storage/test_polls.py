"""The poll tables: migrations re-run cleanly, one ballot per (poll, tool, voter), one poll per week."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone

import pytest

from bot.radar.votes import VoteRules
from bot.storage.polls import PollStore, stamp
from bot.storage.schema import MIGRATIONS
from bot.storage.store import Store

T0 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def new_poll(
    polls: PollStore, team: str = "T1", week: str = "2026-W10", tools: tuple[str, ...] = ("kedro", "mlflow")
) -> int:
    poll_id = polls.insert_poll(team, week, "C1", "claim-1", T0, T0 + timedelta(days=3), VoteRules())
    polls.add_items(poll_id, [(t, "assess") for t in tools])
    assert polls.confirm_posted(poll_id, "claim-1", "C1", "1.0001", None)
    return poll_id


def test_migrations_rerun_cleanly(tmp_path):
    path = tmp_path / "radar.db"
    first = Store(path)
    polls = PollStore(first)
    poll_id = new_poll(polls)
    polls.cast(poll_id, "kedro", "U1", "trial", 1, T0)
    first.close()

    again = Store(path)
    assert again.migrate() == []
    assert [r["name"] for r in again.db["migrations"].rows] == [name for name, _ in MIGRATIONS]
    for _, migration in MIGRATIONS:  # each one is also safe to run a second time by hand
        with again.db.conn:
            migration(again.db)
    assert PollStore(again).counts(poll_id) == {"kedro": {"trial": 1}}
    assert {"polls", "poll_items", "ballots", "poll_results", "proposals", "candidates", "outbox"} <= set(
        again.db.table_names()
    )


def test_a_ballot_is_unique_and_upserted():
    polls = PollStore(Store())
    poll_id = new_poll(polls)
    first = polls.cast(poll_id, "kedro", "U1", "trial", 10, T0)
    again = polls.cast(poll_id, "kedro", "U1", "trial", 11, T0)
    changed = polls.cast(poll_id, "kedro", "U1", "hold", 12, T0)
    assert (first.previous, first.ring, first.applied) == (None, "trial", True)
    assert (again.previous, again.ring) == ("trial", "trial")
    assert (changed.previous, changed.ring) == ("trial", "hold")
    rows = list(polls.store.db["ballots"].rows)
    assert len(rows) == 1 and rows[0]["ring"] == "hold" and rows[0]["clicks"] == 3
    with pytest.raises(sqlite3.IntegrityError):
        polls.store.db.execute(
            "INSERT INTO ballots (poll_id, tool_id, voter_id, ring, cast_at, updated_at)"
            " VALUES (?, 'kedro', 'U1', 'adopt', 99, 'x')",
            [poll_id],
        )


def test_an_older_click_arriving_late_changes_nothing():
    polls = PollStore(Store())
    poll_id = new_poll(polls)
    polls.cast(poll_id, "kedro", "U1", "adopt", 20, T0)
    late = polls.cast(poll_id, "kedro", "U1", "hold", 10, T0)
    assert (late.applied, late.ring) == (False, "adopt")
    assert polls.counts(poll_id) == {"kedro": {"adopt": 1}}


def test_ballots_only_for_tools_on_the_poll():
    polls = PollStore(Store())
    poll_id = new_poll(polls)
    with pytest.raises(sqlite3.IntegrityError):
        polls.cast(poll_id, "not-on-ballot", "U1", "trial", 1, T0)


def test_one_poll_per_team_and_week_and_one_unclosed_per_team():
    polls = PollStore(Store())
    new_poll(polls)
    with pytest.raises(sqlite3.IntegrityError):
        polls.insert_poll("T1", "2026-W10", "C1", "other", T0, T0, VoteRules())
    with pytest.raises(sqlite3.IntegrityError):  # last week's poll is still open
        polls.insert_poll("T1", "2026-W11", "C1", "other", T0, T0, VoteRules())
    new_poll(polls, team="T2")  # another workspace is independent


def test_a_transaction_rolls_back_everything_on_failure():
    polls = PollStore(Store())
    poll_id = new_poll(polls)
    with pytest.raises(RuntimeError), polls.transaction():
        polls.close_poll(poll_id, T0, "U1")
        polls.enqueue("T1", poll_id, "summary", T0)
        raise RuntimeError("disk trouble")
    assert polls.poll(poll_id).status == "open" and polls.unsent("T1") == 0


def test_released_claim_returns_proposals_and_ids_are_never_reused():
    polls = PollStore(Store())
    from bot.radar.votes import Proposal

    polls.add_proposal("T1", Proposal("kedro", "trial", "used it twice", "U1", T0))
    first = polls.insert_poll("T1", "2026-W10", "C1", "claim-1", T0, T0, VoteRules())
    polls.add_items(first, [("kedro", "assess")])
    polls.take_proposals("T1", first, ["kedro"])
    assert polls.pending_proposals("T1") == []
    assert polls.release(first, "claim-1")
    assert [p.tool_id for p in polls.pending_proposals("T1")] == ["kedro"]
    second = polls.insert_poll("T1", "2026-W10", "C1", "claim-2", T0, T0, VoteRules())
    assert second > first


def test_stale_openings_are_dropped_and_fresh_ones_kept():
    polls = PollStore(Store())
    polls.insert_poll("T1", "2026-W10", "C1", "claim-1", T0, T0, VoteRules())
    assert polls.drop_stale_openings("T1", T0 - timedelta(minutes=1)) == 0
    assert polls.drop_stale_openings("T1", T0 + timedelta(minutes=1)) == 1


def test_announcements_are_leased_so_only_one_sender_takes_each():
    polls = PollStore(Store())
    poll_id = new_poll(polls)
    polls.enqueue("T1", poll_id, "summary", T0)
    polls.enqueue("T1", poll_id, "summary", T0)  # enqueued twice, kept once
    [item] = polls.claim_announcements("T1", T0, T0 + timedelta(minutes=10))
    assert polls.claim_announcements("T1", T0, T0 + timedelta(minutes=10)) == []
    polls.mark_failed(item.id, "ratelimited", T0 + timedelta(seconds=30))
    assert polls.claim_announcements("T1", T0 + timedelta(seconds=29), T0 + timedelta(minutes=10)) == []
    [retry] = polls.claim_announcements("T1", T0 + timedelta(seconds=30), T0 + timedelta(minutes=10))
    assert retry.attempts == 2
    polls.mark_sent(retry.id, T0)
    assert (
        polls.unsent("T1") == 0
        and polls.claim_announcements("T1", T0 + timedelta(days=1), T0 + timedelta(days=2)) == []
    )


def test_stamps_sort_as_text_in_time_order():
    earlier = datetime(2026, 3, 2, 10, 0, 0, tzinfo=UTC)
    later = earlier + timedelta(microseconds=1)
    assert stamp(earlier) < stamp(later)
    assert stamp(earlier.astimezone(timezone(timedelta(hours=5)))) == stamp(earlier)
