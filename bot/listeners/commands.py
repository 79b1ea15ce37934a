"""The `/radar` slash command: answer in the acknowledgement, visible only to the caller."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp

from bot.listeners.safety import answer_safely
from bot.service import RadarService

COMMAND = "/radar"


def team_of(body: dict[str, Any]) -> str:
    return body.get("team_id") or (body.get("team") or {}).get("id") or (body.get("user") or {}).get("team_id") or "unknown"


def register(app: AsyncApp, service: RadarService) -> None:
    @app.command(COMMAND)
    async def radar_command(ack: AsyncAck, command: dict[str, Any]) -> None:
        text = command.get("text", "")
        message = answer_safely(lambda: service.command(team_of(command), text), f"/radar {text!r}")
        await ack(response_type="ephemeral", text=message.text, blocks=message.blocks)
