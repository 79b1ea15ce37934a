"""The picture, the page and the exports with the bundled catalog.

How long each takes, and how fast `/radar chart` is acknowledged.

Usage: .venv/bin/python -m bench.picture [--runs 5] [--page-requests 20] [--charts 6]

In process: snapshot, layout, SVG, PNG (whole radar and the fullest quadrant) and the three
export formats, median of --runs. Over HTTP against `radar-bot serve`: the signed page and
its PNG (sequential requests), and the acknowledgement of `/radar chart` while earlier
charts are still being drawn and uploaded (two at a time), which must stay well under
Slack's three seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import aiohttp

from bench.common import ROOT, bot_env, drive, free_port, post_signed, start_fake_slack, wait_until_up
from bot.config import Settings
from bot.radar.catalog import load_catalog
from bot.radar.formats import backstage_json, byor_csv, zalando_json
from bot.radar.picture.layout import layout
from bot.radar.picture.png import render_png
from bot.radar.picture.svg import render_svg
from bot.services.links import page_link
from bot.services.radar import RadarService
from bot.services.snapshots import take_snapshot
from bot.storage.store import Store
from tests.support.signing import slash_command

T = TypeVar("T")

LINK_SECRET = "bench-link-secret-0123456789"


def timed(runs: int, work: Callable[[], T]) -> tuple[float, T]:
    """The median time of `runs` calls in milliseconds, and the last call's result."""
    times: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def in_process(runs: int) -> dict[str, float | str]:
    service = RadarService(load_catalog(), Store())
    figures: dict[str, float | str] = {}
    figures["snapshot_ms"], snapshot = timed(runs, lambda: take_snapshot(service, "TBENCH"))
    fullest = max(service.catalog.quadrants, key=lambda q: len(snapshot.in_quadrant(q.id)))
    figures["layout_ms"], full = timed(runs, lambda: layout(snapshot))
    figures["svg_ms"], svg = timed(runs, lambda: render_svg(full))
    figures["png_ms"], png = timed(runs, lambda: render_png(full))
    figures[f"png_{fullest.id}_ms"], _ = timed(runs, lambda: render_png(layout(snapshot, fullest.id)))
    figures["byor_csv_ms"], _ = timed(runs, lambda: byor_csv(snapshot))
    figures["zalando_json_ms"], _ = timed(runs, lambda: zalando_json(snapshot))
    figures["backstage_json_ms"], _ = timed(runs, lambda: backstage_json(snapshot))
    figures["tools"] = len(snapshot.entries)
    figures["svg_kb"] = round(len(svg.encode()) / 1024)
    figures["png_kb"] = round(len(png) / 1024)
    figures["png_pixels"] = f"{full.width * 3 // 2}x{full.height * 3 // 2}"
    return figures


async def over_http(base: str, page_url: str, page_requests: int, charts: int, slack_url: str) -> dict[str, float]:
    figures: dict[str, float] = {}
    async with aiohttp.ClientSession() as session:

        async def get(url: str) -> bool:
            async with session.get(url) as response:
                await response.read()
                return response.status == 200

        query = page_url[page_url.index("?") :]
        await get(base + "/radar/TBENCH" + query)  # warm-up
        page = await drive(page_requests, 1, lambda i: get(base + "/radar/TBENCH" + query))
        png = await drive(max(3, page_requests // 4), 1, lambda i: get(base + "/radar/TBENCH/radar.png" + query))
        denied = await drive(page_requests, 1, lambda i: get(base + "/radar/TBENCH"))
        figures.update(page_p50_ms=page.percentile(50), page_max_ms=max(page.latencies_ms), page_errors=page.errors)
        figures.update(page_png_p50_ms=png.percentile(50), unsigned_refused=denied.errors)

        async def chart(i: int) -> bool:
            status, _ = await post_signed(
                session,
                base + "/slack/events",
                slash_command("chart", response_url=f"{slack_url}/respond/c{i}", team_id="TBENCH"),
            )
            return status == 200

        acks = await drive(charts, 2, chart)
        figures.update(
            chart_ack_p50_ms=acks.percentile(50), chart_ack_max_ms=max(acks.latencies_ms), chart_errors=acks.errors
        )
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--page-requests", type=int, default=20)
    parser.add_argument("--charts", type=int, default=6)
    args = parser.parse_args()

    figures = in_process(args.runs)
    for key, value in figures.items():
        print(f"{key:<28} {value:>10.1f}" if isinstance(value, float) else f"{key:<28} {value:>10}", flush=True)

    slack, slack_url = start_fake_slack()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            port = free_port()
            env = bot_env(slack_url, Path(tmp) / "radar.db", RADAR_LINK_SECRET=LINK_SECRET)
            proc = subprocess.Popen(
                [str(Path(sys.executable).parent / "radar-bot"), "serve", "--host", "127.0.0.1", "--port", str(port)],
                cwd=ROOT,
                env=env,
            )
            try:
                base = f"http://127.0.0.1:{port}"
                wait_until_up(
                    base,
                    time.perf_counter(),
                    lambda: urllib.request.urlopen(base + "/healthz", timeout=2).status == 200,
                    proc=proc,
                )
                link = page_link(Settings.from_env({"RADAR_LINK_SECRET": LINK_SECRET}), "TBENCH", require_public=False)
                http = asyncio.run(over_http(base, link.url, args.page_requests, args.charts, slack_url))
            finally:
                proc.terminate()
                proc.wait(timeout=30)
    finally:
        slack.terminate()
    for key, value in http.items():
        print(f"{key:<28} {value:>10.1f}", flush=True)
    print(
        json.dumps(
            {
                **figures,
                **{k: round(v, 1) for k, v in http.items()},
                "goals": {"chart_ack<3s": http["chart_ack_max_ms"] < 3000},
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
