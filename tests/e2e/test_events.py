"""End to end: signed mentions and direct messages to the real server, replies read from the fake Web API."""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from typing import Any

from tests.support.blockkit import assert_valid_blocks
from tests.support.signing import event_callback
from tests.support.waiting import eventually

CHANNEL = "C0MENTION"
JSON = "application/json"


def mention(
    text: str, ts: str, *, thread_ts: str | None = None, user: str = "U1", channel: str = CHANNEL, **extra: Any
) -> dict[str, Any]:
    event = {
        "type": "app_mention",
        "user": user,
        "text": f"<@UBOT> {text}",
        "ts": ts,
        "channel": channel,
        "event_ts": ts,
        **extra,
    }
    if thread_ts:
        event["thread_ts"] = thread_ts
    return event


def direct(text: str, ts: str, *, channel: str = "D0DIRECT", **extra: Any) -> dict[str, Any]:
    return {
        "type": "message",
        "channel_type": "im",
        "user": "U1",
        "text": text,
        "ts": ts,
        "channel": channel,
        "event_ts": ts,
        **extra,
    }


def posts(bot: Any) -> list[dict[str, Any]]:
    return [c.params for c in bot.slack.called("chat.postMessage")]


async def until(condition: Callable[[], bool]) -> None:
    """Let the bot's event tasks run until the condition holds (bounded, so a bug fails instead of hanging)."""
    await eventually(condition)


async def send(bot: Any, event: dict[str, Any], event_id: str, headers: dict[str, str] | None = None) -> None:
    status, _ = await bot.post(event_callback(event, event_id=event_id), content_type=JSON, headers=headers)
    assert status == 200


async def reply_to(bot: Any, event: dict[str, Any], event_id: str) -> dict[str, Any]:
    before = len(posts(bot))
    await send(bot, event, event_id)
    await until(lambda: len(posts(bot)) > before)
    return posts(bot)[-1]


async def settle(bot: Any) -> None:
    """A later question answered proves that earlier events were handled: their tasks ran first."""
    await reply_to(bot, mention("help", "1700009999.000001"), "EvSettle")


async def test_a_mention_gets_exactly_one_reply_in_its_thread(tiny_bot):
    await send(tiny_bot, mention("what's kedro?", "1700000100.000100"), "Ev100")
    await until(lambda: len(posts(tiny_bot)) == 1)
    await settle(tiny_bot)
    [reply, _help] = posts(tiny_bot)
    assert reply["channel"] == CHANNEL
    assert reply["thread_ts"] == "1700000100.000100"
    assert reply["text"].startswith("Kedro:")
    blocks = reply["blocks"] if isinstance(reply["blocks"], list) else json.loads(reply["blocks"])
    assert_valid_blocks(blocks)
    assert "radar_share" not in json.dumps(blocks)  # the reply is already public


async def test_a_mention_inside_a_thread_is_answered_in_that_thread(tiny_bot):
    reply = await reply_to(tiny_bot, mention("dvc", "1700000200.000300", thread_ts="1700000200.000100"), "Ev200")
    assert reply["thread_ts"] == "1700000200.000100"
    assert "DVC" in reply["text"]


