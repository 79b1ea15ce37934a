"""Independent questions asked one after another in one thread, against each in a thread of its own.

Usage: .venv/bin/python -m bench.threads [questions_fresh166.yml ...]   (files in tests/)
A person who keeps asking in the same thread, or a script that sends every line to one conversation, should get the
answers each question gets alone. Only the tools are checked: a question asked in a thread is rightly a follow-up.
"""

from __future__ import annotations

import sys

from bot.radar.catalog import load_catalog
from bot.services.radar import Caller, RadarService
from bot.storage.store import Store
from tests.support.questions import Reply, load, problems

CALLER = Caller("TBENCH", "UBENCH", "CBENCH")


def right_by_tools(entry: dict[str, object], reply: Reply) -> bool:
    return not [p for p in problems(entry, reply) if not p.startswith("intent")]


def main(names: list[str]) -> None:
    catalog = load_catalog()
    together_total = alone_total = asked_total = 0
    for name in names:
        shared, separate = RadarService(catalog, Store()), RadarService(catalog, Store())
        together = alone = asked = 0
        for number, entry in enumerate(load(name)):
            if "thread" in entry:
                continue  # (a thread of its own already: what is measured is questions that are not)
            asked += 1
            text = f"<@UBENCH> {entry['q']}"
            in_one = shared.mention(CALLER, "1700000000.000001", text)
            on_its_own = separate.mention(CALLER, f"1700000000.{number + 2:06d}", text)
            together += right_by_tools(entry, Reply(in_one.message, in_one.intent))
            alone += right_by_tools(entry, Reply(on_its_own.message, on_its_own.intent))
        print(f"{name:28} {asked:4} questions: {together:4} right in one thread, {alone:4} each in its own")
        together_total, alone_total, asked_total = together_total + together, alone_total + alone, asked_total + asked
    print(
        f"{'all':28} {asked_total:4} questions: {together_total:4} right in one thread, {alone_total:4} each in its own"
    )


if __name__ == "__main__":
    main(sys.argv[1:] or [f"questions_fresh{n}.yml" for n in range(166, 170)])
