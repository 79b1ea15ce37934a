"""One place that turns an unexpected failure into a friendly reply and a log line."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from bot.messages.blocks import Message, message_of, section

log = logging.getLogger(__name__)

APOLOGY = (
    "Sorry, something went wrong on my side while answering that. It has been logged; please try again in a moment."
)


def apology() -> Message:
    return message_of([section(":warning: " + APOLOGY)])


def answer_safely(build: Callable[[], Message], what: str) -> Message:
    try:
        return build()
    except Exception:  # the user must get an answer, whatever broke; the log keeps the detail
        log.exception("failed to answer %s", what)
        return apology()


async def answer_safely_async(build: Callable[[], Awaitable[Message]], what: str) -> Message:
    """The same promise for answers that wait on Slack's Web API."""
    try:
        return await build()
    except Exception:
        log.exception("failed to answer %s", what)
        return apology()
