"""End to end: `radar-bot poll open/close` from the command line, votes as signed block_actions to the real
server, and Slack's Web API (the fake) failing in between."""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import os
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from tests.conftest import make_catalog_dir
from tests.support.blockkit import assert_valid_blocks
from tests.support.server import bot_settings, start_bot
from tests.support.signing import SECRET, block_actions, event_callback, slash_command, view_submission
from tests.support.waiting import eventually

ROOT = Path(__file__).resolve().parents[2]
CHANNEL = "C0POLL"


@pytest.fixture
async def poll_bot(fake_slack, tmp_path: Path):
    """The real server with the tiny catalog, polls on in #C0POLL and the schedule left to the command line."""
    catalog = make_catalog_dir(tmp_path / "catalog")
    env = {
        "RADAR_POLL_CHANNEL": CHANNEL,
        "RADAR_POLL_SCHEDULE": "off",
        "RADAR_POLL_SIZE": "3",
        "RADAR_STARTER": "catalog",
    }
    running = await start_bot(bot_settings(fake_slack, tmp_path / "radar.db", catalog, **env), fake_slack)
    # these tests keep the command line's environment and the shared poll runner on the running bot
    running.cli_env = {  # type: ignore[attr-defined]
        **{k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "RADAR_"))},
        "SLACK_BOT_TOKEN": "xoxb-test-token",
        "SLACK_API_URL": fake_slack.api_url,
        "RADAR_DB": str(tmp_path / "radar.db"),
        "RADAR_CATALOG": str(catalog),
        "LOG_LEVEL": "ERROR",
        "SLACK_RETRY_BACKOFF": "0",  # retries at once, as the server in this test does
        **env,
    }
    # the server already made this service's runner, so the client argument is never used
    running.polls.live.interval = 0.01
    yield running
    await running.stop()


# one command line at a time: it reads os.environ and writes to sys.stdout, which a thread shares
CLI_LOCK = threading.Lock()


def run_cli(args: list[str], env: dict[str, str]) -> tuple[int, str, str]:
    """`radar-bot ARGS` in this process, with its own environment and output, as cron would run it."""
    from bot.cli import main

    out, err = io.StringIO(), io.StringIO()
    with CLI_LOCK:
        saved = dict(os.environ)
        os.environ.clear()
        os.environ.update(env)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(args)
        finally:
            os.environ.clear()
            os.environ.update(saved)
    return code, out.getvalue(), err.getvalue()


async def cli(bot: Any, *args: str) -> tuple[int, str, str]:
    """`radar-bot ...` in a thread, so the fake Slack and the server in this loop keep answering."""
    return await asyncio.to_thread(run_cli, list(args), bot.cli_env)


