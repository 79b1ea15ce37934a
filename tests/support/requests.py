"""Writes catalog/requests.tsv: the recommendation questions of every read set, each with the tools that answer it.

Run `python -m tests.support.requests` after a question set joins READ_SETS. Sets still unread stay out: they
measure the understanding, so nothing may learn from them."""

from __future__ import annotations

import sys

from bot.radar.catalog import BUNDLED_CATALOG, REQUESTS_FILE
from tests.support.questions import READ_SETS, load

HEADER = "request\ttools"


def requests_table() -> str:
    """The file's text: one line per single-message recommendation question with an answer, first seen first."""
    lines = [HEADER]
    seen: set[str] = set()
    for name in ("questions.yml", *READ_SETS):
        for entry in load(name):
            if entry["intent"] != "recommend" or "q" not in entry or not entry.get("any"):
                continue
            text = " ".join(entry["q"].split())  # (a tab or a line break would end the field)
            if text.lower() in seen:
                continue
            seen.add(text.lower())
            lines.append(f"{text}\t{','.join(entry['any'])}")
    return "\n".join(lines) + "\n"


def main() -> int:
    path = BUNDLED_CATALOG / REQUESTS_FILE
    table = requests_table()
    path.write_text(table, encoding="utf-8")
    print(f"wrote {path} ({table.count(chr(10)) - 1} requests)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
