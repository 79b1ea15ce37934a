"""The radar page in a real browser.

Headless Chromium draws every tool, search filters the table, the detail view opens.

Screenshots go to tests/artifacts/ (ignored by git) for a person to look at.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.radar.picture.layout import FOOTPRINT
from bot.radar.team import RingMove
from bot.services.links import page_link
from bot.storage.snapshots import SnapshotStore
from tests.support.server import bot_settings, start_bot

ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SECRET = "a-link-secret-for-tests-only"


def chromium() -> str:
    """Debian's Chromium; without it the test skips locally and fails in CI, where tasks.py installs it."""
    path = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if importlib.util.find_spec("playwright") is None:
        reason = "the playwright package is not installed (pip install -e '.[test]')"
    elif path is None:
        reason = (
            "Chromium is not installed (apt-get install chromium; `python3 tasks.py test` does it when run as root)"
        )
    else:
        return path
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"browser test cannot run in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture
async def page_bot(fake_slack, tmp_path: Path):
    running = await start_bot(bot_settings(fake_slack, tmp_path / "radar.db", RADAR_LINK_SECRET=SECRET), fake_slack)
    now = datetime.now(UTC)
    store = SnapshotStore(running.service.store)
    tools = [t.id for t in running.service.catalog.tools]
    # the team first saw its radar a month ago; DVC reached it two days ago, so it is new
    store.sightings("T0001", [t for t in tools if t != "dvc"], now - timedelta(days=30))
    store.sightings("T0001", ["dvc"], now - timedelta(days=2))
    store.add_moves(
        "T0001",
        [
            RingMove("kedro", "assess", "trial", now - timedelta(days=20), {"trial": 4, "assess": 1}, poll_id=1),
            RingMove("kedro", "trial", "adopt", now - timedelta(days=3), {"adopt": 5, "trial": 2}, poll_id=2),
            RingMove("jenkins", "adopt", "hold", now - timedelta(days=3), {"hold": 4, "adopt": 1}, poll_id=2),
        ],
    )
    yield running
    await running.stop()


def overlapping(a: dict, b: dict, slack: float = 0.5) -> bool:
    return (
        a["x"] + slack < b["x"] + b["width"]
        and b["x"] + slack < a["x"] + a["width"]
        and a["y"] + slack < b["y"] + b["height"]
        and b["y"] + slack < a["y"] + a["height"]
    )


def covers(box: dict, circle: dict, radius: float) -> bool:
    nearest_x = min(max(circle["cx"], box["x"]), box["x"] + box["width"])
    nearest_y = min(max(circle["cy"], box["y"]), box["y"] + box["height"])
    return (nearest_x - circle["cx"]) ** 2 + (nearest_y - circle["cy"]) ** 2 < (radius - 0.5) ** 2


async def test_the_page_in_chromium_draws_every_tool_and_search_filters_the_table(page_bot):
    from playwright.async_api import async_playwright

    executable = chromium()
    ARTIFACTS.mkdir(exist_ok=True)
    link = page_link(page_bot.service.settings, "T0001", require_public=False)
    url = page_bot.url + link.url[link.url.index("/radar/") :]
    catalog_ids = sorted(t.id for t in page_bot.service.catalog.tools)

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            page = await browser.new_page(viewport={"width": 1600, "height": 1000})
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
            response = await page.goto(url)
            assert response.status == 200

            # every tool is drawn: one visible blip each, inside the picture
            drawn = await page.eval_on_selector_all(
                "#picture g.blip",
                "els => els.map(e => { const r = e.getBoundingClientRect(); "
                "return {id: e.dataset.tool, w: r.width, h: r.height}; })",
            )
            assert sorted(d["id"] for d in drawn) == catalog_ids
            assert all(d["w"] > 0 and d["h"] > 0 for d in drawn)
            await page.screenshot(path=str(ARTIFACTS / "radar_page.png"))

            # as the browser lays the text out, no label touches another label or a blip
            boxes = await page.eval_on_selector_all(
                "#picture text",
                "els => els.filter(e => !e.closest('.blip')).map(e => { const b = e.getBBox(); "
                "return {text: e.textContent, x: b.x, y: b.y, width: b.width, height: b.height}; })",
            )
            circles = await page.eval_on_selector_all(
                "#picture g.blip > circle:first-of-type",
                "els => els.map(e => ({cx: e.cx.baseVal.value, cy: e.cy.baseVal.value}))",
            )
            assert len(boxes) > len(catalog_ids) and len(circles) == len(catalog_ids)
            clashes = [(a["text"], b["text"]) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if overlapping(a, b)]
            clashes += [
                (box["text"], "a blip") for box in boxes for circle in circles if covers(box, circle, FOOTPRINT)
            ]
            assert clashes == []

            # search filters the table (and dims the other blips)
            await page.fill("#search", "kedro")
            visible = await page.eval_on_selector_all(
                "tr.tool", "rows => rows.filter(r => r.offsetParent !== null).map(r => r.dataset.tool)"
            )
            expected = await page.eval_on_selector_all(
                "tr.tool", "rows => rows.filter(r => r.dataset.search.includes('kedro')).map(r => r.dataset.tool)"
            )
            assert "kedro" in visible and visible == expected and len(visible) < len(catalog_ids)
            assert await page.text_content("#count") == f"{len(visible)} of {len(catalog_ids)} tools"
            assert not await page.eval_on_selector("#blip-kedro", "e => e.classList.contains('dim')")
            assert await page.eval_on_selector("#blip-dvc", "e => e.classList.contains('dim')")
            await page.eval_on_selector("#tools", "e => e.scrollIntoView()")
            await page.screenshot(path=str(ARTIFACTS / "radar_page_search.png"))

            # filters narrow by quadrant, ring and change
            await page.fill("#search", "")
            await page.select_option("#filter-change", "moved")
            moved = await page.eval_on_selector_all(
                "tr.tool", "rows => rows.filter(r => r.offsetParent !== null).map(r => r.dataset.tool)"
            )
            assert sorted(moved) == ["jenkins", "kedro"]
            await page.select_option("#filter-change", "")
            await page.select_option("#filter-quadrant", "cloud-platforms")
            await page.select_option("#filter-ring", "hold")
            rows = await page.eval_on_selector_all(
                "tr.tool",
                "rows => rows.filter(r => r.offsetParent !== null).map(r => [r.dataset.quadrant, r.dataset.ring])",
            )
            assert rows and all(row == ["cloud-platforms", "hold"] for row in rows)
            await page.select_option("#filter-quadrant", "")
            await page.select_option("#filter-ring", "")

            # a blip opens its tool's detail view, with the history of moves
            await page.click("#blip-kedro")
            assert page.url.endswith("#tool-kedro")
            detail = page.locator("#tool-kedro")
            assert await detail.is_visible()
            text = await detail.inner_text()
            assert (
                "History of moves" in text
                and "from Trial to Adopt (Adopt 5, Trial 2)" in text
                and "kedro.org" in (await detail.inner_html())
            )
            await page.screenshot(path=str(ARTIFACTS / "radar_page_detail.png"))
            await page.keyboard.press("Escape")
            assert not await detail.is_visible()
            assert errors == []
        finally:
            await browser.close()
