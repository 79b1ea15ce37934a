"""Pure Block Kit builders for team votes: ballots, results, history, proposals, the modal and App Home."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from bot.messages.blocks import (
    MAX_SECTION,
    PROPOSE_NEW_ACTION,
    RING_EMOJI,
    Block,
    Message,
    actions,
    button,
    clip,
    context,
    divider,
    escape,
    header,
    message_of,
    section,
)
from bot.radar.team import STARTER, RingMove
from bot.radar.votes import (
    Candidate,
    CloseReport,
    Decision,
    OpenReport,
    PollEntry,
    PollStatus,
    PollView,
    Proposal,
    RingChoice,
    VoteReceipt,
)

VOTE_ACTION_PREFIX = "radar_vote_"
PROPOSE_VIEW = "radar_propose_modal"
PROPOSE_NEW_VIEW = "radar_propose_new_modal"
EDIT_VIEW = "radar_edit_modal"
MAX_VIEW_BLOCKS = 100
PROPOSALS_SHOWN = 2
HOME_MOVES = 10
HOME_CANDIDATES = 8


# --- small helpers -------------------------------------------------------------------------


def plain_when(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%a %d %b %Y %H:%M UTC")


def when(moment: datetime) -> str:
    """A date each reader sees in their own time zone, with a UTC fallback."""
    return f"<!date^{int(moment.timestamp())}^{{date_short_pretty}} at {{time}}|{plain_when(moment)}>"


def ring_tag(ring_id: str, name: str) -> str:
    return f"{RING_EMOJI.get(ring_id, ':white_circle:')} {name}"


def votes_word(n: int) -> str:
    return f"{n} vote{'s' if n != 1 else ''}"


def voters_word(n: int) -> str:
    return f"{n} voter{'s' if n != 1 else ''}"


def link(url: str | None, label: str) -> str:
    return f"<{url}|{label}>" if url else label


def counts_text(view: PollView, counts: dict[str, int] | Any) -> str:
    parts = [f"{view.ring_name(r.id)} {counts.get(r.id, 0)}" for r in view.rings if counts.get(r.id, 0)]
    return ", ".join(parts) or "no votes"


def reason(view: PollView, decision: Decision) -> str:
    """Why a tool moved or stayed, in one line."""
    rules = decision.rules
    here = view.ring_name(decision.from_ring)
    voters = decision.tally.voters
    if decision.outcome == "moved":
        return f"moved from {here} to {view.ring_name(decision.to_ring)}"
    if decision.outcome == "confirmed":
        return f"stays in {here}: the team kept it there"
    if decision.outcome == "no_quorum":
        return f"stays in {here}: {voters_word(voters)}, {rules.quorum} needed"
    if decision.outcome == "tie":
        return f"stays in {here}: tie between {' and '.join(view.ring_name(r) for r in decision.leaders)}"
    leader = decision.leaders[0]
    return (
        f"stays in {here}: {view.ring_name(leader)} had {decision.tally.count(leader)} of {voters} votes, "
        f"more than {rules.majority_percent} needed"
    )


def proposal_lines(proposals: tuple[Proposal, ...], view: PollView) -> str:
    lines = [
        f"_Proposed for {view.ring_name(p.ring)} by <@{p.user_id}>: “{escape(clip(p.why, 200))}”_"
        for p in proposals[:PROPOSALS_SHOWN]
    ]
    if len(proposals) > PROPOSALS_SHOWN:
        lines.append(f"_and {len(proposals) - PROPOSALS_SHOWN} more proposals_")
    return "\n".join(lines)


# --- the poll message ----------------------------------------------------------------------


def vote_value(poll_id: int, tool_id: str, ring_id: str) -> str:
    return f"{poll_id}:{tool_id}:{ring_id}"


def ballot_entry(view: PollView, entry: PollEntry) -> list[Block]:
    now_in = ring_tag(entry.ring_at_open, view.ring_name(entry.ring_at_open))
    text = f"*{escape(entry.name)}* · now {now_in} · {votes_word(entry.voters)}"
    if entry.proposals:
        text += "\n" + proposal_lines(entry.proposals, view)
    buttons = [
        button(
            f"{ring.name} · {entry.counts.get(ring.id, 0)}",
            action_id=f"{VOTE_ACTION_PREFIX}{ring.id}",
            value=vote_value(view.poll.id, entry.tool_id, ring.id),
        )
        for ring in view.rings
    ]
    return [section(text), actions(*buttons, block_id=f"vote:{view.poll.id}:{entry.tool_id}")]


def ballot_message(view: PollView) -> Message:
    """The open poll: one row of ring buttons per tool, with live counts and no names."""
    poll = view.poll
    blocks: list[Block] = [
        header(f"Radar poll for week {poll.week}"),
        section(
            "Where should these tools sit on our radar? Pick a ring for each tool you have an opinion on. "
            f"You can change your vote until {when(poll.closes_at)}; only counts are shown, never names."
        ),
    ]
    for entry in view.entries:
        blocks.extend(ballot_entry(view, entry))
    blocks.append(
        context(
            f"Rules: {escape(poll.rules.describe())}. "
            "Propose a tool for next week with `/radar propose <tool> <ring> <why>`."
        )
    )
    return message_of(blocks, [e.tool_id for e in view.entries])


def closed_entry(view: PollView, entry: PollEntry) -> str:
    decision = entry.decision
    if decision is None:
        return f"*{escape(entry.name)}*: no result recorded"
    mark = ":arrow_right:" if decision.moved else ":heavy_minus_sign:"
    return (
        f"{mark} *{escape(entry.name)}* {reason(view, decision)}\n"
        f"{counts_text(view, decision.tally.counts)} ({voters_word(decision.tally.voters)})"
    )


def closed_by(view: PollView) -> str:
    poll = view.poll
    at = when(poll.closed_at) if poll.closed_at else "its deadline"
    return f"Closed {at} by <@{poll.closed_by}>" if poll.closed_by else f"Closed at its deadline, {at}"


def closed_message(view: PollView) -> Message:
    """The poll message once closed: the results in place of the buttons."""
    poll = view.poll
    moves = len(view.moves)
    blocks: list[Block] = [
        header(f"Radar poll · week {poll.week} · closed"),
        section(
            f"{closed_by(view)}. {voters_word(view.people).capitalize()} took part; "
            f"{moves} tool{'s' if moves != 1 else ''} moved."
        ),
    ]
    blocks.extend(section(closed_entry(view, e)) for e in view.entries)
    blocks.append(context(f"Rules: {escape(poll.rules.describe())}."))
    return message_of(blocks, [e.tool_id for e in view.entries])


def summary_message(view: PollView) -> Message:
    """The announcement posted to the channel when a poll closes."""
    poll = view.poll
    moved = view.moves
    stayed = len(view.entries) - len(moved)
    if moved:
        headline = (
            f"{len(moved)} tool{'s' if len(moved) != 1 else ''} moved, "
            f"{stayed} stay{'s' if stayed == 1 else ''} where {'it is' if stayed == 1 else 'they are'}."
        )
    else:
        headline = "No tool moved this week; every ring stays as it was."
    blocks: list[Block] = [
        section(f":ballot_box_with_ballot: *The radar poll for week {poll.week} has closed.* {headline}")
    ]
    for entry in moved:
        decision = entry.decision
        assert decision is not None
        line = (
            f"{escape(entry.name)}: {view.ring_name(decision.from_ring)} → {view.ring_name(decision.to_ring)} "
            f"({counts_text(view, decision.tally.counts)})"
        )
        blocks.append(section(f"{ring_tag(decision.to_ring, '')}*{line}*"))
    blocks.append(
        context(f"{link(poll.permalink, 'See the full results')} · Each tool's timeline: `/radar history <tool>`")
    )
    return message_of(blocks, [e.tool_id for e in moved])


# --- private replies ---------------------------------------------------------------------------


def vote_receipt(receipt: VoteReceipt) -> Message:
    tool, ring = escape(receipt.tool_name), escape(receipt.ring)
    until = f" You can change it until {when(receipt.closes_at)}." if receipt.closes_at else ""
    texts = {
        "recorded": f":white_check_mark: Your vote for *{tool}*: *{ring}*.{until}",
        "changed": (
            f":arrows_counterclockwise: You changed your vote for *{tool}* "
            f"from {escape(receipt.previous)} to *{ring}*.{until}"
        ),
        "same": f":white_check_mark: Your vote for *{tool}* is already *{ring}*; nothing changed.{until}",
        "superseded": f":information_source: A later click of yours already counts for *{tool}*: *{ring}*.",
        "closed": (
            f":lock: This poll closed{' ' + when(receipt.closed_at) if receipt.closed_at else ''}; "
            "votes are no longer counted and nothing changed."
        ),
        "unknown": (
            ":warning: I can't find that poll any more, so nothing was recorded. "
            "Type `/radar poll` to see the current one."
        ),
        "bot": ":robot_face: Only members of this workspace vote on its radar; bots can't, so nothing was counted.",
    }
    text = texts[receipt.result]
    return message_of([section(text)])


def plain(mrkdwn: str) -> str:
    """Plain-text fallback: drop emoji codes and formatting marks, show dates in UTC."""
    text = re.sub(r"<!date\^\d+\^[^|]*\|([^>]*)>", r"\1", mrkdwn)
    text = re.sub(r"<([^|>]+)\|([^>]+)>", r"\2", text)
    text = re.sub(r":[a-z0-9_+-]+: ?", "", text)
    text = re.sub(r"(?<!\w)_|_(?!\w)", "", text)  # italics marks, not the underscores inside names
    # entities stay: decoding them would turn a typed "<!channel>", escaped in the mrkdwn, into a live mention
    return text.replace("*", "").replace("`", "").strip()


def status_message(status: PollStatus) -> Message:
    """`/radar poll`: the open poll with its counts, or when the next one opens."""
    blocks: list[Block] = []
    if not status.enabled:
        text = "Weekly polls are switched off here: an admin sets `RADAR_POLL_CHANNEL` to the channel that should vote."
        return message_of([section(f":ballot_box_with_ballot: {text}")])
    if status.open:
        view = status.open
        poll = view.poll
        blocks.append(header(f"Radar poll · week {poll.week}"))
        rows = [
            f"• *{escape(e.name)}* (now {view.ring_name(e.ring_at_open)}): {counts_text(view, e.counts)}"
            for e in view.entries
        ]
        blocks.append(
            section(
                f"Open until {when(poll.closes_at)}; {voters_word(view.people)} so far. "
                f"{link(poll.permalink, 'Vote in the poll')}.\n" + "\n".join(rows)
            )
        )
    else:
        blocks.append(header("Radar poll"))
        nxt = (
            f"The next poll opens {when(status.next_opening)} in {channel_ref(status.channel)}."
            if status.next_opening
            else "No poll is scheduled."
        )
        blocks.append(section(f"No poll is open right now. {nxt}"))
        if status.last_closed:
            last = status.last_closed
            moved = (
                ", ".join(f"{e.name} → {last.ring_name(e.decision.to_ring)}" for e in last.moves if e.decision)
                or "no moves"
            )
            blocks.append(
                section(f"Last poll (week {last.poll.week}): {escape(moved)}. {link(last.poll.permalink, 'Results')}")
            )
    if status.queued:
        blocks.append(section(f"*Proposed for the next ballot:* {escape(', '.join(status.queued))}"))
    blocks.append(context(f"Polls run {escape(status.schedule)}. Rules: {escape(status.rules.describe())}."))
    text = "\n".join(plain(b["text"]["text"]) for b in blocks if b["type"] in ("header", "section"))
    return message_of(blocks, [e.tool_id for e in status.open.entries] if status.open else [])


def channel_ref(channel: str) -> str:
    if channel.startswith("#"):
        return channel
    return f"<#{channel}>" if channel[:1] in ("C", "G") and channel.isupper() else f"#{channel}"


def history_message(
    tool_id: str,
    name: str,
    ring: RingChoice,
    voted: bool,
    moves: list[RingMove],
    rings: tuple[RingChoice, ...],
    proposals: Sequence[Proposal] = (),
) -> Message:
    """`/radar history <tool>`: every move, oldest first, with date, rings, tally and a link to its poll."""
    ring_name = {r.id: r.name for r in rings}
    source = "the team's vote" if voted else "the catalog's placement"
    blocks: list[Block] = [
        header(f"History of {name}"),
        section(f"{ring_tag(ring.id, f'*{ring.name}*')} now, by {source}."),
    ]
    if not moves:
        blocks.append(
            section(f"No moves yet: the team has not voted {escape(name)} out of the ring the catalog gives it.")
        )
    rows = []
    # proposals and decisions in the order they happened
    events: list[tuple[datetime, str, str]] = [
        (
            p.created_at,
            f"proposed for {ring_name.get(p.ring, p.ring)} by <@{p.user_id}>: “{escape(clip(p.why, 150))}”",
            "",
        )
        for p in proposals
    ]
    events += [(m.decided_at, history_words(m, ring_name), m.poll_link or "") for m in moves]
    for moment, words, poll_link in sorted(events, key=lambda e: e[0]):
        poll = f" · {link(poll_link, 'poll')}" if poll_link else ""
        rows.append(f"• *{moment:%Y-%m-%d}*: {words}{poll}")
    # newest last, cut from the oldest end when a long life would not fit one section
    while rows and len("\n".join(rows)) > MAX_SECTION:
        rows.pop(0)
    if rows:
        blocks.append(section("\n".join(rows)))
    blocks.append(context(f"Think it belongs elsewhere? `/radar propose {tool_id} <ring> <why>`"))
    return message_of(blocks, [tool_id])


def history_words(move: RingMove, ring_name: dict[str, str]) -> str:
    """One line of a tool's history: what happened, by whom, with the votes or the reason."""
    to, frm = ring_name.get(move.to_ring, move.to_ring), ring_name.get(move.from_ring, move.from_ring)
    tally = ", ".join(f"{ring_name.get(r, r)} {n}" for r, n in move.tally.items() if n)
    who = f" by <@{move.by}>" if move.by and move.by != STARTER else ""
    why = f": “{escape(move.note)}”" if move.note and move.by != STARTER else ""
    votes = f" ({tally})" if tally else ""
    close = " · contested (one vote)" if move.contested else ""
    what = {
        "placed": f"placed in {to}",
        "moved": f"{frm} → {to}",
        "confirmed": f"kept in {to}",
        "retired": f"retired from {frm} (off the radar, history kept)",
        "noted": "note and owner updated",
    }[move.what]
    return f"{what}{votes}{who}{why}{close}"


