"""The `/radar` sub-commands that call Slack's Web API, answered after the acknowledgement."""

from __future__ import annotations

from dataclasses import dataclass

from slack_sdk.web.async_client import AsyncWebClient

from bot.messages.blocks import Message, escape, message_of, refusal, section
from bot.messages.votes import edit_modal
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

    async def edit_tool(self, caller: Caller, argument: str) -> Message:
        """`/radar edit <tool>`: admins get the editing form; everyone else is told who may edit."""
        refused = await self.polls.admin_refusal(caller.user_id, "edit the radar")
        if refused:
            return refused
        votes = self.polls.votes
        form = votes.edit_form(caller.team_id, argument)
        if not argument.strip() or form is None:
            return refusal(f"Which tool? “{argument.strip()}” is not on the menu.", "/radar edit kedro")
        tool_id, name, ring, note, owner = form
        await self.client.views_open(
            trigger_id=caller.trigger_id, view=edit_modal(tool_id, name, ring, note, owner, votes.rings)
        )
        return message_of([section(f"Opened the form for *{escape(name)}*.")])
