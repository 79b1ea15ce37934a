"""Listeners acknowledge without waiting on Slack; what follows the acknowledgement runs in kept tasks."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from slack_bolt.async_app import AsyncAck

from bot.slack.app import SlackBot
from bot.slack.listeners.background import Background
from tests.conftest import make_catalog_dir
from tests.support.dispatch import dispatch, slack_bot
from tests.support.signing import block_actions, slash_command


@pytest.fixture
async def bot(fake_slack, tmp_path: Path) -> AsyncIterator[SlackBot]:
    running = slack_bot(fake_slack, tmp_path / "radar.db", make_catalog_dir(tmp_path / "catalog"))
    yield running
    await running.background.settle()
    running.service.store.close()


async def test_bolt_awaits_the_listener_instead_of_polling_for_its_ack(bot):
    assert bot.bolt.process_before_response


async def test_an_error_right_after_the_ack_still_answers_slack_with_the_ack(bot, fake_slack, caplog):
    async def acks_then_fails(ack: AsyncAck) -> None:
        await ack(response_type="ephemeral", text="on it")
        raise RuntimeError("broken after the ack")

    bot.bolt.command("/boom")(acks_then_fails)
    with caplog.at_level(logging.ERROR):
        status, body = await dispatch(bot, slash_command("x", response_url=fake_slack.response_url(), command="/boom"))
    assert (status, body["text"]) == (200, "on it")
    assert "broken after the ack" in caplog.text


async def test_an_error_before_the_ack_is_a_500_and_logged(bot, fake_slack):
    async def fails(ack: AsyncAck) -> None:
        raise RuntimeError("broken before the ack")

    bot.bolt.command("/early")(fails)
    status, _ = await dispatch(bot, slash_command("x", response_url=fake_slack.response_url(), command="/early"))
    assert status == 500


async def test_a_share_click_is_acknowledged_before_its_answer_is_posted(bot, fake_slack):
    fake_slack.delay = 0.2
    share = {"type": "button", "action_id": "radar_share", "value": "kedro", "action_ts": "1800000000.000001"}
    status, _ = await dispatch(bot, block_actions([share], response_url=fake_slack.response_url()))
    assert status == 200 and not fake_slack.responses and bot.background.pending == 1
    await bot.background.settle()
    [posted] = fake_slack.responses
    assert posted["response_type"] == "in_channel"


async def test_a_failure_after_the_ack_is_logged_not_lost(caplog):
    background = Background()

    async def fails() -> None:
        raise RuntimeError("Slack said no")

    with caplog.at_level(logging.ERROR):
        background.start(fails(), "a test answer")
        await background.settle()
    assert "a test answer failed after the acknowledgement: RuntimeError" in caplog.text
    assert background.pending == 0


async def test_shutdown_waits_briefly_then_cancels_what_is_left():
    background = Background()
    finished: list[str] = []

    async def quick() -> None:
        finished.append("quick")

    async def stuck() -> None:
        await asyncio.Event().wait()

    background.start(quick(), "quick")
    background.start(stuck(), "stuck")
    await background.close(timeout=0.05)
    assert finished == ["quick"] and background.pending == 0
