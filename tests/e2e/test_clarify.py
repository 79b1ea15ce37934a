"""End to end: a clarifying question's button, clicked as a signed block_actions, answers in the thread."""

from __future__ import annotations

import json
from typing import Any

from tests.support.blockkit import assert_valid_blocks
from tests.support.signing import block_actions, event_callback
from tests.support.waiting import eventually

CHANNEL = "C0CLARIFY"


def posts(bot: Any) -> list[dict[str, Any]]:
    return [c.params for c in bot.slack.called("chat.postMessage")]


def buttons(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for b in blocks if b["type"] == "actions" for e in b["elements"]]


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
