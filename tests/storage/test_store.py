"""The SQLite store: migrations are idempotent and ring moves read back per workspace."""

from __future__ import annotations

import json
import sqlite3

from bot.storage.schema import MIGRATIONS
from bot.storage.store import Store


def add_move(store: Store, team: str, tool: str, src: str, dst: str, when: str) -> None:
    store.db["ring_moves"].insert(
        {
            "team_id": team,
            "tool_id": tool,
            "from_ring": src,
            "to_ring": dst,
            "tally": json.dumps({dst: 3}),
            "decided_at": when,
        }
    )


def test_migrations_rerun_cleanly(tmp_path):
    path = tmp_path / "radar.db"
    first = Store(path)
    assert first.migrate() == []  # the constructor already applied everything
    first.close()
    again = Store(path)
    assert {r["name"] for r in again.db["migrations"].rows} == {name for name, _ in MIGRATIONS}
    assert again.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert again.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_latest_move_per_tool_and_team(tmp_path):
    store = Store(tmp_path / "radar.db")
    add_move(store, "T1", "kedro", "assess", "trial", "2026-01-05T10:00:00+00:00")
    add_move(store, "T1", "kedro", "trial", "adopt", "2026-02-05T10:00:00+00:00")
    add_move(store, "T2", "kedro", "assess", "hold", "2026-03-05T10:00:00+00:00")
    assert store.latest_moves("T1")["kedro"].to_ring == "adopt"
    assert store.latest_moves("T2")["kedro"].to_ring == "hold"
    assert [m.to_ring for m in store.history("T1", "kedro")] == ["trial", "adopt"]
    assert store.latest_moves("T3") == {}
    assert store.teams() == ["T1", "T2"]


def test_memory_store_for_unit_tests():
    store = Store()
    assert store.latest_moves("T1") == {}
    assert isinstance(store.db.conn, sqlite3.Connection)
