"""A team's radar in SQLite: when it started, the tools it defined, what people asked about, who listens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.radar.team import RingMove
from bot.storage.store import Store, parse_stamp, ring_move_from_row, stamp


@dataclass(frozen=True)
class TeamToolRow:
    """A tool a team defined itself, as proposed."""

    tool_id: str
    name: str
    quadrant: str
    category: str
    description: str
    link: str
    created_by: str
    created_at: datetime


class TeamStore:
    def __init__(self, store: Store) -> None:
        self.store = store

    # --- the start --------------------------------------------------------------------------

    def started(self, team_id: str) -> bool:
        return self.store.one("SELECT 1 AS started FROM teams WHERE team_id = ?", [team_id]) is not None

    def start(self, team_id: str, starter: str, placements: list[RingMove], moment: datetime) -> bool:
        """Place the starter set, once per team; tools with a history already keep it. False if already started."""
        with self.store.transaction():
            if self.started(team_id):
                return False
            known = {
                r["tool_id"]
                for r in self.store.query("SELECT DISTINCT tool_id FROM ring_moves WHERE team_id = ?", [team_id])
            }
            self.store.add_moves(team_id, [m for m in placements if m.tool_id not in known])
            self.store.write(
                "INSERT INTO teams (team_id, starter, started_at) VALUES (?, ?, ?)", [team_id, starter, stamp(moment)]
            )
        return True

    def moves(self, team_id: str) -> list[RingMove]:
        """The team's whole history in the order it was written (decisions are appended as they happen)."""
        rows = self.store.query("SELECT * FROM ring_moves WHERE team_id = ? ORDER BY id", [team_id])
        return [ring_move_from_row(r) for r in rows]

    # --- tools the team defined -------------------------------------------------------------

    def add_tool(self, team_id: str, row: TeamToolRow) -> None:
        self.store.write(
            """INSERT INTO team_tools (team_id, tool_id, name, quadrant, category, description, link, created_by,
                                       created_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (team_id, tool_id) DO NOTHING""",
            [
                team_id,
                row.tool_id,
                row.name,
                row.quadrant,
                row.category,
                row.description,
                row.link,
                row.created_by,
                stamp(row.created_at),
            ],
        )

    def tools(self, team_id: str) -> list[TeamToolRow]:
        rows = self.store.query("SELECT * FROM team_tools WHERE team_id = ? ORDER BY created_at, tool_id", [team_id])
        return [
            TeamToolRow(
                r["tool_id"],
                r["name"],
                r["quadrant"],
                r["category"],
                r["description"],
                r["link"],
                r["created_by"],
                parse_stamp(r["created_at"]) or datetime.min,
            )
            for r in rows
        ]

    # --- what people ask about ------------------------------------------------------------

    def count_ask(self, team_id: str, tool_id: str, moment: datetime) -> None:
        self.store.write(
            """INSERT INTO tool_asks (team_id, tool_id, asks, last_at) VALUES (?, ?, 1, ?)
               ON CONFLICT (team_id, tool_id) DO UPDATE SET asks = asks + 1, last_at = excluded.last_at""",
            [team_id, tool_id, stamp(moment)],
        )

    def asked_most(self, team_id: str, limit: int = 20) -> list[str]:
        rows = self.store.query(
            "SELECT tool_id FROM tool_asks WHERE team_id = ? ORDER BY asks DESC, last_at DESC LIMIT ?", [team_id, limit]
        )
        return [r["tool_id"] for r in rows]

    # --- who hears about changes ------------------------------------------------------------

    def subscribe(self, team_id: str, channel_id: str, user_id: str, moment: datetime) -> bool:
        changed = self.store.write(
            """INSERT INTO subscriptions (team_id, channel_id, by_user, created_at) VALUES (?, ?, ?, ?)
               ON CONFLICT (team_id, channel_id) DO NOTHING""",
            [team_id, channel_id, user_id, stamp(moment)],
        )
        return changed == 1

    def unsubscribe(self, team_id: str, channel_id: str) -> bool:
        return (
            self.store.write("DELETE FROM subscriptions WHERE team_id = ? AND channel_id = ?", [team_id, channel_id])
            == 1
        )

    def subscriptions(self, team_id: str) -> list[str]:
        rows = self.store.query("SELECT channel_id FROM subscriptions WHERE team_id = ? ORDER BY created_at", [team_id])
        return [r["channel_id"] for r in rows]
