"""The tally rules: quorum, strict majority, ties, changed votes, configuration and ballot selection."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.radar.votes import Ballot, VoteRules, decide, latest_ballots, select_ballot, split_proposal, tally, thin_margin


def votes(*rings: str, tool: str = "kedro") -> list[Ballot]:
    return [Ballot(tool, f"U{i}", ring, cast_at=i) for i, ring in enumerate(rings)]


DEFAULT_RULES = VoteRules()


def outcome(current: str, *rings: str, rules: VoteRules = DEFAULT_RULES) -> tuple[str, str]:
    decision = decide(tally("kedro", current, votes(*rings)), rules)
    return decision.outcome, decision.to_ring


def test_a_clear_majority_for_another_ring_moves_the_tool():
    assert outcome("assess", "trial", "trial", "trial", "assess") == ("moved", "trial")


def test_missing_quorum_keeps_the_ring_even_when_unanimous():
    assert outcome("assess", "trial", "trial") == ("no_quorum", "assess")


def test_exactly_half_is_not_a_strict_majority():
    assert outcome("assess", "trial", "trial", "hold", "adopt") == ("no_majority", "assess")


@pytest.mark.parametrize(
    "rings", [("trial", "trial", "hold", "hold"), ("assess", "trial"), ("adopt", "hold", "trial", "assess")]
)
def test_ties_keep_the_ring(rings):
    rules = VoteRules(quorum=2)
    assert outcome("assess", *rings, rules=rules) == ("tie", "assess")


def test_tie_between_the_current_ring_and_another_keeps_it():
    assert outcome("assess", "assess", "assess", "trial", "trial") == ("tie", "assess")


def test_a_majority_for_the_current_ring_confirms_it():
    assert outcome("trial", "trial", "trial", "adopt") == ("confirmed", "trial")


def test_no_votes_is_no_quorum():
    decision = decide(tally("kedro", "assess", []))
    assert (decision.outcome, decision.to_ring, decision.tally.voters) == ("no_quorum", "assess", 0)


def test_a_changed_vote_counts_once_for_the_latest_ring():
    ballots = [
        Ballot("kedro", "U1", "hold", 1),
        Ballot("kedro", "U2", "trial", 2),
        Ballot("kedro", "U3", "trial", 3),
        Ballot("kedro", "U1", "trial", 4),
    ]
    result = tally("kedro", "assess", ballots)
    assert result.counts == {"adopt": 0, "trial": 3, "assess": 0, "hold": 0}
    assert decide(result).to_ring == "trial"


def test_the_latest_click_wins_even_when_it_arrives_first():
    late_but_newer = [Ballot("kedro", "U1", "adopt", 20), Ballot("kedro", "U1", "hold", 10)]
    assert [b.ring for b in latest_ballots(late_but_newer)] == ["adopt"]


def test_ballots_for_other_tools_are_not_counted():
    ballots = votes("trial", "trial", "trial") + votes("hold", "hold", "hold", tool="mlflow")
    assert tally("kedro", "assess", ballots).counts["hold"] == 0


@pytest.mark.parametrize(
    "rules, rings, expected",
    [
        (VoteRules(quorum=1, majority=0), ("trial",), ("moved", "trial")),
        (VoteRules(quorum=5), ("trial",) * 4, ("no_quorum", "assess")),
        (VoteRules(quorum=3, majority=0.66), ("trial", "trial", "hold"), ("moved", "trial")),
        (VoteRules(quorum=3, majority=0.667), ("trial", "trial", "hold"), ("no_majority", "assess")),
        (VoteRules(quorum=3, majority=0.75), ("trial", "trial", "trial", "hold"), ("no_majority", "assess")),
        (VoteRules(quorum=2, majority=0.3), ("trial", "trial", "hold", "hold", "adopt"), ("tie", "assess")),
    ],
)
def test_rules_are_configurable(rules, rings, expected):
    assert outcome("assess", *rings, rules=rules) == expected


@pytest.mark.parametrize("quorum, majority", [(0, 0.5), (3, 1.0), (3, -0.1)])
def test_impossible_rules_are_refused(quorum, majority):
    with pytest.raises(ValueError):
        VoteRules(quorum, majority)


def test_rules_describe_themselves():
    assert "at least 3 voters" in VoteRules().describe() and "more than 50%" in VoteRules().describe()


def at(day: int) -> datetime:
    return datetime(2026, 1, day, tzinfo=UTC)


def test_ballot_takes_proposals_then_close_results_then_stale_entries_then_what_people_ask_about():
    ballot = select_ballot(["f", "c", "f"], ["k"], ["d", "c", "b"], ["x", "y"], 6)
    assert ballot == ["f", "c", "k", "d", "b", "x"]


def test_ballot_size_bounds_proposals_too():
    assert select_ballot(["c", "b", "a"], [], [], [], 2) == ["c", "b"]


def test_a_fresh_team_with_nothing_stale_or_asked_has_an_empty_ballot():
    assert select_ballot([], [], [], [], 5) == []


def test_a_one_vote_margin_is_thin():
    assert thin_margin(tally("kedro", "assess", votes("trial", "trial", "assess")))
    assert not thin_margin(tally("kedro", "assess", votes("trial", "trial", "trial", "assess")))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("kedro trial we shipped two projects", ("kedro", "trial", "we shipped two projects")),
        ("weights & biases to Adopt: every team uses it", ("weights & biases", "adopt", "every team uses it")),
        ("mlflow hold because the registry broke twice", ("mlflow", "hold", "the registry broke twice")),
        ("trial kedro", ("trial kedro", None, "")),
        ("kedro", ("kedro", None, "")),
    ],
)
def test_proposal_text_splits_into_tool_ring_and_reason(text, expected):
    assert split_proposal(text) == expected
