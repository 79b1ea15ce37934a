"""The database's schema: every table, created by numbered migrations that run once per database, in order."""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

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


def _m5_team_radar(db: sqlite_utils.Database) -> None:
    # each move says what it was, who made it and why; rows from before keep '' and are read from their rings
    present = set(db["ring_moves"].columns_dict)
    for column, kind in (("kind", "TEXT"), ("by_user", "TEXT"), ("note", "TEXT"), ("contested", "INTEGER")):
        if column not in present:
            default = "0" if kind == "INTEGER" else "''"
            db.execute(f"ALTER TABLE ring_moves ADD COLUMN {column} {kind} NOT NULL DEFAULT {default}")
    for statement in TEAM_TABLES:
        db.execute(statement)


TEAM_TABLES = [
    # a workspace's radar starts once, from a starter set; this row says it has
    """CREATE TABLE IF NOT EXISTS teams (
        team_id TEXT PRIMARY KEY,
        starter TEXT NOT NULL,
        started_at TEXT NOT NULL
    )""",
    # tools a team defined itself: proposed under a name the catalog does not know
    """CREATE TABLE IF NOT EXISTS team_tools (
        team_id TEXT NOT NULL,
        tool_id TEXT NOT NULL,
        name TEXT NOT NULL,
        quadrant TEXT NOT NULL,
        category TEXT NOT NULL,
        description TEXT NOT NULL,
        link TEXT NOT NULL,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (team_id, tool_id)
    )""",
    # how often people looked up a tool the team has not placed: such tools come up on ballots
    """CREATE TABLE IF NOT EXISTS tool_asks (
        team_id TEXT NOT NULL,
        tool_id TEXT NOT NULL,
        asks INTEGER NOT NULL,
        last_at TEXT NOT NULL,
        PRIMARY KEY (team_id, tool_id)
    )""",
    # channels besides the poll channel that hear about ring moves, new entries and retirements
    """CREATE TABLE IF NOT EXISTS subscriptions (
        team_id TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        by_user TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (team_id, channel_id)
    )""",
]


# Append only: each entry runs once per database, in order, inside a transaction.
MIGRATIONS: list[tuple[str, Migration]] = [
    ("0001_ring_moves", _m1_ring_moves),
    ("0002_polls_ballots_proposals_outbox", _m2_polls),
    ("0003_thread_memory_seen_events", _m3_threads),
    ("0004_tool_sightings", _m4_tool_sightings),
    ("0005_team_radar", _m5_team_radar),
]
