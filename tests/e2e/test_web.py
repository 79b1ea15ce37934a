"""End to end: signed slash commands and button clicks through the real server and a fake Slack."""

from __future__ import annotations

import json
import time

from tests.support.signing import block_actions, slash_command
from tests.support.waiting import eventually


def all_text(blocks: list[dict]) -> str:
    return json.dumps(blocks, ensure_ascii=False)


async def test_radar_kedro_answers_with_a_card_naming_tool_category_and_ring(bot):
    status, body = await bot.post(slash_command("kedro", response_url=bot.slack.response_url()))
    assert status == 200
    assert body["response_type"] == "ephemeral"
    text = all_text(body["blocks"])
    assert "Kedro" in text and "ML Project Frameworks" in text and "Assess" in text
    assert body["blocks"][0] == {"type": "header", "text": {"type": "plain_text", "text": "Kedro", "emoji": True}}


async def test_spellings_reach_their_tool_through_slack(bot):
    for typed, name in [
        ("ml flow", "MLflow"),
        ("W&B", "Weights & Biases"),
        ("k8s", "Kubernetes"),
        ("kubeflw", "Kubeflow"),
        ("Sagemaker", "SageMaker"),
    ]:
        status, body = await bot.post(slash_command(typed, response_url=bot.slack.response_url()))
        assert status == 200
        assert name in body["blocks"][0]["text"]["text"], typed


async def test_unknown_tool_offers_close_names_without_a_trace(bot):
    status, body = await bot.post(slash_command("kedr0flow", response_url=bot.slack.response_url()))
    assert status == 200
    assert "not on the radar" in body["text"]
    assert "Traceback" not in body["text"]


async def test_wrong_signature_is_refused_and_causes_nothing(bot):
    body = slash_command("kedro", response_url=bot.slack.response_url())
    status, _ = await bot.post(body, secret="not-the-secret")
    assert status == 401
    status, _ = await bot.post(body, signed=False)
    assert status == 401
    assert bot.slack.calls == [] and bot.slack.responses == []


async def test_stale_timestamp_is_refused_and_causes_nothing(bot):
    body = slash_command("kedro", response_url=bot.slack.response_url())
    status, _ = await bot.post(body, timestamp=int(time.time()) - 6 * 60)
    assert status == 401
    assert bot.slack.calls == [] and bot.slack.responses == []


async def test_share_button_posts_the_same_card_for_everyone(bot):
    _, body = await bot.post(slash_command("dvc", response_url=bot.slack.response_url()))
    share = next(
        e for b in body["blocks"] if b["type"] == "actions" for e in b["elements"] if e["action_id"] == "radar_share"
    )
    status, _ = await bot.post(
        block_actions(
            [{**share, "type": "button", "block_id": "x", "action_ts": "1"}],
            response_url=bot.slack.response_url("share"),
        )
    )
    assert status == 200
    [posted] = await eventually(lambda: bot.slack.responses)  # posted after the acknowledgement
    assert posted["response_type"] == "in_channel"
    assert "DVC" in all_text(posted["blocks"])
    assert "radar_share" not in all_text(posted["blocks"])
    assert "Shared by <@U1>" in all_text(posted["blocks"])


async def test_suggestion_button_opens_the_suggested_tool(bot):
    payload = block_actions(
        [
            {
                "action_id": "radar_lookup_0",
                "value": "mlflow",
                "type": "button",
                "block_id": "suggestions",
                "action_ts": "1",
            }
        ],
        response_url=bot.slack.response_url("pick"),
    )
    status, _ = await bot.post(payload)
    assert status == 200
    [posted] = await eventually(lambda: bot.slack.responses)  # posted after the acknowledgement
    assert posted["replace_original"] is True and "MLflow" in posted["text"]


async def test_health_check_reports_the_catalog(bot):
    async with bot.session.get(f"{bot.url}/healthz") as response:
        assert response.status == 200
        assert (await response.json())["tools"] >= 49


async def test_slash_reply_keeps_notification_text_short(bot):
    _, body = await bot.post(slash_command("kedro", response_url=bot.slack.response_url()))
    assert body["text"].startswith("Kedro:") and len(body["text"]) <= 300


async def test_a_question_after_radar_is_answered_in_the_acknowledgement_as_in_a_thread(bot):
    status, body = await bot.post(
        slash_command("what should we use for a feature store?", response_url=bot.slack.response_url())
    )
    assert status == 200 and body["response_type"] == "ephemeral"
    text = all_text(body["blocks"])
    assert "Feast" in text
    share = [e for b in body["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert any(e["action_id"] == "radar_share" for e in share), "a question's answer can be shared too"
