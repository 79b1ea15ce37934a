"""The team's radar: the tools the team has placed, in its rings, with owners, notes and history.

The catalog is the menu (every tool known, each in the framework's ring); the team's radar is
what the team decided. Both come out of the same history of moves, folded oldest first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal
from zlib import crc32

from bot.radar.catalog import Catalog, normalise
from bot.radar.models import Ring, Tool

MoveKind = Literal["placed", "moved", "confirmed", "retired", "noted"]
OFF_RADAR = ""  # the "ring" of a tool before it is placed and after it is retired


@dataclass(frozen=True)
class RingMove:
    """One entry of a tool's history on the team's radar, with who decided it and the evidence."""

    tool_id: str
    from_ring: str
    to_ring: str
    decided_at: datetime
    tally: Mapping[str, int]
    poll_id: int | None = None
    poll_link: str | None = None
    kind: MoveKind | Literal[""] = ""  # "" in rows written before kinds existed: read from the rings
    by: str = ""  # who proposed, voted in or decided it ("starter" for the first radar)
    note: str = ""
    contested: bool = False  # won by a single vote: the tool returns on the next ballot

    @property
    def what(self) -> MoveKind:
        if self.kind:
            return self.kind
        if self.from_ring == self.to_ring:
            return "confirmed"
        return "moved"

    @property
    def changes_ring(self) -> bool:
        return self.what in ("placed", "moved", "retired")


@dataclass(frozen=True)
class Entry:
    """A tool on the team's radar: its ring, when it was placed and last confirmed, its owner and why."""

    tool_id: str
    ring: str
    placed_at: datetime
    confirmed_at: datetime
    owner: str = ""
    note: str = ""
    contested: bool = False


def fold(moves: Iterable[RingMove]) -> dict[str, Entry]:
    """The team's radar after its history (oldest first): placements, moves, confirmations, notes, retirements."""
    entries: dict[str, Entry] = {}
    for move in moves:
        entry = entries.get(move.tool_id)
        what = move.what
        if what == "retired":
            entries.pop(move.tool_id, None)
            continue
        if entry is None:
            if what == "noted" or not move.to_ring:
                continue  # a note about a tool that is not on the radar changes nothing
            entries[move.tool_id] = Entry(
                move.tool_id, move.to_ring, move.decided_at, move.decided_at, move.by, move.note, move.contested
            )
            continue
        if what == "noted":
            entries[move.tool_id] = Entry(
                entry.tool_id,
                entry.ring,
                entry.placed_at,
                entry.confirmed_at,
                move.by or entry.owner,
                move.note or entry.note,
                entry.contested,
            )
            continue
        entries[move.tool_id] = Entry(
            entry.tool_id,
            move.to_ring or entry.ring,
            entry.placed_at,
            move.decided_at,
            move.by or entry.owner,
            move.note or entry.note,
            move.contested,
        )
    return entries


@dataclass(frozen=True)
class TeamRadar:
    """A catalog and a team's entries on it.

    `entries` None is the whole catalog as a radar (every tool in the framework's ring): what
    `/radar chart all` and `export --all` show. Otherwise only the entries are on the radar;
    every other catalog tool is still on the menu, in the framework's ring.
    """

    catalog: Catalog
    latest_moves: Mapping[str, RingMove] = field(default_factory=dict)
    entries: Mapping[str, Entry] | None = None
    team_tools: tuple[Tool, ...] = ()  # tools the team defined itself (not in the catalog)
    # each tool's ring, worked out once: a radar is a snapshot, and recommendations ask for hundreds per question
    _rings: dict[str, Ring] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def whole_catalog(self) -> bool:
        return self.entries is None

    def tool(self, tool_id: str) -> Tool | None:
        return self.catalog.tool(tool_id) or next((t for t in self.team_tools if t.id == tool_id), None)

    def named(self, text: str) -> Tool | None:
        """A tool the team defined, by its id or its name as typed (any case and punctuation)."""
        key = normalise(text)
        return next((t for t in self.team_tools if key in (normalise(t.id), normalise(t.name))), None)

    def all_tools(self) -> tuple[Tool, ...]:
        """The menu: every catalog tool and every tool the team defined."""
        return self.catalog.tools + self.team_tools

    def on_radar(self, tool: Tool) -> bool:
        return self.entries is None or tool.id in self.entries

    def entry(self, tool: Tool) -> Entry | None:
        return None if self.entries is None else self.entries.get(tool.id)

    def framework_ring(self, tool: Tool) -> Ring:
        return self.catalog.ring(self.catalog.default_ring(tool))

    def ring_of(self, tool: Tool) -> Ring:
        """The team's ring for a tool on its radar; the framework's ring for one that is only on the menu."""
        if self.catalog.tool(tool.id) is not tool:
            return self._ring_of(tool)  # a tool the team defined, not the catalog's: kept out of the cache
        ring = self._rings.get(tool.id)
        if ring is None:
            ring = self._rings[tool.id] = self._ring_of(tool)
        return ring

    def _ring_of(self, tool: Tool) -> Ring:
        entry = self.entry(tool)
        if entry is not None:
            return self.catalog.ring(entry.ring)
        move = self.latest_moves.get(tool.id)
        if self.entries is None and move is not None and move.to_ring:
            return self.catalog.ring(move.to_ring)
        return self.framework_ring(tool)

    def voted(self, tool: Tool) -> bool:
        """Whether the team moved the tool itself (by a vote, an import or a decision)."""
        move = self.latest_moves.get(tool.id)
        return move is not None and move.by != STARTER and (self.entries is None or tool.id in self.entries)

    def placed(self) -> list[Tool]:
        """The tools on the team's radar, catalog order first, then the team's own."""
        return [t for t in self.all_tools() if self.on_radar(t)]

    def tools_in_ring(self, ring_id: str) -> list[Tool]:
        """Every tool of the menu in a ring: the team's ring where it placed the tool, else the framework's."""
        return [t for t in self.catalog.tools if self.ring_of(t).id == ring_id]

    def placed_in_ring(self, ring_id: str) -> list[Tool]:
        return [t for t in self.placed() if self.ring_of(t).id == ring_id]


