"""Thin Bolt listeners; each module registers its own with `register(app, service)`."""

from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from bot.services.radar import RadarService
from bot.slack.listeners import actions, chart, commands, events, home, votes

# Bolt tries listeners in registration order and each try costs a matcher call: the slash
# command, the most frequent request, comes first, then vote clicks, which arrive in bursts
MODULES = (commands, votes, actions, home, events, chart)


def register_all(app: AsyncApp, service: RadarService) -> None:
    for module in MODULES:
        module.register(app, service)
