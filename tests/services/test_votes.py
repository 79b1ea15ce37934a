"""Team votes without Slack: one poll a week, votes checked in the database, atomic closing, per workspace."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.config import Settings
from bot.radar.export import export_json
from bot.services.radar import Caller, RadarService
from bot.services.votes import OPENING_LEASE, PollConfig, cast_time
from bot.slack.proposals import proposal_modal, proposal_submitted
from bot.storage.store import Store
from tests.conftest import WHOLE_CATALOG_FIRST

T0 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)  # a Monday


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service(tiny_catalog, clock) -> RadarService:
    service = RadarService(
        tiny_catalog, Store(), WHOLE_CATALOG_FIRST, poll_config=PollConfig(channel="C1", size=3), clock=clock
    )
    return service


def opened(service: RadarService, team: str = "T1"):
    claim = service.votes.claim(team)
    assert claim.result == "claimed"
    assert service.votes.confirm(claim, "C1", "1.0001", "https://example.slack.com/archives/C1/p10001")
    return claim.poll


def vote(
    service: RadarService, poll_id: int, tool: str, voter: str, ring: str, team: str = "T1", at: float = 1_800_000_000.0
):
    receipt, _ = service.votes.vote(team, f"{poll_id}:{tool}:{ring}", voter, f"{at:.6f}")
    return receipt.result


def test_a_week_gets_one_poll_and_the_next_week_another(service, clock):
    poll = opened(service)
    assert poll.week == "2026-W10" and poll.closes_at == T0 + timedelta(days=3)
    assert service.votes.claim("T1").result == "this_week"
    service.votes.close("T1", force=True)
    assert service.votes.claim("T1").result == "this_week"  # closed early, still this week's
    clock.now = T0 + timedelta(days=7)
    assert service.votes.claim("T1").result == "claimed"


def test_an_unclosed_poll_blocks_the_next_one(service, clock):
    opened(service)
    clock.now = T0 + timedelta(days=7)
    claim = service.votes.claim("T1")
    assert claim.result == "busy" and claim.poll.week == "2026-W10"


def test_a_claim_abandoned_by_a_dead_process_is_taken_over_after_the_lease(service, clock):
    first = service.votes.claim("T1")
    assert service.votes.claim("T1").result == "this_week"
    clock.now = T0 + OPENING_LEASE + timedelta(seconds=1)
    second = service.votes.claim("T1")
    assert second.result == "claimed" and second.poll.id != first.poll.id
    assert not service.votes.confirm(first, "C1", "1.0002", None)  # the dead claim cannot come back


def test_proposals_come_first_and_return_to_the_queue_if_posting_fails(service):
    service.votes.propose("T1", "U1", "optuna", "adopt", "we tune every model with it")
    service.votes.propose("T1", "U2", "optuna", "adopt", "same here")
    claim = service.votes.claim("T1")
    assert [t for t, _ in service.votes.polls.items(claim.poll.id)] == ["optuna", "aws", "sagemaker"]
    assert len(service.votes.view(claim.poll).entries[0].proposals) == 2
    service.votes.release(claim)
    assert service.votes.status("T1").queued == ("Optuna",)


def test_votes_change_and_only_count_while_open(service, clock):
    poll = opened(service)
    assert vote(service, poll.id, "aws", "U1", "trial", at=1.0) == "recorded"
    assert vote(service, poll.id, "aws", "U1", "trial", at=2.0) == "same"
    assert vote(service, poll.id, "aws", "U1", "hold", at=3.0) == "changed"
    assert vote(service, poll.id, "aws", "U1", "adopt", at=2.5) == "superseded"  # an older click arriving late
    assert service.votes.polls.counts(poll.id) == {"aws": {"hold": 1}}
    clock.now = poll.closes_at  # the deadline has passed even if nobody closed it yet
    assert vote(service, poll.id, "aws", "U1", "trial", at=4.0) == "closed"
    assert service.votes.polls.counts(poll.id) == {"aws": {"hold": 1}}


def test_buttons_that_do_not_fit_the_poll_store_nothing(service):
    poll = opened(service)
    for value in (f"{poll.id}:kedro:trial", f"{poll.id}:aws:sideways", "999:aws:trial", "nonsense", ""):
        receipt, _ = service.votes.vote("T1", value, "U1")
        assert receipt.result == "unknown", value
    assert vote(service, poll.id, "aws", "U1", "trial", team="T2") == "unknown"  # another workspace's click
    assert service.votes.polls.counts(poll.id) == {}


def test_closing_applies_moves_history_and_announcements_together(service, clock):
    poll = opened(service)
    for voter in ("U1", "U2", "U3"):
        vote(service, poll.id, "sagemaker", voter, "adopt")
    assert service.votes.close("T1").result == "not_due"
    clock.now = poll.closes_at
    report = service.votes.close("T1")
    assert report.result == "closed" and report.unsent == 2
    assert [(e.tool_id, e.decision.outcome) for e in report.view.entries] == [
        ("aws", "no_quorum"),
        ("sagemaker", "moved"),
        ("cloudera", "no_quorum"),
    ]
    [move] = service.store.history("T1", "sagemaker")
    assert (move.from_ring, move.to_ring, move.poll_id, move.poll_link) == (
        "trial",
        "adopt",
        poll.id,
        "https://example.slack.com/archives/C1/p10001",
    )
    exported = {t["id"]: t for t in export_json(service.team("T1"))["tools"]}
    assert exported["sagemaker"]["ring_id"] == "adopt" and exported["sagemaker"]["ring_voted"]
    assert service.votes.close("T1").result == "none_open"


def test_a_failure_while_closing_leaves_nothing_half_applied(service, monkeypatch):
    poll = opened(service)
    for voter in ("U1", "U2", "U3"):
        vote(service, poll.id, "sagemaker", voter, "adopt")

    def disk_full(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(service.votes.polls, "enqueue", disk_full)
    with pytest.raises(OSError):
        service.votes.close("T1", force=True)
    assert service.store.history("T1", "sagemaker") == []
    assert service.votes.polls.poll(poll.id).status == "open" and service.votes.polls.results(poll.id) == {}
    monkeypatch.undo()
    assert service.votes.close("T1", force=True).result == "closed"
    assert len(service.store.history("T1", "sagemaker")) == 1


def test_workspaces_never_touch_each_other(service):
    first, second = opened(service, "T1"), opened(service, "T2")
    for voter in ("U1", "U2", "U3"):
        vote(service, first.id, "aws", voter, "hold", team="T1")
    service.votes.close("T1", force=True)
    assert service.team("T1").ring_of(service.catalog.tool("aws")).id == "hold"
    assert service.team("T2").ring_of(service.catalog.tool("aws")).id == "adopt"
    assert service.votes.polls.open_poll("T2").id == second.id


def test_the_next_ballot_takes_the_tools_reviewed_longest_ago(service, clock):
    opened(service)
    service.votes.close("T1", force=True)
    clock.now = T0 + timedelta(days=7)
    claim = service.votes.claim("T1")
    assert [t for t, _ in service.votes.polls.items(claim.poll.id)] == ["paperspace-gradient", "clearml", "kedro"]


def test_propose_replies(service):
    caller = Caller("T1", "U1")
    assert (
        "Proposed: Kedro from Assess to Trial"
        in service.command(caller, "propose kedro to trial we shipped two projects").text
    )
    assert "already in Assess" in service.command(caller, "propose kedro assess it is fine").text
    assert "Add a reason" in service.command(caller, "propose kedro trial").text
    assert "Say which ring" in service.command(caller, "propose kedro").text
    assert "Tell me the tool" in service.command(caller, "propose").text
    unknown = service.command(caller, "propose zenml trial we run all our pipelines with it").text
    # a name the catalog lacks is described in a form, then proposed as a new entry
    assert "not in the catalog" in unknown and "new entry" in unknown
    assert "zenml" not in {p.tool_id for p in service.votes.polls.pending_proposals("T1")}


def test_propose_when_the_queue_is_longer_than_a_ballot(service):
    caller = Caller("T1", "U1")
    for tool in ("aws", "kedro", "mlflow"):
        service.command(caller, f"propose {tool} hold we stopped using it")
    assert "may wait a week or two" in service.command(caller, "propose dvc adopt it works well").text


def test_history_and_poll_commands(service):
    caller = Caller("T1", "U1")
    assert "not on the radar" in service.command(caller, "history kedroflow").text
    assert "Which tool" in service.command(caller, "history").text
    assert "radar-bot poll close --now" in service.command(caller, "poll close").text
    assert "not something I know" in service.command(caller, "poll sideways").text


def test_modal_submission_validates_and_records(service):
    view = {
        "private_metadata": "kedro",
        "state": {"values": {"ring": {"ring": {"selected_option": None}}, "why": {"why": {"value": "x"}}}},
    }
    errors = proposal_submitted(service.votes, "T1", "U1", view)
    assert errors["response_action"] == "errors" and set(errors["errors"]) == {"ring", "why"}
    view["state"]["values"] = {
        "ring": {"ring": {"selected_option": {"value": "trial"}}},
        "why": {"why": {"value": "two projects shipped"}},
    }
    done = proposal_submitted(service.votes, "T1", "U1", view)
    assert done["response_action"] == "update" and "Proposed: *Kedro*" in done["view"]["blocks"][0]["text"]["text"]
    assert [p.tool_id for p in service.votes.polls.pending_proposals("T1")] == ["kedro"]
    assert proposal_modal(service.votes, "T1", "no-such-tool") is None


def test_settings_become_the_poll_configuration():
    settings = Settings.from_env(
        {
            "RADAR_POLL_CHANNEL": "#mlops",
            "RADAR_POLL_DAY": "fri",
            "RADAR_POLL_TIME": "16:30",
            "RADAR_POLL_TIMEZONE": "Europe/Paris",
            "RADAR_POLL_DURATION": "36h",
            "RADAR_POLL_SIZE": "7",
            "RADAR_POLL_QUORUM": "4",
            "RADAR_POLL_MAJORITY": "60%",
            "RADAR_POLL_SCHEDULE": "off",
            "RADAR_ADMINS": "U1ABC,U2DEF",
        }
    )
    config = PollConfig.from_settings(settings)
    assert config.enabled and config.channel == "#mlops" and not config.scheduled
    assert config.schedule.describe() == "every Friday at 16:30 Europe/Paris, open for 1 day 12 hours"
    assert (config.size, config.rules.quorum, config.rules.majority, config.admins) == (
        7,
        4,
        0.6,
        frozenset({"U1ABC", "U2DEF"}),
    )
    assert not PollConfig.from_settings(Settings.from_env({})).enabled


def test_click_times_order_exactly():
    assert cast_time("1700000000.000002", T0) - cast_time("1700000000.000001", T0) == 1
    assert cast_time("1700000000.5", T0) == 1_700_000_000_500_000
    assert cast_time(None, T0) == int(T0.timestamp() * 1_000_000)
