"""The poll summary when Slack takes the post but answers with an error: the channel's history decides."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.slack.polls import PollRunner
from bot.slack.polls.runner import SUMMARY_EVENT
from tests.conftest import make_catalog_dir
from tests.slack.test_polls import MONDAY, make_runner, summaries


@pytest.fixture
def runner(fake_slack, tmp_path: Path) -> PollRunner:
    return make_runner(fake_slack, tmp_path / "radar.db", make_catalog_dir(tmp_path / "catalog"))


async def test_a_summary_slack_took_but_answered_500_for_is_not_posted_again(fake_slack, runner):
    await runner.open(moment=MONDAY)
    # more 500s than the client's own retries: the first attempt ends as failed, the post in the channel
    fake_slack.take_then_fail("chat.postMessage", 500, times=4)
    report = await runner.close(force=True, moment=MONDAY)
    assert report.unsent == 1
    assert len(fake_slack.history["C0POLL"]) == 1 + 4  # the ballot and every taken summary post
    assert await runner.deliver("T0001", MONDAY) == 0  # the retry finds the summary and only marks it sent
    assert not summaries(fake_slack)  # no successful post after the failed ones
    assert len(fake_slack.called("conversations.history")) == 1


async def test_a_summary_slack_never_took_is_posted_on_the_next_attempt(fake_slack, runner):
    await runner.open(moment=MONDAY)
    fake_slack.fail("chat.postMessage", 500, times=4)
    assert (await runner.close(force=True, moment=MONDAY)).unsent == 1
    assert await runner.deliver("T0001", MONDAY) == 0
    [summary] = summaries(fake_slack)
    assert summary["metadata"] == {"event_type": SUMMARY_EVENT, "event_payload": {"poll_id": 1}}


async def test_the_first_attempt_posts_without_reading_the_history(fake_slack, runner):
    await runner.open(moment=MONDAY)
    await runner.close(force=True, moment=MONDAY)
    assert len(summaries(fake_slack)) == 1
    assert not fake_slack.called("conversations.history")


async def test_an_unreadable_history_leaves_the_summary_for_later(fake_slack, runner):
    await runner.open(moment=MONDAY)
    fake_slack.fail("chat.postMessage", 500, times=4)
    await runner.close(force=True, moment=MONDAY)
    fake_slack.fail("conversations.history", 500, times=4)
    assert await runner.deliver("T0001", MONDAY) == 1
    assert not summaries(fake_slack)
    assert await runner.deliver("T0001", MONDAY) == 0  # next step: history readable, summary absent, posted once
    assert len(summaries(fake_slack)) == 1


async def test_an_install_without_the_history_scope_posts_as_before(fake_slack, runner):
    await runner.open(moment=MONDAY)
    fake_slack.fail("chat.postMessage", 500, times=4)
    await runner.close(force=True, moment=MONDAY)
    fake_slack.fail("conversations.history", 200, error="missing_scope")
    assert await runner.deliver("T0001", MONDAY) == 0
    assert len(summaries(fake_slack)) == 1
