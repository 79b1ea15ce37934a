"""Catalog load time and answer latency: the seed tools alone vs the full bundled catalog.

Usage: .venv/bin/python -m bench.catalog_size [--write-seed-catalog DIR]
The seed-only catalog keeps the tools the seed posts name, plus one tool for each category
they leave empty, so it is the radar as the foundation shipped it.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import yaml

from bot.radar.catalog import BUNDLED_CATALOG, load_catalog
from bot.services.radar import Caller, RadarService
from bot.storage.store import Store


def write_seed_catalog(target: Path) -> Path:
    seeds = {s["tool"] for s in yaml.safe_load((BUNDLED_CATALOG / "seeds.yml").read_text())["seeds"]}
    (target / "tools").mkdir(parents=True, exist_ok=True)
    for name in ("radar.yml", "tags.yml", "seeds.yml"):
        shutil.copy(BUNDLED_CATALOG / name, target / name)
    kept: list[dict] = []
    covered: set[str] = set()
    all_tools = [
        t for f in sorted((BUNDLED_CATALOG / "tools").glob("*.yml")) for t in yaml.safe_load(f.read_text())["tools"]
    ]
    for tool in all_tools:
        if tool["id"] in seeds:
            kept.append(tool)
            covered.update([tool["category"], *tool.get("also_in", [])])
    for tool in all_tools:
        if tool["category"] not in covered:
            kept.append(tool)
            covered.add(tool["category"])
    ids = {t["id"] for t in kept}
    for tool in kept:
        tool["related"] = [r for r in tool.get("related", []) if r in ids]
    (target / "tools" / "seed-tools.yml").write_text(
        yaml.safe_dump({"tools": kept}, sort_keys=False, allow_unicode=True)
    )
    return target


def measure(directory: Path, label: str) -> None:
    loads = []
    for _ in range(5):
        started = time.perf_counter()
        catalog = load_catalog(directory)
        loads.append((time.perf_counter() - started) * 1000)
    service = RadarService(catalog, Store())
    queries = [t.name for t in catalog.tools] + [
        "kubeflw",
        "ml flow",
        "W&B",
        "not-a-tool-at-all",
        "compare mlflow kubeflow",
        "ring trial",
        "category single-component ml tools",
    ]
    latencies = []
    for query in queries:
        started = time.perf_counter()
        service._answers.clear()  # measure the work, not the cache
        service.command(Caller("T1"), query)
        latencies.append((time.perf_counter() - started) * 1000)
    latencies.sort()
    print(
        f"{label:<14} {len(catalog.tools):>4} tools  load median {statistics.median(loads):7.1f} ms  "
        f"answer p50 {latencies[len(latencies) // 2]:.2f} ms  "
        f"p99 {latencies[int(0.99 * (len(latencies) - 1))]:.2f} ms  max {latencies[-1]:.2f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--write-seed-catalog",
        type=Path,
        help="also keep the seed-only catalog in DIR (for bench.slash with RADAR_CATALOG)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seed_dir = write_seed_catalog(args.write_seed_catalog or Path(tmp) / "seeds")
        measure(seed_dir, "seed tools")
        measure(BUNDLED_CATALOG, "full catalog")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