def subscription_message(channel_id: str, on: bool) -> Message:
    if on:
        text = (
            f":satellite_antenna: <#{channel_id}> now hears about the radar's changes: poll results, new entries, "
            "moves and retirements. `/radar subscribe off` stops it."
        )
    else:
        text = f":mute: <#{channel_id}> no longer hears about the radar's changes."
    return message_of([section(text)])


def edit_modal(
    tool_id: str, name: str, ring: str, note: str, owner: str, rings: tuple[RingChoice, ...]
) -> dict[str, Any]:
    """Views.open payload for an admin: the tool's ring (by decision, no poll), note and owner, or retire it."""
    options = [{"text": plain_text(r.name, 75), "value": r.id} for r in rings]
    ring_element: dict[str, Any] = {"type": "static_select", "action_id": "ring", "options": options}
    initial = next((o for o in options if o["value"] == ring), None)
    if initial:
        ring_element["initial_option"] = initial
    owner_element: dict[str, Any] = {"type": "users_select", "action_id": "owner"}
    if owner:
        owner_element["initial_user"] = owner
    note_element: dict[str, Any] = {
        "type": "plain_text_input",
        "action_id": "note",
        "multiline": True,
        "max_length": 500,
    }
    if note:
        note_element["initial_value"] = note[:500]
    where = (
        f"It is in *{ring.title()}* on our radar." if ring else "It is not on our radar yet: pick a ring to place it."
    )
    return {
        "type": "modal",
        "callback_id": EDIT_VIEW,
        "private_metadata": tool_id,
        "title": plain_text("Edit a radar entry", 24),
        "submit": plain_text("Save", 24),
        "close": plain_text("Cancel", 24),
        "blocks": [
            section(f"*{escape(name)}*. {where} Each change is kept in its history with your name."),
            {
                "type": "input",
                "block_id": "ring",
                "optional": True,
                "label": plain_text("Ring", 2000),
                "element": ring_element,
            },
            {
                "type": "input",
                "block_id": "note",
                "optional": True,
                "label": plain_text("Team note (why)", 2000),
                "element": note_element,
            },
            {
                "type": "input",
                "block_id": "owner",
                "optional": True,
                "label": plain_text("Owner", 2000),
                "element": owner_element,
            },
            {
                "type": "input",
                "block_id": "retire",
                "optional": True,
                "label": plain_text("Retire", 2000),
                "element": {
                    "type": "checkboxes",
                    "action_id": "retire",
                    "options": [
                        {"text": plain_text("Take it off our radar (its history is kept)", 75), "value": "retire"}
                    ],
                },
            },
        ],
    }


