"""Buttons on radar answers: share in channel, pick a suggestion, follow a link."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncBoltContext, AsyncRespond

from bot.messages.blocks import SHARE_ACTION, context, without_actions
from bot.slack.context import radar_of
from bot.slack.listeners.safety import answer_safely
from bot.slack.payloads import caller_of

SUGGESTION_ACTION = r"^radar_lookup_\d+$"
LINK_ACTION = r"^radar_link_"


async def share(
    ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], respond: AsyncRespond, context: AsyncBoltContext
) -> None:
    await ack()
    service = radar_of(context).service
    query = action.get("value", "")
    message = answer_safely(lambda: service.command(caller_of(body), query), f"share {query!r}")
    user = caller_of(body).user_id
    blocks = without_actions(message.blocks, {SHARE_ACTION}) + [context_line(user, query)]
    await respond(response_type="in_channel", replace_original=False, text=message.fallback, blocks=blocks)


def context_line(user: str, query: str) -> dict[str, Any]:
    return context(f"Shared by <@{user}> · `/radar {query}`")


async def pick_suggestion(
    ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], respond: AsyncRespond, context: AsyncBoltContext
) -> None:
    await ack()
    service = radar_of(context).service
    message = answer_safely(lambda: service.command(caller_of(body), action.get("value", "")), "suggestion")
    await respond(response_type="ephemeral", replace_original=True, text=message.fallback, blocks=message.blocks)


async def follow_link(ack: AsyncAck) -> None:
    # link buttons open in the browser; Slack still expects the click acknowledged
    await ack()
