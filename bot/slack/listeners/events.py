"""Mentions and direct messages: each question answered once, in its thread."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.async_app import AsyncBoltContext
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.web.async_client import AsyncWebClient

from bot.services.radar import Caller, RadarService
from bot.slack.context import radar_of
from bot.slack.errors import describe
from bot.slack.listeners.background import after_ack
from bot.slack.listeners.safety import answer_safely
from bot.slack.payloads import team_of

log = logging.getLogger(__name__)

DIRECT_THREAD = "direct"  # a direct message outside any thread: the whole conversation is one context
# message subtypes that are still a person writing to the bot; the others are edits, joins, bots...
PERSON_SUBTYPES = {None, "thread_broadcast", "file_share"}


def needs_reply(event: dict[str, Any]) -> bool:
    """A person's message: not the bot's own, not another bot's, not an edit or a notice."""
    return (
        not event.get("bot_id")
        and not event.get("bot_profile")
        and event.get("subtype") in PERSON_SUBTYPES
        and bool(event.get("user"))
    )


async def in_direct_message(event: dict[str, Any]) -> bool:
    return event.get("channel_type") == "im"


def retry_of(request: AsyncBoltRequest) -> str:
    values = request.headers.get("x-slack-retry-num") or []
    return values[0] if values else ""


async def answer(
    service: RadarService,
    client: AsyncWebClient,
    body: dict[str, Any],
    event: dict[str, Any],
    request: AsyncBoltRequest,
    *,
    threaded: bool,
) -> None:
    if not needs_reply(event):
        return
    team, channel, ts = team_of(body), event.get("channel", ""), event.get("ts", "")
    event_id = body.get("event_id", "")
    if not service.first_delivery(team, event_id, channel, ts):
        log.info("event %s already answered (retry %s); not answering twice", event_id, retry_of(request) or "none")
        return
    thread_ts = event.get("thread_ts") or (ts if threaded else None)
    caller = Caller(team, event.get("user", ""), channel)
    text = event.get("text", "")
    message = answer_safely(
        lambda: service.mention(caller, thread_ts or DIRECT_THREAD, text).message, f"question {text[:80]!r}"
    )
    try:
        await client.chat_postMessage(
            channel=channel,
            thread_ts=thread_ts,
            text=message.text,
            blocks=message.blocks,
            unfurl_links=False,
            unfurl_media=False,
        )
    except Exception as error:
        # the client already retried 429s, 5xx and time-outs; let a later retry from Slack try again
        service.forget_delivery(team, event_id, channel, ts)
        log.warning("the answer to event %s was not posted: %s", event_id, describe(error))


async def on_mention(
    body: dict[str, Any],
    event: dict[str, Any],
    client: AsyncWebClient,
    request: AsyncBoltRequest,
    context: AsyncBoltContext,
) -> None:
    # Bolt acknowledges when this returns: the answer and its chat.postMessage follow in the background
    work = answer(radar_of(context).service, client, body, event, request, threaded=True)
    after_ack(context, work, f"the answer to event {body.get('event_id', '')}")


async def on_direct_message(
    body: dict[str, Any],
    event: dict[str, Any],
    client: AsyncWebClient,
    request: AsyncBoltRequest,
    context: AsyncBoltContext,
) -> None:
    work = answer(radar_of(context).service, client, body, event, request, threaded=False)
    after_ack(context, work, f"the answer to event {body.get('event_id', '')}")