def change_announcement(name: str, move: RingMove, ring_name: dict[str, str]) -> Message:
    """A decision outside a poll, for the poll channel and the subscribed channels."""
    text = f":satellite_antenna: *{escape(name)}*: {history_words(move, ring_name)}."
    return message_of([section(text)], [move.tool_id])


def proposal_recorded(
    name: str, ring: str, current: str, ahead: int, size: int, next_opening: datetime | None
) -> Message:
    when_text = f" The next poll opens {when(next_opening)}." if next_opening else ""
    if ahead < size:
        place = "It will be on the next ballot."
    else:
        place = f"{ahead} proposed tools are ahead of it and a ballot holds {size}, so it may wait a week or two."
    text = f":inbox_tray: Proposed: *{escape(name)}* from {escape(current)} to *{escape(ring)}*. {place}{when_text}"
    return message_of([section(text)])


def candidate_recorded(name: str, ring: str, suggestions: list[str]) -> Message:
    text = (
        f":seedling: *{escape(name)}* is not in the catalog yet, so it can't be voted on. "
        f"I've recorded it for the team as a candidate for {escape(ring)}; it shows in the app's Home tab."
    )
    if suggestions:
        text += f" If you meant {escape(' or '.join(suggestions))}, propose again with that name."
    return message_of([section(text)])


