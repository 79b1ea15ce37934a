"""The team's radar at one moment, numbered and marked: what the picture, the page and the exports show."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from bot.radar.catalog import Catalog
from bot.radar.models import Quadrant, Ring, Tool
from bot.radar.team import RingMove, TeamRadar

Mark = Literal["new", "in", "out"]

# A tool stays "new" this long after it first appeared on the team's radar
NEW_FOR = timedelta(days=30)

MARK_WORDS: dict[str, str] = {"new": "new", "in": "moved in", "out": "moved out"}


def new_tools(first_seen: Mapping[str, datetime], now: datetime, new_for: timedelta = NEW_FOR) -> frozenset[str]:
    """Tools that reached the team's radar after its first showing, and recently.

    The first time a team's radar is shown, every tool is recorded at the same moment; those
    are the radar's starting point, not news. A tool recorded later (a catalog update) is new
    for `new_for`.
    """
    if not first_seen:
        return frozenset()
    start = min(first_seen.values())
    return frozenset(t for t, seen in first_seen.items() if seen > start and now - seen <= new_for)


def poll_marks(moves: Iterable[RingMove], rings: Sequence[Ring]) -> dict[str, Mark]:
    """'in' for tools a poll moved toward Adopt, 'out' for tools it moved toward Hold."""
    order: dict[str, int] = {r.id: r.order for r in rings}
    marks: dict[str, Mark] = {}
    for move in moves:
        before, after = order.get(move.from_ring), order.get(move.to_ring)
        if before is None or after is None or before == after:
            continue
        marks[move.tool_id] = "in" if after < before else "out"
    return marks


@dataclass(frozen=True)
class Entry:
    """One tool as drawn: its number, where it sits, its marker and its ring history."""

    number: int
    tool: Tool
    quadrant: Quadrant
    ring: Ring
    default_ring: Ring
    mark: Mark | None
    history: tuple[RingMove, ...]
    first_seen: datetime | None


@dataclass(frozen=True)
class Snapshot:
    """A team's radar plus what changed lately; entries are numbered quadrant by quadrant, ring by ring."""

    team: TeamRadar
    as_of: datetime
    new: frozenset[str] = frozenset()
    moved: Mapping[str, Mark] = field(default_factory=dict)
    history: Mapping[str, Sequence[RingMove]] = field(default_factory=dict)
    first_seen: Mapping[str, datetime] = field(default_factory=dict)
    entries: tuple[Entry, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "entries", tuple(self._number()))

    @property
    def catalog(self) -> Catalog:
        return self.team.catalog

    def mark_of(self, tool_id: str) -> Mark | None:
        # a tool new to the radar is news first; a move is only news for tools the team already had
        if tool_id in self.new:
            return "new"
        return self.moved.get(tool_id)

    def _number(self) -> list[Entry]:
        catalog = self.team.catalog
        quadrant_order = {q.id: q.order for q in catalog.quadrants}
        placed = [(tool, catalog.quadrant_of(tool), self.team.ring_of(tool)) for tool in self.team.placed()]
        placed.sort(key=lambda p: (quadrant_order[p[1].id], p[2].order, p[0].name.lower(), p[0].id))
        return [
            Entry(
                number=n,
                tool=tool,
                quadrant=quadrant,
                ring=ring,
                default_ring=catalog.ring(catalog.default_ring(tool)),
                mark=self.mark_of(tool.id),
                history=tuple(self.history.get(tool.id, ())),
                first_seen=self.first_seen.get(tool.id),
            )
            for n, (tool, quadrant, ring) in enumerate(placed, start=1)
        ]

    def entry(self, tool_id: str) -> Entry | None:
        return next((e for e in self.entries if e.tool.id == tool_id), None)

    def in_quadrant(self, quadrant_id: str) -> list[Entry]:
        return [e for e in self.entries if e.quadrant.id == quadrant_id]
