"""A Web API that answers 4 s late: every acknowledgement still reaches Slack within its 3 s deadline."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bot.services.radar import RadarService
from bot.slack.app import SlackBot, build_app
from bot.web.server import build_web_app
from tests.conftest import make_catalog_dir
from tests.support.server import RunningBot, bot_settings
from tests.support.signing import block_actions, event_callback, slash_command
from tests.support.waiting import eventually

SLOW = 4.0  # seconds the fake Web API takes for every answer
DEADLINE = 3.0  # Slack's: an acknowledgement arriving later counts as a failure
CHANNEL = "C0POLL"


@pytest.fixture
async def slow_bot(fake_slack, tmp_path: Path) -> AsyncIterator[tuple[RunningBot, SlackBot]]:
    """The server started as `radar-bot serve` starts it (the token checked first), with this week's poll open,
    and then Slack slowing down."""
    env = {"RADAR_POLL_CHANNEL": CHANNEL, "RADAR_POLL_SCHEDULE": "off", "RADAR_POLL_SIZE": "3"}
    settings = bot_settings(fake_slack, tmp_path / "radar.db", make_catalog_dir(tmp_path / "catalog"), **env)
    service = RadarService.from_settings(settings)
    slack = build_app(settings, service)
    await slack.identity.verify(slack.bolt.client)
    service.votes.propose("T0001", "U1", "kedro", "trial", "two projects shipped with it")  # a ballot to vote on
    assert (await slack.polls.open("T0001")).result == "opened"
    runner = web.AppRunner(build_web_app(slack))
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    url = f"http://127.0.0.1:{runner.addresses[0][1]}"
    fake_slack.delay = SLOW
    session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=DEADLINE))
    running = RunningBot(url, service, fake_slack, session, runner, slack.polls)
    yield running, slack
    fake_slack.delay = 0
    await running.stop()


async def acknowledged(bot: RunningBot, body: str, content_type: str = "application/x-www-form-urlencoded") -> Any:
    """The acknowledgement, which must come within Slack's deadline (the session's time-out fails it otherwise)."""
    try:
        status, answer = await bot.post(body, content_type=content_type)
    except TimeoutError:
        pytest.fail(f"no acknowledgement within {DEADLINE} s while the Web API takes {SLOW} s")
    assert status == 200
    return answer


def ballot_button(bot: RunningBot, ring: str) -> dict[str, Any]:
    [poll_id] = [row["id"] for row in bot.service.store.db["polls"].rows]
    tool = next(bot.service.store.db["poll_items"].rows_where("poll_id = ?", [poll_id]))["tool_id"]
    return {
        "type": "button",
        "action_id": f"radar_vote_{ring}",
        "block_id": f"vote:{poll_id}:{tool}",
        "value": f"{poll_id}:{tool}:{ring}",
        "action_ts": f"{time.time():.6f}",
    }


async def test_every_acknowledgement_arrives_in_time_while_slack_is_slow(slow_bot):
    bot, slack = slow_bot
    fake = bot.slack
    calls_before = len(fake.calls)

    # the first request after the start, answered in the acknowledgement itself
    card = await acknowledged(bot, slash_command("kedro", response_url=fake.response_url("first")))
    assert card["blocks"][0]["text"]["text"] == "Kedro"

    # a sub-command that calls the Web API: acknowledged now, answered through the response_url later
    assert await acknowledged(bot, slash_command("poll close", response_url=fake.response_url("close"))) is None

    # a button click whose answer is posted in the channel
    share = {"type": "button", "action_id": "radar_share", "value": "kedro", "action_ts": "1800000000.000001"}
    await acknowledged(bot, block_actions([share], response_url=fake.response_url("share")))

    # a mention, answered in its thread
    event = {"type": "app_mention", "user": "U1", "text": "<@UBOT> what's dvc?", "ts": "1700000001.000100"}
    event |= {"channel": "C0MENTION", "event_ts": event["ts"]}
    await acknowledged(bot, event_callback(event, event_id="EvSlow1"), "application/json")

    # a vote: stored by the time it is acknowledged
    button = ballot_button(bot, "trial")
    await acknowledged(bot, block_actions([button], response_url=fake.response_url("vote"), channel_id=CHANNEL))
    poll_id, tool, _ = button["value"].split(":")
    assert bot.service.votes.polls.counts(int(poll_id)) == {tool: {"trial": 1}}

    # nothing above waited on the Web API; the work after the acknowledgements then reaches Slack
    await eventually(lambda: len(fake.responses) >= 3, seconds=30, what="the late answers never arrived")
    await eventually(
        lambda: any(c.params.get("thread_ts") == event["ts"] for c in fake.called("chat.postMessage")),
        seconds=30,
        what="the mention was never answered",
    )
    await asyncio.wait_for(slack.background.settle(), timeout=30)
    assert not fake.called("auth.test")[1:], "the token is checked once, at start-up"
    assert len(fake.calls) > calls_before
