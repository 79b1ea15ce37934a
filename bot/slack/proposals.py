"""The "Propose a move" modal: the view Slack opens, and its submitted state read back into a proposal."""

from __future__ import annotations

from typing import Any

from bot.messages.votes import modal_done, propose_modal
from bot.radar.votes import RingChoice
from bot.services.votes import TeamVotes


def proposal_modal(votes: TeamVotes, team_id: str, tool_id: str) -> dict[str, Any] | None:
    """The modal for proposing a move of a catalog tool; None when the tool is no longer in the catalog."""
    tool = votes.workspace.catalog.tool(tool_id)
    if tool is None:
        return None
    ring = votes.workspace.team(team_id).ring_of(tool)
    return propose_modal(tool.id, tool.name, RingChoice(ring.id, ring.name), votes.rings)


def _selected(values: dict[str, Any], block: str, action: str) -> str:
    state = (values.get(block) or {}).get(action) or {}
    option = state.get("selected_option") or {}
    return str(option.get("value") or state.get("value") or "")


def proposal_submitted(votes: TeamVotes, team_id: str, user_id: str, view: dict[str, Any]) -> dict[str, Any]:
    """The acknowledgement of a submitted modal: field errors, or the modal replaced by the confirmation."""
    values = (view.get("state") or {}).get("values") or {}
    ring = _selected(values, "ring", "ring")
    why = _selected(values, "why", "why")
    errors = {}
    if not ring:
        errors["ring"] = "Pick the ring it should move to."
    if len(why.strip()) < 3:
        errors["why"] = "Say in a few words what the team has seen."
    if errors:
        return {"response_action": "errors", "errors": errors}
    tool_id = str(view.get("private_metadata") or "")
    if votes.workspace.catalog.tool(tool_id) is None:
        return {"response_action": "errors", "errors": {"ring": "That tool is no longer in the catalog."}}
    message = votes.propose(team_id, user_id, tool_id, ring, why)
    return {"response_action": "update", "view": modal_done(message)}
