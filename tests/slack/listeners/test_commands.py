"""The `/radar` listener, dispatched by Bolt from signed requests, without an HTTP server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.slack.app import SlackBot
from tests.conftest import make_catalog_dir
from tests.support.dispatch import dispatch, slack_bot
from tests.support.signing import slash_command
from tests.support.waiting import eventually


@pytest.fixture
async def bot(fake_slack, tmp_path: Path) -> AsyncIterator[SlackBot]:
    running = slack_bot(fake_slack, tmp_path / "radar.db", make_catalog_dir(tmp_path / "catalog"))
    yield running
    running.service.store.close()


async def test_a_tool_name_is_answered_in_the_acknowledgement(bot, fake_slack):
    status, body = await dispatch(bot, slash_command("kedro", response_url=fake_slack.response_url()))
    assert status == 200 and body["response_type"] == "ephemeral"
    assert body["blocks"][0]["text"]["text"] == "Kedro"
    assert not fake_slack.calls, "a lookup never waits on the Web API"


async def test_help_lists_every_sub_command_of_the_table(bot, fake_slack):
    _, body = await dispatch(bot, slash_command("help", response_url=fake_slack.response_url()))
    text = str(body["blocks"])
    for usage in bot.service.commands.usages():
        assert usage.usage.split(" <")[0].split(" [")[0] in text


async def test_a_web_api_sub_command_acknowledges_first_and_answers_through_the_response_url(bot, fake_slack):
    status, body = await dispatch(bot, slash_command("chart", response_url=fake_slack.response_url("chart")))
    assert status == 200 and body is None
    await eventually(lambda: fake_slack.responses)
    [answer] = fake_slack.responses
    assert answer["response_type"] == "ephemeral"
