"""`/radar kedro` through the real HTTP endpoint vs two bare Bolt apps: throughput, p99, cold start.

Usage: .venv/bin/python -m bench.slash [--requests 1000] [--rounds 5] [--starts 3] [--concurrency 20] [--query kedro]
Cold start is the median of --starts launches: process start to the first answered /radar request.
Throughput and latency are medians over --rounds rounds that take turns between the three servers:
the bot, a bare Bolt app with Bolt's default runner (it polls for the ack every 10 ms) and one with
process_before_response=True (it awaits the listener). Goal: the bot at least 1.5x the default bare app.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import aiohttp

from bench.common import (
    BARE_DEFAULT,
    BOT,
    ROOT,
    bot_env,
    drive,
    free_port,
    post_signed,
    ratios,
    servers,
    start_fake_slack,
    wait_until_up,
)
from tests.support.signing import SECRET, sign, slash_command


def first_answer_probe(url: str, body: str, expect: str):
    def probe() -> bool:
        request = urllib.request.Request(
            url, data=body.encode(), headers={"Content-Type": "application/x-www-form-urlencoded", **sign(body, SECRET)}
        )
        with urllib.request.urlopen(request, timeout=2) as response:
            return response.status == 200 and expect in response.read().decode()

    return probe


async def load(url: str, body_for, requests: int, concurrency: int, expect: str, warmup: int = 200):
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency)) as session:

        async def one(i: int) -> bool:
            status, payload = await post_signed(session, url, body_for(i))
            return status == 200 and expect.encode() in payload

        if warmup:
            await drive(warmup, concurrency, one)  # not counted
        return await drive(requests, concurrency, one)


def run_server(
    command: list[str], env: dict[str, str], port: int, body: str, expect: str
) -> tuple[subprocess.Popen, float]:
    started = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, env=env)
    url = f"http://127.0.0.1:{port}/slack/events"
    cold = wait_until_up(url, started, first_answer_probe(url, body, expect), proc=proc)
    return proc, cold


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=1000, help="requests per round (default 1000)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds per server, alternating between them (default 5)")
    parser.add_argument("--starts", type=int, default=3, help="cold starts measured per server (default 3)")
    parser.add_argument(
        "--warmup",
        type=int,
        default=3000,
        help="requests each server answers before the rounds, not counted (default 3000)",
    )
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--query", default="kedro")
    args = parser.parse_args()

    slack, slack_url = start_fake_slack()

    def body_for(i: int) -> str:
        return slash_command(args.query, response_url=f"{slack_url}/respond/{i}", user_id=f"U{i % 50}")

    commands = servers()
    colds: dict[str, list[float]] = {label: [] for label in commands}
    rounds: dict[str, list] = {label: [] for label in commands}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            env = bot_env(slack_url, Path(tmp) / "radar.db")
            running = {}
            for label, command in commands.items():
                for attempt in range(args.starts):  # the last start stays up for the load rounds
                    port = free_port()
                    proc, cold = run_server([c.format(port=port) for c in command], env, port, body_for(0), "Kedro")
                    colds[label].append(cold)
                    if attempt < args.starts - 1:
                        proc.terminate()
                        proc.wait(timeout=10)
                running[label] = (proc, port)
            try:
                for _, port in running.values():
                    asyncio.run(
                        load(
                            f"http://127.0.0.1:{port}/slack/events",
                            body_for,
                            0,
                            args.concurrency,
                            "Kedro",
                            warmup=args.warmup,
                        )
                    )
                # alternate the two servers round by round, so that background load hits both alike
                for _ in range(args.rounds):
                    for label, (_, port) in running.items():
                        stats = asyncio.run(
                            load(
                                f"http://127.0.0.1:{port}/slack/events",
                                body_for,
                                args.requests,
                                args.concurrency,
                                "Kedro",
                            )
                        )
                        rounds[label].append(stats)
                        print(stats.line(label), flush=True)
            finally:
                for proc, _ in running.values():
                    proc.terminate()
                    proc.wait(timeout=10)
    finally:
        slack.terminate()

    def median_of(label: str, pick) -> float:
        return statistics.median(pick(s) for s in rounds[label])

    summary = {}
    for label in commands:
        summary[label] = {
            "throughput_rps": round(median_of(label, lambda s: s.throughput), 1),
            "p50_ms": round(median_of(label, lambda s: s.percentile(50)), 1),
            "p99_ms": round(median_of(label, lambda s: s.percentile(99)), 1),
            "cold_start_ms": round(statistics.median(colds[label]) * 1000),
            "errors": sum(s.errors for s in rounds[label]),
        }
    radar = summary[BOT]
    throughput = ratios({label: figures["throughput_rps"] for label, figures in summary.items()})
    per_round = {
        f"vs {label}": [round(a.throughput / b.throughput, 3) for a, b in zip(rounds[BOT], rounds[label], strict=True)]
        for label in commands
        if label != BOT
    }
    print(
        json.dumps(
            {
                "medians": summary,
                "throughput_ratio": throughput,
                "ratio_per_round": per_round,
                "goals": {
                    ">=1.5x default bare": throughput[f"vs {BARE_DEFAULT}"] >= 1.5,
                    "p99<100ms": radar["p99_ms"] < 100,
                    "cold<2s": radar["cold_start_ms"] < 2000,
                },
            },
            indent=1,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
