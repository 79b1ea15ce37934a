"""Signed requests handed straight to Bolt's `async_dispatch`: listeners tested without an HTTP server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from slack_bolt.request.async_request import AsyncBoltRequest

from bot.services.radar import RadarService
from bot.slack.app import SlackBot, build_app
from tests.support.fake_slack import FakeSlack
from tests.support.server import bot_settings
from tests.support.signing import sign


def slack_bot(fake: FakeSlack, db: Path, catalog_dir: Path | None = None, **extra: str) -> SlackBot:
    settings = bot_settings(fake, db, catalog_dir, **extra)
    return build_app(settings, RadarService.from_settings(settings))


async def dispatch(
    bot: SlackBot, body: str, content_type: str = "application/x-www-form-urlencoded"
) -> tuple[int, Any]:
    headers = {"content-type": [content_type], **{k.lower(): [v] for k, v in sign(body).items()}}
    response = await bot.bolt.async_dispatch(AsyncBoltRequest(body=body, headers=headers))
    return response.status, json.loads(response.body) if response.body else None
