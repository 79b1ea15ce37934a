"""The aiohttp application: Slack's events endpoint, a health check and the team's radar page."""

from __future__ import annotations

from collections.abc import AsyncIterator

from aiohttp import web
from aiohttp.abc import AbstractAccessLogger
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request

from bot.services.radar import RadarService
from bot.slack.app import SlackBot
from bot.web.page import add_routes as add_radar_page

SERVICE_KEY = web.AppKey("service", RadarService)


class PathOnlyAccessLogger(AbstractAccessLogger):
    """Access log lines without query strings: a signed page link must not outlive its sharing in a log."""

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        self.logger.info(
            '%s "%s %s" %s %.1f ms', request.remote, request.method, request.path, response.status, time * 1000
        )


def build_web_app(slack: SlackBot) -> web.Application:
    bolt, service = slack.bolt, slack.service

    async def slack_events(request: web.Request) -> web.Response:
        bolt_response = await bolt.async_dispatch(await to_bolt_request(request))
        return await to_aiohttp_response(bolt_response)

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
