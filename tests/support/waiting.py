"""The one way tests wait for work done after an acknowledgement: poll a condition, bounded, then fail."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


async def eventually(probe: Callable[[], T], *, seconds: float = 10.0, what: str = "the bot did not get there") -> T:
    """The first truthy value `probe` returns; AssertionError if none comes within `seconds`."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while True:
        value = probe()
        if value:
            return value
        if loop.time() > deadline:
            raise AssertionError(what)
        await asyncio.sleep(0.005)
