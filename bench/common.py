"""Shared benchmark plumbing: start processes, sign requests, drive load, summarise latencies."""

from __future__ import annotations

import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import aiohttp

from tests.support.signing import SECRET, sign

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_fake_slack() -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench.fake_slack_server"], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip()


# the servers every benchmark compares: the bot, and bare Bolt apps with each of Bolt's two async runners
BOT = "radar-bot serve"
BARE_DEFAULT = "bare Bolt app"
BARE_PBR = "bare Bolt app (process_before_response)"


def servers() -> dict[str, list[str]]:
    """Command lines with a `{port}` placeholder, by label."""
    return {
        BOT: [str(Path(sys.executable).parent / "radar-bot"), "serve", "--host", "127.0.0.1", "--port", "{port}"],
        BARE_DEFAULT: [sys.executable, "-m", "bench.bare_app", "{port}"],
        BARE_PBR: [sys.executable, "-m", "bench.bare_app", "{port}", "--process-before-response"],
    }


def ratios(value: dict[str, float]) -> dict[str, float]:
    """The bot's figure over each bare app's (higher is better for throughput)."""
    return {
        f"vs {label}": round(value[BOT] / value[label], 3) for label in (BARE_DEFAULT, BARE_PBR) if value.get(label)
    }


def bot_env(slack_url: str, db_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "RADAR_")) or k == "RADAR_CATALOG"}
    # as on a deployed machine, modules are compiled once and then loaded from their bytecode
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        {
            "SLACK_BOT_TOKEN": "xoxb-bench",
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_API_URL": slack_url + "/api/",
            "RADAR_DB": str(db_path),
            "LOG_LEVEL": "WARNING",
            **extra,
        }
    )
    return env


@dataclass
class Stats:
    count: int
    errors: int
    seconds: float
    latencies_ms: list[float]

    @property
    def throughput(self) -> float:
        return self.count / self.seconds

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]

    def line(self, label: str) -> str:
        return (
            f"{label:<22} {self.count:>6} req  {self.throughput:8.1f} req/s  p50 {self.percentile(50):6.1f} ms  "
            f"p99 {self.percentile(99):6.1f} ms  max {max(self.latencies_ms):6.1f} ms  errors {self.errors}"
        )


async def post_signed(
    session: aiohttp.ClientSession, url: str, body: str, content_type: str = "application/x-www-form-urlencoded"
) -> tuple[int, bytes]:
    headers = {"Content-Type": content_type, **sign(body)}
    async with session.post(url, data=body.encode(), headers=headers) as response:
        return response.status, await response.read()


async def drive(total: int, concurrency: int, one: Callable[[int], Awaitable[bool]]) -> Stats:
    """Run `one(i)` for i in range(total) with `concurrency` in flight; time each call."""
    latencies: list[float] = []
    errors = 0
    counter = iter(range(total))

    async def worker() -> None:
        nonlocal errors
        for i in counter:
            started = time.perf_counter()
            ok = await one(i)
            latencies.append((time.perf_counter() - started) * 1000)
            errors += 0 if ok else 1

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return Stats(total, errors, time.perf_counter() - started, latencies)


def wait_until_up(
    url: str, started: float, probe: Callable[[], bool], timeout: float = 30, proc: subprocess.Popen | None = None
) -> float:
    """Seconds from `started` until `probe` succeeds."""
    while time.perf_counter() - started < timeout:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with status {proc.returncode} before answering")
        try:
            if probe():
                return time.perf_counter() - started
        except OSError:
            pass
        time.sleep(0.005)
    raise TimeoutError(f"{url} did not answer within {timeout} s")


def median(values: list[float]) -> float:
    return statistics.median(values)
