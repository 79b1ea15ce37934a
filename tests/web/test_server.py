"""Slack's endpoint refuses what is not Slack's (401) and what Slack would never send (400), each in one log line."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from urllib.parse import urlencode

import pytest

from tests.support.signing import SECRET, block_actions, event_callback, slash_command, view_submission

JSON = "application/json"
FORM = "application/x-www-form-urlencoded"


def signed_bytes(body: bytes, timestamp: str | None = None) -> dict[str, str]:
    ts = timestamp or str(int(time.time()))
    digest = hmac.new(SECRET.encode(), b"v0:" + ts.encode() + b":" + body, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


async def post_bytes(bot, body: bytes, headers: dict[str, str], content_type: str = JSON) -> tuple[int, str]:
    async with bot.session.post(
        f"{bot.url}/slack/events", data=body, headers={"Content-Type": content_type, **headers}
    ) as response:
        return response.status, await response.text()


def assert_one_line_refusals(caplog: pytest.LogCaptureFixture) -> None:
    refusals = [r for r in caplog.records if r.name == "bot.web.server"]
    assert refusals, "each refusal is logged"
    for record in caplog.records:
        assert record.exc_info is None, record.getMessage()
        assert record.levelno < logging.ERROR, record.getMessage()
    for record in refusals:
        assert "\n" not in record.getMessage()


UNSIGNED_HEADERS = [
    {},
    {"X-Slack-Request-Timestamp": "abc", "X-Slack-Signature": "v0=" + "0" * 64},
    {"X-Slack-Request-Timestamp": "1e9", "X-Slack-Signature": "v0=" + "0" * 64},
    {"X-Slack-Request-Timestamp": "99999999999999999999999", "X-Slack-Signature": "v0=" + "0" * 64},
    {"X-Slack-Request-Timestamp": "-5", "X-Slack-Signature": "v0=" + "0" * 64},
    {"X-Slack-Request-Timestamp": str(int(time.time()) - 3600), "X-Slack-Signature": "v0=" + "0" * 64},
    {"X-Slack-Request-Timestamp": str(int(time.time())), "X-Slack-Signature": "not-a-signature"},
    {"X-Slack-Request-Timestamp": str(int(time.time())), "X-Slack-Signature": "v0=" + "é" * 64},
]
BAD_BODIES = [b"{not json", b"[1, 2]", b"null", b"\xff\xfe{}", b"payload=%7Bnope", b""]


@pytest.mark.parametrize("headers", UNSIGNED_HEADERS)
async def test_unsigned_requests_get_401_before_their_body_is_read(tiny_bot, caplog, headers):
    for body in BAD_BODIES + [slash_command("kedro", response_url=tiny_bot.slack.response_url()).encode()]:
        status, _ = await post_bytes(tiny_bot, body, headers)
        assert status == 401, (headers, body)
    assert tiny_bot.slack.calls == [] and tiny_bot.slack.responses == []
    assert_one_line_refusals(caplog)


@pytest.mark.parametrize("body", [b"{not json", b"[1, 2]", b"null", b'"text"', b"{}" + b"x", b"\xff\xfe{}"])
async def test_signed_bodies_that_are_not_json_objects_get_400(tiny_bot, caplog, body):
    status, text = await post_bytes(tiny_bot, body, signed_bytes(body))
    assert status == 400
    assert "Traceback" not in text
    assert_one_line_refusals(caplog)


def payload(value: object) -> bytes:
    return urlencode({"payload": json.dumps(value)}).encode()


MALFORMED = {
    "payload is not JSON": (urlencode({"payload": "{nope"}).encode(), FORM),
    "payload is a list": (payload([1, 2]), FORM),
    "block_actions without actions": (payload({"type": "block_actions", "user": {"id": "U1"}}), FORM),
    "block_actions with no action": (payload({"type": "block_actions", "actions": []}), FORM),
    "an action that is a string": (payload({"type": "block_actions", "actions": ["radar_share"]}), FORM),
    "an action_id that is a number": (payload({"type": "block_actions", "actions": [{"action_id": 5}]}), FORM),
    "a view_submission with a list view": (payload({"type": "view_submission", "view": []}), FORM),
    "a view_submission with wrong state": (
        view_submission({"callback_id": "radar_propose_view", "state": {"values": ["ring"]}}).encode(),
        FORM,
    ),
    "a view_submission with a numeric metadata": (
        view_submission({"callback_id": "radar_propose_view", "private_metadata": 7}).encode(),
        FORM,
    ),
    "an event that is a string": (json.dumps({"type": "event_callback", "event": "app_mention"}).encode(), JSON),
    "an event without a type": (json.dumps({"type": "event_callback", "event": {"text": "hi"}}).encode(), JSON),
    "a team that is a number": (
        json.dumps({"type": "event_callback", "team": 5, "event": {"type": "x"}}).encode(),
        JSON,
    ),
    "authorizations that are strings": (
        json.dumps({"type": "event_callback", "authorizations": ["T1"], "event": {"type": "x"}}).encode(),
        JSON,
    ),
    "a lone surrogate": (
        event_callback({"type": "app_mention", "user": "U1", "text": "\ud800", "channel": "C1", "ts": "1.0"}).encode(
            "utf-8", "surrogatepass"
        ),
        JSON,
    ),
}


@pytest.mark.parametrize("name", list(MALFORMED))
async def test_signed_but_malformed_shapes_get_400_in_one_log_line(tiny_bot, caplog, name):
    body, content_type = MALFORMED[name]
    if name == "a lone surrogate":
        body = json.dumps(json.loads(body.decode("utf-8", "surrogatepass"))).encode()  # as JSON escapes: \ud800
    status, text = await post_bytes(tiny_bot, body, signed_bytes(body), content_type)
    assert status == 400, (name, text)
    assert tiny_bot.slack.calls == [] and tiny_bot.slack.responses == []
    assert_one_line_refusals(caplog)


async def test_a_slash_command_mentioning_a_payload_is_still_a_slash_command(tiny_bot):
    # Bolt's own parser reads any form containing "payload" as an interaction, and this one as empty
    status, body = await tiny_bot.post(slash_command("what is a payload kedro", response_url="https://x/payload"))
    assert status == 200
    assert body["response_type"] == "ephemeral"


async def test_well_formed_requests_still_pass_both_checks(tiny_bot):
    status, body = await tiny_bot.post(slash_command("kedro", response_url=tiny_bot.slack.response_url()))
    assert status == 200 and "Kedro" in json.dumps(body["blocks"])
    share = {"action_id": "radar_link_home", "type": "button", "block_id": "x", "action_ts": "1"}
    status, _ = await tiny_bot.post(block_actions([share], response_url=tiny_bot.slack.response_url()))
    assert status == 200
    status, body = await tiny_bot.post(
        json.dumps({"type": "url_verification", "challenge": "abc", "token": "t"}), content_type=JSON
    )
    assert status == 200 and body == {"challenge": "abc"}


async def test_slacks_entities_are_decoded_once_at_the_edge(bot):
    # Slack sends a typed "W&B" as "W&amp;B"; the splitter once cut it at the ";"
    status, body = await bot.post(slash_command("compare W&amp;B mlflow", response_url=bot.slack.response_url()))
    assert status == 200
    assert body["blocks"][0]["text"]["text"] == "Weights & Biases vs MLflow"
    status, body = await bot.post(slash_command("W&amp;B", response_url=bot.slack.response_url()))
    assert body["blocks"][0]["text"]["text"] == "Weights & Biases"


async def test_six_hundred_names_to_compare_are_answered(bot):
    names = [t.id for t in bot.service.catalog.tools][:600]
    status, body = await bot.post(slash_command("compare " + " ".join(names), response_url=bot.slack.response_url()))
    assert status == 200 and body["blocks"]
