"""What every listener is given: the service, the poll runner and the Web API sub-commands, through Bolt's context."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from slack_bolt.context.async_context import AsyncBoltContext

from bot.services.radar import RadarService
from bot.slack.commands import SlackCommands
from bot.slack.polls import PollRunner

KEY = "radar"


@dataclass(frozen=True)
class Radar:
    service: RadarService
    polls: PollRunner
    web_api: SlackCommands


def radar_of(context: AsyncBoltContext) -> Radar:
    radar = context[KEY]
    assert isinstance(radar, Radar)  # put there by `provide` on every request
    return radar


def provide(radar: Radar) -> Callable[[AsyncBoltContext, Callable[[], Awaitable[None]]], Awaitable[None]]:
    """A global middleware that hands the listeners their dependencies."""

    async def middleware(context: AsyncBoltContext, next: Callable[[], Awaitable[None]]) -> None:
        context[KEY] = radar
        await next()

    return middleware
