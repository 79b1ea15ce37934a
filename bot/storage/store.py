"""SQLite through sqlite-utils: versioned migrations and the team's ring moves."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from bot.radar.team import RingMove

Migration = Callable[[sqlite_utils.Database], None]


def _m1_ring_moves(db: sqlite_utils.Database) -> None:
    db.table("ring_moves").create(
        {
            "id": int,
            "team_id": str,
            "tool_id": str,
            "from_ring": str,
            "to_ring": str,
            "tally": str,
            "poll_id": int,
            "poll_link": str,
            "decided_at": str,
        },
        pk="id",
        not_null={"team_id", "tool_id", "from_ring", "to_ring", "tally", "decided_at"},
        if_not_exists=True,
    )
    db.table("ring_moves").create_index(["team_id", "tool_id", "decided_at"], if_not_exists=True)


POLL_TABLES = [
    # AUTOINCREMENT: a poll id is never reused, so a button on an abandoned ballot cannot vote on a new poll
    """CREATE TABLE IF NOT EXISTS polls (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        team_id TEXT NOT NULL,
        week TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('opening', 'open', 'closed')),
        claim TEXT,
        claimed_at TEXT,
        channel TEXT NOT NULL,
        ts TEXT,
        permalink TEXT,
        opened_at TEXT NOT NULL,
        closes_at TEXT NOT NULL,
        closed_at TEXT,
        closed_by TEXT,
        quorum INTEGER NOT NULL,
        majority REAL NOT NULL,
        UNIQUE (team_id, week)
    )""",
    # at most one poll per workspace is being opened or open at any time
    "CREATE UNIQUE INDEX IF NOT EXISTS polls_one_unclosed ON polls (team_id) WHERE status != 'closed'",
    """CREATE TABLE IF NOT EXISTS poll_items (
        poll_id INTEGER NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
        tool_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        ring_at_open TEXT NOT NULL,
        PRIMARY KEY (poll_id, tool_id)
    )""",
    """CREATE TABLE IF NOT EXISTS ballots (
        poll_id INTEGER NOT NULL,
        tool_id TEXT NOT NULL,
        voter_id TEXT NOT NULL,
        ring TEXT NOT NULL,
        cast_at INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        clicks INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (poll_id, tool_id, voter_id),
        FOREIGN KEY (poll_id, tool_id) REFERENCES poll_items (poll_id, tool_id) ON DELETE CASCADE
    )""",
    """CREATE TABLE IF NOT EXISTS poll_results (
        poll_id INTEGER NOT NULL,
        tool_id TEXT NOT NULL,
        from_ring TEXT NOT NULL,
        to_ring TEXT NOT NULL,
        outcome TEXT NOT NULL,
        tally TEXT NOT NULL,
        PRIMARY KEY (poll_id, tool_id),
        FOREIGN KEY (poll_id, tool_id) REFERENCES poll_items (poll_id, tool_id) ON DELETE CASCADE
    )""",
    """CREATE TABLE IF NOT EXISTS proposals (
        id INTEGER PRIMARY KEY,
        team_id TEXT NOT NULL,
        tool_id TEXT NOT NULL,
        ring TEXT NOT NULL,
        why TEXT NOT NULL,
        user_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        poll_id INTEGER REFERENCES polls (id) ON DELETE SET NULL
    )""",
    "CREATE INDEX IF NOT EXISTS proposals_by_team ON proposals (team_id, poll_id, created_at)",
    """CREATE TABLE IF NOT EXISTS candidates (
        id INTEGER PRIMARY KEY,
        team_id TEXT NOT NULL,
        name TEXT NOT NULL,
        ring TEXT NOT NULL,
        why TEXT NOT NULL,
        user_id TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS candidates_by_team ON candidates (team_id, created_at)",
    # announcements written with the result they announce, sent after: nothing lost in a crash
    """CREATE TABLE IF NOT EXISTS outbox (
        id INTEGER PRIMARY KEY,
        team_id TEXT NOT NULL,
        poll_id INTEGER NOT NULL REFERENCES polls (id),
        kind TEXT NOT NULL,
        created_at TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        lease_until TEXT,
        last_error TEXT,
        sent_at TEXT,
        UNIQUE (poll_id, kind)
    )""",
    "CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (team_id, sent_at)",
]


