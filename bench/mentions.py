"""Event-to-reply latency of mentions: signed app_mention events to `radar-bot serve`, 20 at a time.

Two loads, each of --mentions mentions: bursts (20 mentions sent at the same instant, the next
20 once all were answered) and sustained (20 senders, each sending again as soon as answered).
Latency is the time from POSTing the signed event to the fake Web API receiving the reply's
chat.postMessage; the fake Web API runs in this process so both ends read the same clock.
The same load against two bare Bolt apps that answer every mention with fixed text gives the
floor that Bolt, aiohttp and HTTP alone cost on this machine: one with Bolt's default runner,
one with process_before_response=True (its reply goes out from a lazy listener after the ack).
The acknowledgement latency is reported too: it must never wait on the Web API.

Usage: .venv/bin/python -m bench.mentions [--mentions 1000] [--concurrency 20] [--rounds 3]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import statistics
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

import aiohttp

from bench.common import BOT, ROOT, Stats, bot_env, free_port, ratios, servers, wait_until_up
from tests.support.fake_slack import FakeSlack
from tests.support.signing import event_callback, sign

GOAL_P99_MS = 150.0
SEQUENCE = itertools.count(1)  # every mention of the run gets its own ts and event id, across servers and rounds

# A mix of what people ask, each kind of answer represented.
QUESTIONS = [
    "what's kedro?",
    "is airflow something we should adopt",
    "sagemaker ring?",
    "kubeflow vs mlflow vs metaflow",
    "dvc or pachyderm?",
    "we need to version our datasets",
    "what should I use for hyperparameter tuning?",
    "we're all-in on AWS, which ML platform?",
    "where can we rent GPUs?",
    "what's on trial?",
    "list the data orchestrators",
    "what does assess mean?",
    "how do I tell Kubeflow, MLflow and Metaflow apart?",
    "should we build our own platform?",
    "alternatives to neptune",
    "what's kedr0flow?",
]


class TimedSlack(FakeSlack):
    """The tests' fake Web API, noting when each thread's reply arrives."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting: dict[str, asyncio.Future[float]] = {}

    def _answer(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        if method == "chat.postMessage":
            future = self.waiting.get(str(params.get("thread_ts")))
            if future is not None and not future.done():
                future.set_result(time.perf_counter())
        return super()._answer(method, params)


async def load(
    url: str, slack: TimedSlack, total: int, concurrency: int, *, bursts: bool = False
) -> tuple[Stats, Stats]:
    """Send `total` mentions, `concurrency` at a time; return (event-to-reply, acknowledgement) latencies.

    Sustained: `concurrency` senders, each sending its next mention as soon as its last was answered.
    Bursts: `concurrency` mentions at the same instant, the next burst once all of them were answered.
    """
    counter = itertools.count()
    replies: list[float] = []
    acks: list[float] = []
    errors = 0

    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency)) as session:

        async def one(i: int) -> None:
            nonlocal errors
            number = next(SEQUENCE)
            ts = f"{1700000000 + number}.{number % 1_000_000:06d}"
            event = {
                "type": "app_mention",
                "user": f"U{i % 50}",
                "text": f"<@UBOT> {QUESTIONS[i % len(QUESTIONS)]}",
                "ts": ts,
                "channel": "C0BENCH",
                "event_ts": ts,
            }
            body = event_callback(event, event_id=f"EvBench{number}")
            arrived: asyncio.Future[float] = asyncio.get_running_loop().create_future()
            slack.waiting[ts] = arrived
            started = time.perf_counter()
            async with session.post(
                url, data=body.encode(), headers={"Content-Type": "application/json", **sign(body)}
            ) as response:
                await response.read()
                acked = time.perf_counter()
                ok = response.status == 200
            try:
                replied = await asyncio.wait_for(arrived, timeout=10)
            except TimeoutError:
                ok = False
                replied = time.perf_counter()
            slack.waiting.pop(ts, None)
            if not ok:
                errors += 1
            replies.append((replied - started) * 1000)
            acks.append((acked - started) * 1000)

        async def worker() -> None:
            for i in counter:
                if i >= total:
                    return
                await one(i)

        started = time.perf_counter()
        if bursts:
            for first in range(0, total, concurrency):
                await asyncio.gather(*(one(i) for i in range(first, min(total, first + concurrency))))
        else:
            await asyncio.gather(*(worker() for _ in range(concurrency)))
        seconds = time.perf_counter() - started
    return Stats(total, errors, seconds, replies), Stats(total, 0, seconds, acks)


