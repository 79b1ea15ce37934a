"""The aiohttp application: Slack's events endpoint, a health check and the team's radar page."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import aiohttp
from aiohttp import web
from aiohttp.abc import AbstractAccessLogger
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp

from bot.services.radar import RadarService
from bot.slack.polls import PollRunner
from bot.web.page import add_routes as add_radar_page

SERVICE_KEY = web.AppKey("service", RadarService)


class PathOnlyAccessLogger(AbstractAccessLogger):
    """Access log lines without query strings: a signed page link must not outlive its sharing in a log."""

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        self.logger.info(
            '%s "%s %s" %s %.1f ms', request.remote, request.method, request.path, response.status, time * 1000
        )


def build_web_app(bolt: AsyncApp, service: RadarService) -> web.Application:
    async def slack_events(request: web.Request) -> web.Response:
        bolt_response = await bolt.async_dispatch(await to_bolt_request(request))
        return await to_aiohttp_response(bolt_response)

    async def healthz(request: web.Request) -> web.Response:
        return web.json_response({"ok": True, "tools": len(service.catalog.tools)})

    app = web.Application()
    app[SERVICE_KEY] = service
    app.router.add_post("/slack/events", slack_events)
    app.router.add_get("/healthz", healthz)
    add_radar_page(app, service)
    app.cleanup_ctx.append(_shared_slack_session(bolt))
    # the weekly poll's schedule runs as long as the server does
    app.cleanup_ctx.append(PollRunner.for_service(service, bolt.client).background)
    return app


def _shared_slack_session(bolt: AsyncApp) -> Callable[[web.Application], AsyncIterator[None]]:
    """One HTTP session for every Web API call while the server runs: connections to Slack are reused."""

    async def session(app: web.Application) -> AsyncIterator[None]:
        if bolt.client.session is not None:
            yield
            return
        bolt.client.session = aiohttp.ClientSession()  # Bolt hands it on to each request's client
        try:
            yield
        finally:
            await bolt.client.session.close()
            bolt.client.session = None

    return session