def _m2_polls(db: sqlite_utils.Database) -> None:
    for statement in POLL_TABLES:
        db.execute(statement)


THREAD_TABLES = [
    # what each thread the bot answered in was last about, so follow-ups keep their context
    """CREATE TABLE IF NOT EXISTS thread_memory (
        team_id TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        thread_ts TEXT NOT NULL,
        tools TEXT NOT NULL,
        intent TEXT NOT NULL,
        tags TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        PRIMARY KEY (team_id, channel_id, thread_ts)
    )""",
    "CREATE INDEX IF NOT EXISTS thread_memory_expiry ON thread_memory (expires_at)",
    # every event and message answered once: the unique key decides who answers
    """CREATE TABLE IF NOT EXISTS seen_events (
        key TEXT PRIMARY KEY,
        seen_at TEXT NOT NULL
    )""",
    "CREATE INDEX IF NOT EXISTS seen_events_age ON seen_events (seen_at)",
]


def _m3_threads(db: sqlite_utils.Database) -> None:
    for statement in THREAD_TABLES:
        db.execute(statement)


def _m4_tool_sightings(db: sqlite_utils.Database) -> None:
    # when each tool first appeared on a team's radar: what makes a tool "new" in the picture
    db.execute(
        """CREATE TABLE IF NOT EXISTS tool_sightings (
            team_id TEXT NOT NULL,
            tool_id TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            PRIMARY KEY (team_id, tool_id)
        )"""
    )


# Append only: each entry runs once per database, in order, inside a transaction.
MIGRATIONS: list[tuple[str, Migration]] = [
    ("0001_ring_moves", _m1_ring_moves),
    ("0002_polls_ballots_proposals_outbox", _m2_polls),
    ("0003_thread_memory_seen_events", _m3_threads),
    ("0004_tool_sightings", _m4_tool_sightings),
]


class StoreError(Exception):
    """The database file cannot be used; the message is one line saying why."""


