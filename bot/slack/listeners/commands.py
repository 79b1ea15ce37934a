"""The `/radar` slash command: answer in the acknowledgement, visible only to the caller."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond

from bot.services.radar import Caller, RadarService
from bot.slack.listeners.safety import answer_safely, answer_safely_async

COMMAND = "/radar"


def team_of(body: dict[str, Any]) -> str:
    return (
        body.get("team_id")
        or (body.get("team") or {}).get("id")
        or (body.get("user") or {}).get("team_id")
        or "unknown"
    )


def caller_of(body: dict[str, Any]) -> Caller:
    """Team, user and channel of a slash command, action or event payload."""
    user = body.get("user")
    user_id = body.get("user_id") or (user.get("id") if isinstance(user, dict) else user) or ""
    channel = body.get("channel")
    channel_id = body.get("channel_id") or (channel.get("id") if isinstance(channel, dict) else channel) or ""
    return Caller(team_of(body), user_id, channel_id)


def register(app: AsyncApp, service: RadarService) -> None:
    @app.command(COMMAND)
    async def radar_command(ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond) -> None:
        text = command.get("text", "")
        slow = service.slack_handler(text)
        if slow:  # it calls the Web API: acknowledge first, answer through the response_url
            await ack()
            message = await answer_safely_async(lambda: slow(caller_of(command)), f"/radar {text!r}")
            await respond(response_type="ephemeral", text=message.fallback, blocks=message.blocks)
            return
        message = answer_safely(lambda: service.command(caller_of(command), text), f"/radar {text!r}")
        await ack(response_type="ephemeral", text=message.fallback, blocks=message.blocks)
