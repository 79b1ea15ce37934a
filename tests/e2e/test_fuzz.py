"""Fuzzing the real server: hostile, huge, malformed and unsigned requests never get a 5xx, a traceback, a slow
answer, invalid Block Kit or a live @channel back."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import time
from typing import Any
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.messages.blocks import PROPOSE_ACTION, SHARE_ACTION
from bot.messages.votes import PROPOSE_VIEW, VOTE_ACTION_PREFIX
from tests.messages.test_blocks import shown
from tests.support.blockkit import assert_valid_blocks
from tests.support.signing import SECRET, block_actions, event_callback, slash_command, view_submission

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
# generous on purpose: this bounds the work per request (a quadratic split took minutes), it is no benchmark
PER_REQUEST = 2.0
LIVE = re.compile(r"<!(?:channel|here|everyone)")

# --- texts --------------------------------------------------------------------------------------

MARKUP = [
    "<!channel>",
    "<!here>",
    "<!everyone>",
    "<!subteam^S1>",
    "<@U999>",
    "<#C999|general>",
    "<https://evil.example|click me>",
    "&lt;!channel&gt;",
    "&amp;lt;!here&amp;gt;",
    "&lt;!everyone|all&gt;",
    "W&amp;B",
    "W&B",
    "&",
    "<",
    ">",
    ";",
    ",",
    "|",
    "`",
    "```",
    "*",
    "_",
    "~",
    ":x:",
    "\x00",
    "\x1b[2J",
    "\u202e",
    "\ufeff",
    "🦄",
    "ｍｌｆｌｏｗ",
]
WORDS = [
    "kedro",
    "mlflow",
    "dvc",
    "Weights & Biases",
    "compare",
    "vs",
    "or",
    "and",
    "propose",
    "trial",
    "hold",
    "ring",
    "quadrant",
    "category",
    "history",
    "poll",
    "help",
    "web",
    "why",
    "what should we use to version our datasets?",
    "is it open source?",
]
pieces = st.sampled_from(MARKUP + WORDS) | st.text(max_size=12)
texts = st.one_of(
    st.text(max_size=200),
    st.lists(pieces, max_size=30).map(" ".join),
    st.lists(pieces, max_size=8).map("".join),
    # long ones: many names, a huge paste, a flood of markup
    st.integers(50, 700).map(lambda n: "compare " + " ".join(["mlflow", "kedro", "dvc", "zzq"] * n)),
    st.integers(1000, 60000).map(lambda n: "x" * n),
    st.integers(100, 3000).map(lambda n: "&lt;!channel&gt; " * n),
)


def as_slack_sends(text: str, encoded: bool) -> str:
    """Slack escapes &, < and > in what a person types; a forged request may not."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") if encoded else text


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)

# --- sending and checking -----------------------------------------------------------------------


