"""Thread memory and answered events in SQLite: what each thread was about, which events got a reply."""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlite_utils

from bot.radar.language.question import Memory, Option
from bot.storage.store import Store, stamp
from bot.storage.store import now as utc_now

THREAD_MEMORY = timedelta(hours=24)  # a thread quiet this long starts afresh
SEEN_EVENTS = timedelta(hours=24)  # Slack stops retrying an event within minutes; a day is plenty
PRUNE_EVERY_SECONDS = 600
REWRITE_AFTER_SECONDS = 600  # an unchanged memory is written again after this long, renewing its expiry
WRITTEN_KEPT = 10_000


@dataclass(frozen=True)
class ThreadKey:
    """A conversation: a workspace, a channel (or DM) and the thread's first message."""

    team_id: str
    channel_id: str
    thread_ts: str


class Threads:
    """Remembers each thread's context until it expires, and claims each event exactly once."""

    def __init__(self, store: Store, ttl: timedelta = THREAD_MEMORY) -> None:
        self.store = store
        self.ttl = ttl
        self._pruned_at = float("-inf")
        self.db = store.db if store.path == ":memory:" else _relaxed_connection(store.path)
        # what this process wrote last for each thread, and when: the same memory again is not rewritten
        self._written: dict[ThreadKey, tuple[Memory, float]] = {}

    def close(self) -> None:
        if self.db is not self.store.db:
            self.db.conn.close()

    def recall(self, key: ThreadKey, at: datetime | None = None) -> Memory | None:
        row = self.db.execute(
            "SELECT tools, intent, tags FROM thread_memory WHERE team_id = ? AND channel_id = ? AND thread_ts = ? AND "
            "expires_at > ?",
            [key.team_id, key.channel_id, key.thread_ts, stamp(at or utc_now())],
        ).fetchone()
        if row is None:
            return None
        try:
            tags = json.loads(row[2])
            if isinstance(tags, dict):  # a pending question, what was insisted on or a ring explained rides along
                pending = tuple(Option(o["label"], o["text"], o.get("tool", "")) for o in tags.get("pending", []))
                insists = tuple(str(i) for i in tags.get("insists", []))
                asked = str(tags.get("asked", ""))
                idea = str(tags.get("idea", ""))
                told = tuple(str(w) for w in tags.get("words", []))
                refused = tuple(str(t) for t in tags.get("refused", []))
                return Memory(
                    tuple(json.loads(row[0])), row[1], tuple(tags["tags"]), pending, asked, insists, idea, told, refused
                )
            return Memory(tuple(json.loads(row[0])), row[1], tuple(tags))
        except (ValueError, TypeError, KeyError):
            return None  # a damaged row is as good as no memory; the next reply overwrites it

    def remember(self, key: ThreadKey, memory: Memory, at: datetime | None = None) -> None:
        moment = at or utc_now()
        written = self._written.get(key)
        if at is None and written and written[0] == memory and time.monotonic() - written[1] < REWRITE_AFTER_SECONDS:
            # the same lookup asked again (`/radar kedro` twice): its context is in the database already, and
            # still far from expiring. (Another process answering in the same thread in between could have
            # written its own; the next follow-up would then use that one, which is at worst a step older.)
            return
        if len(self._written) > WRITTEN_KEPT:
            self._written.clear()
        self._written[key] = (memory, time.monotonic())
        self.db.execute(
            """INSERT INTO thread_memory (team_id, channel_id, thread_ts, tools, intent, tags, updated_at, expires_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (team_id, channel_id, thread_ts) DO UPDATE SET
                   tools = excluded.tools, intent = excluded.intent, tags = excluded.tags,
                   updated_at = excluded.updated_at, expires_at = excluded.expires_at""",
            [
                key.team_id,
                key.channel_id,
                key.thread_ts,
                json.dumps(list(memory.tools)),
                memory.intent,
                _tags_column(memory),
                stamp(moment),
                stamp(moment + self.ttl),
            ],
        )
        if time.monotonic() - self._pruned_at >= PRUNE_EVERY_SECONDS:
            self.prune(moment)

    def first_time(self, *keys: str, at: datetime | None = None) -> bool:
        """Claim every key; true only when none was claimed before (an event id, a message)."""
        moment = stamp(at or utc_now())
        fresh = True
        with self.db.conn:
            self.db.execute("BEGIN IMMEDIATE")
            for key in keys:
                cursor = self.db.execute(
                    "INSERT OR IGNORE INTO seen_events (key, seen_at) VALUES (?, ?)", [key, moment]
                )
                fresh = fresh and cursor.rowcount == 1
        return fresh

    def release(self, *keys: str) -> None:
        """Forget a claim whose reply could not be sent, so that Slack's retry can answer it."""
        for key in keys:
            self.db.execute("DELETE FROM seen_events WHERE key = ?", [key])

    def prune(self, moment: datetime | None = None) -> None:
        """Drop expired thread memory and claims older than Slack could still retry."""
        moment = moment or utc_now()
        self._pruned_at = time.monotonic()
        self.db.execute("DELETE FROM thread_memory WHERE expires_at <= ?", [stamp(moment)])
        self.db.execute("DELETE FROM seen_events WHERE seen_at <= ?", [stamp(moment - SEEN_EVENTS)])


def _tags_column(memory: Memory) -> str:
    """The tags as a JSON list, or as an object when a clarifying question is pending, the person insisted on
    something, a ring was just explained or the need's words ride along (no schema change)."""
    if not memory.asked and not memory.insists and not memory.idea and not memory.words and not memory.refused:
        return json.dumps(list(memory.tags))
    pending = [{"label": o.label, "text": o.text, "tool": o.tool} for o in memory.pending]
    return json.dumps(
        {
            "tags": list(memory.tags),
            "pending": pending,
            "asked": memory.asked,
            "insists": memory.insists,
            "idea": memory.idea,
            "words": memory.words,
            "refused": memory.refused,
        }
    )


def _relaxed_connection(path: str) -> sqlite_utils.Database:
    """A second connection to the bot's database for thread memory and event claims.

    Each mention writes twice; a disk flush per write would hold every other request up. With
    WAL and synchronous=NORMAL a commit survives the process crashing and never corrupts the
    file; only an operating-system crash can drop the last moments, and all that costs here is
    a thread forgetting its context. Votes and ring moves keep the store's full durability.
    """
    conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA busy_timeout = 30000")
    return sqlite_utils.Database(conn)
