"""The radar as plain data for other programs: the team's entries, in its rings, with owners and notes."""

from __future__ import annotations

from typing import Any

from bot.radar.team import TeamRadar


def export_json(team: TeamRadar) -> dict[str, Any]:
    catalog = team.catalog
    tools = []
    for tool in team.placed():
        ring = team.ring_of(tool)
        entry = team.entry(tool)
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
                "framework_ring_id": team.framework_ring(tool).id,
                "team_defined": catalog.tool(tool.id) is None,
                **(
                    {
                        "placed_at": entry.placed_at.isoformat(),
                        "confirmed_at": entry.confirmed_at.isoformat(),
                        "owner": entry.owner,
                        "note": entry.note,
                        "contested": entry.contested,
                    }
                    if entry
                    else {}
                ),
            }
        )
    return {"tools": tools}