def open_report_message(report: OpenReport) -> Message:
    poll = report.view.poll if report.view else None
    texts = {
        "opened": (
            f":ballot_box_with_ballot: Opened the poll for week {poll.week if poll else ''} "
            f"in {channel_ref(poll.channel) if poll else ''}; it closes {when(poll.closes_at) if poll else ''}."
        ),
        "this_week": f"This week's poll (week {poll.week if poll else ''}) was already opened; a week gets one poll.",
        "busy": (
            f"The poll for week {poll.week if poll else ''} is still open until "
            f"{when(poll.closes_at) if poll else ''}; close it first."
        ),
        "disabled": "Weekly polls are switched off: set `RADAR_POLL_CHANNEL` to the channel that should vote.",
        "empty": (
            "There is nothing to put on a ballot: no proposals, nothing due for review and nothing people asked"
            " about. Propose a tool with `/radar propose <tool> <ring> <why>`."
        ),
        "failed": (
            f":warning: Slack did not take the ballot ({escape(report.error)}); "
            "nothing was opened, so it can simply be tried again."
        ),
    }
    text = texts[report.result]
    return message_of([section(text)])


def close_report_message(report: CloseReport) -> Message:
    view = report.view
    if report.result == "none_open":
        text = "No poll is open, so there is nothing to close."
    elif report.result == "not_due" and view:
        text = f"The poll for week {view.poll.week} stays open until {when(view.poll.closes_at)}."
    elif view:
        moves = (
            ", ".join(f"{e.name} → {view.ring_name(e.decision.to_ring)}" for e in view.moves if e.decision)
            or "no tool moved"
        )
        text = f":lock: Closed the poll for week {view.poll.week}: {escape(moves)}."
        if report.unsent:
            text += (
                f" Slack is not answering right now; {report.unsent} announcement(s) will be sent as soon as it does."
            )
    else:
        text = "Nothing to close."
    return message_of([section(text)])


