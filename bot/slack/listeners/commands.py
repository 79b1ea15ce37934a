"""The `/radar` slash command: answered in the acknowledgement, visible only to the caller."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncBoltContext, AsyncRespond
from slack_bolt.request.async_request import AsyncBoltRequest

from bot.messages.blocks import refusal
from bot.slack.context import radar_of
from bot.slack.listeners.background import after_ack
from bot.slack.listeners.once import first_time
from bot.slack.listeners.safety import answer_safely, answer_safely_async
from bot.slack.payloads import caller_of

COMMAND = "/radar"
# sub-commands answered in the acknowledgement that change what is stored; every Web API one changes Slack
CHANGES_STATE = frozenset({"propose"})
ALREADY_DONE = "That request was already handled; a replay changes nothing."


async def radar_command(
    ack: AsyncAck,
    command: dict[str, Any],
    respond: AsyncRespond,
    context: AsyncBoltContext,
    request: AsyncBoltRequest,
) -> None:
    radar = radar_of(context)
    text = command.get("text", "")
    caller = caller_of(command)
    resolved = radar.service.commands.resolve(text)
    later = resolved.later(radar.web_api)
    if (later or resolved.command.name in CHANGES_STATE) and not first_time(request, context, f"/radar {text!r}"):
        message = refusal(ALREADY_DONE)
        await ack(response_type="ephemeral", text=message.text, blocks=message.blocks)
        return
    if later:  # it calls the Web API: acknowledge first, answer through the response_url

        async def answer_later() -> None:
            message = await answer_safely_async(lambda: later(caller), f"/radar {text!r}")
            await respond(response_type="ephemeral", text=message.fallback, blocks=message.blocks)

        await ack()
        after_ack(context, answer_later(), f"/radar {text[:40]!r}")
        return
    message = answer_safely(lambda: radar.service.command(caller, text), f"/radar {text!r}")
    await ack(response_type="ephemeral", text=message.fallback, blocks=message.blocks)
