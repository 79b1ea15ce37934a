"""Polls, ballots, proposals, candidates and the announcement outbox in SQLite (tables from migration 0002)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.radar.team import RingMove
from bot.radar.votes import Ballot, Candidate, Poll, Proposal, VoteRules
from bot.storage.store import Store, parse_stamp, stamp


@dataclass(frozen=True)
class Cast:
    """What storing a click did: the voter's ring before and after (an older click changes nothing)."""

    previous: str | None
    ring: str
    applied: bool


@dataclass(frozen=True)
class Result:
    tool_id: str
    from_ring: str
    to_ring: str
    outcome: str
    tally: Mapping[str, int]


@dataclass(frozen=True)
class Announcement:
    id: int
    team_id: str
    poll_id: int
    kind: str
    attempts: int


class PollStore:
    """Queries over the poll tables. Methods do not commit on their own inside `transaction()`."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def transaction(self) -> AbstractContextManager[None]:
        return self.store.transaction()

    # --- polls ----------------------------------------------------------------------------

    def poll(self, poll_id: int) -> Poll | None:
        row = self.store.one("SELECT * FROM polls WHERE id = ?", [poll_id])
        return _poll(row) if row else None

    def poll_for_week(self, team_id: str, week: str) -> Poll | None:
        row = self.store.one("SELECT * FROM polls WHERE team_id = ? AND week = ?", [team_id, week])
        return _poll(row) if row else None

    def unclosed_poll(self, team_id: str) -> Poll | None:
        row = self.store.one("SELECT * FROM polls WHERE team_id = ? AND status != 'closed'", [team_id])
        return _poll(row) if row else None

    def open_poll(self, team_id: str) -> Poll | None:
        row = self.store.one("SELECT * FROM polls WHERE team_id = ? AND status = 'open'", [team_id])
        return _poll(row) if row else None

    def last_closed_poll(self, team_id: str) -> Poll | None:
        row = self.store.one(
            "SELECT * FROM polls WHERE team_id = ? AND status = 'closed' ORDER BY closed_at DESC, id DESC LIMIT 1",
            [team_id],
        )
        return _poll(row) if row else None

    def due_polls(self, team_id: str, moment: datetime) -> list[Poll]:
        rows = self.store.query(
            "SELECT * FROM polls WHERE team_id = ? AND status = 'open' AND closes_at <= ? ORDER BY id",
            [team_id, stamp(moment)],
        )
        return [_poll(r) for r in rows]

    def drop_stale_openings(self, team_id: str, claimed_before: datetime) -> int:
        """Forget claims whose poster died before posting; their proposals go back to the queue."""
        return self.store.write(
            "DELETE FROM polls WHERE team_id = ? AND status = 'opening' AND claimed_at < ?",
            [team_id, stamp(claimed_before)],
        )

    def insert_poll(
        self,
        team_id: str,
        week: str,
        channel: str,
        claim: str,
        opened_at: datetime,
        closes_at: datetime,
        rules: VoteRules,
    ) -> int:
        return self.store.insert(
            """INSERT INTO polls
                   (team_id, week, status, claim, claimed_at, channel, opened_at, closes_at, quorum, majority)
               VALUES (?, ?, 'opening', ?, ?, ?, ?, ?, ?, ?)""",
            [
                team_id,
                week,
                claim,
                stamp(opened_at),
                channel,
                stamp(opened_at),
                stamp(closes_at),
                rules.quorum,
                rules.majority,
            ],
        )

    def add_items(self, poll_id: int, items: list[tuple[str, str]]) -> None:
        self.store.write_many(
            "INSERT INTO poll_items (poll_id, tool_id, position, ring_at_open) VALUES (?, ?, ?, ?)",
            [(poll_id, tool_id, position, ring) for position, (tool_id, ring) in enumerate(items)],
        )

    def confirm_posted(self, poll_id: int, claim: str, channel: str, ts: str, permalink: str | None) -> bool:
        """Mark a claimed poll open; False when another process took the claim over meanwhile."""
        updated = self.store.write(
            "UPDATE polls SET status = 'open', channel = ?, ts = ?, permalink = ?, claim = NULL"
            " WHERE id = ? AND claim = ? AND status = 'opening'",
            [channel, ts, permalink, poll_id, claim],
        )
        return updated == 1

    def release(self, poll_id: int, claim: str) -> bool:
        return (
            self.store.write("DELETE FROM polls WHERE id = ? AND claim = ? AND status = 'opening'", [poll_id, claim])
            == 1
        )

    def close_poll(self, poll_id: int, closed_at: datetime, closed_by: str | None) -> bool:
        updated = self.store.write(
            "UPDATE polls SET status = 'closed', closed_at = ?, closed_by = ? WHERE id = ? AND status = 'open'",
            [stamp(closed_at), closed_by, poll_id],
        )
        return updated == 1

    def items(self, poll_id: int) -> list[tuple[str, str]]:
        """(tool id, ring when the poll opened), in ballot order."""
        return [
            (r["tool_id"], r["ring_at_open"])
            for r in self.store.query(
                "SELECT tool_id, ring_at_open FROM poll_items WHERE poll_id = ? ORDER BY position", [poll_id]
            )
        ]

    def last_reviewed(self, team_id: str) -> dict[str, datetime]:
        """When each tool was last put to the team, by a poll that opened."""
        rows = self.store.query(
            """SELECT i.tool_id, MAX(p.opened_at) AS at FROM poll_items i JOIN polls p ON p.id = i.poll_id
               WHERE p.team_id = ? AND p.status != 'opening' GROUP BY i.tool_id""",
            [team_id],
        )
        return {r["tool_id"]: _at(r["at"]) for r in rows}

    # --- ballots --------------------------------------------------------------------------

    def cast(self, poll_id: int, tool_id: str, voter_id: str, ring: str, cast_at: int, moment: datetime) -> Cast:
        """Upsert the voter's ballot; an older click arriving late never overrides a newer one."""
        with self.transaction():
            before = self.store.one(
                "SELECT ring FROM ballots WHERE poll_id = ? AND tool_id = ? AND voter_id = ?",
                [poll_id, tool_id, voter_id],
            )
            stored = self.store.one(
                """INSERT INTO ballots (poll_id, tool_id, voter_id, ring, cast_at, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT (poll_id, tool_id, voter_id) DO UPDATE SET
                       ring = excluded.ring, cast_at = excluded.cast_at, updated_at = excluded.updated_at,
                       clicks = clicks + 1
                   WHERE excluded.cast_at >= ballots.cast_at
                   RETURNING ring""",
                [poll_id, tool_id, voter_id, ring, cast_at, stamp(moment)],
            )
        if stored is None:  # the voter's newer click is already in
            return Cast(before["ring"] if before else None, before["ring"] if before else ring, False)
        return Cast(before["ring"] if before else None, stored["ring"], True)

    def withdraw(self, poll_id: int, voter_id: str) -> int:
        return self.store.write("DELETE FROM ballots WHERE poll_id = ? AND voter_id = ?", [poll_id, voter_id])

    def ballots(self, poll_id: int) -> list[Ballot]:
        rows = self.store.query(
            "SELECT tool_id, voter_id, ring, cast_at FROM ballots WHERE poll_id = ? ORDER BY cast_at", [poll_id]
        )
        return [Ballot(r["tool_id"], r["voter_id"], r["ring"], r["cast_at"]) for r in rows]

    def people(self, poll_id: int) -> int:
        return self.store.scalar("SELECT COUNT(DISTINCT voter_id) FROM ballots WHERE poll_id = ?", [poll_id])

    def counts(self, poll_id: int) -> dict[str, dict[str, int]]:
        counts: dict[str, dict[str, int]] = {}
        for row in self.store.query(
            "SELECT tool_id, ring, COUNT(*) AS n FROM ballots WHERE poll_id = ? GROUP BY tool_id, ring", [poll_id]
        ):
            counts.setdefault(row["tool_id"], {})[row["ring"]] = row["n"]
        return counts

    # --- results and moves ----------------------------------------------------------------

    def write_result(self, poll_id: int, result: Result) -> None:
        self.store.write(
            "INSERT INTO poll_results (poll_id, tool_id, from_ring, to_ring, outcome, tally) VALUES (?, ?, ?, ?, ?, ?)",
            [poll_id, result.tool_id, result.from_ring, result.to_ring, result.outcome, json.dumps(dict(result.tally))],
        )

    def results(self, poll_id: int) -> dict[str, Result]:
        rows = self.store.query("SELECT * FROM poll_results WHERE poll_id = ?", [poll_id])
        return {
            r["tool_id"]: Result(r["tool_id"], r["from_ring"], r["to_ring"], r["outcome"], json.loads(r["tally"]))
            for r in rows
        }

    def add_move(self, team_id: str, move: RingMove) -> None:
        self.store.add_move(team_id, move)

    def recent_moves(self, team_id: str, limit: int = 10) -> list[RingMove]:
        return self.store.recent_moves(team_id, limit)

    # --- proposals and candidates ---------------------------------------------------------

    def add_proposal(self, team_id: str, proposal: Proposal) -> int:
        return self.store.insert(
            "INSERT INTO proposals (team_id, tool_id, ring, why, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            [team_id, proposal.tool_id, proposal.ring, proposal.why, proposal.user_id, stamp(proposal.created_at)],
        )

    def pending_proposals(self, team_id: str) -> list[Proposal]:
        rows = self.store.query(
            "SELECT * FROM proposals WHERE team_id = ? AND poll_id IS NULL ORDER BY created_at, id", [team_id]
        )
        return [_proposal(r) for r in rows]

    def poll_proposals(self, poll_id: int) -> list[Proposal]:
        return [
            _proposal(r)
            for r in self.store.query("SELECT * FROM proposals WHERE poll_id = ? ORDER BY created_at, id", [poll_id])
        ]

    def tool_proposals(self, team_id: str, tool_id: str) -> list[Proposal]:
        """Every proposal ever made for a tool, oldest first (those already voted on included)."""
        rows = self.store.query(
            "SELECT * FROM proposals WHERE team_id = ? AND tool_id = ? ORDER BY created_at, id", [team_id, tool_id]
        )
        return [_proposal(r) for r in rows]

    def take_proposals(self, team_id: str, poll_id: int, tool_ids: list[str]) -> None:
        self.store.write_many(
            "UPDATE proposals SET poll_id = ? WHERE team_id = ? AND poll_id IS NULL AND tool_id = ?",
            [(poll_id, team_id, tool_id) for tool_id in tool_ids],
        )

    def add_candidate(self, team_id: str, candidate: Candidate) -> None:
        self.store.write(
            "INSERT INTO candidates (team_id, name, ring, why, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            [team_id, candidate.name, candidate.ring, candidate.why, candidate.user_id, stamp(candidate.created_at)],
        )

    def candidates(self, team_id: str, limit: int = 10) -> list[Candidate]:
        rows = self.store.query(
            "SELECT * FROM candidates WHERE team_id = ? ORDER BY created_at DESC, id DESC LIMIT ?", [team_id, limit]
        )
        return [Candidate(r["name"], r["ring"], r["why"], r["user_id"], _at(r["created_at"])) for r in rows]

    # --- outbox ---------------------------------------------------------------------------

    def enqueue(self, team_id: str, poll_id: int, kind: str, moment: datetime) -> None:
        self.store.write(
            "INSERT OR IGNORE INTO outbox (team_id, poll_id, kind, created_at) VALUES (?, ?, ?, ?)",
            [team_id, poll_id, kind, stamp(moment)],
        )

    def claim_announcements(self, team_id: str, moment: datetime, lease_until: datetime) -> list[Announcement]:
        """Take the unsent announcements nobody else holds; the lease stops two processes sending one twice."""
        with self.transaction():
            rows = self.store.query(
                "SELECT * FROM outbox WHERE team_id = ? AND sent_at IS NULL"
                " AND (lease_until IS NULL OR lease_until <= ?) ORDER BY id",
                [team_id, stamp(moment)],
            )
            self.store.write_many(
                "UPDATE outbox SET lease_until = ?, attempts = attempts + 1 WHERE id = ?",
                [(stamp(lease_until), r["id"]) for r in rows],
            )
        return [Announcement(r["id"], r["team_id"], r["poll_id"], r["kind"], r["attempts"] + 1) for r in rows]

    def mark_sent(self, announcement_id: int, moment: datetime) -> None:
        self.store.write(
            "UPDATE outbox SET sent_at = ?, lease_until = NULL, last_error = NULL WHERE id = ?",
            [stamp(moment), announcement_id],
        )

    def mark_failed(self, announcement_id: int, error: str, retry_at: datetime) -> None:
        self.store.write(
            "UPDATE outbox SET lease_until = ?, last_error = ? WHERE id = ?",
            [stamp(retry_at), error[:500], announcement_id],
        )

    def unsent(self, team_id: str) -> int:
        return self.store.scalar("SELECT COUNT(*) FROM outbox WHERE team_id = ? AND sent_at IS NULL", [team_id])

    def sent(self, poll_id: int) -> dict[str, datetime]:
        rows = self.store.query("SELECT kind, sent_at FROM outbox WHERE poll_id = ? AND sent_at IS NOT NULL", [poll_id])
        return {r["kind"]: _at(r["sent_at"]) for r in rows}


def _poll(row: dict[str, Any]) -> Poll:
    return Poll(
        id=row["id"],
        team_id=row["team_id"],
        week=row["week"],
        status=row["status"],
        channel=row["channel"],
        opened_at=_at(row["opened_at"]),
        closes_at=_at(row["closes_at"]),
        rules=VoteRules(row["quorum"], row["majority"]),
        ts=row["ts"],
        permalink=row["permalink"],
        closed_at=parse_stamp(row["closed_at"]),
        closed_by=row["closed_by"],
    )


def _proposal(row: dict[str, Any]) -> Proposal:
    return Proposal(
        row["tool_id"],
        row["ring"],
        row["why"],
        row["user_id"],
        _at(row["created_at"]),
        row["id"],
        row["poll_id"],
    )


def _at(text: str) -> datetime:
    moment = parse_stamp(text)
    assert moment is not None, "the schema keeps these columns NOT NULL"
    return moment