# --- the propose modal ---------------------------------------------------------------------


def plain_text(text: str, limit: int) -> dict[str, Any]:
    return {"type": "plain_text", "text": clip(text, limit), "emoji": True}


def propose_modal(tool_id: str, name: str, current: RingChoice, rings: tuple[RingChoice, ...]) -> dict[str, Any]:
    """Views.open payload: pick a ring other than the current one and say why."""
    options = [{"text": plain_text(r.name, 75), "value": r.id} for r in rings if r.id != current.id]
    return {
        "type": "modal",
        "callback_id": PROPOSE_VIEW,
        "private_metadata": tool_id,
        "title": plain_text("Propose a move", 24),
        "submit": plain_text("Propose", 24),
        "close": plain_text("Cancel", 24),
        "blocks": [
            section(
                f"Put *{escape(name)}* on the next radar poll. "
                + (
                    f"It is in {ring_tag(current.id, f'*{current.name}*')} on our radar now."
                    if current.id
                    else "It is not on our radar yet."
                )
            ),
            {
                "type": "input",
                "block_id": "ring",
                "label": plain_text("Move it to", 2000),
                "element": {"type": "radio_buttons", "action_id": "ring", "options": options},
            },
            {
                "type": "input",
                "block_id": "why",
                "label": plain_text("Why? What has the team seen?", 2000),
                "element": {
                    "type": "plain_text_input",
                    "action_id": "why",
                    "multiline": True,
                    "min_length": 3,
                    "max_length": 500,
                },
            },
        ],
    }


