"""What a snapshot of a team's radar reads: first sightings of each tool, the latest poll's moves, every history."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from bot.radar.team import RingMove
from bot.storage.store import Store, parse_stamp, ring_move_from_row, stamp


class SnapshotStore:
    """The reads (and the one bookkeeping write) a snapshot needs, on the shared Store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def sightings(
        self, team_id: str, tool_ids: Iterable[str], moment: datetime, record: bool = True
    ) -> dict[str, datetime]:
        """When each tool first appeared on the team's radar; tools not seen before are recorded now when `record`."""
        rows = self.store.query("SELECT tool_id, first_seen FROM tool_sightings WHERE team_id = ?", [team_id])
        seen = {r["tool_id"]: parse_stamp(r["first_seen"]) or moment for r in rows}
        missing = [t for t in tool_ids if t not in seen]
        if missing and record:
            first_seen = stamp(moment)
            with self.store.transaction():
                self.store.write_many(
                    "INSERT OR IGNORE INTO tool_sightings (team_id, tool_id, first_seen) VALUES (?, ?, ?)",
                    [(team_id, t, first_seen) for t in missing],
                )
            return self.sightings(team_id, (), moment, record=False)
        return seen

    def latest_poll_moves(self, team_id: str) -> list[RingMove]:
        """The moves of the team's latest closed poll (or, with no poll on record, of the highest poll id)."""
        rows = self.store.query(
            """SELECT * FROM ring_moves WHERE team_id = ? AND poll_id = COALESCE(
                   (SELECT id FROM polls WHERE team_id = ? AND status = 'closed'
                    ORDER BY closed_at DESC, id DESC LIMIT 1),
                   (SELECT MAX(poll_id) FROM ring_moves WHERE team_id = ?))
               ORDER BY id""",
            [team_id, team_id, team_id],
        )
        return [ring_move_from_row(r) for r in rows]

    def histories(self, team_id: str) -> dict[str, list[RingMove]]:
        return self.store.histories(team_id)

    def add_moves(self, team_id: str, moves: list[RingMove]) -> None:
        self.store.add_moves(team_id, moves)
