"""Replayed signed requests: within Slack's five minutes a state-changing request is applied once."""

from __future__ import annotations

import time
from typing import Any

from tests.support.signing import block_actions, slash_command, view_submission
from tests.support.waiting import eventually

PROPOSE = "propose kedro trial we shipped two projects with it"


def proposals(bot: Any) -> list[dict[str, Any]]:
    return list(bot.service.store.db["proposals"].rows)


def shared(bot: Any) -> list[dict[str, Any]]:
    return [r for r in bot.slack.responses if r.get("response_type") == "in_channel"]


def share_click(bot: Any, query: str, action_ts: str) -> str:
    action = {"type": "button", "action_id": "radar_share", "value": query, "action_ts": action_ts}
    return block_actions([action], response_url=bot.slack.response_url("share"))


async def test_a_replayed_propose_stores_one_proposal(tiny_bot):
    body, moment = slash_command(PROPOSE, response_url=tiny_bot.slack.response_url()), int(time.time())
    status, first = await tiny_bot.post(body, timestamp=moment)
    assert status == 200 and "Proposed: Kedro" in first["text"]
    status, again = await tiny_bot.post(body, timestamp=moment)  # the same bytes, the same signature
    assert status == 200 and "already handled" in again["text"] and again["response_type"] == "ephemeral"
    assert len(proposals(tiny_bot)) == 1


async def test_the_same_proposal_sent_again_by_slack_is_a_new_request(tiny_bot):
    # a person typing the command twice gives two signatures: the service decides, not the replay guard
    body = slash_command(PROPOSE, response_url=tiny_bot.slack.response_url())
    _, first = await tiny_bot.post(body, timestamp=int(time.time()) - 1)
    _, second = await tiny_bot.post(body, timestamp=int(time.time()))
    assert "already handled" not in first["text"] and "already handled" not in second["text"]


async def test_a_replayed_share_click_posts_once(tiny_bot):
    body, moment = share_click(tiny_bot, "kedro", "1800000000.000001"), int(time.time())
    assert (await tiny_bot.post(body, timestamp=moment))[0] == 200
    await eventually(lambda: shared(tiny_bot), what="the first click was not shared")
    assert (await tiny_bot.post(body, timestamp=moment))[0] == 200
    # a later, different click is shared: the replay, had it been applied, would have posted before it
    assert (await tiny_bot.post(share_click(tiny_bot, "dvc", "1800000000.000002")))[0] == 200
    await eventually(lambda: len(shared(tiny_bot)) == 2, what="the second click was not shared")
    assert ["Kedro" in str(r["blocks"]) for r in shared(tiny_bot)] == [True, False]


async def test_a_replayed_proposal_form_stores_one_proposal(tiny_bot):
    filled = {
        "type": "modal",
        "callback_id": "radar_propose_modal",
        "private_metadata": "kedro",
        "state": {
            "values": {
                "ring": {"ring": {"type": "radio_buttons", "selected_option": {"value": "trial"}}},
                "why": {"why": {"type": "plain_text_input", "value": "two projects shipped with it"}},
            }
        },
    }
    body, moment = view_submission(filled), int(time.time())
    status, first = await tiny_bot.post(body, timestamp=moment)
    assert status == 200 and first["response_action"] == "update"
    status, again = await tiny_bot.post(body, timestamp=moment)
    assert status == 200 and again is None  # acknowledged: the form closes, nothing stored again
    assert len(proposals(tiny_bot)) == 1


async def test_replay_keys_expire_with_the_signature(tmp_path):
    from bot.storage.replays import Replays
    from bot.storage.store import Store

    clock = [1_000.0]
    replays = Replays(Store(tmp_path / "radar.db"), clock=lambda: clock[0])
    assert replays.first("sig:a", 1_360.0) and not replays.first("sig:a", 1_360.0)
    clock[0] = 1_500.0  # Slack's verification refuses the signature by now; the key is dropped
    assert replays.first("sig:b", 1_860.0) and replays.count() == 1
    assert Replays(Store(tmp_path / "radar.db")).count() == 1  # kept across restarts, created once
