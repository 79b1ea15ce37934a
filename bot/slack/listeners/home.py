"""App Home: the team's radar by ring, a link to its web page, the open poll and recent moves, published when the
tab opens."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

from bot.services.radar import RadarService
from bot.services.sharing import home_with_link
from bot.slack.listeners.commands import team_of


def register(app: AsyncApp, service: RadarService) -> None:
    @app.event("app_home_opened")
    async def publish_home(event: dict[str, Any], body: dict[str, Any], client: AsyncWebClient) -> None:
        if event.get("tab", "home") != "home":
            return
        team_id = team_of(body)
        await client.views_publish(
            user_id=event["user"], view=home_with_link(service, team_id, service.votes.home(team_id))
        )
