"""The radar in the formats other radar tools read, and a Thoughtworks BYOR sheet read back in.

- Thoughtworks Build Your Own Radar (BYOR): a CSV with the columns name, ring, quadrant,
  isNew and description, plus status (new, moved in, moved out, no change), which newer
  BYOR versions draw as markers.
- zalando/tech-radar: `radar_visualization()`'s configuration, whose `entries` carry the
  quadrant and ring as indexes (quadrant 0 is bottom right, then counter-clockwise on
  screen: bottom left, top left, top right; ring 0 is the innermost), a label, a link,
  `active` and `moved` (1 moved in, -1 moved out, 2 new, 0 unchanged).
- Backstage's tech-radar plugin: the loader response with quadrants, rings and entries,
  each entry with a timeline whose first element is the current ring.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import escape
from typing import Any

from bot.radar.catalog import Catalog, normalise
from bot.radar.language.lookup import QUADRANT_NICKNAMES, ToolIndex
from bot.radar.models import Quadrant, Ring
from bot.radar.picture.layout import RING_COLORS
from bot.radar.snapshot import Entry, Snapshot
from bot.radar.team import RingMove

BYOR_COLUMNS = ("name", "ring", "quadrant", "isNew", "status", "description")
BYOR_REQUIRED = ("name", "ring", "quadrant")
BYOR_STATUS = {"new": "new", "in": "moved in", "out": "moved out", None: "no change"}
ZALANDO_MOVED = {"new": 2, "in": 1, "out": -1, None: 0}


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def zalando_order(quadrants: Sequence[Quadrant]) -> list[Quadrant]:
    """Quadrants in the order zalando/tech-radar and Backstage place them.

    Bottom right first, then clockwise on screen."""
    position = {
        ("model", "piecemeal"): 0,
        ("software", "piecemeal"): 1,
        ("software", "all-in-one"): 2,
        ("model", "all-in-one"): 3,
    }
    return sorted(quadrants, key=lambda q: position[(q.artifact, q.scope)])


# --- Thoughtworks BYOR -----------------------------------------------------------------------


def byor_csv(snapshot: Snapshot) -> str:
    """One row per tool, in legend order; descriptions are HTML-escaped since BYOR renders them as HTML."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(BYOR_COLUMNS)
    for entry in snapshot.entries:
        writer.writerow(
            [
                entry.tool.name,
                entry.ring.name,
                entry.quadrant.name,
                "TRUE" if entry.mark == "new" else "FALSE",
                BYOR_STATUS[entry.mark],
                escape(entry.tool.description, quote=False),
            ]
        )
    return out.getvalue()


@dataclass(frozen=True)
class SheetRing:
    """A ring a sheet gives a known tool."""

    row: int
    tool_id: str
    ring_id: str
    note: str = ""


@dataclass(frozen=True)
class SheetProblem:
    row: int
    message: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.message}" if self.row else self.message


@dataclass
class SheetReading:
    rings: list[SheetRing] = field(default_factory=list)
    problems: list[SheetProblem] = field(default_factory=list)


def _exact_quadrants(catalog: Catalog) -> dict[str, Quadrant]:
    keys: dict[str, Quadrant] = {}
    for quadrant in catalog.quadrants:
        for word in (quadrant.id, quadrant.name, *QUADRANT_NICKNAMES.get(quadrant.id, [])):
            keys[normalise(word)] = quadrant
    return keys


def _exact_rings(rings: Sequence[Ring]) -> dict[str, Ring]:
    return {normalise(word): ring for ring in rings for word in (ring.id, ring.name)}


def _cell(row: list[str], columns: dict[str, int], name: str) -> str:
    """The row's value in a named column; short rows leave the last columns empty."""
    return row[columns[name]].strip() if columns[name] < len(row) else ""


