"""The bot's own identity, read once by auth.test at start-up so that no acknowledgement waits on Slack."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from slack_bolt.authorization import AuthorizeResult
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.slack.errors import describe

log = logging.getLogger(__name__)


class TokenRefused(Exception):
    """Slack refused the bot token, or could not be reached to check it; the message is one line."""


class BotIdentity:
    """Bolt's `authorize`: the token and, once verified, the bot's user and team ids, without a call per request."""

    def __init__(self, token: str) -> None:
        self.token = token
        self.verified: AuthorizeResult | None = None

    async def verify(self, client: AsyncWebClient) -> AuthorizeResult:
        """auth.test, once: a bad token stops the bot at start-up instead of failing its first user."""
        try:
            found = await client.auth_test(token=self.token)
        except Exception as error:
            raise refused(error, client, "SLACK_BOT_TOKEN") from None
        self.verified = AuthorizeResult(
            enterprise_id=found.get("enterprise_id"),
            team_id=found.get("team_id"),
            team=found.get("team"),
            url=found.get("url"),
            bot_id=found.get("bot_id"),
            bot_user_id=found.get("user_id"),
            bot_token=self.token,
        )
        log.info("signed in to Slack as %s in %s", found.get("user"), found.get("team"))
        return self.verified

    async def verify_app_token(self, client: AsyncWebClient, app_token: str) -> None:
        """apps.connections.open, once: a bad app token stops Socket Mode at start-up instead of retrying forever."""
        try:
            await client.apps_connections_open(app_token=app_token)
        except Exception as error:
            raise refused(error, client, "SLACK_APP_TOKEN") from None

    def authorizer(self) -> Callable[..., Awaitable[AuthorizeResult]]:
        """Bolt's `authorize` function (a plain function: Bolt passes arguments by their names)."""

        async def authorize(enterprise_id: str | None, team_id: str | None) -> AuthorizeResult:
            if self.verified is not None:
                return self.verified
            # not verified (a test, or a start-up that skipped it): the token alone, still without a Web API call
            return AuthorizeResult(enterprise_id=enterprise_id, team_id=team_id, bot_token=self.token)

        return authorize


def refused(error: Exception, client: AsyncWebClient, setting: str) -> TokenRefused:
    """Why a token could not be checked: Slack said no, or Slack could not be reached."""
    if isinstance(error, SlackApiError):
        return TokenRefused(f"Slack refused {setting} ({describe(error)})")
    return TokenRefused(f"cannot reach Slack at {client.base_url} to check {setting} ({describe(error)})")
