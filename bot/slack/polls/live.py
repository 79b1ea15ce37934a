"""The poll message kept showing the current counts: at most one chat.update per poll per interval."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from slack_sdk.web.async_client import AsyncWebClient

from bot.messages.votes import ballot_message, closed_message
from bot.services.votes import TeamVotes
from bot.slack.errors import describe

log = logging.getLogger(__name__)

LIVE_INTERVAL = 2.0  # seconds between chat.update calls for one poll: well inside Slack's tier-3 limit


@dataclass
class _Live:
    dirty: bool = False
    task: asyncio.Task[None] | None = None


class LiveCounts:
    """Renders each poll as the database has it into its message, coalescing bursts of clicks."""

    def __init__(self, votes: TeamVotes, client: AsyncWebClient, interval: float = LIVE_INTERVAL) -> None:
        self.votes = votes
        self.client = client
        self.interval = interval
        self._live: dict[int, _Live] = {}
        self._locks: dict[int, asyncio.Lock] = {}

    def refresh(self, poll_id: int) -> None:
        """Ask for the poll message to show the current counts."""
        live = self._live.setdefault(poll_id, _Live())
        live.dirty = True
        if live.task is None or live.task.done():
            live.task = asyncio.create_task(self._keep_fresh(poll_id, live))

    async def _keep_fresh(self, poll_id: int, live: _Live) -> None:
        while live.dirty:
            live.dirty = False
            try:
                await self.update_message(poll_id)
            except Exception as error:  # the next click or the close will render the truth again
                log.warning("could not refresh the counts of poll %s: %s", poll_id, describe(error))
            await asyncio.sleep(self.interval)

    async def settle(self) -> None:
        """Wait until every pending live update has gone out."""
        while tasks := [live.task for live in self._live.values() if live.task and not live.task.done()]:
            await asyncio.gather(*tasks, return_exceptions=True)

    def cancel(self) -> None:
        for live in self._live.values():
            if live.task:
                live.task.cancel()

    async def update_message(self, poll_id: int) -> None:
        """Render the poll as the database has it now (open or closed) into its message."""
        async with self._locks.setdefault(poll_id, asyncio.Lock()):
            for _ in range(2):
                view = self.votes.poll_view(poll_id)
                if view is None or not view.poll.ts:
                    return
                message = closed_message(view) if view.poll.status == "closed" else ballot_message(view)
                await self.client.chat_update(
                    channel=view.poll.channel, ts=view.poll.ts, text=message.text, blocks=message.blocks
                )
                latest = self.votes.polls.poll(poll_id)
                # another process may have closed it while our render was in flight: show the result
                if latest is None or latest.status == view.poll.status:
                    return