async def test_slack_retries_and_repeated_event_ids_get_no_second_reply(tiny_bot):
    event = mention("what's mlflow?", "1700000300.000100")
    await reply_to(tiny_bot, event, "Ev300")
    await send(tiny_bot, event, "Ev300", headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
    await send(tiny_bot, event, "Ev300", headers={"X-Slack-Retry-Num": "2", "X-Slack-Retry-Reason": "http_error"})
    await send(tiny_bot, event, "Ev300")  # the same event id delivered again, without a retry header
    await settle(tiny_bot)
    mlflow_replies = [p for p in posts(tiny_bot) if p["text"].startswith("MLflow")]
    assert len(mlflow_replies) == 1


async def test_the_same_message_as_two_events_gets_one_reply(tiny_bot):
    # a mention in a direct message can arrive both as app_mention and as message.im
    await reply_to(tiny_bot, mention("optuna", "1700000400.000100", channel="D0DIRECT"), "Ev400")
    await send(tiny_bot, direct("<@UBOT> optuna", "1700000400.000100"), "Ev401")
    await settle(tiny_bot)
    assert len([p for p in posts(tiny_bot) if p["text"].startswith("Optuna")]) == 1


async def test_a_follow_up_in_the_thread_uses_its_context(tiny_bot):
    first = await reply_to(tiny_bot, mention("what for experiment tracking?", "1700000500.000100"), "Ev500")
    assert first["text"].startswith("For experiment tracking")
    # the text is escaped for Slack (it shows "&amp;" as "&"): read it as Slack shows it
    shown = html.unescape(first["text"])
    assert shown.index("Weights & Biases") < shown.index("MLflow")  # Trial before Assess
    why = await reply_to(
        tiny_bot, mention("why is it on trial?", "1700000500.000200", thread_ts="1700000500.000100"), "Ev501"
    )
    assert why["thread_ts"] == "1700000500.000100"
    assert html.unescape(why["text"]).startswith("Weights & Biases is on Trial.")
    compared = await reply_to(
        tiny_bot,
        mention("how does the first one compare to kedro?", "1700000500.000300", thread_ts="1700000500.000100"),
        "Ev502",
    )
    assert html.unescape(compared["text"]).startswith("Weights & Biases vs Kedro")
    # another thread knows nothing of it
    elsewhere = await reply_to(tiny_bot, mention("why is it on trial?", "1700000600.000100"), "Ev600")
    assert "not sure which tool you mean" in elsewhere["text"]


async def test_direct_messages_are_answered_in_the_conversation_and_keep_context(tiny_bot):
    reply = await reply_to(tiny_bot, direct("we need to version our datasets", "1700000700.000100"), "Ev700")
    assert reply["channel"] == "D0DIRECT" and not reply.get("thread_ts")
    assert "DVC" in reply["text"]
    follow = await reply_to(tiny_bot, direct("is it open source?", "1700000700.000200"), "Ev701")
    assert follow["text"].startswith("DVC is open source")  # the fact asked about the thread's tool, not its card


async def test_bots_edits_and_the_bots_own_messages_get_no_reply(tiny_bot):
    await send(tiny_bot, direct("what's kedro?", "1700000800.000100", bot_id="BOTHER", subtype="bot_message"), "Ev800")
    await send(tiny_bot, direct("what's kedro?", "1700000800.000200", bot_id="BBOT", user="UBOT"), "Ev801")
    await send(tiny_bot, mention("what's kedro?", "1700000800.000300", bot_id="BOTHER"), "Ev802")
    await send(tiny_bot, direct("what's kedro?", "1700000800.000400", subtype="message_changed"), "Ev803")
    await settle(tiny_bot)
    assert [p["text"][:5] for p in posts(tiny_bot)] == ["I'm t"]  # only the settling "help"


async def test_a_reply_slack_refuses_is_sent_when_slack_retries_the_event(tiny_bot):
    tiny_bot.slack.fail("chat.postMessage", 429, times=4, retry_after=0)  # more than the client's own retries
    event = mention("what's docker?", "1700000900.000100")
    await send(tiny_bot, event, "Ev900")
    await until(lambda: len(tiny_bot.slack.called("chat.postMessage!failed")) == 4)
    await settle(tiny_bot)
    assert not [p for p in posts(tiny_bot) if p["text"].startswith("Docker")]
    reply = await reply_to(tiny_bot, event, "Ev900")  # Slack's retry of the unanswered event
    assert reply["text"].startswith("Docker:")


async def test_a_rate_limited_reply_is_sent_once_after_waiting(tiny_bot):
    tiny_bot.slack.fail("chat.postMessage", 429, times=1, retry_after=0)
    reply = await reply_to(tiny_bot, mention("tekton", "1700001000.000100"), "Ev1000")
    assert reply["text"].startswith("Tekton:")
    await settle(tiny_bot)
    assert len([p for p in posts(tiny_bot) if p["text"].startswith("Tekton")]) == 1
