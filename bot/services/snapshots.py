"""A team's radar snapshot from the store: first sightings, the latest closed poll's moves, each tool's history."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from bot.radar.snapshot import Snapshot, new_tools, poll_marks
from bot.radar.team import RingMove
from bot.services.workspace import Workspace
from bot.storage.store import RING_MOVE_INSERT, Store, ring_move_from_row, ring_move_params, stamp


class SnapshotStore:
    """The reads (and the one bookkeeping write) a snapshot needs, on the shared Store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store.db

    def _rows(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        cursor = self.db.execute(sql, params)
        columns = [c[0] for c in cursor.description]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]

    def sightings(
        self, team_id: str, tool_ids: Iterable[str], moment: datetime, record: bool = True
    ) -> dict[str, datetime]:
        """When each tool first appeared on the team's radar; tools not seen before are recorded now when `record`."""
        seen = {
            r["tool_id"]: datetime.fromisoformat(r["first_seen"])
            for r in self._rows("SELECT tool_id, first_seen FROM tool_sightings WHERE team_id = ?", [team_id])
        }
        missing = [t for t in tool_ids if t not in seen]
        if missing and record:
            first_seen = stamp(moment)
            with self.db.conn:
                self.db.execute("BEGIN IMMEDIATE")
                self.db.conn.executemany(
                    "INSERT OR IGNORE INTO tool_sightings (team_id, tool_id, first_seen) VALUES (?, ?, ?)",
                    [(team_id, t, first_seen) for t in missing],
                )
            return self.sightings(team_id, (), moment, record=False)
        return seen

    def latest_poll_moves(self, team_id: str) -> list[RingMove]:
        """The moves of the team's latest closed poll (or, with no poll on record, of the highest poll id)."""
        rows = self._rows(
            """SELECT * FROM ring_moves WHERE team_id = ? AND poll_id = COALESCE(
                   (SELECT id FROM polls WHERE team_id = ? AND status = 'closed'
                    ORDER BY closed_at DESC, id DESC LIMIT 1),
                   (SELECT MAX(poll_id) FROM ring_moves WHERE team_id = ?))
               ORDER BY id""",
            [team_id, team_id, team_id],
        )
        return [ring_move_from_row(r) for r in rows]

    def histories(self, team_id: str) -> dict[str, list[RingMove]]:
        """Every tool's moves, oldest first."""
        history: dict[str, list[RingMove]] = defaultdict(list)
        for row in self._rows("SELECT * FROM ring_moves WHERE team_id = ? ORDER BY decided_at, id", [team_id]):
            history[row["tool_id"]].append(ring_move_from_row(row))
        return dict(history)

    def add_moves(self, team_id: str, moves: list[RingMove]) -> None:
        """Record moves that did not come from a poll (an imported sheet), all or none."""
        with self.db.conn:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.conn.executemany(RING_MOVE_INSERT, [ring_move_params(team_id, m) for m in moves])


def take_snapshot(workspace: Workspace, team_id: str, moment: datetime | None = None, record: bool = True) -> Snapshot:
    """The team's radar now. `record` notes tools the team sees for the first time (Slack and the command
    line do; page views only read, so that visiting a page never changes anything)."""
    moment = moment or datetime.now(UTC)
    store = SnapshotStore(workspace.store)
    catalog = workspace.catalog
    first_seen = store.sightings(team_id, [t.id for t in catalog.tools], moment, record)
    return Snapshot(
        team=workspace.team(team_id),
        as_of=moment,
        new=new_tools(first_seen, moment),
        moved=poll_marks(store.latest_poll_moves(team_id), catalog.rings),
        history=store.histories(team_id),
        first_seen=first_seen,
    )
