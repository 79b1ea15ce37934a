"""The aiohttp application: Slack's events endpoint, a health check and the team's radar page."""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import time
from collections.abc import AsyncIterator

from aiohttp import web
from aiohttp.abc import AbstractAccessLogger
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.signature import SignatureVerifier

from bot.services.radar import RadarService
from bot.slack.app import SlackBot
from bot.slack.payloads import Malformed, parse_body
from bot.web.page import add_routes as add_radar_page

log = logging.getLogger(__name__)

SERVICE_KEY = web.AppKey("service", RadarService)

MAX_AGE = 5 * 60  # seconds: Slack's window for a request's timestamp; older ones may be replays
_TIMESTAMP = re.compile(r"[0-9]{1,12}", re.ASCII)
_SIGNATURE = re.compile(r"v0=[0-9a-f]{64}", re.ASCII)


class SignedRequests:
    """Slack's v0 request signature, checked on the raw bytes before anything reads the body."""

    def __init__(self, signing_secret: str) -> None:
        self.secret = signing_secret
        self.verifier = SignatureVerifier(signing_secret) if signing_secret else None

    def refusal(self, request: web.Request, raw: bytes) -> str | None:
        """Why the request is not Slack's, or None when it is (or no secret is set, verification off)."""
        if self.verifier is None:
            return None
        timestamp = request.headers.get("X-Slack-Request-Timestamp", "")
        signature = request.headers.get("X-Slack-Signature", "")
        # checked by shape first: the verifier's int() and compare_digest raise on odd headers
        if not _TIMESTAMP.fullmatch(timestamp):
            return "no usable X-Slack-Request-Timestamp"
        if abs(time.time() - int(timestamp)) > MAX_AGE:
            return "a timestamp more than five minutes away"
        if not _SIGNATURE.fullmatch(signature) or not self._valid(raw, timestamp, signature):
            return "a wrong X-Slack-Signature"
        return None

    def _valid(self, raw: bytes, timestamp: str, signature: str) -> bool:
        assert self.verifier is not None
        try:
            return self.verifier.is_valid(raw.decode("utf-8"), timestamp, signature)
        except UnicodeDecodeError:
            # the verifier reads bodies as UTF-8 only; the same HMAC over the bytes tells a signed non-UTF-8 body
            # (400 later) from an unsigned one
            digest = hmac.new(self.secret.encode(), b"v0:%s:%s" % (timestamp.encode(), raw), hashlib.sha256)
            return hmac.compare_digest(f"v0={digest.hexdigest()}", signature)


def refuse(status: int, reason: str) -> web.Response:
    log.warning("refused a request to /slack/events (%d): %s", status, reason)
    return web.Response(status=status, text=reason)


class PathOnlyAccessLogger(AbstractAccessLogger):
    """Access log lines without query strings: a signed page link must not outlive its sharing in a log."""

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        self.logger.info(
            '%s "%s %s" %s %.1f ms', request.remote, request.method, request.path, response.status, time * 1000
        )


def build_web_app(slack: SlackBot) -> web.Application:
    bolt, service = slack.bolt, slack.service
    signed = SignedRequests(service.settings.signing_secret)

    async def slack_events(request: web.Request) -> web.Response:
        # the signature first, on the bytes as sent: an unsigned body is never parsed
        raw = await request.read()
        refusal = signed.refusal(request, raw)
        if refusal:
            return refuse(401, refusal)
        try:
            text = raw.decode("utf-8")
            body = parse_body(text, request.content_type)
        except UnicodeDecodeError:
            return refuse(400, "a body that is not UTF-8")
        except Malformed as error:
            return refuse(400, str(error))
        # Bolt is handed the body parsed and checked here (its own parser misreads some forms and raises on
        # others); a body given as a dict is only accepted in its socket mode, so the mode is set back after
        bolt_request = AsyncBoltRequest(
            body=body, query=request.query_string, headers=dict(request.headers), mode="socket_mode"
        )
        bolt_request.raw_body, bolt_request.mode = text, "http"  # Bolt's own signature check reads both
        return await to_aiohttp_response(await bolt.async_dispatch(bolt_request))

    async def healthz(request: web.Request) -> web.Response:
        return web.json_response({"ok": True, "tools": len(service.catalog.tools)})

    async def while_serving(app: web.Application) -> AsyncIterator[None]:
        # pooled connections to Slack and the weekly poll's schedule, as long as the server runs
        async with slack.running():
            yield

    app = web.Application()
    app[SERVICE_KEY] = service
    app.router.add_post("/slack/events", slack_events)
    app.router.add_get("/healthz", healthz)
    add_radar_page(app, service)
    app.cleanup_ctx.append(while_serving)
    return app
