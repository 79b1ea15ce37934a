"""`/radar kedro` through the real HTTP endpoint vs a bare Bolt app: throughput, p99, cold start.

Usage: .venv/bin/python -m bench.slash [--requests 2000] [--concurrency 20] [--query kedro]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import aiohttp

from bench.common import ROOT, bot_env, drive, free_port, post_signed, start_fake_slack, wait_until_up
from tests.support.signing import SECRET, sign, slash_command


def first_answer_probe(url: str, body: str, expect: str):
    def probe() -> bool:
        request = urllib.request.Request(url, data=body.encode(), headers={"Content-Type": "application/x-www-form-urlencoded", **sign(body, SECRET)})
        with urllib.request.urlopen(request, timeout=2) as response:
            return response.status == 200 and expect in response.read().decode()
    return probe


async def load(url: str, body_for, requests: int, concurrency: int, expect: str):
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency)) as session:
        async def one(i: int) -> bool:
            status, payload = await post_signed(session, url, body_for(i))
            return status == 200 and expect.encode() in payload

        await drive(min(200, requests), concurrency, one)  # warm-up, not counted
        return await drive(requests, concurrency, one)


def run_server(command: list[str], env: dict[str, str], port: int, body: str, expect: str) -> tuple[subprocess.Popen, float]:
    started = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, env=env)
    url = f"http://127.0.0.1:{port}/slack/events"
    cold = wait_until_up(url, started, first_answer_probe(url, body, expect), proc=proc)
    return proc, cold


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--query", default="kedro")
    args = parser.parse_args()

    slack, slack_url = start_fake_slack()
    body_for = lambda i: slash_command(args.query, response_url=f"{slack_url}/respond/{i}", user_id=f"U{i % 50}")  # noqa: E731
    results = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            env = bot_env(slack_url, Path(tmp) / "radar.db")
            for label, command, expect in (
                ("radar-bot serve", [str(Path(sys.executable).parent / "radar-bot"), "serve", "--host", "127.0.0.1", "--port", "{port}"], "Kedro"),
                ("bare Bolt app", [sys.executable, "-m", "bench.bare_app", "{port}"], "Kedro"),
            ):
                port = free_port()
                proc, cold = run_server([c.format(port=port) for c in command], env, port, body_for(0), expect)
                try:
                    stats = asyncio.run(load(f"http://127.0.0.1:{port}/slack/events", body_for, args.requests, args.concurrency, expect))
                finally:
                    proc.terminate()
                    proc.wait(timeout=10)
                results[label] = (stats, cold)
                print(stats.line(label) + f"  cold start {cold * 1000:.0f} ms", flush=True)
    finally:
        slack.terminate()

    radar, _ = results["radar-bot serve"]
    bare, _ = results["bare Bolt app"]
    ratio = radar.throughput / bare.throughput
    print(json.dumps({
        "throughput_ratio": round(ratio, 3),
        "radar_p99_ms": round(radar.percentile(99), 1),
        "radar_cold_start_ms": round(results["radar-bot serve"][1] * 1000),
        "goals": {"ratio>=0.9": ratio >= 0.9, "p99<100ms": radar.percentile(99) < 100, "cold<2s": results["radar-bot serve"][1] < 2},
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
