"""`/radar chart`: the team's radar drawn and uploaded to the caller's channel after the acknowledgement."""

from __future__ import annotations

import asyncio
import logging

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.messages.blocks import Message
from bot.messages.render import render
from bot.messages.sharing import chart_failed, chart_posted
from bot.radar.answers import NotFound
from bot.services.sharing import describe_chart, picture_png, quadrant_for
from bot.services.snapshots import take_snapshot
from bot.services.workspace import Caller, Workspace

log = logging.getLogger(__name__)


async def post_chart(workspace: Workspace, client: AsyncWebClient, caller: Caller, argument: str) -> Message:
    """Draw the team's radar and upload it to the caller's channel (files.getUploadURLExternal, upload, complete)."""
    words = argument.split()
    whole = bool(words) and words[0].lower() == "all"  # `/radar chart all`: the whole catalog
    quadrant = quadrant_for(workspace, " ".join(words[1:] if whole else words))
    if isinstance(quadrant, NotFound):
        return render(quadrant, query=f"chart {argument}")
    # the database stays on the event loop's thread
    snapshot = take_snapshot(workspace, caller.team_id, whole=whole)
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
