"""The radar as plain data for other programs, with the rings the team voted."""

from __future__ import annotations

from typing import Any

from bot.radar.team import TeamRadar


def export_json(team: TeamRadar) -> dict[str, Any]:
    catalog = team.catalog
    tools = []
    for tool in catalog.tools:
        ring = team.ring_of(tool)
        quadrant = catalog.quadrant_of(tool)
        tools.append(
            {
                "id": tool.id,
                "name": tool.name,
                "aliases": list(tool.aliases),
                "quadrant": quadrant.name,
                "quadrant_id": quadrant.id,
                "category": catalog.category(tool.category).name,
                "category_id": tool.category,
                "categories": [catalog.category(c).name for c in tool.categories],
                "ring": ring.name,
                "ring_id": ring.id,
                "ring_voted": team.voted(tool),
                "description": tool.description,
                "links": {"homepage": str(tool.homepage), **({"repo": str(tool.repo)} if tool.repo else {})},
            }
        )
    return {"tools": tools}
