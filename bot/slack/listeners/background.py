"""Work done after the acknowledgement: each task kept until it ends, and its failure logged, never lost silently."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

from slack_bolt.async_app import AsyncBoltContext

from bot.slack.errors import describe

log = logging.getLogger(__name__)

KEY = "radar_background"


class Background:
    """Tasks started by listeners once Slack has its acknowledgement (Bolt runs with process_before_response).

    Not Bolt's lazy listeners: those deep-copy the request and its context for every call (the service
    included, or silently left out when it cannot be copied), and Bolt keeps no reference to their tasks."""

    def __init__(self) -> None:
        # asyncio keeps only weak references to tasks: without this set one could vanish mid-flight
        self._tasks: set[asyncio.Task[None]] = set()

    def start(self, work: Coroutine[Any, Any, None], what: str) -> asyncio.Task[None]:
        task = asyncio.get_running_loop().create_task(work, name=what)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            log.warning("%s was cancelled before it finished", task.get_name())
            return
        error = task.exception()
        if error is not None:
            log.error("%s failed after the acknowledgement: %s", task.get_name(), describe(error), exc_info=error)

    @property
    def pending(self) -> int:
        return len(self._tasks)

    async def settle(self) -> None:
        """Wait until every task has ended, those started meanwhile included."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def close(self, timeout: float) -> None:
        """On shutdown: let running work finish for up to `timeout` seconds, then cancel what is left."""
        if not self._tasks:
            return
        _, late = await asyncio.wait(list(self._tasks), timeout=timeout)
        for task in late:
            task.cancel()
        if late:
            await asyncio.gather(*late, return_exceptions=True)


def background_of(context: AsyncBoltContext) -> Background:
    background = context[KEY]
    assert isinstance(background, Background)  # put there by the app's middleware on every request
    return background


def after_ack(context: AsyncBoltContext, work: Coroutine[Any, Any, None], what: str) -> None:
    """Run `work` once the listener has returned and Slack has its acknowledgement."""
    background_of(context).start(work, what)
