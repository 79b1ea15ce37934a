"""End to end: a clarifying question's button, clicked as a signed block_actions, answers in the thread."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs, urlencode

from tests.support.blockkit import assert_valid_blocks
from tests.support.signing import block_actions, event_callback, slash_command
from tests.support.waiting import eventually

CHANNEL = "C0CLARIFY"


def posts(bot: Any) -> list[dict[str, Any]]:
    return [c.params for c in bot.slack.called("chat.postMessage")]


def buttons(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for b in blocks if b["type"] == "actions" for e in b["elements"] if e.get("type") == "button"]


async def test_a_shared_name_is_asked_about_and_the_click_answers_in_the_thread(bot):
    ts = "1700000500.000100"
    event = {
        "type": "app_mention",
        "user": "U1",
        "text": "<@UBOT> tell me about cortex",
        "ts": ts,
        "channel": CHANNEL,
        "event_ts": ts,
    }
    status, _ = await bot.post(event_callback(event, event_id="EvClarify1"), content_type="application/json")
    assert status == 200
    [question] = await eventually(lambda: posts(bot))
    assert question["thread_ts"] == ts
    blocks = question["blocks"] if isinstance(question["blocks"], list) else json.loads(question["blocks"])
    assert_valid_blocks(blocks)
    choices = buttons(blocks)
    assert [c["value"] for c in choices] == ["Cortex", "Twitter Cortex"]

    click = {**choices[1], "block_id": "clarify", "action_ts": "1"}
    status, _ = await bot.post(
        block_actions(
            [click],
            response_url=bot.slack.response_url("clarify"),
            channel_id=CHANNEL,
            message={"ts": "1700000500.000200", "thread_ts": ts, "text": question["text"], "blocks": blocks},
        )
    )
    assert status == 200
    answer = (await eventually(lambda: posts(bot)[1:]))[0]
    assert answer["thread_ts"] == ts
    assert answer["channel"] == CHANNEL
    assert "Twitter Cortex" in answer["text"]
    assert not bot.slack.responses  # answered in the thread, not in place of the question


async def test_a_clarifying_question_in_radar_is_answered_in_place_of_the_ephemeral_reply(bot):
    status, body = await bot.post(slash_command("tell me about cortex", response_url=bot.slack.response_url()))
    assert status == 200
    choices = buttons(body["blocks"])
    assert [c["value"] for c in choices] == ["Cortex", "Twitter Cortex"]
    click = block_actions(
        [{**choices[0], "block_id": "clarify", "action_ts": "1"}],
        response_url=bot.slack.response_url("clarify"),
    )
    # an ephemeral `/radar` reply: Slack sends the container flagged ephemeral and no message to thread under
    payload = json.loads(parse_qs(click)["payload"][0])
    payload["container"]["is_ephemeral"] = True
    payload.pop("message")
    status, _ = await bot.post(urlencode({"payload": json.dumps(payload)}))
    assert status == 200
    [posted] = await eventually(lambda: bot.slack.responses)
    assert posted["replace_original"] is True
    assert "Cortex" in posted["text"] and "Twitter" not in posted["text"].split(".")[0]
    assert not posts(bot)  # nothing posted in the channel


async def test_a_question_with_no_need_asks_what_for_and_the_click_recommends_in_the_thread(bot):
    ts = "1700000600.000100"
    event = {"type": "app_mention", "user": "U1", "text": "<@UBOT> which tool should we use?", "ts": ts}
    event = {**event, "channel": CHANNEL, "event_ts": ts}
    status, _ = await bot.post(event_callback(event, event_id="EvPurpose1"), content_type="application/json")
    assert status == 200
    [question] = await eventually(lambda: posts(bot))
    blocks = question["blocks"] if isinstance(question["blocks"], list) else json.loads(question["blocks"])
    assert_valid_blocks(blocks)
    choices = buttons(blocks)
    assert len(choices) == 5 and "What is it for?" in question["text"]
    need = choices[0]["value"]  # a use case, e.g. "workflow orchestration"

    click = {**choices[0], "block_id": "clarify", "action_ts": "1"}
    message = {"ts": "1700000600.000200", "thread_ts": ts, "text": question["text"], "blocks": blocks}
    status, _ = await bot.post(
        block_actions([click], response_url=bot.slack.response_url("purpose"), channel_id=CHANNEL, message=message)
    )
    assert status == 200
    answer = (await eventually(lambda: posts(bot)[1:]))[0]
    assert answer["thread_ts"] == ts
    assert need.lower() in answer["text"].lower() and "my picks" in answer["text"]
