"""Requests already applied, remembered for as long as Slack's signature on them stays valid: a replay is refused."""

from __future__ import annotations

import time
from collections.abc import Callable

import sqlite_utils

from bot.storage.store import Store, now, stamp

TABLE = "replays"
MIGRATION = "replays_1"
PRUNE_EVERY = 60.0  # seconds between deletions of expired keys


def create_replays(db: sqlite_utils.Database) -> None:
    db.table(TABLE).create({"key": str, "expires_at": float}, pk="key", not_null={"expires_at"}, if_not_exists=True)
    db.table(TABLE).create_index(["expires_at"], if_not_exists=True)


class Replays:
    """Keys of state-changing requests, each kept until its expiry (unix seconds).

    The table is created by its own migration, recorded in the store's `migrations` table like the others."""

    def __init__(self, store: Store, clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self.clock = clock
        self._pruned = 0.0
        self._migrate()

    def _migrate(self) -> None:
        db = self.store.db
        if db[TABLE].exists():
            return
        with self.store.transaction():
            if not db[TABLE].exists():  # another process may have created it while we waited for the lock
                create_replays(db)
                db.table("migrations").insert({"name": MIGRATION, "applied_at": stamp(now())}, replace=True)

    def first(self, key: str, expires_at: float) -> bool:
        """Remember `key` until `expires_at`; False when it is remembered already (a replay)."""
        now = self.clock()
        with self.store.transaction():
            if now - self._pruned > PRUNE_EVERY:
                self.store.write(f"DELETE FROM {TABLE} WHERE expires_at < ?", [now])
                self._pruned = now
            else:  # an expired key of the same request is a new request only after its signature expired
                self.store.write(f"DELETE FROM {TABLE} WHERE key = ? AND expires_at < ?", [key, now])
            added = self.store.write(
                f"INSERT OR IGNORE INTO {TABLE} (key, expires_at) VALUES (?, ?)", [key, max(expires_at, now)]
            )
        return added == 1

    def count(self) -> int:
        return self.store.scalar(f"SELECT COUNT(*) FROM {TABLE}")
