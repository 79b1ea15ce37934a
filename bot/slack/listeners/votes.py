"""Vote buttons on the poll, the "Propose a move" button and its modal."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncBoltContext, AsyncRespond
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.web.async_client import AsyncWebClient

from bot.messages.blocks import refusal
from bot.messages.votes import change_announcement
from bot.radar.team import RingMove
from bot.services.votes import TeamVotes
from bot.slack.context import radar_of
from bot.slack.listeners.background import after_ack
from bot.slack.listeners.once import first_time
from bot.slack.listeners.safety import answer_safely_async, apology
from bot.slack.payloads import caller_of
from bot.slack.proposals import (
    edit_submitted,
    new_entry_modal,
    new_entry_submitted,
    proposal_modal,
    proposal_submitted,
)

log = logging.getLogger(__name__)


async def vote(ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], context: AsyncBoltContext) -> None:
    polls = radar_of(context).polls
    caller = caller_of(body)
    try:  # stored before the acknowledgement; Slack's click time orders a quick change of mind
        stored = polls.record(caller, action.get("value", ""), action.get("action_ts"))
    except Exception:
        log.exception("could not store a vote")
        stored = None
    await ack()

    async def receipt_and_counts() -> None:
        # who clicked (users.info), the live counts and the private receipt all wait on Slack
        if stored is None:
            receipt = apology()
        else:
            receipt = await answer_safely_async(lambda: polls.confirm(caller, stored), "a vote")
        await polls.reply(body.get("response_url", ""), receipt)

    after_ack(context, receipt_and_counts(), "a vote's receipt")


async def open_proposal(
    ack: AsyncAck,
    body: dict[str, Any],
    action: dict[str, Any],
    client: AsyncWebClient,
    respond: AsyncRespond,
    context: AsyncBoltContext,
) -> None:
    await ack()
    votes = radar_of(context).service.votes
    view = proposal_modal(votes, caller_of(body).team_id, action.get("value", ""))

    async def open_modal() -> None:
        if view is None:
            message = refusal("That tool is no longer in the catalog.")
            await respond(response_type="ephemeral", replace_original=False, text=message.text, blocks=message.blocks)
            return
        await client.views_open(trigger_id=body["trigger_id"], view=view)

    after_ack(context, open_modal(), "the proposal form")


FormHandler = Callable[[TeamVotes, str, str, dict[str, Any]], dict[str, Any]]


async def submit_once(
    ack: AsyncAck,
    body: dict[str, Any],
    view: dict[str, Any],
    context: AsyncBoltContext,
    request: AsyncBoltRequest,
    form: str,
    submitted: FormHandler,
) -> None:
    """A proposal form's submission, stored once: a replay only closes the form again."""
    caller = caller_of(body)
    if not first_time(request, context, form):
        await ack()  # closes the form; the proposal was stored the first time
        return
    await ack(**submitted(radar_of(context).service.votes, caller.team_id, caller.user_id, view))


async def proposal_submitted_listener(
    ack: AsyncAck, body: dict[str, Any], view: dict[str, Any], context: AsyncBoltContext, request: AsyncBoltRequest
) -> None:
    await submit_once(ack, body, view, context, request, "proposal form", proposal_submitted)


async def open_new_entry(
    ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, context: AsyncBoltContext
) -> None:
    await ack()
    view = new_entry_modal(radar_of(context).service.votes, action.get("value", ""))

    async def open_modal() -> None:
        await client.views_open(trigger_id=body["trigger_id"], view=view)

    after_ack(context, open_modal(), "the new-entry form")


async def new_entry_submitted_listener(
    ack: AsyncAck, body: dict[str, Any], view: dict[str, Any], context: AsyncBoltContext, request: AsyncBoltRequest
) -> None:
    await submit_once(ack, body, view, context, request, "new-entry form", new_entry_submitted)


async def edit_submitted_listener(
    ack: AsyncAck,
    body: dict[str, Any],
    view: dict[str, Any],
    client: AsyncWebClient,
    context: AsyncBoltContext,
    request: AsyncBoltRequest,
) -> None:
    caller = caller_of(body)
    if not first_time(request, context, "edit form"):
        await ack()
        return
    votes = radar_of(context).service.votes
    moves = edit_submitted(votes, caller.team_id, caller.user_id, view)
    await ack()
    if moves:
        after_ack(context, announce_changes(client, votes, caller.team_id, moves), "the change announcement")


async def announce_changes(client: AsyncWebClient, votes: TeamVotes, team_id: str, moves: list[RingMove]) -> None:
    """Tell the poll channel and every subscribed channel what an admin decided."""
    names = {r.id: r.name for r in votes.rings}
    for move in moves:
        message = change_announcement(votes.name_of(move.tool_id, team_id), move, names)
        for channel in votes.listeners(team_id):
            try:
                await client.chat_postMessage(channel=channel, text=message.text, blocks=message.blocks)
            except Exception as error:  # one channel the bot has left must not silence the others
                log.warning("could not announce a change in %s: %s", channel, error)
