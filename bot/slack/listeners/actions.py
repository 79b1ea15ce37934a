"""Buttons on radar answers: share in channel, pick a suggestion, follow a link."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncBoltContext, AsyncRespond
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.web.async_client import AsyncWebClient

from bot.messages.blocks import SHARE_ACTION, context, escape, without_actions
from bot.slack.context import radar_of
from bot.slack.listeners.background import after_ack
from bot.slack.listeners.events import DIRECT_THREAD
from bot.slack.listeners.once import first_time
from bot.slack.listeners.safety import answer_safely
from bot.slack.payloads import caller_of

SUGGESTION_ACTION = r"^radar_lookup_\d+$"
LINK_ACTION = r"^radar_link_"
CLARIFY_ACTION = r"^radar_clarify_\d+$"


async def share(
    ack: AsyncAck,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: AsyncRespond,
    context: AsyncBoltContext,
    request: AsyncBoltRequest,
) -> None:
    # a replayed click must not post the card in the channel a second time
    first = first_time(request, context, "Share click")
    await ack()
    if not first:
        return
    service = radar_of(context).service
    query = action.get("value", "")

    async def post_in_channel() -> None:
        message = answer_safely(lambda: service.command(caller_of(body), query), f"share {query!r}")
        user = caller_of(body).user_id
        blocks = without_actions(message.blocks, {SHARE_ACTION}) + [context_line(user, query)]
        await respond(response_type="in_channel", replace_original=False, text=message.fallback, blocks=blocks)

    after_ack(context, post_in_channel(), "a Share click")


def context_line(user: str, query: str) -> dict[str, Any]:
    return context(f"Shared by <@{user}> · `/radar {escape(query)}`")  # the query as typed: no live mention


async def pick_suggestion(
    ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], respond: AsyncRespond, context: AsyncBoltContext
) -> None:
    await ack()
    service = radar_of(context).service

    async def answer() -> None:
        message = answer_safely(lambda: service.command(caller_of(body), action.get("value", "")), "suggestion")
        await respond(response_type="ephemeral", replace_original=True, text=message.fallback, blocks=message.blocks)

    after_ack(context, answer(), "a suggestion click")


async def follow_link(ack: AsyncAck) -> None:
    # link buttons open in the browser; Slack still expects the click acknowledged
    await ack()


async def answer_choice(
    ack: AsyncAck,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: AsyncRespond,
    context: AsyncBoltContext,
    client: AsyncWebClient,
) -> None:
    """A clarifying question's button: the refined answer in the thread, or in place of a `/radar` reply."""
    await ack()
    service = radar_of(context).service
    caller = caller_of(body)
    message = body.get("message") or {}
    ephemeral = bool((body.get("container") or {}).get("is_ephemeral")) or not message
    thread_ts = None if ephemeral else str(message.get("thread_ts") or DIRECT_THREAD)
    label = str(action.get("value", ""))

    async def answer() -> None:
        reply = answer_safely(lambda: service.choose(caller, label, thread_ts), f"clarifying choice {label[:80]!r}")
        if thread_ts is None:
            await respond(response_type="ephemeral", replace_original=True, text=reply.fallback, blocks=reply.blocks)
            return
        await client.chat_postMessage(
            channel=caller.channel_id,
            thread_ts=message.get("thread_ts"),
            text=reply.text,
            blocks=reply.blocks,
            unfurl_links=False,
            unfurl_media=False,
        )

    after_ack(context, answer(), "a clarifying choice")