def start_server(command: list[str], env: dict[str, str], port: int) -> subprocess.Popen:
    proc = subprocess.Popen(command, cwd=ROOT, env=env)
    url = f"http://127.0.0.1:{port}/slack/events"

    def probe() -> bool:
        # any signed request answered means the server is listening (an empty event list is acknowledged)
        body = json.dumps({"type": "url_verification", "challenge": "up", "token": "x"})
        request = urllib.request.Request(
            url, data=body.encode(), headers={"Content-Type": "application/json", **sign(body)}
        )
        with urllib.request.urlopen(request, timeout=2) as response:
            return response.status == 200

    wait_until_up(url, time.perf_counter(), probe, proc=proc)
    return proc


async def measure(
    label: str, command: list[str], env: dict[str, str], mentions: int, concurrency: int, slack: TimedSlack
) -> dict[str, dict[str, float]]:
    port = free_port()
    proc = await asyncio.to_thread(start_server, [c.format(port=port) for c in command], env, port)
    results = {}
    try:
        url = f"http://127.0.0.1:{port}/slack/events"
        await load(url, slack, len(QUESTIONS) * 2, 1)  # warm-up: first auth.test, first question
        await load(url, slack, min(200, mentions), concurrency)
        for mode in ("bursts", "sustained"):
            replies, acks = await load(url, slack, mentions, concurrency, bursts=mode == "bursts")
            print(
                replies.line(f"{label}, {mode}")
                + f"  (ack p50 {acks.percentile(50):.1f} ms, p99 {acks.percentile(99):.1f} ms)",
                flush=True,
            )
            results[mode] = {
                "p50_ms": round(replies.percentile(50), 1),
                "p99_ms": round(replies.percentile(99), 1),
                "max_ms": round(max(replies.latencies_ms), 1),
                "errors": replies.errors,
                "per_second": round(replies.throughput, 1),
                "ack_p50_ms": round(acks.percentile(50), 1),
                "ack_p99_ms": round(acks.percentile(99), 1),
            }
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return results


async def main_async(args: argparse.Namespace) -> int:
    slack = TimedSlack()
    await slack.start()
    rounds: dict[str, list[dict[str, dict[str, float]]]] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            # the servers take turns, so that other load on the machine falls on all alike
            for number in range(args.rounds):
                for label, command in servers().items():
                    env = bot_env(
                        slack.base_url, Path(tmp) / f"radar-{len(rounds.get(label, []))}-{len(label)}.db"
                    )  # a fresh database each time
                    rounds.setdefault(label, []).append(
                        await measure(f"{label} #{number + 1}", command, env, args.mentions, args.concurrency, slack)
                    )
    finally:
        await slack.stop()
    summary = {
        label: {
            mode: {key: round(statistics.median(r[mode][key] for r in runs), 1) for key in runs[0][mode]}
            for mode in runs[0]
        }
        for label, runs in rounds.items()
    }
    radar = summary[BOT]
    goals = {mode: figures["p99_ms"] < GOAL_P99_MS and figures["errors"] == 0 for mode, figures in radar.items()}
    print(f"median of {args.rounds} round(s):")
    print(
        json.dumps(
            {
                "mentions": args.mentions,
                "concurrency": args.concurrency,
                "medians": summary,
                # event-to-reply p50 of each bare app over the bot's: above 1 means the bot replies sooner
                "reply_p50_ratio": {
                    mode: ratios({label: 1 / runs[mode]["p50_ms"] for label, runs in summary.items()}) for mode in radar
                },
                "mentions_per_second_ratio": {
                    mode: ratios({label: runs[mode]["per_second"] for label, runs in summary.items()}) for mode in radar
                },
                "p99_under_150ms": goals,
            },
            indent=1,
        )
    )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3, help="turns each server takes; the summary is the median")
    return asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    raise SystemExit(main())
