"""Team votes as pure rules: ballots, tallies, the ring-move decision and what goes on a poll."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from fractions import Fraction
from typing import Literal

RING_ORDER = ("adopt", "trial", "assess", "hold")

Outcome = Literal["moved", "confirmed", "no_quorum", "tie", "no_majority"]


@dataclass(frozen=True)
class VoteRules:
    """When a tally moves a tool: enough voters, and a ring other than the current one above the share."""

    quorum: int = 3
    majority: float = 0.5  # the winning ring needs strictly more than this share of the voters

    def __post_init__(self) -> None:
        if self.quorum < 1:
            raise ValueError("quorum must be at least 1")
        if not 0 <= self.majority < 1:
            raise ValueError("majority must be a share from 0 up to (not including) 1")

    @property
    def majority_percent(self) -> str:
        return f"{self.majority * 100:g}%"

    def describe(self) -> str:
        voters = "1 voter" if self.quorum == 1 else f"{self.quorum} voters"
        return (
            f"a tool moves when at least {voters} take part and more than {self.majority_percent} of them"
            " pick the same ring, other than its current one; ties and thin turnout keep it where it is"
        )


@dataclass(frozen=True)
class Ballot:
    """One person's vote on one tool of a poll; their later ballot on the same tool replaces it."""

    tool_id: str
    voter_id: str
    ring: str
    cast_at: int = 0  # when Slack saw the click, in microseconds: orders a changed mind


@dataclass(frozen=True)
class Tally:
    """Votes per ring for one tool, against the ring it is in now."""

    tool_id: str
    current_ring: str
    counts: Mapping[str, int]

    @property
    def voters(self) -> int:
        return sum(self.counts.values())

    def count(self, ring: str) -> int:
        return self.counts.get(ring, 0)


@dataclass(frozen=True)
class Decision:
    """What a closed poll does with one tool, and why."""

    tally: Tally
    outcome: Outcome
    to_ring: str
    rules: VoteRules = field(default_factory=VoteRules)

    @property
    def tool_id(self) -> str:
        return self.tally.tool_id

    @property
    def from_ring(self) -> str:
        return self.tally.current_ring

    @property
    def moved(self) -> bool:
        return self.outcome == "moved"

    @property
    def leaders(self) -> list[str]:
        """The ring or rings with the most votes, in ring order."""
        top = max(self.tally.counts.values(), default=0)
        return [r for r in ordered_rings(self.tally.counts) if top and self.tally.count(r) == top]


def ordered_rings(rings: Iterable[str]) -> list[str]:
    known = list(rings)
    return sorted(known, key=lambda r: (RING_ORDER.index(r) if r in RING_ORDER else len(RING_ORDER), r))


def latest_ballots(ballots: Iterable[Ballot]) -> list[Ballot]:
    """One ballot per (tool, voter): the latest click wins, whatever order the clicks arrived in."""
    latest: dict[tuple[str, str], Ballot] = {}
    for ballot in ballots:
        key = (ballot.tool_id, ballot.voter_id)
        kept = latest.get(key)
        if kept is None or ballot.cast_at >= kept.cast_at:
            latest[key] = ballot
    return list(latest.values())


def tally(tool_id: str, current_ring: str, ballots: Iterable[Ballot], rings: Sequence[str] = RING_ORDER) -> Tally:
    """Count one tool's votes; every ring appears, with zero when nobody picked it."""
    counts = {ring: 0 for ring in rings}
    for ballot in latest_ballots(b for b in ballots if b.tool_id == tool_id):
        counts[ballot.ring] = counts.get(ballot.ring, 0) + 1
    return Tally(tool_id, current_ring, counts)


def decide(result: Tally, rules: VoteRules = VoteRules()) -> Decision:
    """Move only with quorum and a strict winner above the majority; otherwise keep the current ring."""
    keep = result.current_ring
    if result.voters < rules.quorum:
        return Decision(result, "no_quorum", keep, rules)
    top = max(result.counts.values())
    leaders = [ring for ring, count in result.counts.items() if count == top]
    if len(leaders) > 1:
        return Decision(result, "tie", keep, rules)
    winner = leaders[0]
    if winner == result.current_ring:
        return Decision(result, "confirmed", keep, rules)
    # exact arithmetic: 2 of 4 is not "more than 50%", however the float rounds
    if Fraction(top, result.voters) > Fraction(repr(rules.majority)):
        return Decision(result, "moved", winner, rules)
    return Decision(result, "no_majority", keep, rules)


