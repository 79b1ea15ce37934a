"""The team's radar page and its pictures on the bot's aiohttp server, behind signed, expiring links."""

from __future__ import annotations

import asyncio
import logging
import secrets
from datetime import UTC, datetime

from aiohttp import web

from bot.radar.answers import NotFound
from bot.services.links import allowed, is_public, same_access
from bot.services.radar import RadarService
from bot.services.sharing import picture_png, picture_svg, quadrant_for
from bot.services.snapshots import take_snapshot
from bot.web.page_html import PageContext, render_page

log = logging.getLogger(__name__)

FORBIDDEN = (
    "This link is not valid or has expired. Ask the bot for a new one: /radar web in Slack, or radar-bot link.\n"
)


def _headers(nonce: str | None = None) -> dict[str, str]:
    policy = "default-src 'none'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    if nonce:
        policy += f"; style-src 'nonce-{nonce}'; script-src 'nonce-{nonce}'"
    return {
        "Content-Security-Policy": policy,
        # the signature is in the URL: keep it out of caches and of the Referer sent to tools' homepages
        "Cache-Control": "no-store",
        "Referrer-Policy": "no-referrer",
        "X-Content-Type-Options": "nosniff",
        "X-Robots-Tag": "noindex, nofollow",
    }


def add_routes(app: web.Application, service: RadarService) -> None:
    """GET /radar/{team}: the page; /radar/{team}/radar.svg and radar.png: the picture (?quadrant= for one)."""

    def check(request: web.Request) -> str:
        team_id = request.match_info["team_id"]
        if not allowed(service.settings, team_id, request.query, datetime.now(UTC)):
            raise web.HTTPForbidden(text=FORBIDDEN, headers=_headers())
        return team_id

    def whole_catalog(request: web.Request) -> bool:
        return request.query.get("view") == "all"

    def quadrant_of(request: web.Request) -> str | None:
        quadrant = quadrant_for(service, request.query.get("quadrant", ""))
        if isinstance(quadrant, NotFound):
            raise web.HTTPNotFound(text=f"“{quadrant.query}” is not a quadrant.\n", headers=_headers())
        return quadrant.id if quadrant else None

    async def page(request: web.Request) -> web.Response:
        team_id = check(request)
        whole = whole_catalog(request)
        snapshot = take_snapshot(service, team_id, record=False, whole=whole)
        nonce = secrets.token_urlsafe(16)
        expires = request.query.get("expires", "")
        expires_at = (
            None
            if is_public(service.settings, team_id) or not expires.isdigit()
            else datetime.fromtimestamp(int(expires), UTC)
        )
        svg = await asyncio.to_thread(picture_svg, snapshot)
        html = render_page(snapshot, PageContext(team_id, svg, nonce, same_access(request.query), expires_at, whole))
        response = web.Response(text=html, content_type="text/html", headers=_headers(nonce))
        response.enable_compression()
        return response

    async def svg(request: web.Request) -> web.Response:
        team_id = check(request)
        snapshot = take_snapshot(service, team_id, record=False, whole=whole_catalog(request))
        body = await asyncio.to_thread(picture_svg, snapshot, quadrant_of(request))
        response = web.Response(text=body, content_type="image/svg+xml", headers=_headers())
        response.enable_compression()
        return response

    async def png(request: web.Request) -> web.Response:
        team_id = check(request)
        snapshot = take_snapshot(service, team_id, record=False, whole=whole_catalog(request))
        body = await asyncio.to_thread(picture_png, snapshot, quadrant_of(request))
        return web.Response(body=body, content_type="image/png", headers=_headers())

    app.router.add_get("/radar/{team_id}", page)
    app.router.add_get("/radar/{team_id}/radar.svg", svg)
    app.router.add_get("/radar/{team_id}/radar.png", png)
