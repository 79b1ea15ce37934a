"""Who may do what in a poll: users.info, cached, read as a person, a bot or an admin."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Collection
from typing import Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.errors import describe

log = logging.getLogger(__name__)

USER_CACHE_SECONDS = 600


def _person(info: dict[str, Any]) -> bool:
    return bool(info) and not info.get("is_bot") and not info.get("deleted")


class People:
    """users.info answers, cached for a while and shared by concurrent lookups of the same user."""

    def __init__(self, client: AsyncWebClient, admins: Collection[str]) -> None:
        self.client = client
        self.admins = admins
        self._users: dict[str, tuple[float, dict[str, Any]]] = {}
        self._lookups: dict[str, asyncio.Future[dict[str, Any] | None]] = {}

    async def user(self, user_id: str) -> dict[str, Any] | None:
        """users.info, cached; {} for someone Slack does not know, None when Slack could not say."""
        cached = self._users.get(user_id)
        if cached and cached[0] > time.monotonic():
            return cached[1]
        pending = self._lookups.get(user_id)
        if pending is None:  # a quick second click waits for the first click's lookup
            pending = self._lookups[user_id] = asyncio.ensure_future(self._look_up(user_id))
            pending.add_done_callback(lambda _: self._lookups.pop(user_id, None))
        return await asyncio.shield(pending)

    async def _look_up(self, user_id: str) -> dict[str, Any] | None:
        try:
            info: dict[str, Any] = (await self.client.users_info(user=user_id))["user"]
        except SlackApiError as error:
            if describe(error) != "user_not_found":
                log.warning("users.info failed for a user: %s", describe(error))
                return None
            info = {}
        except Exception as error:  # network trouble: the caller decides how to fail
            log.warning("users.info failed for a user: %s", describe(error))
            return None
        self._users[user_id] = (time.monotonic() + USER_CACHE_SECONDS, info)
        return info

    async def is_admin(self, user_id: str) -> bool | None:
        """RADAR_ADMINS or a workspace admin or owner; None when Slack could not tell us."""
        if user_id in self.admins:
            return True
        info = await self.user(user_id)
        if info is None:
            return None
        return bool(info.get("is_admin") or info.get("is_owner") or info.get("is_primary_owner"))

    async def is_person(self, user_id: str) -> bool:
        info = await self.user(user_id)
        if info is None:
            return True  # only people can click buttons; a users.info outage should not cost their vote
        return _person(info)

    def known_not_person(self, user_id: str) -> bool:
        cached = self._users.get(user_id)
        return bool(cached and cached[0] > time.monotonic() and not _person(cached[1]))
