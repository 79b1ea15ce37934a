"""Database files the store cannot use are refused in one line; a read-only one can still be read."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from bot.storage import store as store_module
from bot.storage.store import Store, StoreError


def make_read_only(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """chmod 444, and for root (whom permissions do not stop) the answer a non-root user would get."""
    path.chmod(0o444)
    if os.geteuid() == 0:
        real_access = os.access

        def access(target: os.PathLike[str] | str, mode: int) -> bool:
            if Path(target) == path and mode & os.W_OK:
                return False
            return real_access(target, mode)

        monkeypatch.setattr(store_module.os, "access", access)


def a_database_with_a_move(path: Path) -> None:
    store = Store(path)
    store.db["ring_moves"].insert(
        {
            "team_id": "T1",
            "tool_id": "kedro",
            "from_ring": "assess",
            "to_ring": "adopt",
            "tally": json.dumps({"adopt": 3}),
            "decided_at": "2026-01-05T10:00:00+00:00",
        }
    )
    store.close()


@pytest.mark.parametrize(
    "where, says",
    [
        (lambda tmp: tmp, "is a directory"),
        (lambda tmp: Path(os.devnull), "is not a regular file"),
        (lambda tmp: tmp / "missing" / "radar.db", "does not exist (create it first)"),
    ],
)
def test_unusable_paths_are_one_line(tmp_path, where, says):
    path = where(tmp_path)
    with pytest.raises(StoreError) as caught:
        Store(path, read_only_ok=True)
    assert says in str(caught.value) and "\n" not in str(caught.value)


def test_a_missing_folder_is_refused_not_created(tmp_path):
    with pytest.raises(StoreError):
        Store(tmp_path / "missing" / "radar.db")
    assert not (tmp_path / "missing").exists()


def test_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "radar.db"
    path.write_text("these are my notes, not a database\n")
    with pytest.raises(StoreError, match="not a SQLite database"):
        Store(path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_a_file_that_cannot_be_read(tmp_path):
    path = tmp_path / "radar.db"
    a_database_with_a_move(path)
    path.chmod(0)
    with pytest.raises(StoreError, match="permission denied"):
        Store(path, read_only_ok=True)


def test_a_read_only_file_is_refused_unless_reading_is_enough(tmp_path, monkeypatch):
    path = tmp_path / "radar.db"
    a_database_with_a_move(path)
    before = path.read_bytes()
    make_read_only(path, monkeypatch)
    with pytest.raises(StoreError, match="read-only"):
        Store(path)
    store = Store(path, read_only_ok=True)
    assert store.read_only and store.source == str(path)
    assert store.latest_moves("T1")["kedro"].to_ring == "adopt" and store.teams() == ["T1"]
    store.db.execute("INSERT INTO seen_events (key, seen_at) VALUES ('e1', 'now')")  # kept in memory
    assert store.db.execute("SELECT COUNT(*) FROM seen_events").fetchone()[0] == 1
    store.close()
    assert path.read_bytes() == before
    with sqlite3.connect(path) as reopened:
        assert reopened.execute("SELECT COUNT(*) FROM seen_events").fetchone()[0] == 0


def test_known_teams_include_those_with_only_a_poll_or_a_proposal(tmp_path):
    store = Store(tmp_path / "radar.db")
    store.db["proposals"].insert(
        {"team_id": "T9", "tool_id": "kedro", "ring": "trial", "why": "", "user_id": "U1", "created_at": "now"}
    )
    assert store.known_teams() == ["T9"] and store.teams() == []