def propose_new_modal(
    name: str, rings: tuple[RingChoice, ...], quadrants: list[tuple[str, list[tuple[str, str]]]]
) -> dict[str, Any]:
    """Views.open payload for a tool the catalog does not know: what it is, where it sits, its ring and why.

    `quadrants` lists each quadrant's name with its categories (id, name): picking a category picks its quadrant."""
    groups = [
        {
            "label": plain_text(quadrant, 75),
            "options": [
                {"text": plain_text(category, 75), "value": category_id} for category_id, category in categories
            ],
        }
        for quadrant, categories in quadrants
    ]
    text_input = {"type": "plain_text_input"}
    return {
        "type": "modal",
        "callback_id": PROPOSE_NEW_VIEW,
        "private_metadata": name[:200],
        "title": plain_text("Propose a new entry", 24),
        "submit": plain_text("Propose", 24),
        "close": plain_text("Cancel", 24),
        "blocks": [
            section(
                f"*{escape(name)}* is not in the catalog. Describe it, and it goes on the next poll; "
                "if the team votes it in, it joins our radar like any other tool."
            ),
            {
                "type": "input",
                "block_id": "name",
                "label": plain_text("Name", 2000),
                "element": {**text_input, "action_id": "name", "initial_value": name[:80], "max_length": 80},
            },
            {
                "type": "input",
                "block_id": "category",
                "label": plain_text("Quadrant and category", 2000),
                "element": {"type": "static_select", "action_id": "category", "option_groups": groups},
            },
            {
                "type": "input",
                "block_id": "description",
                "label": plain_text("What it is, in one line", 2000),
                "element": {**text_input, "action_id": "description", "min_length": 10, "max_length": 200},
            },
            {
                "type": "input",
                "block_id": "link",
                "label": plain_text("Link (homepage, repository or wiki page)", 2000),
                "element": {"type": "url_text_input", "action_id": "link"},
            },
            {
                "type": "input",
                "block_id": "ring",
                "label": plain_text("Ring", 2000),
                "element": {
                    "type": "radio_buttons",
                    "action_id": "ring",
                    "options": [{"text": plain_text(r.name, 75), "value": r.id} for r in rings],
                },
            },
            {
                "type": "input",
                "block_id": "why",
                "label": plain_text("Why? What has the team seen?", 2000),
                "element": {**text_input, "action_id": "why", "multiline": True, "min_length": 3, "max_length": 500},
            },
        ],
    }


