"""The Slack side of polls against the fake Web API: the schedule, live counts, announcements, who may vote."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.radar.catalog import load_catalog
from bot.services.radar import Caller, RadarService
from bot.services.votes import PollConfig
from bot.slack.app import web_client
from bot.slack.polls import PollRunner
from bot.storage.store import Store
from tests.conftest import WHOLE_CATALOG_FIRST, make_catalog_dir
from tests.support.server import bot_settings
from tests.support.waiting import eventually

MONDAY = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def make_runner(fake_slack, db: Path, catalog_dir: Path, **config) -> PollRunner:
    """A runner with its own database connection, as a separate process would have."""
    service = RadarService(
        load_catalog(catalog_dir),
        Store(db),
        WHOLE_CATALOG_FIRST,
        poll_config=PollConfig(**{"channel": "C0POLL", "size": 3, **config}),
        clock=lambda: MONDAY,
    )
    runner = PollRunner(service.votes, web_client(bot_settings(fake_slack, db)), live_interval=0.01)
    return runner


@pytest.fixture
def catalog_dir(tmp_path: Path) -> Path:
    return make_catalog_dir(tmp_path / "catalog")


@pytest.fixture
def runner(fake_slack, tmp_path, catalog_dir) -> PollRunner:
    return make_runner(fake_slack, tmp_path / "radar.db", catalog_dir)


def ballots(fake_slack) -> list[dict]:
    return [c.params for c in fake_slack.called("chat.postMessage") if "Radar poll for week" in c.params["text"]]


def summaries(fake_slack) -> list[dict]:
    return [c.params for c in fake_slack.called("chat.postMessage") if "has closed" in c.params["text"]]


async def test_the_schedule_opens_once_in_the_window_and_closes_at_the_deadline(fake_slack, runner):
    await runner.tick(MONDAY - timedelta(minutes=1))
    assert ballots(fake_slack) == []
    await runner.tick(MONDAY)
    await runner.tick(MONDAY + timedelta(hours=1))
    assert len(ballots(fake_slack)) == 1
    await runner.tick(MONDAY + timedelta(days=3) - timedelta(seconds=1))
    assert summaries(fake_slack) == []
    await runner.tick(MONDAY + timedelta(days=3))
    await runner.tick(MONDAY + timedelta(days=3, minutes=1))
    assert len(summaries(fake_slack)) == 1 and len(ballots(fake_slack)) == 1
    await runner.tick(MONDAY + timedelta(days=7))
    assert len(ballots(fake_slack)) == 2


async def test_a_restart_after_the_window_opens_nothing_until_next_week(fake_slack, runner):
    await runner.tick(MONDAY + timedelta(days=3, hours=1))
    assert ballots(fake_slack) == []


async def test_two_processes_on_one_database_post_one_ballot(fake_slack, tmp_path, catalog_dir):
    first = make_runner(fake_slack, tmp_path / "radar.db", catalog_dir)
    second = make_runner(fake_slack, tmp_path / "radar.db", catalog_dir)
    await asyncio.gather(first.tick(MONDAY), second.tick(MONDAY), first.tick(MONDAY), second.tick(MONDAY))
    assert len(ballots(fake_slack)) == 1
    await asyncio.gather(first.tick(MONDAY + timedelta(days=3)), second.tick(MONDAY + timedelta(days=3)))
    assert len(summaries(fake_slack)) == 1


async def test_the_schedule_sends_what_a_crashed_process_owed(fake_slack, runner):
    await runner.tick(MONDAY)
    runner.votes.close(await runner.team_id(), force=True)  # applied, then the process died
    assert summaries(fake_slack) == []
    await runner.tick(MONDAY + timedelta(minutes=1))
    await runner.tick(MONDAY + timedelta(minutes=2))
    assert len(summaries(fake_slack)) == 1


async def test_live_counts_are_coalesced_and_end_on_the_latest_state(fake_slack, runner):
    report = await runner.open(moment=MONDAY)
    poll = report.view.poll
    before = len(fake_slack.called("chat.update"))
    for _ in range(50):
        runner.refresh(poll.id)  # fifty clicks before the updater gets a turn: one chat.update
    await runner.settle()
    assert len(fake_slack.called("chat.update")) == before + 1
    caller = Caller("T0001", "U1")
    await runner.cast(caller, f"{poll.id}:aws:hold", "1800000000.000001")
    await runner.cast(Caller("T0001", "U2"), f"{poll.id}:aws:hold", "1800000000.000002")
    await runner.settle()
    last = fake_slack.called("chat.update")[-1].params
    assert any(e["text"]["text"] == "Hold · 2" for b in last["blocks"] if b["type"] == "actions" for e in b["elements"])


async def test_bots_and_strangers_cannot_vote(fake_slack, runner):
    poll = (await runner.open(moment=MONDAY)).view.poll
    receipt = await runner.cast(Caller("T0001", "BROBOT"), f"{poll.id}:aws:hold", None)
    assert "bots can't" in receipt.text
    fake_slack.fail("users.info", 200, error="user_not_found")
    receipt = await runner.cast(Caller("T0001", "UELSEWHERE"), f"{poll.id}:aws:hold", None)
    assert "Only members of this workspace vote" in receipt.text
    assert runner.votes.polls.counts(poll.id) == {}


async def test_a_users_info_outage_does_not_cost_a_vote_but_does_block_admin_commands(fake_slack, runner):
    poll = (await runner.open(moment=MONDAY)).view.poll
    fake_slack.fail("users.info", 200, times=2, error="fatal_error")
    receipt = await runner.cast(Caller("T0001", "U5"), f"{poll.id}:aws:hold", None)
    assert "Your vote" in receipt.text
    reply = await runner.close_command(Caller("T0001", "UADMIN2"), "")
    assert "couldn't check with Slack" in reply.text
    assert runner.votes.polls.open_poll("T0001") is not None


async def test_radar_admins_need_no_lookup(fake_slack, tmp_path, catalog_dir):
    runner = make_runner(fake_slack, tmp_path / "radar.db", catalog_dir, admins=frozenset({"U42"}))
    await runner.open(moment=MONDAY)
    reply = await runner.close_command(Caller("T0001", "U42"), "")
    assert "Closed the poll" in reply.text and not fake_slack.called("users.info")
    reply = await runner.open_command(Caller("T0001", "U42"), "")
    assert "already opened" in reply.text


async def test_a_channel_the_bot_is_not_in_opens_nothing(fake_slack, runner):
    fake_slack.fail("chat.postMessage", 200, error="not_in_channel")
    report = await runner.open(moment=MONDAY)
    assert report.result == "failed" and report.error == "not_in_channel"
    assert runner.votes.polls.unclosed_poll("T0001") is None


async def test_polls_switched_off_do_nothing(fake_slack, tmp_path, catalog_dir):
    runner = make_runner(fake_slack, tmp_path / "radar.db", catalog_dir, channel="")
    await runner.tick(MONDAY)
    assert (await runner.open(moment=MONDAY)).result == "disabled"
    assert not fake_slack.called("chat.postMessage")


async def test_the_background_schedule_starts_and_stops_with_the_server(fake_slack, tmp_path, catalog_dir, monkeypatch):
    started: list[PollRunner] = []
    schedule = PollRunner.run_schedule

    def recorded(self: PollRunner, *args: float) -> Coroutine[Any, Any, None]:
        started.append(self)  # called once for each schedule task `running()` creates
        return schedule(self, *args)

    monkeypatch.setattr(PollRunner, "run_schedule", recorded)
    runner = make_runner(fake_slack, tmp_path / "radar.db", catalog_dir)
    async with runner.running():
        # the first step runs at once: today's clock is the fixed Monday
        await eventually(lambda: ballots(fake_slack))
    assert len(ballots(fake_slack)) == 1
    assert started == [runner]
    off = make_runner(fake_slack, tmp_path / "other.db", catalog_dir, scheduled=False)
    async with off.running():
        pass
    assert started == [runner]  # no schedule task for `off`, so no step of it can run later either
    assert len(ballots(fake_slack)) == 1


async def test_a_deleted_poll_message_does_not_hold_up_the_results(fake_slack, runner):
    await runner.open(moment=MONDAY)
    fake_slack.fail("chat.update", 200, error="message_not_found")
    report = await runner.close(force=True, moment=MONDAY)
    assert report.result == "closed" and report.unsent == 0
    assert len(summaries(fake_slack)) == 1
