"""Sharing the radar: `/radar chart` and `/radar web`, the picture as files, and BYOR sheets imported as ring moves."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.messages.blocks import Message, render
from bot.messages.sharing import (
    chart_comment,
    chart_elsewhere,
    chart_failed,
    chart_posted,
    web_link,
    web_unavailable,
    with_page_link,
)
from bot.radar.answers import NotFound
from bot.radar.language.lookup import find_quadrant
from bot.radar.models import Quadrant
from bot.radar.snapshot import Snapshot
from bot.radar.team import RingMove
from bot.services.snapshots import SnapshotStore, take_snapshot
from bot.web.links import LinkUnavailable, page_link

if TYPE_CHECKING:
    from bot.radar.formats import SheetProblem
    from bot.services.radar import Caller, RadarService

log = logging.getLogger(__name__)


def install(service: RadarService) -> None:
    """Answer `/radar web` everywhere, and `/radar chart` where there is no Slack to post to."""
    service.handlers.update(
        {"web": lambda caller, _: web_command(service, caller), "chart": lambda caller, _: chart_elsewhere()}
    )


# --- the picture -----------------------------------------------------------------------------


def quadrant_for(service: RadarService, text: str) -> Quadrant | None | NotFound:
    """None for the whole radar, the quadrant named, or what to say when the name is not a quadrant."""
    if not text.strip():
        return None
    quadrant = find_quadrant(service.catalog, text)
    if quadrant is None:
        return NotFound(text.strip(), "quadrant", tuple(q.name for q in service.catalog.quadrants))
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
    scope = quadrant.name if quadrant else "the whole radar"
    new = sum(1 for e in entries if e.mark == "new")
    moved = sum(1 for e in entries if e.mark in ("in", "out"))
    title = f"MLOps Radar: {scope} ({snapshot.as_of:%Y-%m-%d})"
    rings = ", ".join(f"{sum(1 for e in entries if e.ring.id == r.id)} in {r.name}" for r in snapshot.catalog.rings)
    alt = f"Radar chart of {len(entries)} numbered tools in {scope}, by ring: {rings}."
    slug = quadrant.id if quadrant else "radar"
    return Chart(
        title, f"mlops-{slug}-{snapshot.as_of:%Y-%m-%d}.png", chart_comment(scope, len(entries), new, moved), alt
    )


async def post_chart(service: RadarService, client: AsyncWebClient, caller: Caller, argument: str) -> Message:
    """Draw the team's radar and upload it to the caller's channel (files.getUploadURLExternal, upload, complete)."""
    quadrant = quadrant_for(service, argument)
    if isinstance(quadrant, NotFound):
        return render(quadrant, query=f"chart {argument}")
    snapshot = take_snapshot(service, caller.team_id)  # the database stays on the event loop's thread
    chart = describe_chart(snapshot, quadrant)
    # drawing takes a second or two for the whole catalog: keep the event loop answering meanwhile
    png = await asyncio.to_thread(picture_png, snapshot, quadrant.id if quadrant else None)
    try:
        await client.files_upload_v2(
            channel=caller.channel_id,
            file=png,
            filename=chart.filename,
            title=chart.title,
            alt_txt=chart.alt,
            initial_comment=chart.comment,
        )
    except SlackApiError as error:
        code = str(error.response.get("error", "unknown_error"))
        log.warning("chart upload to %s failed: %s", caller.channel_id, code)
        return chart_failed(code)
    return chart_posted(chart.title)


# --- the web page link -----------------------------------------------------------------------


def web_command(service: RadarService, caller: Caller) -> Message:
    from bot.services.radar import LOCAL_TEAM  # the console has no public address; a local link is still useful there

    try:
        link = page_link(service.settings, caller.team_id, require_public=caller.team_id != LOCAL_TEAM)
    except LinkUnavailable as reason:
        return web_unavailable(str(reason))
    # the team has now seen its radar: tools added to the catalog from here on count as new
    SnapshotStore(service.store).sightings(caller.team_id, [t.id for t in service.catalog.tools], datetime.now(UTC))
    return web_link(link.url, link.expires_at)


def home_with_link(service: RadarService, team_id: str, view: dict[str, Any]) -> dict[str, Any]:
    """The App Home view with a fresh link to the team's page; unchanged when links cannot be made."""
    try:
        link = page_link(service.settings, team_id)
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
    service: RadarService, team_id: str, text: str, moment: datetime | None = None, dry_run: bool = False
) -> ImportReport:
    """Seed the team's rings from a BYOR sheet: each ring that differs is recorded as a move, all at once."""
    from bot.radar.formats import read_byor_csv

    moment = moment or datetime.now(UTC)
    reading = read_byor_csv(text, service.catalog, service.index)
    team = service.team(team_id)
    report = ImportReport(problems=list(reading.problems))
    moves: list[RingMove] = []
    for row in reading.rings:
        tool = service.catalog.tool(row.tool_id)
        assert tool is not None  # the reading only returns tools of this catalog
        current = team.ring_of(tool)
        if row.note:
            report.notes.append(f"row {row.row}: {tool.name}: {row.note}")
        if current.id == row.ring_id:
            report.unchanged.append(tool.name)
            continue
        moves.append(RingMove(tool.id, current.id, row.ring_id, moment, {}, poll_id=None, poll_link=None))
        report.moved.append((tool.name, current.name, service.catalog.ring(row.ring_id).name))
    if moves and not dry_run:
        SnapshotStore(service.store).add_moves(team_id, moves)
    return report
