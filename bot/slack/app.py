"""Builds the Bolt AsyncApp from settings, with a Web API client that honours SLACK_API_URL."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.config import Settings
from bot.services.radar import RadarService
from bot.slack.listeners import register_all

log = logging.getLogger(__name__)


def configure_client(client: AsyncWebClient, settings: Settings) -> AsyncWebClient:
    client.base_url = settings.api_url
    client.timeout = 10
    # Slack asks callers to honour Retry-After on 429 and to retry passing 5xx and network faults
    client.retry_handlers = [
        AsyncRateLimitErrorRetryHandler(max_retry_count=3),
        AsyncServerErrorRetryHandler(max_retry_count=3),
        AsyncConnectionErrorRetryHandler(max_retry_count=2),
    ]
    return client


def web_client(settings: Settings) -> AsyncWebClient:
    return configure_client(AsyncWebClient(token=settings.bot_token or None), settings)


def build_app(settings: Settings, service: RadarService) -> AsyncApp:
    app = AsyncApp(
        token=settings.bot_token or None,
        signing_secret=settings.signing_secret or None,
        request_verification_enabled=bool(settings.signing_secret),
        raise_error_for_unhandled_request=False,
    )
    configure_client(app.client, settings)

    @app.error
    async def on_error(error: Exception, body: dict[str, Any]) -> None:
        log.error(
            "unhandled error for a %s request: %s", body.get("type") or body.get("command"), error, exc_info=error
        )

    register_all(app, service)
    return app
