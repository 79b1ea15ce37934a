"""SQLite through sqlite-utils: the connection, transactions, queries, migrations and the team's ring moves."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from bot.radar.team import RingMove
from bot.storage.schema import MIGRATIONS


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

    def transaction(self) -> AbstractContextManager[None]:
        return transaction(self.db.conn)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows as dicts, through sqlite-utils."""
        return list(self.db.query(sql, params))

    def one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> int:
        """The number an aggregate query such as COUNT(*) returns in its one row."""
        (value,) = self.db.execute(sql, params).fetchone()
        return int(value)

    def write(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; the number of rows it changed."""
        return self.db.execute(sql, params).rowcount

    def write_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        self.db.conn.executemany(sql, rows)

    def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Insert one row; its id."""
        row_id = self.db.execute(sql, params).lastrowid
        assert row_id is not None, "sqlite3 sets lastrowid after every INSERT"
        return row_id

    def migrate(self) -> list[str]:
        """Apply the migrations this database has not seen; safe to run any number of times."""
        self.db.table("migrations").create({"name": str, "applied_at": str}, pk="name", if_not_exists=True)
        done = {row["name"] for row in self.db["migrations"].rows}
        applied = []
        for name, migration in MIGRATIONS:
            if name in done:
                continue
            with self.transaction():
                # another process may have applied it while we waited for the lock
                if self.one("SELECT 1 AS done FROM migrations WHERE name = ?", [name]):
                    continue
                migration(self.db)
                self.db.table("migrations").insert({"name": name, "applied_at": stamp(now())})
            applied.append(name)
        return applied

    def version(self) -> int:
        """The newest ring move's id (plus the number of team-defined tools): every answer depends on them.

        Reading MAX of the primary key costs one index probe, and writes that do not move a tool
        (votes, thread memory, answered events) leave cached answers valid."""
        # both only grow, so their sum changes whenever either does
        return self.scalar("SELECT (SELECT COALESCE(MAX(id), 0) FROM ring_moves) + (SELECT COUNT(*) FROM team_tools)")

    def close(self) -> None:
        self.db.conn.close()

    # --- ring moves -------------------------------------------------------------------------

    def latest_moves(self, team_id: str) -> dict[str, RingMove]:
        rows = self.query(
            """SELECT * FROM ring_moves WHERE team_id = ? AND id IN (
                   SELECT MAX(id) FROM ring_moves WHERE team_id = ? GROUP BY tool_id)""",
            [team_id, team_id],
        )
        moves = [ring_move_from_row(row) for row in rows]
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
        rows = self.query(
            f"SELECT * FROM ring_moves WHERE team_id = ? AND tool_id = ? AND {DECIDED} ORDER BY decided_at, id",
            [team_id, tool_id],
        )
        return [ring_move_from_row(r) for r in rows]

    def histories(self, team_id: str) -> dict[str, list[RingMove]]:
        """Every tool's moves, oldest first."""
        history: dict[str, list[RingMove]] = {}
        for row in self.query(
            f"SELECT * FROM ring_moves WHERE team_id = ? AND {DECIDED} ORDER BY decided_at, id", [team_id]
        ):
            history.setdefault(row["tool_id"], []).append(ring_move_from_row(row))
        return history

    def add_move(self, team_id: str, move: RingMove) -> None:
        self.write(RING_MOVE_INSERT, ring_move_params(team_id, move))

    def add_moves(self, team_id: str, moves: list[RingMove]) -> None:
        """Record moves all at once, or none."""
        with self.transaction():
            for move in moves:
                self.add_move(team_id, move)

    def recent_moves(self, team_id: str, limit: int = 10) -> list[RingMove]:
        rows = self.query(
            f"SELECT * FROM ring_moves WHERE team_id = ? AND {DECIDED} ORDER BY decided_at DESC, id DESC LIMIT ?",
            [team_id, limit],
        )
        return [ring_move_from_row(r) for r in rows]


# the team's own decisions: the starter set's placements are the framework's, not the team's
DECIDED = "by_user != 'starter'"

RING_MOVE_INSERT = (
    "INSERT INTO ring_moves (team_id, tool_id, from_ring, to_ring, tally, poll_id, poll_link, decided_at,"
    " kind, by_user, note, contested) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
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
        move.what,
        move.by,
        move.note,
        int(move.contested),
    ]


def ring_move_from_row(row: dict[str, Any]) -> RingMove:
    return RingMove(
        tool_id=row["tool_id"],
        from_ring=row["from_ring"],
        to_ring=row["to_ring"],
        decided_at=parse_stamp(row["decided_at"]) or now(),
        tally=json.loads(row["tally"]),
        poll_id=row.get("poll_id"),
        poll_link=row.get("poll_link"),
        kind=row.get("kind") or "",
        by=row.get("by_user") or "",
        note=row.get("note") or "",
        contested=bool(row.get("contested")),
    )


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE takes the write lock up front, so a read-then-write cannot race another process.

    A transaction opened inside another joins it: the outer one commits or rolls back."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


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
