"""The team's view of the radar: catalog placements overlaid with the rings the team voted."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from bot.radar.catalog import Catalog
from bot.radar.models import Ring, Tool


@dataclass(frozen=True)
class RingMove:
    """One change of a tool's ring decided by a closed poll, with the evidence for it."""

    tool_id: str
    from_ring: str
    to_ring: str
    decided_at: datetime
    tally: Mapping[str, int]
    poll_id: int | None = None
    poll_link: str | None = None


@dataclass(frozen=True)
class TeamRadar:
    """A catalog plus the latest move per tool; the ring a team sees is the ring it voted."""

    catalog: Catalog
    latest_moves: Mapping[str, RingMove] = field(default_factory=dict)

    def ring_of(self, tool: Tool) -> Ring:
        move = self.latest_moves.get(tool.id)
        return self.catalog.ring(move.to_ring if move else self.catalog.default_ring(tool))

    def voted(self, tool: Tool) -> bool:
        return tool.id in self.latest_moves

    def tools_in_ring(self, ring_id: str) -> list[Tool]:
        return [t for t in self.catalog.tools if self.ring_of(t).id == ring_id]
