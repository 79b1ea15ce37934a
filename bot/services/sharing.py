"""Sharing the radar: `/radar chart` and `/radar web`, the picture as files, and BYOR sheets imported as ring moves."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from bot.messages.blocks import Message
from bot.messages.sharing import (
    chart_comment,
    web_link,
    web_unavailable,
    with_page_link,
)
from bot.radar.answers import NotFound
from bot.radar.language.lookup import find_quadrant
from bot.radar.models import Quadrant
from bot.radar.snapshot import Snapshot
from bot.radar.team import RingMove
from bot.services.links import LinkUnavailable, page_link
from bot.services.workspace import LOCAL_TEAM, Caller, Workspace
from bot.storage.snapshots import SnapshotStore

if TYPE_CHECKING:
    from bot.radar.formats import SheetProblem

# --- the picture -----------------------------------------------------------------------------


def quadrant_for(workspace: Workspace, text: str) -> Quadrant | None | NotFound:
    """None for the whole radar, the quadrant named, or what to say when the name is not a quadrant."""
    if not text.strip():
        return None
    quadrant = find_quadrant(workspace.catalog, text)
    if quadrant is None:
        return NotFound(text.strip(), "quadrant", tuple(q.name for q in workspace.catalog.quadrants))
    return quadrant


# The drawing and sheet modules (Pillow among them) load on first use, not at start-up:
# most processes answer many questions before anyone asks for a picture.


def picture_png(snapshot: Snapshot, quadrant_id: str | None = None) -> bytes:
    from bot.radar.picture.layout import layout
    from bot.radar.picture.png import render_png

    return render_png(layout(snapshot, quadrant_id))


def picture_svg(snapshot: Snapshot, quadrant_id: str | None = None) -> str:
    from bot.radar.picture.layout import layout
    from bot.radar.picture.svg import render_svg

    return render_svg(layout(snapshot, quadrant_id))


@dataclass(frozen=True)
class Chart:
    title: str
    filename: str
    comment: str
    alt: str


def describe_chart(snapshot: Snapshot, quadrant: Quadrant | None) -> Chart:
    entries = [e for e in snapshot.entries if quadrant is None or e.quadrant.id == quadrant.id]
    scope = quadrant.name if quadrant else ("the whole catalog" if snapshot.team.whole_catalog else "our radar")
    new = sum(1 for e in entries if e.mark == "new")
    moved = sum(1 for e in entries if e.mark in ("in", "out"))
    title = f"MLOps Radar: {scope} ({snapshot.as_of:%Y-%m-%d})"
    rings = ", ".join(f"{sum(1 for e in entries if e.ring.id == r.id)} in {r.name}" for r in snapshot.catalog.rings)
    alt = f"Radar chart of {len(entries)} numbered tools in {scope}, by ring: {rings}."
    slug = quadrant.id if quadrant else "radar"
    return Chart(
        title, f"mlops-{slug}-{snapshot.as_of:%Y-%m-%d}.png", chart_comment(scope, len(entries), new, moved), alt
    )


# --- the web page link -----------------------------------------------------------------------


def web_command(workspace: Workspace, caller: Caller) -> Message:
    # the console has no public address; a local link is still useful there
    try:
        link = page_link(workspace.settings, caller.team_id, require_public=caller.team_id != LOCAL_TEAM)
    except LinkUnavailable as reason:
        return web_unavailable(str(reason))
    # the team has now seen its radar: tools added to the catalog from here on count as new
    SnapshotStore(workspace.store).sightings(caller.team_id, [t.id for t in workspace.catalog.tools], datetime.now(UTC))
    return web_link(link.url, link.expires_at)


def home_with_link(workspace: Workspace, team_id: str, view: dict[str, Any]) -> dict[str, Any]:
    """The App Home view with a fresh link to the team's page; unchanged when links cannot be made."""
    try:
        link = page_link(workspace.settings, team_id)
    except LinkUnavailable:
        return view
    return with_page_link(view, link.url, link.expires_at)


# --- importing a BYOR sheet ------------------------------------------------------------------


@dataclass
class ImportReport:
    moved: list[tuple[str, str, str]] = field(default_factory=list)  # tool name, from ring, to ring
    unchanged: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    problems: list[SheetProblem] = field(default_factory=list)


def import_sheet(
    workspace: Workspace, team_id: str, text: str, moment: datetime | None = None, dry_run: bool = False
) -> ImportReport:
    """Seed the team's rings from a BYOR sheet: each ring that differs is recorded as a move, all at once."""
    from bot.radar.formats import read_byor_csv

    moment = moment or datetime.now(UTC)
    reading = read_byor_csv(text, workspace.catalog, workspace.index)
    team = workspace.team(team_id)
    report = ImportReport(problems=list(reading.problems))
    moves: list[RingMove] = []
    for row in reading.rings:
        tool = workspace.catalog.tool(row.tool_id)
        assert tool is not None  # the reading only returns tools of this catalog
        current = team.ring_of(tool)
        if row.note:
            report.notes.append(f"row {row.row}: {tool.name}: {row.note}")
        if current.id == row.ring_id:
            report.unchanged.append(tool.name)
            continue
        moves.append(RingMove(tool.id, current.id, row.ring_id, moment, {}, poll_id=None, poll_link=None))
        report.moved.append((tool.name, current.name, workspace.catalog.ring(row.ring_id).name))
    if moves and not dry_run:
        SnapshotStore(workspace.store).add_moves(team_id, moves)
    return report
