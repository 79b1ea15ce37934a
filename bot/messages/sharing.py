"""Block Kit for sharing the radar: the web page link, the chart's confirmation and its failures."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.messages.blocks import Block, Message, actions, button, context, escape, message_of, section

WEB_LINK_ACTION = "radar_link_web"

# Slack's errors when the bot may not post files where the command was typed
NOT_A_MEMBER = {"not_in_channel", "channel_not_found", "is_archived", "restricted_action", "not_allowed_token_type"}


def web_link(url: str, expires_at: datetime | None) -> Message:
    if expires_at:
        validity = (
            f"The link works until {expires_at:%Y-%m-%d %H:%M} UTC. "
            "Anyone who has it can open the page until then; ask me again for a fresh one."
        )
    else:
        validity = "This team's page is public: the link does not expire."
    intro = (
        "*The team's radar on the web*: the picture, a table you can search and filter, "
        "and a page for each tool with its history of moves."
    )
    blocks = [
        section(f":globe_with_meridians: {intro}"),
        actions(button("Open the radar", action_id=WEB_LINK_ACTION, url=url, style="primary"), block_id="radar_web"),
        context(validity),
    ]
    return message_of(blocks)


def with_page_link(view: dict[str, Any], url: str, expires_at: datetime | None, limit: int = 100) -> dict[str, Any]:
    """An App Home view with the web page's button under its header."""
    until = f" · link valid until {expires_at:%Y-%m-%d} UTC" if expires_at else ""
    link: list[Block] = [
        actions(button("Open the radar on the web", action_id=WEB_LINK_ACTION, url=url), block_id="radar_web_home"),
        context(
            f"The picture, a searchable table and each tool's history{until}. "
            "`/radar chart` posts the picture in a channel."
        ),
    ]
    blocks = view.get("blocks", [])
    return {**view, "blocks": (blocks[:1] + link + blocks[1:])[:limit]}


def web_unavailable(reason: str) -> Message:
    text = escape(f"The web page is not set up yet. {reason}")
    return message_of([section(f":warning: {text}")])


def chart_elsewhere() -> Message:
    text = (
        "In Slack, `/radar chart` posts the radar's picture in the channel. "
        "Here, `radar-bot chart --output radar.png` writes the same picture to a file."
    )
    return message_of([section(text)])


def chart_comment(scope: str, tools: int, new: int, moved: int) -> str:
    """The message posted with the picture."""
    news = []
    if new:
        news.append(f"{new} new to the radar")
    if moved:
        news.append(f"{moved} moved by the last poll")
    extra = f" ({', '.join(news)})" if news else ""
    return (
        f"*MLOps Radar*: {scope}, {tools} tools{extra}. "
        "The numbers match the lists beside each quadrant; `/radar web` opens the interactive page."
    )


def chart_posted(title: str) -> Message:
    text = f"Posted “{escape(title)}” in this channel."
    return message_of([context(f":frame_with_picture: {text}")])


def chart_failed(error: str) -> Message:
    if error in NOT_A_MEMBER:
        text = (
            "I cannot post pictures here. Invite me to this channel (`/invite @radar`) and try again, "
            "or use `/radar web` for the page."
        )
    else:
        text = (
            f"Slack did not take the picture ({escape(error)}). "
            "Please try again in a moment, or use `/radar web` for the page."
        )
    return message_of([section(f":warning: {text}")])
