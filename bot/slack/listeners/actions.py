"""Buttons on radar answers: share in channel, pick a suggestion, follow a link."""

from __future__ import annotations

import re
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond

from bot.messages.blocks import SHARE_ACTION, Message, context, without_actions
from bot.services.radar import RadarService
from bot.slack.listeners.commands import caller_of
from bot.slack.listeners.safety import answer_safely


def register(app: AsyncApp, service: RadarService) -> None:
    @app.action(SHARE_ACTION)
    async def share(ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], respond: AsyncRespond) -> None:
        await ack()
        query = action.get("value", "")
        message = answer_safely(lambda: service.command(caller_of(body), query), f"share {query!r}")
        user = (body.get("user") or {}).get("id", "")
        blocks = without_actions(message.blocks, {SHARE_ACTION}) + [context(f"Shared by <@{user}> · `/radar {query}`")]
        await respond(response_type="in_channel", replace_original=False, text=message.fallback, blocks=blocks)

    @app.action(re.compile(r"^radar_lookup_\d+$"))
    async def pick_suggestion(
        ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], respond: AsyncRespond
    ) -> None:
        await ack()
        message: Message = answer_safely(
            lambda: service.command(caller_of(body), action.get("value", "")), "suggestion"
        )
        await respond(response_type="ephemeral", replace_original=True, text=message.fallback, blocks=message.blocks)

    @app.action(re.compile(r"^radar_link_"))
    async def follow_link(ack: AsyncAck) -> None:
        # link buttons open in the browser; Slack still expects the click acknowledged
        await ack()