def read_byor_csv(text: str, catalog: Catalog, index: ToolIndex | None = None) -> SheetReading:
    """The rings a BYOR sheet gives tools we know. Names, rings and quadrants must match exactly
    (any case and spacing); anything else is reported, never guessed."""
    index = index or ToolIndex(catalog)
    reading = SheetReading()
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    if not rows:
        reading.problems.append(SheetProblem(0, "the file is empty"))
        return reading
    header = [h.strip() for h in rows[0]]
    columns = {h.lower(): i for i, h in enumerate(header)}
    missing = [c for c in BYOR_REQUIRED if c.lower() not in columns]
    if missing:
        reading.problems.append(
            SheetProblem(1, f"the header lacks {', '.join(missing)} (found: {', '.join(header) or 'nothing'})")
        )
        return reading
    quadrants = _exact_quadrants(catalog)
    rings = _exact_rings(catalog.rings)
    seen: dict[str, int] = {}
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        name, ring_text, quadrant_text = (_cell(row, columns, column) for column in ("name", "ring", "quadrant"))
        tool = index.exact(name) if name else None
        ring = rings.get(normalise(ring_text))
        quadrant = quadrants.get(normalise(quadrant_text))
        if not name:
            reading.problems.append(SheetProblem(number, "no name"))
            continue
        if tool is None:
            reading.problems.append(SheetProblem(number, f"“{name}” is not in the catalog"))
            continue
        if quadrant is None:
            reading.problems.append(
                SheetProblem(
                    number,
                    f"“{quadrant_text}” is not one of our quadrants ({', '.join(q.name for q in catalog.quadrants)})",
                )
            )
            continue
        if ring is None:
            reading.problems.append(SheetProblem(number, f"“{ring_text}” is not a ring (Adopt, Trial, Assess or Hold)"))
            continue
        if tool.id in seen:
            reading.problems.append(SheetProblem(number, f"{tool.name} is listed again (row {seen[tool.id]} counts)"))
            continue
        seen[tool.id] = number
        home = catalog.quadrant_of(tool)
        note = (
            f"the sheet puts it in {quadrant.name}; the catalog keeps it in {home.name}"
            if quadrant.id != home.id
            else ""
        )
        reading.rings.append(SheetRing(number, tool.id, ring.id, note))
    return reading


# --- zalando/tech-radar ----------------------------------------------------------------------


def zalando_json(snapshot: Snapshot, title: str = "MLOps Radar") -> dict[str, Any]:
    catalog = snapshot.catalog
    quadrants = zalando_order(catalog.quadrants)
    quadrant_index = {q.id: i for i, q in enumerate(quadrants)}
    rings = catalog.rings
    ring_index = {r.id: i for i, r in enumerate(rings)}
    return {
        "title": title,
        "date": f"{snapshot.as_of:%Y.%m}",
        "quadrants": [{"name": q.name} for q in quadrants],
        "rings": [{"name": r.name.upper(), "color": RING_COLORS[r.id]} for r in rings],
        "entries": [
            {
                "label": e.tool.name,
                "quadrant": quadrant_index[e.quadrant.id],
                "ring": ring_index[e.ring.id],
                "active": True,
                "link": str(e.tool.homepage),
                "moved": ZALANDO_MOVED[e.mark],
            }
            for e in snapshot.entries
        ],
    }


# --- Backstage tech-radar --------------------------------------------------------------------


def _timeline(entry: Entry, snapshot: Snapshot) -> list[dict[str, Any]]:
    """Newest first, as Backstage reads it: the team's moves, then the catalog's placement."""
    order: dict[str, int] = {r.id: r.order for r in snapshot.catalog.rings}
    names: dict[str, str] = {r.id: r.name for r in snapshot.catalog.rings}
    steps: list[dict[str, Any]] = []
    for move in reversed(entry.history):
        steps.append(
            {
                "moved": 1 if order.get(move.to_ring, 0) < order.get(move.from_ring, 0) else -1,
                "ringId": move.to_ring,
                "date": _utc(move.decided_at),
                "description": move_words(move, names),
            }
        )
    placed = entry.first_seen or snapshot.as_of
    if entry.history:
        placed = min(placed, entry.history[0].decided_at)
    category = snapshot.catalog.category(entry.tool.category)
    steps.append(
        {
            "moved": 0,
            "ringId": entry.default_ring.id,
            "date": _utc(placed),
            "description": f"Placed in {entry.default_ring.name} by the catalog ({category.name}).",
        }
    )
    return steps


def move_words(move: RingMove, names: dict[str, str]) -> str:
    before, after = names.get(move.from_ring, move.from_ring), names.get(move.to_ring, move.to_ring)
    votes = ", ".join(f"{names.get(r, r)} {n}" for r, n in move.tally.items() if n)
    if votes:
        return f"The team voted it from {before} to {after} ({votes})."
    return f"Set from {before} to {after} by an imported sheet."


def backstage_json(snapshot: Snapshot) -> dict[str, Any]:
    catalog = snapshot.catalog
    entries = []
    for entry in snapshot.entries:
        tool = entry.tool
        links = [{"url": str(tool.homepage), "title": "Homepage"}]
        if tool.repo:
            links.append({"url": str(tool.repo), "title": "Repository"})
        entries.append(
            {
                "key": tool.id,
                "id": tool.id,
                "quadrant": entry.quadrant.id,
                "title": tool.name,
                "url": str(tool.homepage),
                "description": tool.description,
                "links": links,
                "timeline": _timeline(entry, snapshot),
            }
        )
    return {
        "quadrants": [{"id": q.id, "name": q.name} for q in zalando_order(catalog.quadrants)],
        "rings": [
            {"id": r.id, "name": r.name.upper(), "color": RING_COLORS[r.id], "description": r.strategy}
            for r in catalog.rings
        ],
        "entries": entries,
    }
