"""End to end: a team proposes an internal tool through the form, votes it onto its radar, sees it everywhere,
and an admin retires it; its history shows every step."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

from bot.messages.votes import EDIT_VIEW, PROPOSE_NEW_VIEW
from bot.radar.formats import backstage_json, byor_csv, zalando_json
from bot.services.links import page_link
from bot.services.snapshots import take_snapshot
from tests.support.server import bot_settings, start_bot
from tests.support.signing import block_actions, slash_command, view_submission
from tests.support.waiting import eventually

TEAM = "T0001"
NAME = "Orbitron"
LINK_SECRET = "a-link-secret-for-tests-only"


@pytest.fixture
async def team_bot(fake_slack, tmp_path: Path):
    """The real server with the bundled catalog, the default first radar (the seed posts' tools) and polls on."""
    env = {
        "RADAR_STARTER": "seeds",
        "RADAR_POLL_CHANNEL": "C0POLL",
        "RADAR_POLL_SCHEDULE": "off",
        "RADAR_POLL_SIZE": "3",
        "RADAR_ADMINS": "UADMIN",
        "RADAR_LINK_SECRET": LINK_SECRET,
        "RADAR_PUBLIC_URL": "https://radar.example.com/",
    }
    running = await start_bot(bot_settings(fake_slack, tmp_path / "radar.db", **env), fake_slack)
    yield running
    await running.stop()


def field(value: str) -> dict[str, Any]:
    return {"value": value}


def new_entry_form(name: str) -> dict[str, Any]:
    values = {
        "name": {"name": field(name)},
        "category": {"category": {"selected_option": {"value": "ml-task-orchestrators"}}},
        "description": {"description": field("Our own pipeline runner on the shared Kubernetes cluster.")},
        "link": {"link": field("https://wiki.example.com/orbit")},
        "ring": {"ring": {"selected_option": {"value": "trial"}}},
        "why": {"why": field("three teams run their training on it")},
    }
    return {"callback_id": PROPOSE_NEW_VIEW, "private_metadata": name, "state": {"values": values}}


async def test_an_internal_tool_is_proposed_voted_in_shown_everywhere_and_retired(team_bot):
    bot, slack = team_bot, team_bot.slack
    # 1. not in the catalog: the answer offers to propose it as a new entry, and the form does
    _, unknown = await bot.post(slash_command(NAME, response_url=slack.response_url("unknown")))
    assert "radar_propose_new" in json.dumps(unknown["blocks"])
    status, ack = await bot.post(view_submission(new_entry_form(NAME), user_id="UPROPOSER"))
    assert status == 200 and ack["response_action"] == "update"
    tool_id = "team-orbitron"

    # 2. it goes on the ballot first and three people vote it in
    report = await bot.polls.open(TEAM)
    assert report.result == "opened"
    ballot = next(c.params for c in slack.called("chat.postMessage") if "vote:" in json.dumps(c.params))
    ballot_ts = next(row["ts"] for row in bot.service.store.db["polls"].rows)
    blocks = ballot["blocks"] if isinstance(ballot["blocks"], list) else json.loads(ballot["blocks"])
    [button] = [
        {**e, "block_id": b["block_id"]}
        for b in blocks
        if b["type"] == "actions" and b.get("block_id", "").startswith("vote:")
        for e in b["elements"]
        if e["value"].endswith(f":{tool_id}:trial")
    ]
    for n, voter in enumerate(("U1", "U2", "U3")):
        click = {**button, "type": "button", "action_ts": f"1800000000.00000{n}"}
        message = {"ts": ballot_ts}
        status, _ = await bot.post(
            block_actions([click], response_url=slack.response_url(f"vote-{n}"), user_id=voter, message=message)
        )
        assert status == 200
    closed = await bot.polls.close(TEAM, force=True)
    assert closed.result == "closed"
    team = bot.service.team(TEAM)
    orbit = team.tool(tool_id)
    assert orbit is not None and team.on_radar(orbit) and team.ring_of(orbit).id == "trial"
    assert team.entry(orbit).owner == "UPROPOSER"

    # 3. it works like any other tool: the lookup, the picture, the page and all three exports
    _, card = await bot.post(slash_command(NAME.lower(), response_url=slack.response_url("card")))
    text = json.dumps(card["blocks"])
    assert NAME in text and "On our radar in Trial" in text and "ML Task Orchestrators" in text
    snapshot = take_snapshot(bot.service, TEAM, record=False)
    assert any(e.tool.id == tool_id for e in snapshot.entries)
    assert NAME in byor_csv(snapshot)
    assert NAME in {e["label"] for e in zalando_json(snapshot)["entries"]}
    assert NAME in {e["title"] for e in backstage_json(snapshot)["entries"]}
    link = urlparse(page_link(bot.service.settings, TEAM).url)
    async with bot.session.get(f"{bot.url}{link.path}?{link.query}") as page:
        assert page.status == 200 and NAME in await page.text()
    async with bot.session.get(f"{bot.url}{link.path}/radar.svg?{link.query}") as svg:
        assert f'data-tool="{tool_id}"' in await svg.text()

    # 4. an admin retires it: the form opens for admins only, and the decision is announced
    before = len(slack.responses)
    await bot.post(slash_command(f"edit {NAME}", response_url=slack.response_url("no"), user_id="U1"))
    await eventually(lambda: len(slack.responses) > before)
    assert "Only workspace admins" in slack.responses[-1]["text"] and not slack.called("views.open")
    await bot.post(slash_command(f"edit {NAME}", response_url=slack.response_url("ed"), user_id="UADMIN"))
    [form] = await eventually(lambda: slack.called("views.open"))
    view = form.params["view"] if isinstance(form.params["view"], dict) else json.loads(form.params["view"])
    assert view["callback_id"] == EDIT_VIEW and view["private_metadata"] == tool_id
    retire = {"retire": {"retire": {"selected_options": [{"value": "retire"}]}}}
    edit = {"callback_id": EDIT_VIEW, "private_metadata": tool_id, "state": {"values": retire}}
    status, _ = await bot.post(view_submission(edit, user_id="UADMIN"))
    assert status == 200
    await eventually(lambda: [c for c in slack.called("chat.postMessage") if "retired" in str(c.params.get("text"))])
    team = bot.service.team(TEAM)
    assert not team.on_radar(team.tool(tool_id))

    # the history shows all three steps: proposed, voted in, retired
    _, history = await bot.post(slash_command(f"history {NAME}", response_url=slack.response_url("h")))
    words = json.dumps(history["blocks"])
    assert words.index("proposed for Trial") < words.index("placed in Trial") < words.index("retired from Trial")