class Store:
    """The bot's durable state. One instance per process; every write is its own transaction.

    The database's folder must exist: a missing one is refused, not created, so that a typo in
    the path does not start an empty radar somewhere unexpected. A file this process may not
    write to is refused too, unless `read_only_ok`: then the store answers from a copy in
    memory, and what it writes (thread memory, answered events) lasts as long as the process.
    """

    def __init__(self, path: Path | str = ":memory:", *, read_only_ok: bool = False) -> None:
        self.path = str(path)
        self.source = self.path  # the file the data came from; `path` is where it lives now
        self.read_only = False
        if self.path == ":memory:":
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        elif writable(Path(self.path)):
            conn = self._connect()
        elif read_only_ok:
            conn = self._copy_in_memory()
            self.read_only = True
            self.path = ":memory:"  # so that nothing opens the file again to write to it
        else:
            raise StoreError(f"{self.path} is read-only (no write permission for the file or its folder)")
        self.db = sqlite_utils.Database(conn)
        try:
            if self.path != ":memory:" and not self.read_only:
                self.db.enable_wal()
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA busy_timeout = 30000")
            self.migrate()
        except sqlite3.Error as error:
            conn.close()
            raise StoreError(f"{self.path} cannot be used as the database: {describe(error)}") from None

    def _connect(self) -> sqlite3.Connection:
        try:
            return sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as error:
            raise StoreError(f"{self.path} cannot be opened: {describe(error)}") from None

    def _copy_in_memory(self) -> sqlite3.Connection:
        """The file's contents in an in-memory database: reads as the file, writes go nowhere."""
        memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        uri = Path(self.path).resolve().as_uri()
        try:
            source = sqlite3.connect(f"{uri}?mode=ro", uri=True)
            try:
                source.backup(memory)
            finally:
                source.close()
        except sqlite3.Error as error:
            memory.close()
            raise StoreError(f"{self.path} cannot be read: {describe(error)}") from None
        return memory

    def migrate(self) -> list[str]:
        """Apply the migrations this database has not seen; safe to run any number of times."""
        self.db.table("migrations").create({"name": str, "applied_at": str}, pk="name", if_not_exists=True)
        done = {row["name"] for row in self.db["migrations"].rows}
        applied = []
        for name, migration in MIGRATIONS:
            if name in done:
                continue
            with self.db.conn:
                self.db.execute("BEGIN IMMEDIATE")
                # another process may have applied it while we waited for the lock
                if self.db.execute("SELECT 1 FROM migrations WHERE name = ?", [name]).fetchone():
                    continue
                migration(self.db)
                self.db.table("migrations").insert({"name": name, "applied_at": now().isoformat()})
            applied.append(name)
        return applied

    def version(self) -> int:
        """The newest ring move's id: every answer depends on the moves, and moves are only ever added.

        Reading MAX of the primary key costs one index probe, and writes that do not move a tool
        (votes, thread memory, answered events) leave cached answers valid."""
        return int(self.db.execute("SELECT COALESCE(MAX(id), 0) FROM ring_moves").fetchone()[0])

    def close(self) -> None:
        self.db.conn.close()

    # --- ring moves -------------------------------------------------------------------------

    def latest_moves(self, team_id: str) -> dict[str, RingMove]:
        rows = self.db.execute(
            """SELECT * FROM ring_moves WHERE team_id = ? AND id IN (
                   SELECT MAX(id) FROM ring_moves WHERE team_id = ? GROUP BY tool_id)""",
            [team_id, team_id],
        ).fetchall()
        columns = [c[0] for c in self.db.execute("SELECT * FROM ring_moves LIMIT 0").description]
        moves = [ring_move_from_row(dict(zip(columns, row, strict=True))) for row in rows]
        return {m.tool_id: m for m in moves}

    def teams(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT DISTINCT team_id FROM ring_moves ORDER BY team_id")]

    def known_teams(self) -> list[str]:
        """Every workspace the database has heard from: ring moves, polls or proposals."""
        rows = self.db.execute(
            "SELECT team_id FROM ring_moves UNION SELECT team_id FROM polls UNION SELECT team_id FROM proposals"
        )
        return sorted(row[0] for row in rows)

    def history(self, team_id: str, tool_id: str) -> list[RingMove]:
        rows = self.db["ring_moves"].rows_where(
            "team_id = ? AND tool_id = ?", [team_id, tool_id], order_by="decided_at, id"
        )
        return [ring_move_from_row(r) for r in rows]


RING_MOVE_INSERT = (
    "INSERT INTO ring_moves (team_id, tool_id, from_ring, to_ring, tally, poll_id, poll_link, decided_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def ring_move_params(team_id: str, move: RingMove) -> list[Any]:
    """The values for RING_MOVE_INSERT: one place decides how a move is written."""
    return [
        team_id,
        move.tool_id,
        move.from_ring,
        move.to_ring,
        json.dumps(dict(move.tally)),
        move.poll_id,
        move.poll_link,
        stamp(move.decided_at),
    ]


def ring_move_from_row(row: dict[str, Any]) -> RingMove:
    return RingMove(
        tool_id=row["tool_id"],
        from_ring=row["from_ring"],
        to_ring=row["to_ring"],
        decided_at=datetime.fromisoformat(row["decided_at"]),
        tally=json.loads(row["tally"]),
        poll_id=row.get("poll_id"),
        poll_link=row.get("poll_link"),
    )


def writable(path: Path) -> bool:
    """Whether `path` can hold a writable database; StoreError when it cannot hold one at all."""
    folder = path.parent
    if not folder.is_dir():
        raise StoreError(f"{path}: the folder {folder} does not exist (create it first)")
    if path.exists():
        if path.is_dir():
            raise StoreError(f"{path} is a directory, not a database file")
        if not path.is_file():
            raise StoreError(f"{path} is not a regular file")
        if not os.access(path, os.R_OK):
            raise StoreError(f"{path} cannot be read (permission denied)")
        # SQLite writes its journal beside the file, so the folder must take new files too
        return os.access(path, os.W_OK) and os.access(folder, os.W_OK | os.X_OK)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError(f"{path} cannot be created (no write permission in {folder})")
    return True


def describe(error: sqlite3.Error) -> str:
    text = str(error)
    return "not a SQLite database" if "not a database" in text else text


def stamp(moment: datetime) -> str:
    """One fixed UTC format, so that timestamps compare correctly as text inside SQL."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def parse_stamp(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def now() -> datetime:
    return datetime.now(UTC)