def signature(body: bytes, timestamp: str) -> dict[str, str]:
    digest = hmac.new(SECRET.encode(), b"v0:" + timestamp.encode() + b":" + body, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": f"v0={digest}"}


class Probe:
    """Sends one request to the running bot and checks everything that comes back of it."""

    def __init__(self, bot: Any, caplog: pytest.LogCaptureFixture) -> None:
        self.bot, self.caplog = bot, caplog
        self.seen_calls = self.seen_responses = self.seen_logs = 0
        self.slowest = 0.0

    async def send(
        self, body: bytes, content_type: str, *, signed: bool = True, headers: dict[str, str] | None = None
    ) -> tuple[int, str]:
        sent = {"Content-Type": content_type, **(signature(body, str(int(time.time()))) if signed else {})}
        started = time.perf_counter()
        async with self.bot.session.post(
            f"{self.bot.url}/slack/events", data=body, headers={**sent, **(headers or {})}
        ) as response:
            status, text = response.status, await response.text()
        elapsed = time.perf_counter() - started
        self.slowest = max(self.slowest, elapsed)
        assert elapsed < PER_REQUEST, f"{elapsed:.2f} s for a {len(body)}-byte request"
        assert status < 500, f"{status} for {body[:200]!r}: {text[:300]}"
        assert "Traceback" not in text
        if status == 200 and text.startswith("{"):
            self.check_message(json.loads(text), "the acknowledgement")
        return status, text

    def check_message(self, message: dict[str, Any], where: str, max_blocks: int = 50) -> None:
        if message.get("blocks"):
            assert_valid_blocks(message["blocks"], max_blocks)
        for part in (str(message.get("text", "")), shown(message.get("blocks", []))):
            assert not LIVE.search(part), f"a live mention in {where}: {part[:300]}"

    async def settle(self) -> None:
        """Everything started after the acknowledgements done, then what reached Slack and the log checked."""
        if self.bot.background is not None:
            await self.bot.background.settle()
        slack = self.bot.slack
        for call in slack.calls[self.seen_calls :]:
            view = call.params.get("view")
            if isinstance(view, dict):
                self.check_message(view, call.method, max_blocks=100)
            else:
                self.check_message(call.params, call.method)
        for response in slack.responses[self.seen_responses :]:
            self.check_message(response, "a response_url post")
        self.seen_calls, self.seen_responses = len(slack.calls), len(slack.responses)
        for record in self.caplog.records[self.seen_logs :]:
            assert record.exc_info is None, f"a traceback logged: {record.getMessage()}"
            assert "Traceback" not in record.getMessage()
            assert record.levelno < logging.ERROR, record.getMessage()
        self.seen_logs = len(self.caplog.records)


@pytest.fixture
async def probe(tiny_bot, caplog):
    caplog.set_level(logging.INFO)
    checked = Probe(tiny_bot, caplog)
    yield checked
    await checked.settle()


# --- properties ---------------------------------------------------------------------------------


@FUZZ
@given(text=texts, encoded=st.booleans())
async def test_slash_commands(probe, text, encoded):
    body = slash_command(as_slack_sends(text, encoded), response_url=probe.bot.slack.response_url("fuzz"))
    status, _ = await probe.send(body.encode(), "application/x-www-form-urlencoded")
    assert status == 200
    await probe.settle()


@FUZZ
@given(
    text=texts,
    encoded=st.booleans(),
    kind=st.sampled_from(["app_mention", "message", "app_home_opened"]),
    extra=st.dictionaries(st.sampled_from(["thread_ts", "subtype", "bot_id", "user", "tab", "files"]), json_values),
    number=st.integers(0, 10**9),
)
async def test_events(probe, text, encoded, kind, extra, number):
    event = {
        "type": kind,
        "user": "U1",
        "text": as_slack_sends(text, encoded),
        "ts": f"1700000000.{number:06d}",
        "channel": "D1" if kind == "message" else "C1",
        "channel_type": "im" if kind == "message" else "channel",
        **extra,
    }
    status, _ = await probe.send(event_callback(event, event_id=f"EvFuzz{number}").encode(), "application/json")
    assert status in (200, 400, 404)
    await probe.settle()


ACTIONS = [
    SHARE_ACTION,
    "radar_lookup_0",
    "radar_link_home",
    PROPOSE_ACTION,
    "radar_clarify_0",
    VOTE_ACTION_PREFIX + "trial",
]


@FUZZ
@given(
    action_id=st.sampled_from(ACTIONS),
    value=texts | st.sampled_from(["1:kedro:trial", "kedro", "mlflow", ""]),
    ring=texts | st.sampled_from(["trial", "hold", ""]),
    why=texts,
    metadata=st.sampled_from(["kedro", "mlflow", "", "nope"]) | texts,
)
async def test_interactions(probe, action_id, value, ring, why, metadata):
    action = {"action_id": action_id, "type": "button", "block_id": "fuzz", "value": value, "action_ts": "1.0"}
    click = block_actions([action], response_url=probe.bot.slack.response_url("click"))
    status, _ = await probe.send(click.encode(), "application/x-www-form-urlencoded")
    assert status == 200
    state = {"ring": {"ring": {"selected_option": {"value": ring}}}, "why": {"why": {"value": why}}}
    submitted = view_submission({"callback_id": PROPOSE_VIEW, "private_metadata": metadata, "state": {"values": state}})
    status, _ = await probe.send(submitted.encode(), "application/x-www-form-urlencoded")
    assert status == 200
    await probe.settle()


def valid_bodies(bot: Any) -> list[tuple[dict[str, Any], str]]:
    """One request of each kind, as JSON objects that the malformed cases break a piece of."""
    url = bot.slack.response_url("bad")
    click = json.loads(
        dict(_form(block_actions([{"action_id": SHARE_ACTION, "value": "kedro"}], response_url=url)))["payload"]
    )
    view = json.loads(dict(_form(view_submission({"callback_id": PROPOSE_VIEW})))["payload"])
    event = json.loads(
        event_callback({"type": "app_mention", "user": "U1", "text": "kedro", "ts": "1.0", "channel": "C1"})
    )
    return [(click, "payload"), (view, "payload"), (event, "json")]


def _form(body: str) -> list[tuple[str, str]]:
    from urllib.parse import parse_qsl

    return parse_qsl(body)


@FUZZ
@given(
    raw=st.binary(max_size=300) | json_values.map(lambda v: json.dumps(v).encode()),
    content_type=st.sampled_from(["application/json", "application/x-www-form-urlencoded", "text/plain", ""]),
    signed=st.booleans(),
    odd_headers=st.sampled_from(
        [
            {},
            {"X-Slack-Request-Timestamp": "abc"},
            {"X-Slack-Request-Timestamp": "99999999999999999999"},
            {"X-Slack-Request-Timestamp": "1e9"},
            {"X-Slack-Signature": "v0=zz"},
            {"X-Slack-Signature": "é"},
        ]
    ),
)
async def test_malformed_bodies(probe, raw, content_type, signed, odd_headers):
    status, _ = await probe.send(raw, content_type, signed=signed, headers=odd_headers)
    if not signed or odd_headers:
        assert status == 401
    await probe.settle()


@FUZZ
@given(
    which=st.integers(0, 2),
    path=st.lists(st.text(max_size=8) | st.integers(0, 2), min_size=1, max_size=3),
    value=json_values,
)
async def test_well_formed_requests_with_a_piece_broken(probe, which, path, value):
    body, form = valid_bodies(probe.bot)[which]
    node: Any = body
    for step in path[:-1]:  # walk down as far as the path leads, then replace what is there
        child = node.get(str(step)) if isinstance(node, dict) else None
        if not isinstance(child, dict):
            break
        node = child
    key = path[-1]
    key = str(key) if isinstance(node, dict) else key
    if isinstance(node, dict):
        node[key] = value
    raw = urlencode({"payload": json.dumps(body)}) if form == "payload" else json.dumps(body)
    status, _ = await probe.send(
        raw.encode(), "application/x-www-form-urlencoded" if form == "payload" else "application/json"
    )
    assert status in (200, 400, 404)
    await probe.settle()
