"""Reading Slack's payloads: who is asking, from which workspace and channel."""

from __future__ import annotations

from typing import Any

from bot.services.workspace import Caller


def team_of(body: dict[str, Any]) -> str:
    user = body.get("user")
    team = body.get("team")
    return str(
        body.get("team_id")
        or (team.get("id") if isinstance(team, dict) else None)
        or (user.get("team_id") if isinstance(user, dict) else None)
        or "unknown"
    )


def caller_of(body: dict[str, Any]) -> Caller:
    """Team, user and channel of a slash command, action or event payload."""
    user = body.get("user")
    user_id = body.get("user_id") or (user.get("id") if isinstance(user, dict) else user) or ""
    channel = body.get("channel")
    channel_id = body.get("channel_id") or (channel.get("id") if isinstance(channel, dict) else channel) or ""
    return Caller(team_of(body), str(user_id), str(channel_id))
