"""The real aiohttp server on 127.0.0.1, configured against a fake Slack, for end-to-end tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

from bot.config import Settings
from bot.services.radar import RadarService
from bot.slack.app import build_app
from bot.slack.listeners.background import Background
from bot.slack.polls import PollRunner
from bot.web.server import build_web_app
from tests.support.fake_slack import FakeSlack
from tests.support.signing import SECRET, sign


@dataclass
class RunningBot:
    url: str
    service: RadarService
    slack: FakeSlack
    session: aiohttp.ClientSession
    runner: web.AppRunner
    polls: PollRunner
    background: Background | None = None  # work the listeners started after acknowledging

    async def post(
        self,
        body: str,
        *,
        content_type: str = "application/x-www-form-urlencoded",
        headers: dict[str, str] | None = None,
        signed: bool = True,
        timestamp: int | None = None,
        secret: str = SECRET,
    ) -> tuple[int, Any]:
        all_headers = {
            "Content-Type": content_type,
            **(sign(body, secret, timestamp) if signed else {}),
            **(headers or {}),
        }
        async with self.session.post(f"{self.url}/slack/events", data=body.encode(), headers=all_headers) as response:
            text = await response.text()
            try:
                return response.status, await response.json(content_type=None) if text else None
            except ValueError:
                return response.status, text

    async def stop(self) -> None:
        await self.session.close()
        await self.runner.cleanup()
        self.service.store.close()


def bot_settings(slack: FakeSlack, db_path: Path, catalog_dir: Path | None = None, **extra: str) -> Settings:
    env = {
        "SLACK_BOT_TOKEN": "xoxb-test-token",
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": slack.api_url,
        "SLACK_RETRY_BACKOFF": "0",  # retries happen at once: the fake Slack has no load to spare
        # most end-to-end tests are about the whole radar; the team's-radar tests choose their starter
        "RADAR_STARTER": "catalog",
        "RADAR_DB": str(db_path),
        **({"RADAR_CATALOG": str(catalog_dir)} if catalog_dir else {}),
        **extra,
    }
    return Settings.from_env(env)


async def start_bot(settings: Settings, fake: FakeSlack) -> RunningBot:
    service = RadarService.from_settings(settings)
    slack = build_app(settings, service, verified_upstream=True)
    runner = web.AppRunner(build_web_app(slack))
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    session = aiohttp.ClientSession()
    return RunningBot(f"http://127.0.0.1:{port}", service, fake, session, runner, slack.polls, slack.background)
