"""How often a lookup finds a tool whose name was mistyped: one letter dropped, two swapped, odd casing or spacing.

Usage: .venv/bin/python -m bench.typos [--names 300] [--seed 7]
Each of N catalog names (five letters or more, chosen at random) is mistyped each way and asked in three frames
("what's X?", "X ring?", "is X on the radar?"); a clarifying question that offers the tool counts as found.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter

from bot.radar.catalog import load_catalog
from bot.radar.language.lookup import ToolIndex
from bot.radar.language.question import Intent
from bot.radar.language.understanding import Understander

FRAMES = ("what's {}?", "{} ring?", "is {} on the radar?")


def mistyped(name: str, kind: str, rng: random.Random) -> str:
    if kind == "drop":
        i = rng.randrange(1, len(name) - 1)
        return name[:i] + name[i + 1 :]
    if kind == "swap":
        i = rng.randrange(1, len(name) - 2)
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    if kind == "case":
        return "".join(ch.upper() if rng.random() < 0.5 else ch.lower() for ch in name)
    if kind == "joined":
        return name.replace(" ", "")
    return name[: len(name) // 2] + " " + name[len(name) // 2 :] if " " not in name else name  # split


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    catalog = load_catalog()
    understander = Understander(catalog, ToolIndex(catalog))
    rng = random.Random(args.seed)
    tools = [t for t in catalog.tools if len(t.name) >= 5]
    rng.shuffle(tools)
    found: Counter[str] = Counter()
    asked: Counter[str] = Counter()
    for tool in tools[: args.names]:
        for kind in ("drop", "swap", "case", "joined", "split"):
            typed = mistyped(tool.name, kind, rng)
            for frame in FRAMES:
                question = understander.understand(frame.format(typed))
                offered = [t.id for t in question.tools] + [o.tool for o in question.options]
                asked[kind] += 1
                found[kind] += question.intent in (Intent.LOOKUP, Intent.CLARIFY) and tool.id in offered
    for kind in asked:
        print(f"{kind:<7} {found[kind]:>5} of {asked[kind]:>5}  {found[kind] / asked[kind]:.1%}")


if __name__ == "__main__":
    main()
