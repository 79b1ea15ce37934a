"""Vote clicks through the real HTTP endpoint: nothing lost or double counted, and how fast clicks are acknowledged.

1,000 signed block_actions clicks from 200 people, 50 in flight at once, against `radar-bot serve` with an open
poll (opened by `radar-bot poll open`), then the same clicks against two bare Bolt apps that only acknowledge them
(Bolt's default runner, and process_before_response=True).
Each person clicks one after another, as a person does; many change their mind or click the same button twice.
Both servers first answer 100 `/radar help` commands (not measured), as a bot that has been up a while has;
each person's first click still pays for looking them up (users.info).
Afterwards the ballots in SQLite must equal each person's last choice per tool, every click must have counted
exactly once, and every click must have had its private receipt.

Usage: .venv/bin/python -m bench.votes [--people 200] [--clicks 1000] [--concurrency 50] [--seed 5]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import aiohttp

from bench.common import (
    BARE_DEFAULT,
    BARE_PBR,
    BOT,
    ROOT,
    Stats,
    bot_env,
    free_port,
    post_signed,
    ratios,
    servers,
    wait_until_up,
)
from tests.support.signing import block_actions, slash_command

CHANNEL = "C0POLL"
PROPOSED = ("kedro", "mlflow", "dvc", "airflow", "kubeflow")
RINGS = ("adopt", "trial", "assess", "hold")


@dataclass(frozen=True)
class Click:
    user: str
    tool: str
    ring: str
    action_ts: str


def plan(people: int, clicks: int, tools: list[str], seed: int) -> dict[str, list[Click]]:
    """Each person's clicks in order; about a third of the later clicks repeat or revise an earlier one."""
    rng = random.Random(seed)
    users = [f"U{n:05d}" for n in range(1, people + 1)]
    per_user = {u: [] for u in users}
    clock = 1_800_000_000.0
    for i in range(clicks):
        user = users[i % people]
        earlier = per_user[user]
        if earlier and rng.random() < 0.35:
            tool = rng.choice(earlier).tool  # back to a tool already voted: same ring again or a changed mind
        else:
            tool = rng.choice(tools)
        clock += 0.000137
        earlier.append(Click(user, tool, rng.choice(RINGS), f"{clock:.6f}"))
    return per_user


def expected_ballots(per_user: dict[str, list[Click]]) -> dict[tuple[str, str], str]:
    final: dict[tuple[str, str], str] = {}
    for clicks in per_user.values():
        for click in clicks:
            final[(click.tool, click.user)] = click.ring
    return final


def click_body(poll_id: int, click: Click, respond_base: str, n: int) -> str:
    action = {
        "type": "button",
        "action_id": f"radar_vote_{click.ring}",
        "block_id": f"vote:{poll_id}:{click.tool}",
        "text": {"type": "plain_text", "text": click.ring.title(), "emoji": True},
        "value": f"{poll_id}:{click.tool}:{click.ring}",
        "action_ts": click.action_ts,
    }
    return block_actions(
        [action],
        response_url=f"{respond_base}/respond/{n}",
        user_id=click.user,
        channel_id=CHANNEL,
        message={"ts": "1700000000.000001", "text": "poll", "blocks": []},
    )


async def drive_people(
    url: str, per_user: dict[str, list[Click]], poll_id: int, respond_base: str, concurrency: int
) -> Stats:
    """`concurrency` people clicking at once; each person's clicks go one after the other."""
    queue: asyncio.Queue[list[Click]] = asyncio.Queue()
    for clicks in per_user.values():
        queue.put_nowait(clicks)
    latencies: list[float] = []
    errors = 0
    counter = iter(range(10**9))

    async def person(session: aiohttp.ClientSession) -> None:
        nonlocal errors
        while not queue.empty():
            for click in queue.get_nowait():
                body = click_body(poll_id, click, respond_base, next(counter))
                started = time.perf_counter()
                status, _ = await post_signed(session, url, body)
                latencies.append((time.perf_counter() - started) * 1000)
                errors += status != 200

    started = time.perf_counter()
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency)) as session:
        await asyncio.gather(*(person(session) for _ in range(concurrency)))
    return Stats(len(latencies), errors, time.perf_counter() - started, latencies)