STARTER = "starter"  # the `by` of placements that came with the first radar


def stale(entries: Iterable[Entry], before: datetime) -> list[Entry]:
    """Entries placed or last confirmed before `before`, oldest first: due for the team to look at again."""
    return sorted((e for e in entries if e.confirmed_at < before), key=lambda e: (e.confirmed_at, e.tool_id))


# --- the first radar ------------------------------------------------------------------------

STARTERS = ("seeds", "empty", "catalog")  # or the path of a BYOR CSV, read by the services


def starter_placements(catalog: Catalog, starter: str, moment: datetime) -> list[RingMove]:
    """The first radar: the tools the seed posts name, as they place them (default), nothing, or the whole catalog."""
    if starter == "empty":
        return []
    if starter == "catalog":
        placed = [(t.id, catalog.default_ring(t)) for t in catalog.tools]
        note = "Placed where the framework puts it"
    else:
        placed = [(s.tool, s.ring) for s in catalog.seeds if catalog.tool(s.tool) is not None]
        note = "Placed as the seed posts place it"
    return [
        RingMove(tool_id, OFF_RADAR, ring, moment, {}, kind="placed", by=STARTER, note=note) for tool_id, ring in placed
    ]


# --- tools a team defines itself ------------------------------------------------------------

QUADRANT_SIGNS = {
    "cloud-platforms": (-1, 1),
    "ml-platforms": (1, 1),
    "specialized-ml-tools": (1, -1),
    "standard-swe-tools": (-1, -1),
}


def team_tool_id(name: str) -> str:
    """A stable id for a team-defined tool, apart from every catalog id."""
    return "team-" + (normalise(name) or "tool")


def team_tool(
    catalog: Catalog, tool_id: str, name: str, category_id: str, description: str, link: str, since: int
) -> Tool:
    """A Tool for the team's own entry, placed inside its category's quadrant like any catalog tool.

    Built without validation: its description is the proposer's one line, and its tags are its
    category's most common tags, so that needs and lists find it among its peers."""
    category = catalog.category(category_id)
    sx, sy = QUADRANT_SIGNS.get(category.quadrant, (1, -1))
    spread = (crc32(tool_id.encode()) % 1000) / 1000  # spread team tools apart, the same way every time
    peers = Counter(tag for t in catalog.tools_in_category(category_id) for tag in t.tags)
    tags = [tag for tag, _ in peers.most_common(2)] or [catalog.tags[0].id]
    return Tool.model_construct(
        id=tool_id,
        name=name,
        aliases=[],
        category=category_id,
        also_in=[],
        ring=None,
        ring_reason=None,
        x=sx * (0.25 + 0.5 * spread),
        y=sy * (0.75 - 0.5 * spread),
        description=description,
        note=None,
        tags=tags,
        homepage=link,
        repo=None,
        license="internal",
        since=since,
        thoughtworks=None,
        related=[],
        sources=["team"],
    )
