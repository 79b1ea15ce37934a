"""Team votes without Slack's wire format: polls opened and closed in the store, ballots, proposals, history."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from bot.config import Settings
from bot.messages.blocks import Message, refusal
from bot.messages.votes import (
    history_message,
    home_view,
    new_entry_invitation,
    proposal_recorded,
    status_message,
    subscription_message,
)
from bot.radar.language.lookup import find_ring
from bot.radar.schedule import PollSchedule
from bot.radar.team import OFF_RADAR, STARTER, MoveKind, RingMove, stale, team_tool_id
from bot.radar.votes import (
    Candidate,
    CloseReport,
    Decision,
    Outcome,
    Poll,
    PollEntry,
    PollStatus,
    PollView,
    Proposal,
    RingChoice,
    Tally,
    VoteReceipt,
    VoteRules,
    decide,
    select_ballot,
    split_proposal,
    tally,
    thin_margin,
)
from bot.services.workspace import Caller, Workspace
from bot.storage.polls import PollStore, Result
from bot.storage.store import now
from bot.storage.teams import TeamToolRow

# a claim older than this belonged to a process that died before posting its ballot
OPENING_LEASE = timedelta(minutes=10)
CLOSE_MESSAGE = "close_message"  # outbox kinds: the poll message updated to its results...
SUMMARY = "summary"  # ...and the announcement posted to the channel
MAX_WHY = 500


@dataclass(frozen=True)
class PollConfig:
    channel: str = ""
    schedule: PollSchedule = PollSchedule()
    rules: VoteRules = VoteRules()
    size: int = 5
    admins: frozenset[str] = frozenset()
    scheduled: bool = True  # the running bot opens and closes polls itself

    @classmethod
    def from_settings(cls, settings: Settings) -> PollConfig:
        return cls(
            channel=settings.poll_channel,
            schedule=PollSchedule(
                settings.poll_day, settings.poll_time, settings.poll_timezone, settings.poll_duration
            ),
            rules=VoteRules(settings.poll_quorum, settings.poll_majority),
            size=settings.poll_size,
            admins=settings.admins,
            scheduled=settings.poll_schedule,
        )

    @property
    def enabled(self) -> bool:
        return bool(self.channel)


@dataclass(frozen=True)
class Claim:
    """The right to post this week's ballot, or why there is none."""

    result: str  # claimed | this_week | busy | disabled | empty
    poll: Poll | None = None
    token: str = ""


def cast_time(action_ts: str | None, moment: datetime) -> int:
    """Slack's action_ts ('1700000000.123456') as whole microseconds, so clicks order exactly."""
    if action_ts:
        seconds, _, fraction = str(action_ts).partition(".")
        if seconds.isdigit() and (fraction.isdigit() or not fraction):
            return int(seconds) * 1_000_000 + int((fraction + "000000")[:6])
    return int(moment.timestamp() * 1_000_000)


