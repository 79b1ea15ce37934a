"""Score a question set through both ways of asking, per intent, without the suite's pass/fail goal.

Usage: .venv/bin/python -m bench.questions [questions_heldout.yml]   (a file in tests/)
The held-out set is meant to be scored this way once in a while, never tuned against.
"""

from __future__ import annotations

import sys

from bot.radar.catalog import load_catalog
from bot.services.radar import RadarService
from bot.storage.store import Store
from tests.support.questions import load, score
from tests.test_questions import mention_asker, slash_asker


def main(name: str = "questions_heldout.yml") -> None:
    catalog = load_catalog()
    entries = load(name)
    for label, asker in (("mention", mention_asker), ("slash", slash_asker)):
        result = score(entries, asker(RadarService(catalog, Store())))
        print(result.table(f"{name} via {label}") + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:2])
