"""`/radar chart`: the commands listener acknowledges, then this handler draws and uploads the picture."""

from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from bot.services.radar import RadarService
from bot.services.sharing import post_chart


def register(app: AsyncApp, service: RadarService) -> None:
    # answered after the acknowledgement (see listeners/commands.py): drawing and uploading take seconds
    service.slack_handlers["chart"] = lambda caller, argument: post_chart(service, app.client, caller, argument)
