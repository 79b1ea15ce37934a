"""The radar page over HTTP: signed links open it, anything else gets 403 and nothing of the radar."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.radar.team import RingMove
from bot.services.links import page_link
from bot.storage.snapshots import SnapshotStore
from tests.conftest import make_catalog_dir
from tests.support.server import bot_settings, start_bot

SECRET = "a-link-secret-for-tests-only"
NOW = datetime.now(UTC)


@pytest.fixture
async def page_bot(fake_slack, tmp_path: Path):
    settings = bot_settings(
        fake_slack,
        tmp_path / "radar.db",
        make_catalog_dir(tmp_path / "catalog"),
        RADAR_LINK_SECRET=SECRET,
        RADAR_PUBLIC_TEAMS="TPUBLIC",
    )
    running = await start_bot(settings, fake_slack)
    yield running
    await running.stop()


def local(bot, url: str) -> str:
    """The same link, pointed at the test server."""
    return bot.url + url[url.index("/radar/") :]


async def get(bot, path: str) -> tuple[int, dict, bytes]:
    async with bot.session.get(path if path.startswith("http") else bot.url + path) as response:
        return response.status, dict(response.headers), await response.read()


async def test_a_signed_link_opens_the_page_with_every_tool(page_bot):
    link = page_link(page_bot.service.settings, "T0001", require_public=False)
    status, headers, body = await get(page_bot, local(page_bot, link.url))
    html = body.decode()
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    for tool in page_bot.service.catalog.tools:
        assert f'id="blip-{tool.id}"' in html and f'id="row-{tool.id}"' in html and f'id="tool-{tool.id}"' in html
    nonce = re.search(r"script-src 'nonce-([^']+)'", headers["Content-Security-Policy"]).group(1)
    assert f'<script nonce="{nonce}">' in html and "default-src 'none'" in headers["Content-Security-Policy"]
    assert headers["Cache-Control"] == "no-store" and headers["Referrer-Policy"] == "no-referrer"
    # nothing is loaded from elsewhere: no external scripts, styles, fonts or images
    assert not re.search(r"<script[^>]+src=|<link[^>]+stylesheet|@import|url\(|<img", html)
    assert f"works until {link.expires_at:%Y-%m-%d}" in html


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?expires=9999999999",
        "?expires=9999999999&sig=00",
        "?expires=abc&sig=abc",
    ],
)
async def test_without_a_valid_signature_the_server_answers_403_and_shows_nothing(page_bot, query):
    for suffix in ("", "/radar.svg", "/radar.png"):
        status, _, body = await get(page_bot, f"/radar/T0001{suffix}{query}")
        assert status == 403
        assert b"Kedro" not in body and b"<svg" not in body and b"PNG" not in body


async def test_a_link_for_one_team_does_not_open_another(page_bot):
    link = page_link(page_bot.service.settings, "T0001", require_public=False)
    status, _, _ = await get(page_bot, local(page_bot, link.url).replace("/T0001?", "/T0002?"))
    assert status == 403


async def test_an_expired_link_is_refused(page_bot):
    link = page_link(page_bot.service.settings, "T0001", now=NOW - timedelta(days=30), days=7, require_public=False)
    status, _, body = await get(page_bot, local(page_bot, link.url))
    assert status == 403 and b"expired" in body


async def test_a_public_team_opens_without_a_signature_others_still_need_one(page_bot):
    status, _, body = await get(page_bot, "/radar/TPUBLIC")
    assert status == 200 and b"Kedro" in body
    status, _, _ = await get(page_bot, "/radar/T0001")
    assert status == 403


async def test_pictures_follow_the_page_access(page_bot):
    link = page_link(page_bot.service.settings, "T0001", require_public=False)
    query = link.url[link.url.index("?") :]
    status, headers, body = await get(page_bot, f"/radar/T0001/radar.png{query}")
    assert status == 200 and headers["Content-Type"] == "image/png" and body.startswith(b"\x89PNG")
    status, headers, body = await get(page_bot, f"/radar/T0001/radar.svg{query}&quadrant=cloud")
    assert status == 200 and headers["Content-Type"].startswith("image/svg+xml")
    assert b'data-tool="aws"' in body and b'data-tool="kedro"' not in body
    status, _, _ = await get(page_bot, f"/radar/T0001/radar.svg{query}&quadrant=nowhere")
    assert status == 404
    # the page's download links carry its access along
    _, _, page = await get(page_bot, f"/radar/T0001{query}")
    assert f'href="/radar/T0001/radar.png{query}'.replace("&", "&amp;") in page.decode()


async def test_the_detail_view_tells_the_history_of_moves(page_bot):
    store = SnapshotStore(page_bot.service.store)
    store.add_moves(
        "T0001",
        [
            RingMove("kedro", "assess", "trial", NOW - timedelta(days=20), {"trial": 4, "assess": 1}, poll_id=1),
            RingMove("kedro", "trial", "adopt", NOW - timedelta(days=2), {"adopt": 5, "trial": 2}, poll_id=2),
        ],
    )
    link = page_link(page_bot.service.settings, "T0001", require_public=False)
    _, _, body = await get(page_bot, local(page_bot, link.url))
    html = body.decode()
    detail = html[html.index('id="tool-kedro"') :]
    detail = detail[: detail.index("</section>")]
    assert "History of moves" in detail
    assert detail.index("from Trial to Adopt (Adopt 5, Trial 2)") < detail.index(
        "from Assess to Trial (Trial 4, Assess 1)"
    )
    assert "kedro.org" in detail and "moved in" in detail
    row = html[html.index('id="row-kedro"') :]
    assert 'data-ring="adopt"' in row[:300] and 'data-change="in"' in row[:300]


async def test_viewing_the_page_changes_nothing(page_bot):
    store = page_bot.service.store
    before = store.db.execute("SELECT COUNT(*) FROM tool_sightings").fetchone()[0]
    await get(page_bot, "/radar/TPUBLIC")
    assert store.db.execute("SELECT COUNT(*) FROM tool_sightings").fetchone()[0] == before == 0


def test_access_log_leaves_out_the_query_string(caplog):
    import logging
    from types import SimpleNamespace

    from bot.web.server import PathOnlyAccessLogger

    logger = logging.getLogger("test.access")
    request = SimpleNamespace(remote="127.0.0.1", method="GET", path="/radar/T1", query_string="expires=1&sig=abc")
    with caplog.at_level(logging.INFO, logger="test.access"):
        response = SimpleNamespace(status=200)
        # stand-ins with only the attributes the logger reads, not aiohttp's Request and Response
        PathOnlyAccessLogger(logger, "").log(request, response, 0.002)  # type: ignore[arg-type]
    assert '"GET /radar/T1" 200' in caplog.text and "sig=" not in caplog.text
