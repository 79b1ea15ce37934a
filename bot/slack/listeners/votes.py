"""Vote buttons on the poll, the "Propose a move" button and its modal."""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond
from slack_sdk.web.async_client import AsyncWebClient

from bot.messages.blocks import PROPOSE_ACTION, Message, section
from bot.messages.votes import PROPOSE_VIEW, VOTE_ACTION_PREFIX, refusal
from bot.services.radar import RadarService
from bot.slack.listeners.commands import caller_of
from bot.slack.listeners.safety import APOLOGY, answer_safely_async
from bot.slack.polls import install

log = logging.getLogger(__name__)


def register(app: AsyncApp, service: RadarService) -> None:
    runner = install(service, app.client)

    @app.action(re.compile(f"^{VOTE_ACTION_PREFIX}"))
    async def vote(ack: AsyncAck, body: dict[str, Any], action: dict[str, Any]) -> None:
        caller = caller_of(body)
        try:  # stored before the acknowledgement; Slack's click time orders a quick change of mind
            vote = runner.record(caller, action.get("value", ""), action.get("action_ts"))
        except Exception:
            log.exception("could not store a vote")
            vote = None
        await ack()
        if vote is None:
            receipt = Message(APOLOGY, [section(":warning: " + APOLOGY)])
        else:
            receipt = await answer_safely_async(lambda: runner.confirm(caller, vote), "a vote")
        await runner.reply(body["response_url"], receipt)

    @app.action(PROPOSE_ACTION)
    async def open_proposal(
        ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], client: AsyncWebClient, respond: AsyncRespond
    ) -> None:
        await ack()
        view = service.votes.propose_modal(caller_of(body).team_id, action.get("value", ""))
        if view is None:
            message = refusal("That tool is no longer in the catalog.")
            await respond(response_type="ephemeral", replace_original=False, text=message.text, blocks=message.blocks)
            return
        await client.views_open(trigger_id=body["trigger_id"], view=view)

    @app.view(PROPOSE_VIEW)
    async def proposal_submitted(ack: AsyncAck, body: dict[str, Any], view: dict[str, Any]) -> None:
        caller = caller_of(body)
        await ack(**service.votes.propose_from_modal(caller.team_id, caller.user_id, view))
