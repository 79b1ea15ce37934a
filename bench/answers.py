"""Answer latency p50/p99 for 1,000 mixed questions: the bundled catalog and a synthetic 10,000-tool one.

Usage: .venv/bin/python -m bench.answers [--questions 1000] [--tools 10000]
The questions are sampled (with a fixed seed) from the tuned set, tests/questions.yml, and sent
as mentions, each in its own thread, through RadarService.mention: understanding, answering and
rendering, thread memory included. The synthetic catalog repeats the bundled tools under new,
made-up names, so that names, tags and descriptions grow as they would in a larger catalog.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import yaml

from bot.radar.catalog import BUNDLED_CATALOG, REQUESTS_FILE, load_catalog
from bot.services.radar import Caller, RadarService
from bot.storage.store import Store

ROOT = Path(__file__).resolve().parents[1]
SYLLABLES = ("ka", "lo", "mi", "ru", "te", "zo", "qua", "vex", "nor", "bri", "sul", "dan", "pho", "gri", "tam")


def questions(count: int) -> list[str]:
    entries = yaml.safe_load((ROOT / "tests" / "questions.yml").read_text())
    texts = [text for e in entries for text in (e["thread"] if "thread" in e else [e["q"]])]
    rng = random.Random(10)
    return [rng.choice(texts) for _ in range(count)]


def synthetic_catalog(target: Path, size: int) -> Path:
    """The bundled framework with `size` tools: the real ones, then copies under invented names."""
    (target / "tools").mkdir(parents=True)
    # (the requests too: each question is compared with them, so a catalog without them would measure less work)
    for name in ("radar.yml", "tags.yml", REQUESTS_FILE):
        shutil.copy(BUNDLED_CATALOG / name, target / name)
    real = [
        t for f in sorted((BUNDLED_CATALOG / "tools").glob("*.yml")) for t in yaml.safe_load(f.read_text())["tools"]
    ]
    rng = random.Random(7)
    tools = list(real)
    used = {t["id"] for t in real}
    while len(tools) < size:
        base = dict(rng.choice(real))
        name = "".join(rng.choice(SYLLABLES) for _ in range(3)) + str(rng.randint(1, 999))
        if name in used:
            continue
        used.add(name)
        base.update(id=name, name=name.capitalize(), aliases=[], related=[], thoughtworks=None)
        base.pop("thoughtworks")
        if base.get("ring") and not base.get("ring_reason"):
            base.pop("ring")
        tools.append(base)
    (target / "tools" / "tools.yml").write_text(yaml.safe_dump({"tools": tools}, sort_keys=False))
    return target


def measure(service: RadarService, texts: list[str], label: str) -> None:
    timings = []
    for number, text in enumerate(texts):
        caller = Caller("TBENCH", "UBENCH", "CBENCH")
        started = time.perf_counter()
        service.mention(caller, f"1700000000.{number:06d}", text)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    p50 = statistics.median(timings)
    p99 = timings[min(len(timings) - 1, int(len(timings) * 0.99))]
    print(f"{label:<28} {len(texts):>6} questions  p50 {p50:6.2f} ms  p99 {p99:6.2f} ms  max {timings[-1]:6.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--tools", type=int, default=10_000)
    args = parser.parse_args()
    texts = questions(args.questions)
    bundled = load_catalog()
    service = RadarService(bundled, Store())
    service.prepare_for_questions()  # as the server does before it takes questions
    measure(service, texts, f"bundled ({len(bundled.tools)} tools)")
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        big = load_catalog(synthetic_catalog(Path(tmp) / "catalog", args.tools))
        service = RadarService(big, Store())
        service.prepare_for_questions()
        print(f"synthetic catalog loaded and indexed in {time.perf_counter() - started:.1f} s")
        measure(service, texts, f"synthetic ({len(big.tools)} tools)")


if __name__ == "__main__":
    main()