async def cli_process(bot: Any, *args: str) -> tuple[int, str, str]:
    """`radar-bot ...` as its own process: for two processes racing on one database."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        cwd=ROOT,
        env=bot.cli_env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout=120)
    return proc.returncode or 0, out.decode(), err.decode()


def posts(slack: Any) -> list[dict[str, Any]]:
    return [c.params for c in slack.called("chat.postMessage")]


def vote_buttons(message: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """(tool, ring) -> the button element, as Slack would send it back in block_actions."""
    found = {}
    for block in message["blocks"]:
        if block["type"] == "actions" and block["block_id"].startswith("vote:"):
            for element in block["elements"]:
                _, tool, ring = element["value"].split(":")
                found[(tool, ring)] = {**element, "block_id": block["block_id"]}
    return found


class Voter:
    """Clicks like Slack sends them: each click has its own response_url and a later action_ts."""

    clock = 1_800_000_000.0

    def __init__(self, bot: Any, ballot: dict[str, Any]) -> None:
        self.bot = bot
        self.ballot = ballot
        self.buttons = vote_buttons(ballot)
        self.clicks = 0

    async def click(
        self, user: str, tool: str, ring: str, *, secret: str = SECRET
    ) -> tuple[int, dict[str, Any] | None]:
        Voter.clock += 0.25
        self.clicks += 1
        key = f"{user}-{self.clicks}"
        action = {**self.buttons[(tool, ring)], "action_ts": f"{Voter.clock:.6f}"}
        message = {"ts": self.ballot["ts"], "text": self.ballot["text"], "blocks": self.ballot["blocks"]}
        body = block_actions(
            [action], response_url=self.bot.slack.response_url(key), user_id=user, channel_id=CHANNEL, message=message
        )
        status, _ = await self.bot.post(body, secret=secret)
        # the private receipt goes to the response_url just after the acknowledgement
        return status, (await reply_to(self.bot.slack, key) if status == 200 else None)


@pytest.fixture(autouse=True)
def tag_responses(monkeypatch):
    """Remember which response_url each private reply went to, so a test can read the reply to its click."""
    from tests.support import fake_slack

    original = fake_slack.FakeSlack._respond

    async def respond(self: fake_slack.FakeSlack, request: web.Request) -> web.Response:
        response = await original(self, request)
        self.responses[-1]["_key"] = request.match_info["id"]
        return response

    monkeypatch.setattr(fake_slack.FakeSlack, "_respond", respond)


async def reply_to(slack: Any, key: str) -> dict[str, Any]:
    """The private reply sent to response_url `key`; slow sub-commands answer it after the acknowledgement."""
    return await eventually(
        lambda: next((r for r in slack.responses if r.get("_key") == key), None), what=f"no reply to {key}"
    )


def ballot_from(bot: Any) -> dict[str, Any]:
    """The ballot as posted, with the ts the fake Slack gave it (read back through the poll's record)."""
    [posted] = [p for p in posts(bot.slack) if vote_buttons(p)]
    [ts] = [row["ts"] for row in bot.service.store.db["polls"].rows]
    return {**posted, "ts": ts}


def team_moves(bot: Any) -> list[dict[str, Any]]:
    """The moves the team decided (the starter set's placements are left out)."""
    return list(bot.service.store.db["ring_moves"].rows_where("by_user != 'starter'"))


async def test_poll_open_votes_and_close_move_exactly_the_voted_tool(poll_bot):
    bot, slack = poll_bot, poll_bot.slack
    status, body = await bot.post(
        slash_command("propose kedro trial we shipped two projects with it", response_url=slack.response_url("p"))
    )
    assert status == 200 and "Proposed: Kedro" in body["text"]

    code, out, err = await cli(bot, "poll", "open")
    assert code == 0, err
    assert "Opened the poll" in out
    ballot = ballot_from(bot)
    assert ballot["channel"] == CHANNEL
    assert [e.split(":")[1] for e in (b["value"] for b in vote_buttons(ballot).values())][:1] == [
        "kedro"
    ]  # proposed first
    assert {tool for tool, _ in vote_buttons(ballot)} == {"kedro", "aws", "sagemaker"}
    assert "we shipped two projects" in json.dumps(ballot["blocks"])

    voter = Voter(bot, ballot)
    for user in ("U1", "U2"):
        assert (await voter.click(user, "kedro", "trial"))[0] == 200
    # U3 clicks again and again and changes their mind: only the last click counts
    for ring in ("hold", "hold", "adopt", "trial"):
        status, reply = await voter.click("U3", "kedro", ring)
        assert status == 200
    assert "changed your vote for *Kedro* from Adopt to *Trial*" in reply["blocks"][0]["text"]["text"]
    assert reply["response_type"] == "ephemeral" and reply["replace_original"] is False
    assert (await voter.click("U4", "kedro", "assess"))[0] == 200
    for user in ("U1", "U2"):
        await voter.click(user, "aws", "hold")  # two voters: below the quorum of three
    for user, ring in (("U1", "adopt"), ("U2", "adopt"), ("U3", "hold"), ("U4", "hold")):
        await voter.click(user, "sagemaker", ring)  # a tie

    status, reply = await voter.click("BBOTUSER", "kedro", "hold")
    assert status == 200 and "bots can't" in reply["text"]
    status, _ = await voter.click("U9", "kedro", "hold", secret="forged-secret")
    assert status == 401

    assert bot.service.votes.polls.counts(1) == {
        "kedro": {"trial": 3, "assess": 1},
        "aws": {"hold": 2},
        "sagemaker": {"adopt": 2, "hold": 2},
    }
    await bot.polls.settle()
    latest = slack.called("chat.update")[-1].params
    assert latest["ts"] == ballot["ts"]
    assert vote_buttons(latest)[("kedro", "trial")]["text"]["text"] == "Trial · 3"  # live counts, no names
    assert "U3" not in json.dumps(latest["blocks"]) and "U4" not in json.dumps(
        latest["blocks"]
    )  # only the proposer is named

    code, out, err = await cli(bot, "poll", "close", "--now")
    assert code == 0, err
    assert "Kedro → Trial" in out
    [move] = team_moves(bot)
    assert (move["tool_id"], move["from_ring"], move["to_ring"]) == ("kedro", "assess", "trial")
    assert json.loads(move["tally"]) == {"adopt": 0, "trial": 3, "assess": 1, "hold": 0}
    assert move["poll_link"] and move["poll_link"].startswith("https://example.slack.com/archives/C0POLL/")
    summaries = [p for p in posts(slack) if "has closed" in p["text"]]
    assert len(summaries) == 1 and "Kedro: Assess → Trial" in summaries[0]["text"]
    closed = [c.params for c in slack.called("chat.update") if "closed" in c.params["text"]][-1]
    assert closed["ts"] == ballot["ts"] and not vote_buttons(closed)
    closed_text = json.dumps(closed["blocks"])
    assert (
        "moved from Assess to Trial" in closed_text
        and "2 voters, 3 needed" in closed_text
        and "tie between Adopt and Hold" in closed_text
    )

    updates_before = len(slack.called("chat.update"))
    status, reply = await voter.click("U4", "kedro", "hold")
    assert status == 200 and "votes are no longer counted" in reply["text"]
    assert bot.service.votes.polls.counts(1)["kedro"] == {"trial": 3, "assess": 1}

    # the answers now carry the team's ring and the history
    _, card = await bot.post(slash_command("kedro", response_url=slack.response_url("k")))
    assert "Trial* (team vote)" in json.dumps(card["blocks"]) and "Latest move: Assess → Trial" in json.dumps(
        card["blocks"], ensure_ascii=False
    )
    _, history = await bot.post(slash_command("history kedro", response_url=slack.response_url("h")))
    assert "Assess → Trial (Trial 3, Assess 1)" in json.dumps(history["blocks"], ensure_ascii=False) and move[
        "poll_link"
    ] in json.dumps(history["blocks"])
    code, out, _ = await cli(bot, "export", "--format", "json")
    kedro = next(t for t in json.loads(out)["tools"] if t["id"] == "kedro")
    assert (kedro["ring_id"], kedro["ring_voted"]) == ("trial", True)

    # closing again and opening again in the same week change nothing and announce nothing
    code, out, _ = await cli(bot, "poll", "close", "--now")
    assert code == 0 and "No poll is open" in out
    code, out, _ = await cli(bot, "poll", "open")
    assert code == 0 and "already opened" in out
    assert len(team_moves(bot)) == 1 and len(posts(slack)) == 2
    assert len(slack.called("chat.update")) == updates_before


async def test_two_processes_opening_at_once_post_one_ballot(poll_bot):
    results = await asyncio.gather(cli_process(poll_bot, "poll", "open"), cli_process(poll_bot, "poll", "open"))
    assert sorted(code for code, _, _ in results) == [0, 0]
    outputs = sorted(out for _, out, _ in results)
    assert "Opened the poll" in outputs[0] and "already opened" in outputs[1]
    assert len(posts(poll_bot.slack)) == 1
    assert poll_bot.service.store.db.execute("SELECT COUNT(*) FROM polls").fetchone()[0] == 1


async def vote_majority(bot: Any) -> None:
    voter = Voter(bot, ballot_from(bot))
    for user in ("U1", "U2", "U3"):
        await voter.click(user, "aws", "trial")


async def test_slack_failing_with_429_and_500_during_close_still_ends_in_one_result(poll_bot):
    bot, slack = poll_bot, poll_bot.slack
    assert (await cli(bot, "poll", "open"))[0] == 0
    await vote_majority(bot)
    await bot.polls.settle()
    slack.fail("chat.update", 500, times=2)
    slack.fail("chat.postMessage", 429, times=1, retry_after=0)
    slack.fail("chat.postMessage", 500, times=1)

    code, out, err = await cli(bot, "poll", "close", "--now")
    assert code == 0, out + err
    assert [m["to_ring"] for m in team_moves(bot)] == ["trial"]
    assert len([p for p in posts(slack) if "has closed" in p["text"]]) == 1
    assert len(slack.called("chat.postMessage!failed")) == 2 and len(slack.called("chat.update!failed")) == 2
    assert "closed" in slack.called("chat.update")[-1].params["text"]


async def test_slack_down_past_every_retry_leaves_the_result_applied_and_announces_later_once(poll_bot):
    bot, slack = poll_bot, poll_bot.slack
    assert (await cli(bot, "poll", "open"))[0] == 0
    await vote_majority(bot)
    await bot.polls.settle()
    slack.fail("chat.postMessage", 500, times=4)  # the first try and all three retries

    code, out, _ = await cli(bot, "poll", "close", "--now")
    assert code == 1 and "1 announcement(s) could not be sent yet" in out
    assert [m["to_ring"] for m in team_moves(bot)] == ["trial"]
    assert not [p for p in posts(slack) if "has closed" in p["text"]]

    code, out, _ = await cli(bot, "poll", "close")  # cron's next run, Slack is back
    assert code == 0 and "No poll is open" in out
    code, _, _ = await cli(bot, "poll", "close")
    assert code == 0
    assert len([p for p in posts(slack) if "has closed" in p["text"]]) == 1
    assert [m["to_ring"] for m in team_moves(bot)] == ["trial"]


async def test_a_result_applied_before_a_crash_is_announced_once_after_restart(poll_bot):
    bot, slack = poll_bot, poll_bot.slack
    assert (await cli(bot, "poll", "open"))[0] == 0
    await vote_majority(bot)
    await bot.polls.settle()
    # the process applies the result and dies before it can tell Slack
    report = bot.service.votes.close("T0001", by="U1", force=True)
    assert report.result == "closed" and report.unsent == 2
    assert not [p for p in posts(slack) if "has closed" in p["text"]]

    for _ in range(2):  # the restarted process, then another run
        assert (await cli(bot, "poll", "close"))[0] == 0
    assert len([p for p in posts(slack) if "has closed" in p["text"]]) == 1
    assert len([c for c in slack.called("chat.update") if "closed" in c.params["text"]]) == 1


async def test_poll_open_that_slack_refuses_opens_nothing_and_can_be_retried(poll_bot):
    slack = poll_bot.slack
    slack.fail("chat.postMessage", 500, times=4)
    code, out, _ = await cli(poll_bot, "poll", "open")
    assert code == 1 and "nothing was opened" in out
    assert poll_bot.service.store.db.execute("SELECT COUNT(*) FROM polls").fetchone()[0] == 0
    code, out, _ = await cli(poll_bot, "poll", "open")
    assert code == 0 and "Opened the poll" in out and len(posts(slack)) == 1


async def test_admins_close_early_from_slack_and_others_are_told_why_not(poll_bot):
    bot, slack = poll_bot, poll_bot.slack
    assert (await cli(bot, "poll", "open"))[0] == 0
    status, _ = await bot.post(slash_command("poll close", response_url=slack.response_url("member"), user_id="U7"))
    assert status == 200
    status, _ = await bot.post(slash_command("poll close", response_url=slack.response_url("admin"), user_id="UADMIN1"))
    assert status == 200
    assert "Only workspace admins" in (await reply_to(slack, "member"))["text"]
    assert "Closed the poll" in (await reply_to(slack, "admin"))["text"]
    assert bot.service.votes.polls.open_poll("T0001") is None
    [poll] = bot.service.store.db["polls"].rows
    assert poll["closed_by"] == "UADMIN1"


async def test_poll_status_in_slack(poll_bot):
    bot, slack = poll_bot, poll_bot.slack
    _, before = await bot.post(slash_command("poll", response_url=slack.response_url("s")))
    assert "No poll is open" in before["text"] and "next poll opens" not in before["text"]  # the schedule is off
    assert (await cli(bot, "poll", "open"))[0] == 0
    _, during = await bot.post(slash_command("poll", response_url=slack.response_url("s")))
    assert "Open until" in during["text"] and "Kedro" not in during["text"] and "Amazon Web Services" in during["text"]


async def called(slack: Any, method: str, count: int = 1) -> list[Any]:
    """Wait for work done after the acknowledgement to reach the fake Web API."""
    return await eventually(
        lambda: slack.called(method) if len(slack.called(method)) >= count else None,
        what=f"{method} was not called {count} time(s)",
    )


async def test_app_home_shows_the_radar_the_open_poll_and_recent_moves(poll_bot):
    bot, slack = poll_bot, poll_bot.slack
    assert (await cli(bot, "poll", "open"))[0] == 0
    await vote_majority(bot)
    status, _ = await bot.post(
        event_callback(
            {"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "messages"}, event_id="EvHome0"
        ),
        content_type="application/json",
    )
    assert status == 200
    status, _ = await bot.post(
        event_callback({"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home"}, event_id="EvHome1"),
        content_type="application/json",
    )
    assert status == 200
    [publish] = await called(slack, "views.publish")
    view = publish.params["view"]
    view = json.loads(view) if isinstance(view, str) else view
    assert publish.params["user_id"] == "U1" and view["type"] == "home"
    assert_valid_blocks(view["blocks"], max_blocks=100)
    text = json.dumps(view["blocks"], ensure_ascii=False)
    assert "Open until" in text and "*Amazon Web Services* (now Adopt): Trial 3" in text
    for ring in ("Adopt", "Trial", "Assess", "Hold"):
        assert f"*{ring}*" in text
    assert "No tool has moved yet" in text


async def test_propose_button_on_a_card_opens_a_modal_that_records_the_proposal(poll_bot):
    bot, slack = poll_bot, poll_bot.slack
    _, card = await bot.post(slash_command("kedro", response_url=slack.response_url("card")))
    [button] = [
        e for b in card["blocks"] if b["type"] == "actions" for e in b["elements"] if e["action_id"] == "radar_propose"
    ]
    status, _ = await bot.post(
        block_actions(
            [{**button, "block_id": "tool:kedro", "action_ts": "1800000000.000001"}],
            response_url=slack.response_url("click"),
        )
    )
    assert status == 200
    [opened] = await called(slack, "views.open")
    modal = opened.params["view"]
    modal = json.loads(modal) if isinstance(modal, str) else modal
    assert modal["private_metadata"] == "kedro" and "Kedro" in json.dumps(modal["blocks"])

    empty = {
        **modal,
        "state": {
            "values": {
                "ring": {"ring": {"type": "radio_buttons", "selected_option": None}},
                "why": {"why": {"type": "plain_text_input", "value": "ok"}},
            }
        },
    }
    status, answer = await bot.post(view_submission(empty))
    assert status == 200 and answer["response_action"] == "errors" and set(answer["errors"]) == {"ring", "why"}
    assert bot.service.votes.polls.pending_proposals("T0001") == []

    filled = {
        **modal,
        "state": {
            "values": {
                "ring": {
                    "ring": {
                        "type": "radio_buttons",
                        "selected_option": {"value": "trial", "text": {"type": "plain_text", "text": "Trial"}},
                    }
                },
                "why": {"why": {"type": "plain_text_input", "value": "two projects shipped with it"}},
            }
        },
    }
    status, answer = await bot.post(view_submission(filled, user_id="U8"))
    assert status == 200 and answer["response_action"] == "update"
    assert_valid_blocks(answer["view"]["blocks"], max_blocks=100)
    [proposal] = bot.service.votes.polls.pending_proposals("T0001")
    assert (proposal.tool_id, proposal.ring, proposal.user_id, proposal.why) == (
        "kedro",
        "trial",
        "U8",
        "two projects shipped with it",
    )

    assert (await cli(bot, "poll", "open"))[0] == 0
    assert "two projects shipped with it" in json.dumps(ballot_from(bot)["blocks"])
