"""The `/radar` slash command: answered in the acknowledgement, visible only to the caller."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncBoltContext, AsyncRespond

from bot.slack.context import radar_of
from bot.slack.listeners.safety import answer_safely, answer_safely_async
from bot.slack.payloads import caller_of

COMMAND = "/radar"


async def radar_command(
    ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond, context: AsyncBoltContext
) -> None:
    radar = radar_of(context)
    text = command.get("text", "")
    caller = caller_of(command)
    later = radar.service.commands.resolve(text).later(radar.web_api)
    if later:  # it calls the Web API: acknowledge first, answer through the response_url
        await ack()
        message = await answer_safely_async(lambda: later(caller), f"/radar {text!r}")
        await respond(response_type="ephemeral", text=message.fallback, blocks=message.blocks)
        return
    message = answer_safely(lambda: radar.service.command(caller, text), f"/radar {text!r}")
    await ack(response_type="ephemeral", text=message.fallback, blocks=message.blocks)
