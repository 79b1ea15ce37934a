"""Pure Block Kit builders: one function per answer shape, each with its plain-text fallback."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.radar.answers import (
    Comparison,
    Help,
    NotFound,
    Placed,
    QuadrantsOverview,
    Refusal,
    RingsOverview,
    ToolCard,
    ToolList,
)
from bot.radar.models import Ring
from bot.radar.team import STARTER, RingMove

Block = dict[str, Any]

MAX_BLOCKS = 50
MAX_SECTION = 3000
MAX_HEADER = 150
MAX_BUTTON_TEXT = 75
MAX_BUTTON_VALUE = 2000
MAX_VALUE = 2000
MAX_FIELD = 2000
FALLBACK_LIMIT = 300

RING_EMOJI = {
    "adopt": ":large_green_circle:",
    "trial": ":large_blue_circle:",
    "assess": ":large_yellow_circle:",
    "hold": ":red_circle:",
}

SHARE_ACTION = "radar_share"
PROPOSE_ACTION = "radar_propose"
PROPOSE_NEW_ACTION = "radar_propose_new"  # a name the catalog does not know: describe it in a modal


@dataclass(frozen=True)
class Message:
    """What the bot sends: plain text (notifications, console, screen readers) and blocks."""

    text: str
    blocks: list[Block] = field(default_factory=list)
    tool_ids: list[str] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps({"tools": self.tool_ids, "text": self.text, "blocks": self.blocks}, ensure_ascii=False)

    @property
    def fallback(self) -> str:
        """The `text` Slack shows in notifications when the blocks carry the message: its opening words.

        Sending the whole plain text beside the blocks would only double every payload."""
        return clip(" ".join(self.text.split()), FALLBACK_LIMIT) if self.blocks else self.text


def text_of(blocks: list[Block]) -> str:
    """The plain text of a message, read from its blocks: what notifications, the console and screen readers get.

    One source for both, so they never drift apart. A header and the section under it read as one line
    ("Kedro: …"), a field written as a bold label over its value reads "Label: value", a link button gives
    its address after "Links:", and mrkdwn's marks, emoji codes and other buttons are left out."""
    lines: list[str] = []
    pending_header = ""
    for block in blocks:
        kind = block.get("type")
        if kind == "header":
            if pending_header:
                lines.append(pending_header)
            pending_header = block["text"]["text"]
            continue
        if kind == "section" and "text" in block:
            raw = block["text"]["text"]
            text = plain_text_of(raw)
            # a title over its first paragraph reads as one line, unless either already carries its own label
            joined = pending_header and not pending_header.endswith((".", ":", "?", "!")) and not raw.startswith("*")
            if pending_header and not joined:
                lines.append(pending_header)
            lines.append(f"{pending_header}: {text}" if joined else text)
            lines += [_field_line(f["text"]) for f in block.get("fields", [])]
        else:
            if pending_header:
                lines.append(pending_header)
            if kind == "context":
                lines += [plain_text_of(e["text"]) for e in block.get("elements", []) if "text" in e]
            elif kind == "actions":
                urls = [str(e["url"]) for e in block.get("elements", []) if e.get("url")]
                if urls:
                    lines.append("Links: " + " ".join(urls))
        pending_header = ""
    if pending_header:
        lines.append(pending_header)
    return "\n".join(line for line in lines if line.strip())


def _field_line(mrkdwn: str) -> str:
    label, newline, value = mrkdwn.partition("\n")
    if newline and label.startswith("*") and label.endswith("*"):
        return f"{plain_text_of(label)}: {plain_text_of(value)}"
    return plain_text_of(mrkdwn)


def message_of(blocks: list[Block], tool_ids: Sequence[str] = ()) -> Message:
    """A message whose text is read from its blocks (`text_of`): one model, two views."""
    return Message(text_of(blocks), blocks, list(tool_ids))


MRKDWN_LINK = re.compile(r"<(https?://[^|>]+)\|([^>]+)>|<(https?://[^>]+)>")
MRKDWN_REFERENCE = re.compile(r"<@([A-Z0-9]+)(?:\|([^>]+))?>|<!date\^[^|>]*\|([^>]+)>")


def plain_text_of(mrkdwn: str) -> str:
    """Slack mrkdwn as plain text: links as their label, user mentions as plain ids, dates as their fallback,
    no emoji codes or marks.
    The escaping (&amp; &lt; &gt;) stays: Slack reads the fallback text as mrkdwn too."""
    text = MRKDWN_LINK.sub(lambda m: m[2] if m[1] else m[3], mrkdwn)
    # a user mention becomes a plain id (a fallback must not ping anyone); a channel link stays a link
    text = MRKDWN_REFERENCE.sub(lambda m: m[3] or f"@{m[1]}", text)
    return re.sub(r":[a-z0-9_+-]+: ?|(?<![\w*])[*_~`]|[*_~`](?![\w*])", "", text)


