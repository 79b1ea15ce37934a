"""Private receipts through a click's response_url, retried like every Web API call (429s and 5xx included)."""

from __future__ import annotations

import logging

from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from bot.messages.blocks import Message
from bot.slack.errors import describe

log = logging.getLogger(__name__)


async def send_receipt(client: AsyncWebClient, response_url: str, message: Message) -> None:
    """Post an ephemeral reply; the Web API client's session, time-out and retry policy apply."""
    if not response_url:
        return
    webhook = AsyncWebhookClient(
        response_url,
        timeout=client.timeout,
        session=client.session,
        retry_handlers=list(client.retry_handlers),
        logger=client.logger,
    )
    payload = {"response_type": "ephemeral", "replace_original": False, "text": message.text, "blocks": message.blocks}
    try:
        response = await webhook.send_dict(payload)
    except Exception as error:  # the vote is stored already; only the receipt is lost, and the log says so
        log.warning("a vote receipt could not be sent: %s", describe(error))
        return
    if response.status_code >= 400:
        log.warning("a vote receipt was refused: HTTP %d", response.status_code)