def select_ballot(
    proposed: Sequence[str], contested: Sequence[str], stale: Sequence[str], asked: Sequence[str], size: int
) -> list[str]:
    """Up to `size` tools, each once: what the team proposed (oldest proposal first), then results that were
    too close to call (one vote), then entries placed or confirmed longest ago, then the unplaced tools
    people ask about most."""
    chosen: list[str] = []
    for tool_id in (*proposed, *contested, *stale, *asked):
        if tool_id not in chosen:
            chosen.append(tool_id)
    return chosen[: max(0, size)]


def thin_margin(result: Tally) -> bool:
    """Won by a single vote: the runner-up was one vote short."""
    counts = sorted(result.counts.values(), reverse=True)
    return len(counts) > 1 and counts[0] - counts[1] == 1


# --- polls as plain data ------------------------------------------------------------------

PollState = Literal["opening", "open", "closed"]


@dataclass(frozen=True)
class Proposal:
    """Someone asked for a tool to be voted on, towards a ring, with a reason."""

    tool_id: str
    ring: str
    why: str
    user_id: str
    created_at: datetime
    id: int = 0
    poll_id: int | None = None


@dataclass(frozen=True)
class Candidate:
    """A tool someone proposed that the catalog does not know yet."""

    name: str
    ring: str
    why: str
    user_id: str
    created_at: datetime


@dataclass(frozen=True)
class Poll:
    id: int
    team_id: str
    week: str
    status: PollState
    channel: str
    opened_at: datetime
    closes_at: datetime
    rules: VoteRules
    ts: str | None = None
    permalink: str | None = None
    closed_at: datetime | None = None
    closed_by: str | None = None  # a user id, or None when the deadline closed it

    def accepts_votes(self, moment: datetime) -> bool:
        return self.status == "open" and moment < self.closes_at


@dataclass(frozen=True)
class PollEntry:
    """One tool on a ballot: its ring when the poll opened, the live counts, and once closed, the decision."""

    tool_id: str
    name: str
    ring_at_open: str
    counts: Mapping[str, int]
    proposals: tuple[Proposal, ...] = ()
    decision: Decision | None = None

    @property
    def voters(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class RingChoice:
    """A ring as a ballot shows it."""

    id: str
    name: str


@dataclass(frozen=True)
class PollView:
    """Everything a ballot, a closed poll or a summary shows."""

    poll: Poll
    entries: tuple[PollEntry, ...]
    rings: tuple[RingChoice, ...]
    people: int = 0  # distinct voters across the ballot

    def ring_name(self, ring_id: str) -> str:
        if not ring_id:
            return "not on our radar"
        return next((r.name for r in self.rings if r.id == ring_id), ring_id.title())

    @property
    def moves(self) -> list[PollEntry]:
        return [e for e in self.entries if e.decision and e.decision.moved]


VoteResult = Literal["recorded", "changed", "same", "superseded", "closed", "unknown", "bot"]


@dataclass(frozen=True)
class VoteReceipt:
    """What a click did, for the private confirmation."""

    result: VoteResult
    tool_name: str = ""
    ring: str = ""
    previous: str = ""
    closes_at: datetime | None = None
    closed_at: datetime | None = None


@dataclass(frozen=True)
class PollStatus:
    """The answer to `/radar poll`: the open poll, or when the next one opens."""

    enabled: bool
    schedule: str
    channel: str
    rules: VoteRules
    open: PollView | None = None
    next_opening: datetime | None = None
    last_closed: PollView | None = None
    queued: tuple[str, ...] = ()  # names of proposed tools waiting for the next ballot


OpenResult = Literal["opened", "this_week", "busy", "disabled", "empty", "failed"]


@dataclass(frozen=True)
class OpenReport:
    result: OpenResult
    view: PollView | None = None
    error: str = ""


CloseResult = Literal["closed", "not_due", "none_open"]


@dataclass(frozen=True)
class CloseReport:
    result: CloseResult
    view: PollView | None = None
    unsent: int = 0  # announcements still waiting for Slack


def split_proposal(text: str, ring_ids: Sequence[str] = RING_ORDER) -> tuple[str, str | None, str]:
    """`kedro to trial we shipped two projects` -> ("kedro", "trial", "we shipped two projects")."""
    words = text.split()
    for i in range(1, len(words)):
        word = words[i].lower().strip(".,:;!?")
        if word in ring_ids:
            tool = words[:i]
            while tool and tool[-1].lower() in {"to", "into", "->", "→", "in", "on"}:
                tool = tool[:-1]
            why = " ".join(words[i + 1 :]).lstrip(" :-–—,").strip()
            for lead in ("because ", "since ", "as "):
                if why.lower().startswith(lead):
                    why = why[len(lead) :]
            return " ".join(tool), word, why
    return text.strip(), None, ""