# --- helper processes -------------------------------------------------------------------------


def fake_slack_main() -> None:
    """The tests' fake Web API; prints its URL, and on a line from stdin prints what it was asked."""
    from tests.support.fake_slack import FakeSlack

    async def run() -> None:
        slack = await FakeSlack().start()
        print(slack.base_url, flush=True)
        loop = asyncio.get_running_loop()
        while True:
            line = await loop.run_in_executor(None, sys.stdin.readline)
            counts = Counter(c.method for c in slack.calls)
            print(
                json.dumps(
                    {
                        "calls": counts,
                        "responses": len(slack.responses),
                        "ephemeral": sum(r.get("response_type") == "ephemeral" for r in slack.responses),
                    }
                ),
                flush=True,
            )
            if not line:
                return

    asyncio.run(run())


def propose(env: dict[str, str], tools: tuple[str, ...]) -> None:
    """Proposals for the workspace the fake Slack's auth.test names, written as `/radar propose` would."""
    from bot.config import Settings
    from bot.services.radar import RadarService

    service = RadarService.from_settings(Settings.from_env(env))
    try:
        for tool in tools:
            service.votes.propose("T0001", "UBENCH", tool, "trial", "the benchmark's ballot")
    finally:
        service.store.close()


class FakeSlackProcess:
    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench.votes", "--fake-slack"],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.url = self.proc.stdout.readline().strip()

    def counts(self) -> dict:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write("\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


def healthy(url: str):
    def probe() -> bool:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200

    return probe


def start_server(command: list[str], env: dict[str, str], port: int, respond_base: str) -> subprocess.Popen:
    proc = subprocess.Popen(command, cwd=ROOT, env=env)
    wait_until_up(
        f"http://127.0.0.1:{port}/healthz", time.perf_counter(), healthy(f"http://127.0.0.1:{port}/healthz"), proc=proc
    )
    asyncio.run(warm_up(f"http://127.0.0.1:{port}/slack/events", respond_base))
    return proc


async def warm_up(url: str, respond_base: str, requests: int = 100) -> None:
    async with aiohttp.ClientSession() as session:
        for n in range(requests):
            await post_signed(
                session, url, slash_command("help", response_url=f"{respond_base}/respond/warm{n}", user_id="UWARM")
            )


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    proc.wait(timeout=10)


async def wait_for_receipts(slack: FakeSlackProcess, expected: int, timeout: float = 30) -> dict:
    deadline = time.perf_counter() + timeout
    while True:
        counts = slack.counts()
        if counts["responses"] >= expected or time.perf_counter() > deadline:
            return counts
        await asyncio.sleep(0.1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--clicks", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--fake-slack", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.fake_slack:
        fake_slack_main()
        return 0

    slack = FakeSlackProcess()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "radar.db"
            env = bot_env(slack.url, db, RADAR_POLL_CHANNEL=CHANNEL, RADAR_POLL_SCHEDULE="off", RADAR_POLL_SIZE="5")
            propose(env, PROPOSED)  # a fresh radar has nothing due for a vote: the team proposes the ballot
            opened = subprocess.run(
                [sys.executable, "-m", "bot", "poll", "open"],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
            )
            if opened.returncode != 0:
                print(opened.stdout + opened.stderr, file=sys.stderr)
                return 1
            with sqlite3.connect(db) as conn:
                (poll_id,) = conn.execute("SELECT id FROM polls WHERE status = 'open'").fetchone()
                tools = [
                    row[0]
                    for row in conn.execute(
                        "SELECT tool_id FROM poll_items WHERE poll_id = ? ORDER BY position", [poll_id]
                    )
                ]
            per_user = plan(args.people, args.clicks, tools, args.seed)
            expected = expected_ballots(per_user)
            changed = sum(
                1
                for clicks in per_user.values()
                for i, c in enumerate(clicks)
                if any(e.tool == c.tool for e in clicks[:i])
            )
            print(
                f"poll {poll_id}: {len(tools)} tools ({', '.join(tools)}); "
                f"{args.clicks} clicks by {args.people} people, "
                f"{changed} of them on a tool the person had already voted",
                flush=True,
            )

            commands = servers()
            port = free_port()
            server = start_server([c.format(port=port) for c in commands[BOT]], env, port, slack.url)
            try:
                before = slack.counts()["responses"]
                radar = asyncio.run(
                    drive_people(
                        f"http://127.0.0.1:{port}/slack/events", per_user, poll_id, slack.url, args.concurrency
                    )
                )
                asyncio.run(wait_for_receipts(slack, before + args.clicks))
                time.sleep(2.5)  # the last coalesced count update goes out at most two seconds after the last click
                counts = slack.counts()
            finally:
                stop(server)
            print(radar.line(BOT), flush=True)

            with sqlite3.connect(db) as conn:
                stored = {
                    (tool, user): ring
                    for tool, user, ring in conn.execute(
                        "SELECT tool_id, voter_id, ring FROM ballots WHERE poll_id = ?", [poll_id]
                    )
                }
                counted_clicks = conn.execute(
                    "SELECT COALESCE(SUM(clicks), 0) FROM ballots WHERE poll_id = ?", [poll_id]
                ).fetchone()[0]
            lost = sorted(k for k in expected if k not in stored)
            wrong = sorted(k for k in expected if k in stored and stored[k] != expected[k])
            extra = sorted(k for k in stored if k not in expected)

            bares: dict[str, Stats] = {}
            for label in (BARE_DEFAULT, BARE_PBR):
                port = free_port()
                bare_proc = start_server([c.format(port=port) for c in commands[label]], env, port, slack.url)
                try:
                    bares[label] = asyncio.run(
                        drive_people(
                            f"http://127.0.0.1:{port}/slack/events", per_user, poll_id, slack.url, args.concurrency
                        )
                    )
                finally:
                    stop(bare_proc)
                print(bares[label].line(label), flush=True)
    finally:
        slack.stop()

    receipts = counts["responses"] - before
    result = {
        "clicks": args.clicks,
        "people": args.people,
        "concurrency": args.concurrency,
        "errors": radar.errors,
        "ballots_expected": len(expected),
        "ballots_stored": len(stored),
        "lost": len(lost),
        "wrong_ring": len(wrong),
        "unexpected": len(extra),
        "clicks_counted": counted_clicks,
        "private_receipts": receipts,
        "users_info_calls": counts["calls"].get("users.info", 0),
        "live_count_updates": counts["calls"].get("chat.update", 0),
        "ack_p50_ms": round(radar.percentile(50), 1),
        "ack_p99_ms": round(radar.percentile(99), 1),
        "ack_max_ms": round(max(radar.latencies_ms), 1),
        "clicks_per_second": round(radar.throughput, 1),
        "bare": {
            label: {
                "clicks_per_second": round(stats.throughput, 1),
                "ack_p50_ms": round(stats.percentile(50), 1),
                "ack_p99_ms": round(stats.percentile(99), 1),
            }
            for label, stats in bares.items()
        },
        "throughput_ratio": ratios({BOT: radar.throughput, **{k: v.throughput for k, v in bares.items()}}),
        "goals": {
            "none_lost_or_double_counted": not (lost or wrong or extra)
            and counted_clicks == args.clicks
            and radar.errors == 0,
            "every_click_answered_privately": receipts == args.clicks,
            "p99<200ms": radar.percentile(99) < 200,
        },
    }
    print(json.dumps(result))
    return 0 if all(result["goals"].values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
