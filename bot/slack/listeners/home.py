"""App Home: the team's radar by ring, a link to its page, the open poll and recent moves, shown when opened."""

from __future__ import annotations

from typing import Any

from slack_bolt.async_app import AsyncBoltContext
from slack_sdk.web.async_client import AsyncWebClient

from bot.services.sharing import home_with_link
from bot.slack.context import radar_of
from bot.slack.listeners.background import after_ack
from bot.slack.payloads import team_of


async def publish_home(
    event: dict[str, Any], body: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext
) -> None:
    if event.get("tab", "home") != "home":
        return
    service = radar_of(context).service
    team_id = team_of(body)
    user = event["user"]

    async def publish() -> None:
        await client.views_publish(user_id=user, view=home_with_link(service, team_id, service.votes.home(team_id)))

    after_ack(context, publish(), "the Home tab")