def new_entry_invitation(name: str, suggestions: list[str]) -> Message:
    """`/radar propose` for a name the catalog does not know: describe it in the modal."""
    text = (
        f":seedling: *{escape(name)}* is not in the catalog. Describe it (what it is, its category and a link) "
        "and it goes on the next poll as a new entry."
    )
    if suggestions:
        text += f" If you meant {escape(' or '.join(suggestions))}, propose again with that name."
    blocks = [section(text), actions(button("Propose as a new entry", action_id=PROPOSE_NEW_ACTION, value=name[:200]))]
    return message_of(blocks)


def modal_done(message: Message) -> dict[str, Any]:
    return {
        "type": "modal",
        "callback_id": PROPOSE_VIEW + "_done",
        "title": plain_text("Propose a move", 24),
        "close": plain_text("Done", 24),
        "blocks": message.blocks,
    }


# --- App Home -------------------------------------------------------------------------------


def home_view(
    team_rings: list[tuple[RingChoice, list[str]]],
    status: PollStatus,
    moves: list[tuple[RingMove, str]],
    candidates: list[Candidate],
) -> dict[str, Any]:
    """The app's Home tab: the open poll, the team's radar by ring, recent moves and what is proposed next."""
    blocks: list[Block] = [header("Your team's MLOps radar")]
    poll_message = status_message(status)
    blocks.extend(b for b in poll_message.blocks if b["type"] != "header")
    if status.open and status.open.poll.permalink:
        blocks.append(actions(button("Open the poll", action_id="radar_link_poll", url=status.open.poll.permalink)))
    blocks.append(divider())
    for ring, names in team_rings:
        listed = ", ".join(escape(n) for n in names) or "_none_"
        text = f"{ring_tag(ring.id, f'*{ring.name}*')} ({len(names)})\n{listed}"
        if len(text) > MAX_SECTION:
            hint = f" … and more: `/radar ring {ring.id}`"
            text = clip(text, MAX_SECTION - len(hint)) + hint
        blocks.append(section(text))
    blocks.append(divider())
    blocks.append(header("Recent moves"))
    if moves:
        blocks.append(
            section(
                "\n".join(
                    f"• {m.decided_at:%Y-%m-%d} *{escape(name)}*: {m.from_ring.title()} → {m.to_ring.title()}"
                    for m, name in moves[:HOME_MOVES]
                )
            )
        )
    else:
        blocks.append(section("No tool has moved yet; the first poll's results will show here."))
    if candidates:
        blocks.append(header("Proposed for the next poll"))
        blocks.append(
            section(
                "\n".join(
                    f"• *{escape(c.name)}* for {c.ring.title()}, proposed by <@{c.user_id}>: "
                    f"“{escape(clip(c.why, 150))}”"
                    for c in candidates[:HOME_CANDIDATES]
                )
            )
        )
    blocks.append(
        context("Look a tool up with `/radar <tool>`; propose a move with `/radar propose <tool> <ring> <why>`.")
    )
    return {"type": "home", "blocks": blocks[:MAX_VIEW_BLOCKS]}
