"""The radar's forms: proposing a move or a new entry, and an admin's edit, read back into decisions."""

from __future__ import annotations

import re
from typing import Any

from bot.messages.votes import modal_done, propose_modal, propose_new_modal
from bot.radar.team import OFF_RADAR, RingMove
from bot.radar.votes import RingChoice
from bot.services.votes import TeamVotes


def proposal_modal(votes: TeamVotes, team_id: str, tool_id: str) -> dict[str, Any] | None:
    """The modal for proposing a tool for a ring; None when the tool is no longer known."""
    team = votes.workspace.team(team_id)
    tool = team.tool(tool_id)
    if tool is None:
        return None
    ring = team.ring_of(tool) if team.on_radar(tool) else None
    current = RingChoice(ring.id, ring.name) if ring else RingChoice(OFF_RADAR, "not on our radar")
    return propose_modal(tool.id, tool.name, current, votes.rings)


def new_entry_modal(votes: TeamVotes, name: str) -> dict[str, Any]:
    catalog = votes.workspace.catalog
    quadrants = [(q.name, [(c.id, c.name) for c in catalog.categories_in_quadrant(q.id)]) for q in catalog.quadrants]
    return propose_new_modal(" ".join(name.split())[:80] or "New tool", votes.rings, quadrants)


def new_entry_submitted(votes: TeamVotes, team_id: str, user_id: str, view: dict[str, Any]) -> dict[str, Any]:
    """The acknowledgement of a new-entry form: field errors, or the form replaced by the confirmation."""
    values = (view.get("state") or {}).get("values") or {}
    fields = {
        name: _selected(values, name, name) for name in ("name", "category", "description", "link", "ring", "why")
    }
    errors = {}
    if len(fields["name"].strip()) < 2:
        errors["name"] = "Give it a name."
    if not fields["category"] or fields["category"] not in {c.id for c in votes.workspace.catalog.categories}:
        errors["category"] = "Pick the category it belongs to."
    if len(fields["description"].strip()) < 10:
        errors["description"] = "Say in one line what it is (10 characters at least)."
    if not re.fullmatch(r"https?://\S+\.\S+", fields["link"].strip()):
        errors["link"] = "A link starting with https:// (its homepage, repository or wiki page)."
    if not fields["ring"]:
        errors["ring"] = "Pick the ring it should go to."
    if len(fields["why"].strip()) < 3:
        errors["why"] = "Say in a few words what the team has seen."
    if errors:
        return {"response_action": "errors", "errors": errors}
    message = votes.propose_new(
        team_id,
        user_id,
        fields["name"],
        fields["category"],
        fields["description"],
        fields["link"].strip(),
        fields["ring"],
        fields["why"],
    )
    return {"response_action": "update", "view": modal_done(message)}


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
    if votes.workspace.team(team_id).tool(tool_id) is None:
        return {"response_action": "errors", "errors": {"ring": "That tool is no longer in the catalog."}}
    message = votes.propose(team_id, user_id, tool_id, ring, why)
    return {"response_action": "update", "view": modal_done(message)}


def edit_submitted(votes: TeamVotes, team_id: str, admin_id: str, view: dict[str, Any]) -> list[RingMove]:
    """An admin's saved form: the decision written to the tool's history (nothing when nothing changed)."""
    values = (view.get("state") or {}).get("values") or {}
    retire_state = (values.get("retire") or {}).get("retire") or {}
    retire = any(o.get("value") == "retire" for o in retire_state.get("selected_options") or [])
    owner = str(((values.get("owner") or {}).get("owner") or {}).get("selected_user") or "")
    return votes.decide(
        team_id,
        admin_id,
        str(view.get("private_metadata") or ""),
        ring=_selected(values, "ring", "ring"),
        note=_selected(values, "note", "note"),
        owner=owner,
        retire=retire,
    )
