"""The Bolt AsyncApp with its Web API client, listeners and the poll runner, built from settings."""

from __future__ import annotations

import logging
import random
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import aiohttp
from slack_bolt.async_app import AsyncApp, AsyncBoltContext
from slack_bolt.authorization import AuthorizeResult
from slack_bolt.authorization.async_authorize import AsyncAuthorize
from slack_bolt.middleware.async_middleware import AsyncMiddleware
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.http_retry.builtin_interval_calculators import BackoffRetryIntervalCalculator
from slack_sdk.http_retry.jitter import Jitter
from slack_sdk.web.async_client import AsyncWebClient

from bot.config import Settings
from bot.services.radar import RadarService
from bot.slack import listeners
from bot.slack.commands import SlackCommands
from bot.slack.context import KEY as RADAR_KEY
from bot.slack.context import Radar
from bot.slack.identity import BotIdentity
from bot.slack.listeners import background as background_module
from bot.slack.listeners import once
from bot.slack.listeners.background import Background
from bot.slack.payloads import read_text_once
from bot.slack.polls import PollRunner
from bot.storage.replays import Replays

log = logging.getLogger(__name__)

WEB_API_TIMEOUT = 10  # seconds for one Web API call, retries aside
SHUTDOWN_GRACE = 5.0  # seconds that work started after an acknowledgement may take to finish on shutdown


class ScaledJitter(Jitter):
    """Spreads retries over up to twice their interval. slack_sdk's default adds up to a whole second to every
    interval, so that even a zero back-off (SLACK_RETRY_BACKOFF=0) would wait."""

    def recalculate(self, duration: float) -> float:
        return duration * (1 + random.random())


def configure_client(client: AsyncWebClient, settings: Settings) -> AsyncWebClient:
    client.base_url = settings.api_url
    client.timeout = WEB_API_TIMEOUT
    backoff = BackoffRetryIntervalCalculator(backoff_factor=settings.retry_backoff, jitter=ScaledJitter())
    # Slack asks callers to honour Retry-After on 429 and to retry passing 5xx and network faults
    client.retry_handlers = [
        AsyncRateLimitErrorRetryHandler(max_retry_count=3),
        AsyncServerErrorRetryHandler(max_retry_count=3, interval_calculator=backoff),
        AsyncConnectionErrorRetryHandler(max_retry_count=2, interval_calculator=backoff),
    ]
    return client


def web_client(settings: Settings) -> AsyncWebClient:
    return configure_client(AsyncWebClient(token=settings.bot_token or None), settings)


@dataclass
class SlackBot:
    """The Bolt app and what its listeners are given."""

    bolt: AsyncApp
    radar: Radar
    identity: BotIdentity
    background: Background

    @property
    def service(self) -> RadarService:
        return self.radar.service

    @property
    def polls(self) -> PollRunner:
        return self.radar.polls

    @asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """While the bot serves: one pooled HTTP session for every Web API call, and the poll schedule."""
        async with slack_session(self.bolt.client), self.polls.running():
            try:
                yield
            finally:  # answers already acknowledged get their chance to go out before the session closes
                await self.background.close(SHUTDOWN_GRACE)


@asynccontextmanager
async def slack_session(client: AsyncWebClient) -> AsyncIterator[None]:
    """One HTTP session for the client while it serves: connections to Slack are reused (Bolt hands it on to
    each request's client, and receipts use it too)."""
    if client.session is not None:
        yield
        return
    client.session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=client.timeout))
    try:
        yield
    finally:
        await client.session.close()
        client.session = None


def build_app(settings: Settings, service: RadarService, *, verified_upstream: bool = False) -> SlackBot:
    """The Bolt app. `verified_upstream`: the web server checks every request's signature before Bolt sees it
    (bot/web/server.py), so Bolt does not check it a second time."""
    identity = BotIdentity(settings.bot_token)
    client = web_client(settings)
    app = AsyncApp(
        client=client,
        authorize=Authorize(identity),
        signing_secret=settings.signing_secret or None,
        request_verification_enabled=bool(settings.signing_secret) and not verified_upstream,
        raise_error_for_unhandled_request=False,
        # the listener is awaited and its ack returned at once, instead of Bolt polling for the ack every
        # 10 ms; so listeners only acknowledge, and whatever waits on Slack runs in `background`
        process_before_response=True,
    )
    polls = PollRunner(service.votes, client)
    radar = Radar(service, polls, SlackCommands(service, client, polls))
    background = Background()
    app.use(Dependencies(radar, background, Replays(service.store)))
    app.use(read_text_once)  # Slack's entities decoded and every text bounded once, before any listener

    @app.error
    async def on_error(error: Exception, body: dict[str, Any], request: AsyncBoltRequest) -> BoltResponse | None:
        log.error(
            "unhandled error for a %s request: %s", body.get("type") or body.get("command"), error, exc_info=error
        )
        ack = request.context.get("ack")
        acked = ack.response if ack is not None else None
        if acked is not None:
            # Slack already has what it needs; the failure after the ack is ours, not the request's
            return BoltResponse(status=acked.status, body=acked.body, headers=acked.headers)
        return None

    listeners.register(app)
    return SlackBot(app, radar, identity, background)


class Dependencies(AsyncMiddleware):
    """The listeners' dependencies put in Bolt's context on every request.

    A class, not a function: Bolt calls it directly instead of building keyword arguments for it."""

    def __init__(self, radar: Radar, background: Background, replays: Replays) -> None:
        self.items = ((RADAR_KEY, radar), (background_module.KEY, background), (once.KEY, replays))

    async def async_process(
        self, *, req: AsyncBoltRequest, resp: BoltResponse, next: Callable[[], Awaitable[BoltResponse]]
    ) -> BoltResponse | None:
        for key, value in self.items:
            req.context[key] = value
        return await next()


class Authorize(AsyncAuthorize):
    """The bot's identity as Bolt's `authorize`, called directly (no keyword arguments built per request)."""

    def __init__(self, identity: BotIdentity) -> None:
        self.authorize = identity.authorizer()

    async def __call__(
        self,
        *,
        context: AsyncBoltContext,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None,
        actor_enterprise_id: str | None = None,
        actor_team_id: str | None = None,
        actor_user_id: str | None = None,
    ) -> AuthorizeResult:
        return await self.authorize(enterprise_id=enterprise_id, team_id=team_id)