class TeamVotes:
    """Opening, voting, closing and proposing, per workspace; every decision is made by the database."""

    def __init__(self, workspace: Workspace, config: PollConfig, clock: Callable[[], datetime] = now) -> None:
        self.workspace = workspace
        self.config = config
        self.clock = clock
        self.polls = PollStore(workspace.store)
        self.rings = tuple(RingChoice(r.id, r.name) for r in workspace.catalog.rings)
        self._ring_ids = frozenset(r.id for r in self.rings)
        self._ballot_tools: dict[int, frozenset[str]] = {}  # a poll's tools never change once claimed

    # --- the catalog as ballots see it ------------------------------------------------------

    def ring_choice(self, ring_id: str) -> RingChoice:
        return next((r for r in self.rings if r.id == ring_id), RingChoice(ring_id, ring_id.title()))

    def name_of(self, tool_id: str, team_id: str | None = None) -> str:
        tool = self.workspace.catalog.tool(tool_id)
        if tool is None and team_id is not None:
            tool = self.workspace.team(team_id).tool(tool_id)
        return tool.name if tool else tool_id

    def current_rings(self, team_id: str) -> dict[str, str]:
        """Each menu tool's ring on the team's radar, or OFF_RADAR for a tool the team has not placed."""
        team = self.workspace.team(team_id)
        return {t.id: (team.ring_of(t).id if team.on_radar(t) else OFF_RADAR) for t in team.all_tools()}

    def ballot(self, team_id: str, moment: datetime) -> list[str]:
        """Proposals, then results too close to call, then stale entries (the starter set's among them, until a
        vote confirms them), then unplaced tools people ask about."""
        team = self.workspace.team(team_id)
        entries = list(team.entries.values()) if team.entries is not None else []
        cutoff = moment - timedelta(days=round(30.4 * self.workspace.settings.stale_months))
        known = {t.id for t in team.all_tools()}
        proposed = [p.tool_id for p in self.polls.pending_proposals(team_id) if p.tool_id in known]
        contested = [e.tool_id for e in entries if e.contested]
        overdue = [e.tool_id for e in stale(entries, cutoff)]
        # the starter set is the framework's opinion, not the team's: its entries wait for a first vote
        # (never on a ballot first, then those on a ballot longest ago, so that ballots without quorum rotate)
        order = {t.id: i for i, t in enumerate(team.all_tools())}
        reviewed = self.polls.last_reviewed(team_id)
        unconfirmed = sorted(
            (e.tool_id for e in entries if e.owner == STARTER and e.confirmed_at == e.placed_at),
            key=lambda tool_id: (tool_id in reviewed, reviewed.get(tool_id, moment), order.get(tool_id, len(order))),
        )
        overdue += unconfirmed
        placed = {e.tool_id for e in entries}
        asked = [t for t in self.workspace.teams.asked_most(team_id) if t in known and t not in placed]
        return select_ballot(proposed, contested, overdue, asked, self.config.size)

    # --- opening ----------------------------------------------------------------------------

    def claim(self, team_id: str, moment: datetime | None = None) -> Claim:
        """Reserve this week's poll and its ballot; (team, week) is unique, so only one process wins."""
        if not self.config.enabled:
            return Claim("disabled")
        moment = moment or self.clock()
        week = self.config.schedule.week_of(moment)
        with self.polls.transaction():
            self.polls.drop_stale_openings(team_id, moment - OPENING_LEASE)
            existing = self.polls.poll_for_week(team_id, week)
            if existing:
                return Claim("this_week", existing)
            busy = self.polls.unclosed_poll(team_id)
            if busy:
                return Claim("busy", busy)
            proposed = {p.tool_id for p in self.polls.pending_proposals(team_id)}
            chosen = self.ballot(team_id, moment)
            if not chosen:
                return Claim("empty")
            current = self.current_rings(team_id)
            token = uuid.uuid4().hex
            poll_id = self.polls.insert_poll(
                team_id,
                week,
                self.config.channel,
                token,
                moment,
                self.config.schedule.closes_at(moment),
                self.config.rules,
            )
            self.polls.add_items(poll_id, [(t, current[t]) for t in chosen])
            self.polls.take_proposals(team_id, poll_id, [t for t in chosen if t in proposed])
            poll = self.polls.poll(poll_id)
        return Claim("claimed", poll, token)

    def confirm(self, claim: Claim, channel: str, ts: str, permalink: str | None) -> bool:
        assert claim.poll is not None
        return self.polls.confirm_posted(claim.poll.id, claim.token, channel, ts, permalink)

    def release(self, claim: Claim) -> None:
        """Posting failed: forget the claim so the next attempt starts afresh (proposals return to the queue)."""
        if claim.poll is not None:
            self.polls.release(claim.poll.id, claim.token)

    # --- voting -----------------------------------------------------------------------------

    def vote(
        self, team_id: str, value: str, voter_id: str, action_ts: str | None = None, moment: datetime | None = None
    ) -> tuple[VoteReceipt, Poll | None]:
        """Store one click: `value` is 'poll:tool:ring' from the button. Checked and written in one transaction."""
        moment = moment or self.clock()
        poll_part, _, rest = (value or "").partition(":")
        tool_id, _, ring = rest.partition(":")
        if not poll_part.isdigit() or ring not in self._ring_ids:
            return VoteReceipt("unknown"), None
        with self.polls.transaction():
            poll = self.polls.poll(int(poll_part))
            if poll is None or poll.team_id != team_id or tool_id not in self.ballot_tools(poll.id):
                return VoteReceipt("unknown"), None
            name = self.name_of(tool_id, team_id)
            if not poll.accepts_votes(moment):
                return VoteReceipt("closed", name, closed_at=poll.closed_at or poll.closes_at), poll
            cast = self.polls.cast(poll.id, tool_id, voter_id, ring, cast_time(action_ts, moment), moment)
        ring_name = self.ring_choice(cast.ring).name
        if not cast.applied:
            return VoteReceipt("superseded", name, ring_name, closes_at=poll.closes_at), poll
        if cast.previous is None:
            return VoteReceipt("recorded", name, ring_name, closes_at=poll.closes_at), poll
        if cast.previous == cast.ring:
            return VoteReceipt("same", name, ring_name, closes_at=poll.closes_at), poll
        return VoteReceipt(
            "changed", name, ring_name, self.ring_choice(cast.previous).name, closes_at=poll.closes_at
        ), poll

    def ballot_tools(self, poll_id: int) -> frozenset[str]:
        tools = self._ballot_tools.get(poll_id)
        if tools is None:
            tools = self._ballot_tools[poll_id] = frozenset(t for t, _ in self.polls.items(poll_id))
        return tools

    def withdraw(self, poll_id: int, voter_id: str) -> None:
        """Take back every ballot of someone who may not vote (a bot), unless the poll has closed."""
        with self.polls.transaction():
            poll = self.polls.poll(poll_id)
            if poll is not None and poll.status == "open":
                self.polls.withdraw(poll_id, voter_id)

    # --- closing ----------------------------------------------------------------------------

    def due_polls(self, team_id: str, moment: datetime | None = None) -> list[Poll]:
        return self.polls.due_polls(team_id, moment or self.clock())

    def close(
        self, team_id: str, *, by: str | None = None, force: bool = False, moment: datetime | None = None
    ) -> CloseReport:
        """Tally the open poll and apply it atomically: results, ring moves, status and announcements, or nothing."""
        moment = moment or self.clock()
        with self.polls.transaction():
            poll = self.polls.open_poll(team_id)
            if poll is None:
                return CloseReport("none_open")
            if not force and moment < poll.closes_at:
                return CloseReport("not_due", self.view(poll))
            current = self.current_rings(team_id)
            ballots = self.polls.ballots(poll.id)
            ring_ids = [r.id for r in self.rings]
            proposers = {p.tool_id: p.user_id for p in self.polls.poll_proposals(poll.id)}
            for tool_id, ring_at_open in self.polls.items(poll.id):
                decision = decide(tally(tool_id, current.get(tool_id, ring_at_open), ballots, ring_ids), poll.rules)
                self.polls.write_result(
                    poll.id,
                    Result(tool_id, decision.from_ring, decision.to_ring, decision.outcome, decision.tally.counts),
                )
                if decision.moved or decision.outcome == "confirmed":
                    # a vote that keeps a tool in its ring confirms it: its stale clock starts again
                    kind: MoveKind = "confirmed"
                    if decision.moved:
                        kind = "moved" if decision.from_ring else "placed"
                    self.polls.add_move(
                        team_id,
                        RingMove(
                            tool_id,
                            decision.from_ring,
                            decision.to_ring,
                            moment,
                            dict(decision.tally.counts),
                            poll.id,
                            poll.permalink,
                            kind=kind,
                            by=proposers.get(tool_id, ""),
                            contested=thin_margin(decision.tally),
                        ),
                    )
            self.polls.close_poll(poll.id, moment, by)
            self.polls.enqueue(team_id, poll.id, CLOSE_MESSAGE, moment)
            self.polls.enqueue(team_id, poll.id, SUMMARY, moment)
            closed = self.polls.poll(poll.id)
        assert closed is not None
        return CloseReport("closed", self.view(closed), self.polls.unsent(team_id))

    # --- views ------------------------------------------------------------------------------

    def view(self, poll: Poll) -> PollView:
        counts = self.polls.counts(poll.id)
        results = self.polls.results(poll.id)
        proposals: dict[str, list[Proposal]] = {}
        for proposal in self.polls.poll_proposals(poll.id):
            proposals.setdefault(proposal.tool_id, []).append(proposal)
        entries = []
        for tool_id, ring_at_open in self.polls.items(poll.id):
            result = results.get(tool_id)
            decision = None
            if result:
                decision = Decision(
                    Tally(tool_id, result.from_ring, result.tally),
                    cast(Outcome, result.outcome),  # stored as text, written from an Outcome
                    result.to_ring,
                    poll.rules,
                )
            full = {r.id: counts.get(tool_id, {}).get(r.id, 0) for r in self.rings}
            entries.append(
                PollEntry(
                    tool_id,
                    self.name_of(tool_id, poll.team_id),
                    ring_at_open,
                    full,
                    tuple(proposals.get(tool_id, ())),
                    decision,
                )
            )
        return PollView(poll, tuple(entries), self.rings, self.polls.people(poll.id))

    def poll_view(self, poll_id: int) -> PollView | None:
        poll = self.polls.poll(poll_id)
        return self.view(poll) if poll else None

    def status(self, team_id: str, moment: datetime | None = None) -> PollStatus:
        moment = moment or self.clock()
        config = self.config
        open_poll = self.polls.open_poll(team_id)
        last = self.polls.last_closed_poll(team_id)
        queued = tuple(dict.fromkeys(self.name_of(p.tool_id, team_id) for p in self.polls.pending_proposals(team_id)))
        schedule = config.schedule.describe() if config.scheduled else "when an admin or cron opens them"
        return PollStatus(
            enabled=config.enabled,
            schedule=schedule,
            channel=config.channel,
            rules=config.rules,
            open=self.view(open_poll) if open_poll else None,
            next_opening=config.schedule.next_opening(moment) if config.enabled and config.scheduled else None,
            last_closed=self.view(last) if last else None,
            queued=queued,
        )

    def home(self, team_id: str, moment: datetime | None = None) -> dict[str, Any]:
        team = self.workspace.team(team_id)
        by_ring = [
            (RingChoice(r.id, r.name), sorted((t.name for t in team.placed_in_ring(r.id)), key=str.lower))
            for r in self.workspace.catalog.rings
        ]
        moves = [(m, self.name_of(m.tool_id, team_id)) for m in self.polls.recent_moves(team_id)]
        proposed = [
            Candidate(self.name_of(p.tool_id, team_id), p.ring, p.why, p.user_id, p.created_at)
            for p in self.polls.pending_proposals(team_id)
        ]
        return home_view(by_ring, self.status(team_id, moment), moves, proposed)

    # --- proposals and history --------------------------------------------------------------

    def propose(
        self, team_id: str, user_id: str, tool_text: str, ring_text: str, why: str, moment: datetime | None = None
    ) -> Message:
        moment = moment or self.clock()
        catalog = self.workspace.catalog
        ring = find_ring(catalog, ring_text) if ring_text else None
        if ring is None:
            return refusal(
                "Say which ring it should move to: adopt, trial, assess or hold.",
                "/radar propose kedro trial we shipped two projects with it",
            )
        why = " ".join(why.split())
        if len(why) < 3:
            return refusal(
                "Add a reason: what has the team seen that should move it?",
                f"/radar propose {tool_text or 'kedro'} {ring.id} we shipped two projects with it",
            )
        why = why[:MAX_WHY]
        team = self.workspace.team(team_id)
        tool = team.tool(tool_text) or team.named(tool_text) or self.workspace.index.find(tool_text).tool
        if tool is None:
            # a tool the catalog lacks needs a description, a category and a link: the modal asks for them
            suggestions = [t.name for t in self.workspace.index.find(tool_text).suggestions]
            return new_entry_invitation(tool_text.strip()[:80], suggestions)
        current = team.ring_of(tool) if team.on_radar(tool) else None
        if current is not None and current.id == ring.id:
            return refusal(f"{tool.name} is already in {ring.name}. Propose the ring you think it should move to.")
        ahead = len(dict.fromkeys(p.tool_id for p in self.polls.pending_proposals(team_id) if p.tool_id != tool.id))
        self.polls.add_proposal(team_id, Proposal(tool.id, ring.id, why, user_id, moment))
        nxt = self.config.schedule.next_opening(moment) if self.config.enabled and self.config.scheduled else None
        was = current.name if current else "off our radar"
        return proposal_recorded(tool.name, ring.name, was, ahead, self.config.size, nxt)

    def propose_new(
        self,
        team_id: str,
        user_id: str,
        name: str,
        category_id: str,
        description: str,
        link: str,
        ring_id: str,
        why: str,
        moment: datetime | None = None,
    ) -> Message:
        """A tool the catalog does not know, defined by the team, on the next ballot towards `ring_id`."""
        moment = moment or self.clock()
        name = " ".join(name.split())[:80]
        known = self.workspace.index.exact(name)
        if known is not None:
            return refusal(
                f"{known.name} is in the catalog already: propose it by its name.",
                f"/radar propose {known.name} trial why",
            )
        tool_id = team_tool_id(name)
        self.workspace.teams.add_tool(
            team_id,
            TeamToolRow(
                tool_id,
                name,
                self.workspace.catalog.category(category_id).quadrant,
                category_id,
                " ".join(description.split())[:200],
                link,
                user_id,
                moment,
            ),
        )
        return self.propose(team_id, user_id, tool_id, ring_id, why, moment)

    def propose_command(self, caller: Caller, argument: str) -> Message:
        tool_text, ring, why = split_proposal(argument, [r.id for r in self.rings])
        if not tool_text:
            return refusal(
                "Tell me the tool, the ring and why.", "/radar propose kedro trial we shipped two projects with it"
            )
        return self.propose(caller.team_id, caller.user_id, tool_text, ring or "", why)

    def history_command(self, caller: Caller, argument: str) -> Message:
        if not argument.strip():
            return refusal("Which tool's history?", "/radar history kedro")
        team = self.workspace.team(caller.team_id)
        match = self.workspace.index.find(argument)
        tool = team.named(argument) or match.tool
        if tool is None:
            hint = f" Did you mean {', '.join(t.name for t in match.suggestions)}?" if match.suggestions else ""
            return refusal(f"“{argument}” is not on the radar.{hint}", "/radar history kedro")
        ring = team.ring_of(tool)
        moves = self.workspace.store.history(caller.team_id, tool.id)
        proposals = self.polls.tool_proposals(caller.team_id, tool.id)
        return history_message(
            tool.id, tool.name, RingChoice(ring.id, ring.name), team.voted(tool), moves, self.rings, proposals
        )

    # --- decisions outside a poll (admins) -------------------------------------------------------

    def decide(
        self,
        team_id: str,
        admin_id: str,
        tool_id: str,
        *,
        ring: str = "",
        note: str = "",
        owner: str = "",
        retire: bool = False,
        moment: datetime | None = None,
    ) -> list[RingMove]:
        """An admin's decision on a tool: retire it, move or place it without a poll, change its note or owner.

        Every change is a dated history entry naming who made it; the moves written are returned."""
        moment = moment or self.clock()
        team = self.workspace.team(team_id)
        tool = team.tool(tool_id)
        if tool is None:
            return []
        entry = team.entry(tool)
        current = entry.ring if entry else OFF_RADAR
        note = " ".join(note.split())[:MAX_WHY]
        moves: list[RingMove] = []
        if retire:
            if entry is not None:
                moves.append(RingMove(tool.id, current, OFF_RADAR, moment, {}, kind="retired", by=admin_id, note=note))
        else:
            if ring and ring != current:
                kind: MoveKind = "moved" if entry else "placed"
                moves.append(RingMove(tool.id, current, ring, moment, {}, kind=kind, by=owner or admin_id, note=note))
            elif (note and entry and note != entry.note) or (owner and entry and owner != entry.owner):
                moves.append(
                    RingMove(tool.id, current, current, moment, {}, kind="noted", by=owner or admin_id, note=note)
                )
        if moves:
            self.workspace.store.add_moves(team_id, moves)
        return moves

    def edit_form(self, team_id: str, tool_text: str) -> tuple[str, str, str, str, str] | None:
        """What the editing form starts from: tool id, name, ring (or ''), note and owner; None for an unknown tool."""
        team = self.workspace.team(team_id)
        tool = team.named(tool_text) or team.tool(tool_text) or self.workspace.index.find(tool_text).tool
        if tool is None:
            return None
        entry = team.entry(tool)
        if entry is None:
            return tool.id, tool.name, "", "", ""
        return tool.id, tool.name, entry.ring, entry.note, "" if entry.owner == STARTER else entry.owner

    def subscribe_command(self, caller: Caller, argument: str) -> Message:
        """`/radar subscribe` (or `subscribe off`): this channel hears about ring moves, new entries and retirements."""
        if not caller.channel_id:
            return refusal("Type it in the channel that should hear about the radar's changes.")
        if argument.strip().lower() in ("off", "stop", "no"):
            if self.workspace.teams.unsubscribe(caller.team_id, caller.channel_id):
                return subscription_message(caller.channel_id, False)
            return refusal("This channel was not subscribed.", "/radar subscribe")
        self.workspace.teams.subscribe(caller.team_id, caller.channel_id, caller.user_id, self.clock())
        return subscription_message(caller.channel_id, True)

    def listeners(self, team_id: str) -> list[str]:
        """Every channel that hears about changes: the poll channel first, then the subscribed ones."""
        channels = [self.config.channel] if self.config.channel else []
        return list(dict.fromkeys(channels + self.workspace.teams.subscriptions(team_id)))

    def poll_command(self, caller: Caller, argument: str) -> Message:
        word = argument.strip().lower()
        if word in ("close", "open"):
            return refusal(
                f"Only the bot in Slack can {word} a poll: type `/radar poll {word}` there (admins), or run `radar-bot "
                f"poll {word}{' --now' if word == 'close' else ''}`."
            )
        if word and word not in ("status", "show"):
            return refusal(f"`/radar poll {argument.strip()}` is not something I know.", "/radar poll")
        return status_message(self.status(caller.team_id))
