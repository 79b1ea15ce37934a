"""Thin Bolt listeners, module-level functions given their dependencies through Bolt's context."""

from __future__ import annotations

import re

from slack_bolt.async_app import AsyncApp

from bot.messages.blocks import PROPOSE_ACTION, PROPOSE_NEW_ACTION, SHARE_ACTION
from bot.messages.votes import EDIT_VIEW, PROPOSE_NEW_VIEW, PROPOSE_VIEW, VOTE_ACTION_PREFIX
from bot.slack.listeners import actions, commands, events, home, votes


def register(app: AsyncApp) -> None:
    # Bolt tries listeners in registration order and each try costs a matcher call: the slash
    # command, the most frequent request, comes first, then vote clicks, which arrive in bursts
    app.command(commands.COMMAND)(commands.radar_command)
    app.action(re.compile(f"^{VOTE_ACTION_PREFIX}"))(votes.vote)
    app.action(PROPOSE_ACTION)(votes.open_proposal)
    app.view(PROPOSE_VIEW)(votes.proposal_submitted_listener)
    app.action(PROPOSE_NEW_ACTION)(votes.open_new_entry)
    app.view(PROPOSE_NEW_VIEW)(votes.new_entry_submitted_listener)
    app.view(EDIT_VIEW)(votes.edit_submitted_listener)
    app.action(SHARE_ACTION)(actions.share)
    app.action(re.compile(actions.SUGGESTION_ACTION))(actions.pick_suggestion)
    app.action(re.compile(actions.LINK_ACTION))(actions.follow_link)
    app.action(re.compile(actions.CLARIFY_ACTION))(actions.answer_choice)
    app.event("app_home_opened")(home.publish_home)
    app.event("app_mention")(events.on_mention)
    app.event("message", matchers=[events.in_direct_message])(events.on_direct_message)
