"""Every vote message, the modal and App Home pass Block Kit validation and Slack's limits."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from slack_sdk.models.views import View

from bot.messages.votes import (
    ballot_message,
    close_report_message,
    closed_message,
    history_message,
    open_report_message,
    plain,
    propose_modal,
    status_message,
    summary_message,
    vote_receipt,
)
from bot.radar.team import RingMove
from bot.radar.votes import CloseReport, OpenReport, RingChoice, VoteReceipt
from bot.services.radar import RadarService
from bot.services.votes import PollConfig
from bot.storage.store import Store
from tests.conftest import WHOLE_CATALOG_FIRST
from tests.support.blockkit import assert_valid_blocks, assert_valid_message

T0 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
RINGS = tuple(RingChoice(r, r.title()) for r in ("adopt", "trial", "assess", "hold"))


def polling_service(catalog, size: int = 10) -> RadarService:
    service = RadarService(
        catalog, Store(), WHOLE_CATALOG_FIRST, poll_config=PollConfig(channel="C1", size=size), clock=lambda: T0
    )
    return service


def busy_poll(service: RadarService):
    """A full ballot with long proposals and votes on every tool, opened and posted."""
    votes = service.votes
    for tool in service.catalog.tools[:12]:
        for n in range(3):
            votes.propose(
                "T1",
                f"U{n}",
                tool.id,
                "hold" if votes.current_rings("T1")[tool.id] != "hold" else "adopt",
                "a long reason " * 60,
            )
    claim = votes.claim("T1")
    assert votes.confirm(claim, "C1", "1.0001", "https://example.slack.com/archives/C1/p10001")
    for i, (tool_id, _) in enumerate(votes.polls.items(claim.poll.id)):
        for voter in range(i % 5):
            votes.vote("T1", f"{claim.poll.id}:{tool_id}:trial", f"U{voter}", f"{1_800_000_000 + voter}.000001")
    return claim.poll


def test_ballot_closed_poll_and_summary_are_valid(tiny_catalog):
    service = polling_service(tiny_catalog)
    poll = busy_poll(service)
    ballot = ballot_message(service.votes.poll_view(poll.id))
    assert_valid_message(ballot)
    assert len([b for b in ballot.blocks if b["type"] == "actions"]) == 10
    report = service.votes.close("T1", by="U1", force=True)
    assert_valid_message(closed_message(report.view))
    assert_valid_message(summary_message(report.view))
    assert_valid_message(close_report_message(report))


def test_no_moves_summary_says_so(tiny_catalog):
    service = polling_service(tiny_catalog, size=2)
    claim = service.votes.claim("T1")
    service.votes.confirm(claim, "C1", "1.0001", None)
    report = service.votes.close("T1", force=True)
    summary = summary_message(report.view)
    assert_valid_message(summary)
    assert "No tool moved" in summary.text and "See the full results" in json.dumps(summary.blocks)


@pytest.mark.parametrize("result", ["recorded", "changed", "same", "superseded", "closed", "unknown", "bot"])
def test_every_vote_receipt_is_valid(result):
    receipt = VoteReceipt(result, "Weights & Biases", "Trial", "Hold", closes_at=T0, closed_at=T0)
    message = vote_receipt(receipt)
    assert_valid_message(message)
    assert "<!date" not in message.text and "*" not in message.text


def test_status_with_and_without_an_open_poll(tiny_catalog):
    service = polling_service(tiny_catalog)
    assert_valid_message(status_message(service.votes.status("T1")))
    busy_poll(service)
    open_status = status_message(service.votes.status("T1"))
    assert_valid_message(open_status)
    assert "Open until" in open_status.text
    service.votes.close("T1", force=True)
    after = status_message(service.votes.status("T1"))
    assert_valid_message(after)
    assert "next poll opens" in after.text and "Last poll" in after.text
    off = RadarService(tiny_catalog, Store())
    assert "switched off" in status_message(off.votes.status("T1")).text


def test_history_of_a_long_life_fits():
    moves = [
        RingMove(
            "kedro",
            "assess",
            "trial",
            T0 + timedelta(days=7 * i),
            {"trial": 3, "assess": 1},
            i,
            f"https://example.slack.com/archives/C1/p{i}",
        )
        for i in range(200)
    ]
    message = history_message("kedro", "Kedro", RINGS[1], True, moves, RINGS)
    assert_valid_message(message)
    assert "History of Kedro" in message.text and moves[-1].poll_link in json.dumps(message.blocks)
    assert_valid_message(history_message("kedro", "Kedro", RINGS[2], False, [], RINGS))


@pytest.mark.parametrize("result", ["opened", "this_week", "busy", "disabled", "empty", "failed"])
def test_every_open_report_is_valid(tiny_catalog, result):
    service = polling_service(tiny_catalog)
    claim = service.votes.claim("T1")
    service.votes.confirm(claim, "C1", "1.0001", None)
    view = service.votes.poll_view(claim.poll.id) if result in ("opened", "this_week", "busy") else None
    assert_valid_message(open_report_message(OpenReport(result, view, "ratelimited")))


@pytest.mark.parametrize("result", ["closed", "not_due", "none_open"])
def test_every_close_report_is_valid(tiny_catalog, result):
    service = polling_service(tiny_catalog)
    claim = service.votes.claim("T1")
    service.votes.confirm(claim, "C1", "1.0001", None)
    view = service.votes.poll_view(claim.poll.id)
    assert_valid_message(close_report_message(CloseReport(result, view if result != "none_open" else None, 2)))


def test_propose_modal_is_a_valid_view_without_the_current_ring():
    modal = propose_modal("kedro", "Kedro", RINGS[2], RINGS)
    View(**modal).validate_json()
    assert_valid_blocks(modal["blocks"], max_blocks=100)
    [ring_input] = [b for b in modal["blocks"] if b.get("block_id") == "ring"]
    assert [o["value"] for o in ring_input["element"]["options"]] == ["adopt", "trial", "hold"]


def test_app_home_with_the_bundled_catalog_fits(bundled_catalog):
    # the default first radar: the tools the seed posts name
    service = RadarService(bundled_catalog, Store(), poll_config=PollConfig(channel="C1", size=10), clock=lambda: T0)
    poll = busy_poll(service)
    new_entry = ("some-unknown-tool", "ml-task-orchestrators", "Our own scheduler.", "https://x.example")
    service.votes.propose_new("T1", "U1", *new_entry, "trial", "we like it")
    service.votes.close("T1", force=True)
    home = service.votes.home("T1")
    View(**home).validate_json()
    assert_valid_blocks(home["blocks"], max_blocks=100)
    text = json.dumps(home["blocks"])
    for ring in bundled_catalog.rings:
        assert ring.name in text
    assert "Recent moves" in text and "some-unknown-tool" in text
    assert poll.week  # the poll closed, so Home points to the next one
    assert "next poll opens" in text


def test_plain_text_fallback_keeps_names_and_drops_markup():
    assert (
        plain("*Set* `RADAR_POLL_CHANNEL` _now_ :tada: <!date^1700000000^{date}|Tue 14 Nov 2023> <https://x.test|here>")
        == "Set RADAR_POLL_CHANNEL now Tue 14 Nov 2023 here"
    )
