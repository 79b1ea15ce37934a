"""The `/radar` sub-commands that call Slack's Web API, answered after the acknowledgement."""

from __future__ import annotations

from dataclasses import dataclass

from slack_sdk.web.async_client import AsyncWebClient

from bot.messages.blocks import Message
from bot.services.workspace import Caller, Workspace
from bot.slack.chart import post_chart
from bot.slack.polls import PollRunner


@dataclass
class SlackCommands:
    """What the command table's `later` handlers call (bot.services.commands.WebApiCommands)."""

    workspace: Workspace
    client: AsyncWebClient
    polls: PollRunner

    async def post_chart(self, caller: Caller, argument: str) -> Message:
        return await post_chart(self.workspace, self.client, caller, argument)

    async def close_poll(self, caller: Caller, argument: str) -> Message:
        return await self.polls.close_command(caller, argument)

    async def open_poll(self, caller: Caller, argument: str) -> Message:
        return await self.polls.open_command(caller, argument)