# --- small builders ----------------------------------------------------------------------


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def header(text: str) -> Block:
    return {"type": "header", "text": {"type": "plain_text", "text": clip(text, MAX_HEADER), "emoji": True}}


def section(text: str, fields: list[str] | None = None) -> Block:
    block: Block = {"type": "section", "text": {"type": "mrkdwn", "text": clip(text, MAX_SECTION)}}
    if fields:
        block["fields"] = [{"type": "mrkdwn", "text": clip(f, MAX_FIELD)} for f in fields[:10]]
    return block


def context(*texts: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": clip(t, MAX_SECTION)} for t in texts[:10]]}


def divider() -> Block:
    return {"type": "divider"}


def button(
    text: str, *, action_id: str, value: str | None = None, url: str | None = None, style: str | None = None
) -> Block:
    element: Block = {
        "type": "button",
        "text": {"type": "plain_text", "text": clip(text, MAX_BUTTON_TEXT), "emoji": True},
        "action_id": action_id,
    }
    if value is not None:
        element["value"] = clip(value, MAX_VALUE)
    if url:
        element["url"] = url
    if style:
        element["style"] = style
    return element


def actions(*elements: Block, block_id: str | None = None) -> Block:
    block: Block = {"type": "actions", "elements": list(elements)[:25]}
    if block_id:
        block["block_id"] = block_id
    return block


def escape(text: str) -> str:
    """Slack mrkdwn treats &, < and > as control characters: escaped, a typed `<!channel>` stays words.

    Every piece of text a person typed goes through this where it enters a message, in the blocks and in
    the fallback `text` alike (Slack notifies from the fallback, mentions included)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ring_label(placed: Placed) -> str:
    return f"{escape(placed.tool.name)} ({placed.ring.name})"


def fit(
    blocks: list[Block], more_text: str = "Answer shortened to fit Slack; ask for something narrower."
) -> list[Block]:
    """Keep a message within Slack's block limit, saying so when something was cut."""
    if len(blocks) <= MAX_BLOCKS:
        return blocks
    return blocks[: MAX_BLOCKS - 1] + [context(more_text)]


# --- answers -----------------------------------------------------------------------------


def share_button(query: str) -> Block:
    return button("Share in channel", action_id=SHARE_ACTION, value=query)


def ring_in_practice(ring: Ring, after_name: str = "") -> str:
    """A ring as every answer shows it: its strategy, what to do in practice, and example actions."""
    actions_list = "\n".join(f"• {escape(a)}" for a in ring.actions)
    return (
        f"{RING_EMOJI[ring.id]} *{ring.name}*{after_name}: {escape(ring.strategy)}\n"
        f"*In practice:* {escape(ring.practice)}\n{actions_list}"
    )


def refusal(message: str, example: str = "") -> Message:
    """What the bot says when it will not do what was asked, with an example of what works."""
    message, example = escape(message), escape(example)  # both may quote what was typed
    blocks = [section(f":warning: {message}")]
    if example:
        blocks.append(context(f"Try `{example}`"))
    return message_of(blocks)


def card_fields(card: ToolCard) -> list[str]:
    categories = ", ".join([card.category.name, *(c.name for c in card.also_in)])
    ring = f"{RING_EMOJI[card.ring.id]} *{card.ring.name}*" + (" (team vote)" if card.ring_voted else "")
    return [
        f"*Quadrant*\n{card.quadrant.name}",
        f"*Category*\n{categories}",
        f"*Position*\n{card.position}",
        f"*Ring*\n{ring}",
    ]


LICENCE_WORDS = {"open-source": "Open source", "commercial": "Commercial", "internal": "Built in-house"}


def team_layer(card: ToolCard) -> str:
    """The team's radar before the catalog's: its ring, owner and note, then the framework's ring if it differs."""
    if not card.team_view:
        return ""
    framework = card.framework_ring or card.ring
    if not card.on_radar or card.entry is None:
        return (
            f":grey_question: *Not on our radar yet.* By the framework it would sit in "
            f"{RING_EMOJI[framework.id]} *{framework.name}*. Propose it to put it on the next ballot."
        )
    entry = card.entry
    owner = "the starter set" if entry.owner in ("", STARTER) else f"<@{entry.owner}>"
    since = f"{entry.placed_at:%Y-%m-%d}"
    lines = [f"{RING_EMOJI[card.ring.id]} *On our radar in {card.ring.name}* since {since} · owner {owner}"]
    if entry.note and entry.owner not in ("", STARTER):
        lines.append(f"*Team note:* {escape(entry.note)}")
    if entry.contested:
        lines.append("_Contested: decided by one vote, so it is back on the next ballot._")
    if framework.id != card.ring.id:
        lines.append(f"_By the framework it would sit in {framework.name}._")
    return "\n".join(lines)


def latest_move_words(move: RingMove) -> str:
    when = f"{move.decided_at:%Y-%m-%d}"
    if not move.from_ring:
        return f"Latest move: placed in {move.to_ring.title()} on {when}"
    return f"Latest move: {move.from_ring.title()} → {move.to_ring.title()} on {when}"


def plain(mrkdwn: str) -> str:
    """Slack mrkdwn as plain text for the fallback: no emoji codes, no bold or italics marks, and user mentions
    as plain ids (Slack notifies from the fallback text, and a shared card should not ping a tool's owner)."""
    return re.sub(r"<@([A-Z0-9]+)>", r"@\1", re.sub(r":[a-z_]+: ?|[*_]", "", mrkdwn))


def card_facts(card: ToolCard) -> str:
    tool = card.tool
    facts = [LICENCE_WORDS.get(tool.license, "Commercial"), f"since {tool.since}"]
    if tool.thoughtworks:
        facts.append(f"Thoughtworks Radar: {tool.thoughtworks.ring.title()} (vol. {tool.thoughtworks.volume})")
    return " · ".join(facts)


def card_links(card: ToolCard) -> list[Block]:
    tool = card.tool
    links = [button("Homepage", action_id="radar_link_home", url=str(tool.homepage))]
    if tool.repo:
        links.append(button("Repository", action_id="radar_link_repo", url=str(tool.repo)))
    return links


def render_tool_card(card: ToolCard, *, query: str = "") -> Message:
    tool, ring = card.tool, card.ring
    layers = team_layer(card)
    blocks: list[Block] = [
        header(tool.name),
        section(escape(tool.description)),
        *([section(layers)] if layers else []),
        section(f"*{tool.name}* at a glance", card_fields(card)),
        section(ring_in_practice(ring)),
        section(f"*Why here:* {escape(card.why)}"),
    ]
    if card.latest_move:
        blocks.append(context(latest_move_words(card.latest_move)))
    blocks.append(context(card_facts(card)))
    if card.neighbours:
        more = (
            f" and {card.more_neighbours} more (`/radar category {card.category.name.lower()}`)"
            if card.more_neighbours
            else ""
        )
        blocks.append(
            section(f"*Also in {card.category.name}:* " + ", ".join(ring_label(p) for p in card.neighbours) + more)
        )
    extra = [share_button(query or tool.name)] if query is not None else []
    proposing = "Propose a move" if card.on_radar or not card.team_view else "Propose for our radar"
    extra.append(button(proposing, action_id=PROPOSE_ACTION, value=tool.id))
    blocks.append(actions(*card_links(card), *extra, block_id=f"tool:{tool.id}"))

    return message_of(fit(blocks), card.tool_ids)


def render_not_found(answer: NotFound, *, query: str = "") -> Message:
    what = {"tool": "on the radar", "ring": "a ring", "quadrant": "a quadrant", "category": "a category"}.get(
        answer.kind, "known"
    )
    # escaped once, here, for the blocks and the fallback alike: Slack notifies from the fallback's markup too
    text = f"“{escape(answer.query)}” is not {what}."
    if answer.suggestions:
        label = "Did you mean" if answer.kind == "tool" else "Try one of"
        text += f" {label}: {escape(', '.join(answer.suggestions))}?"
    hint = "Type `/radar help` to see what I can do." if answer.kind == "tool" else ""
    blocks = [section(f":mag: {text}")]
    buttons = [
        button(t.name, action_id=f"radar_lookup_{i}", value=t.id) for i, t in enumerate(answer.suggested_tools[:3])
    ]
    if answer.kind == "tool" and answer.query.strip():
        # a tool the catalog lacks (an internal platform, a niche tool) can still join the team's radar
        buttons.append(button("Propose as a new entry", action_id=PROPOSE_NEW_ACTION, value=answer.query.strip()[:200]))
    if buttons:
        blocks.append(actions(*buttons, block_id="suggestions"))
    if hint:
        blocks.append(context(hint))
    return message_of(blocks)


def render_refusal(answer: Refusal, *, query: str = "") -> Message:
    return refusal(answer.message, answer.example)


def render_help(answer: Help, *, query: str = "") -> Message:
    rows = [f"`{escape(c.usage)}`: {escape(c.what)}" for c in answer.commands]
    blocks = [
        header("MLOps Radar"),
        section(escape(answer.intro)),
        section("\n".join(rows)),
        context(
            "Ask me in your own words, after `/radar` or by mentioning me in a thread, e.g. “we need to version our "
            "datasets”. A `/radar` answer shows to you alone, with a “Share in channel” button; a mention or a direct "
            "message is answered in its thread, and follow-ups there keep their context. In the weekly poll, click a "
            "tool's ring to vote and another ring to change your vote until the poll closes; `/radar poll` says when "
            "it closes."
        ),
    ]
    return message_of(blocks)


def render_rings_overview(answer: RingsOverview, *, query: str = "") -> Message:
    blocks: list[Block] = [
        header("The four rings"),
        context("From the centre out: the closer to Adopt, the stronger the case for using it."),
    ]
    for ring, count in answer.rings:
        blocks.append(section(ring_in_practice(ring, f" ({count} tools)")))
    blocks.append(actions(share_button(query or "rings")))
    return message_of(blocks)


def render_quadrants_overview(answer: QuadrantsOverview, *, query: str = "") -> Message:
    axes = answer.axes
    blocks: list[Block] = [
        header("The map: two axes, four quadrants"),
        section(
            f"*{axes.artifact.name}* ({axes.artifact.low} ← → {axes.artifact.high}): "
            f"{escape(axes.artifact.description)}\n"
            f"*{axes.scope.name}* ({axes.scope.low} ↓ ↑ {axes.scope.high}): {escape(axes.scope.description)}"
        ),
    ]
    for quadrant, categories in answer.quadrants:
        cats = ", ".join(f"{c.name} ({n})" for c, n in categories)
        blocks.append(
            section(
                f"*{quadrant.name}* ({quadrant.scope}, {quadrant.artifact}-focused): {escape(quadrant.description)}\n"
                f"_Categories:_ {escape(cats)}"
            )
        )
    blocks.append(actions(share_button(query or "quadrants")))
    return message_of(blocks)


def render_tool_list(answer: ToolList, *, query: str = "") -> Message:
    blocks: list[Block] = [header(clip(answer.title, MAX_HEADER)), section(escape(answer.intro))]
    for group in answer.groups:
        names = ", ".join(ring_label(p) for p in group.tools) or "_none yet_"
        more = f" _and {group.hidden} more_" if group.hidden else ""
        blocks.append(section(f"*{escape(group.heading)}* ({len(group.tools) + group.hidden})\n{names}{more}"))
    if answer.more_hint:
        blocks.append(context(escape(answer.more_hint)))
    blocks.append(actions(share_button(query or answer.title)))
    return message_of(fit(blocks), answer.tool_ids)


def render_comparison(answer: Comparison, *, query: str = "") -> Message:
    names = " vs ".join(c.tool.name for c in answer.cards)
    blocks: list[Block] = [header(names)]
    for card in answer.cards:
        blocks.append(
            section(
                f"*{escape(card.tool.name)}*: {escape(card.tool.description)}",
                card_fields(card),
            )
        )
    blocks.append(section("*What separates them*\n" + "\n".join(f"• {escape(d)}" for d in answer.differences)))
    for missing in answer.missing:
        note = escape(
            f"“{missing.query}” is not on the radar"
            + (f" (did you mean {', '.join(missing.suggestions)}?)" if missing.suggestions else "")
        )
        blocks.append(context(note))
    if answer.left_out:
        rest = [c.tool for c in answer.cards[:1]] + list(answer.left_out)
        blocks.append(
            context(
                f"I compare {len(answer.cards)} tools at a time, so I left out "
                f"{escape(', '.join(t.name for t in answer.left_out))}: try "
                f"`/radar compare {' '.join(t.id for t in rest[:3])}`."
            )
        )
    blocks.append(actions(share_button(query or "compare " + " ".join(c.tool.id for c in answer.cards))))
    return message_of(fit(blocks), answer.tool_ids)


def with_share_button(message: Message, query: str) -> Message:
    """The message with a "share in channel" button that posts the same answer to `query`, unless it has one."""
    has_share = any(e.get("action_id") == SHARE_ACTION for b in message.blocks for e in b.get("elements", []))
    if has_share or not query or len(query) > MAX_BUTTON_VALUE or len(message.blocks) >= MAX_BLOCKS:
        return message
    return Message(message.text, [*message.blocks, actions(share_button(query))], message.tool_ids)


def without_actions(blocks: list[Block], action_ids: set[str]) -> list[Block]:
    """The same blocks minus the named buttons (a shared card needs no second share button)."""
    result: list[Block] = []
    for block in blocks:
        if block.get("type") == "actions":
            kept = [e for e in block["elements"] if e.get("action_id") not in action_ids]
            if not kept:
                continue
            block = {**block, "elements": kept}
        result.append(block)
    return result
