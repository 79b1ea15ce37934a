"""Polls on Slack: ballots posted, votes confirmed, polls closed with their announcements, and the schedule."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.messages.blocks import Message, refusal
from bot.messages.votes import (
    ballot_message,
    close_report_message,
    open_report_message,
    summary_message,
    vote_receipt,
)
from bot.radar.votes import CloseReport, OpenReport, Poll, VoteReceipt
from bot.services.votes import CLOSE_MESSAGE, SUMMARY, TeamVotes
from bot.services.workspace import Caller
from bot.slack.errors import describe
from bot.slack.polls.live import LIVE_INTERVAL, LiveCounts
from bot.slack.polls.people import People
from bot.slack.polls.receipts import send_receipt

log = logging.getLogger(__name__)

SCHEDULE_INTERVAL = 30.0  # seconds between schedule checks
ANNOUNCE_LEASE = timedelta(minutes=10)  # longer than the client's own retries, Retry-After included
MESSAGE_GONE = {"message_not_found", "cant_update_message", "channel_not_found", "is_archived"}
SUMMARY_EVENT = "radar_poll_summary"  # the message metadata that marks a summary as the bot's, with its poll id
HISTORY_LOOKBACK = 200  # recent channel messages searched for a summary already posted before posting it again


def backoff(attempts: int) -> timedelta:
    """The client already retried with Retry-After; the next run tries again at once, later ones wait longer."""
    return timedelta(seconds=0 if attempts <= 3 else min(30 * 2 ** (attempts - 4), 900))


@dataclass(frozen=True)
class Vote:
    """A stored click, waiting for its voter to be confirmed."""

    receipt: VoteReceipt
    poll: Poll | None


class PollRunner:
    """The Slack side of team votes. One per process and workspace token; the database decides everything."""

    def __init__(self, votes: TeamVotes, client: AsyncWebClient, live_interval: float = LIVE_INTERVAL) -> None:
        self.votes = votes
        self.client = client
        self.people = People(client, votes.config.admins)
        self.live = LiveCounts(votes, client, live_interval)
        self._team_id: str | None = None

    def now(self) -> datetime:
        return self.votes.clock()

    async def team_id(self) -> str:
        """The workspace this bot token belongs to (the command line and the schedule have no request)."""
        if self._team_id is None:
            self._team_id = str((await self.client.auth_test())["team_id"])
        return self._team_id

    # --- voting -----------------------------------------------------------------------------------

    def record(self, caller: Caller, value: str, action_ts: str | None) -> Vote:
        """Store a click before it is acknowledged: an acknowledged click is a stored click.

        Only the database is touched here, so the acknowledgement never waits on Slack; who clicked
        is checked right after (`confirm`).
        """
        if self.people.known_not_person(caller.user_id):
            return Vote(VoteReceipt("bot"), None)
        return Vote(*self.votes.vote(caller.team_id, value, caller.user_id, action_ts))

    async def confirm(self, caller: Caller, vote: Vote) -> Message:
        """After the acknowledgement: withdraw a vote that is not a person's, refresh the counts, and say what
        happened."""
        receipt, poll = vote.receipt, vote.poll
        if (
            poll is not None
            and receipt.result in ("recorded", "changed", "same", "superseded")
            and not await self.people.is_person(caller.user_id)
        ):
            self.votes.withdraw(poll.id, caller.user_id)
            receipt = VoteReceipt("bot")
        if poll is not None and receipt.result in ("recorded", "changed", "bot"):
            self.refresh(poll.id)
        return vote_receipt(receipt)

    async def cast(self, caller: Caller, value: str, action_ts: str | None) -> Message:
        """A click from start to receipt (the listener acknowledges between the two steps)."""
        return await self.confirm(caller, self.record(caller, value, action_ts))

    async def reply(self, response_url: str, message: Message) -> None:
        """The private receipt for a click."""
        await send_receipt(self.client, response_url, message)

    def refresh(self, poll_id: int) -> None:
        self.live.refresh(poll_id)

    async def settle(self) -> None:
        """Wait until every pending live update has gone out."""
        await self.live.settle()

    # --- opening --------------------------------------------------------------------------------

    async def open(self, team_id: str | None = None, moment: datetime | None = None) -> OpenReport:
        """Claim this week's poll in the database, then post its ballot; a failed post gives the claim back."""
        team = team_id or await self.team_id()
        moment = moment or self.now()
        await self.close_due(team, moment)
        claim = self.votes.claim(team, moment)
        if claim.result != "claimed" or claim.poll is None:
            return OpenReport(claim.result, self.votes.view(claim.poll) if claim.poll else None)  # type: ignore[arg-type]
        message = ballot_message(self.votes.view(claim.poll))
        try:
            posted = await self.client.chat_postMessage(
                channel=self.votes.config.channel, text=message.text, blocks=message.blocks, unfurl_links=False
            )
        except Exception as error:
            self.votes.release(claim)
            log.warning("could not post the ballot for week %s: %s", claim.poll.week, describe(error))
            return OpenReport("failed", error=describe(error))
        channel, ts = posted["channel"], posted["ts"]
        permalink = await self.permalink(channel, ts)
        if not self.votes.confirm(claim, channel, ts, permalink):
            # our claim went stale and another process opened the week meanwhile: withdraw the duplicate
            with suppress(Exception):
                await self.client.chat_delete(channel=channel, ts=ts)
            return OpenReport("this_week", self.votes.poll_view(claim.poll.id))
        log.info("opened the poll for week %s with %d tools", claim.poll.week, len(message.tool_ids))
        return OpenReport("opened", self.votes.poll_view(claim.poll.id))

    async def permalink(self, channel: str, ts: str) -> str | None:
        try:
            link: str = (await self.client.chat_getPermalink(channel=channel, message_ts=ts))["permalink"]
            return link
        except Exception as error:  # a link is a convenience; the poll works without it
            log.warning("no permalink for the poll message: %s", describe(error))
            return None

    # --- closing ----------------------------------------------------------------------------------

    async def close(
        self, team_id: str | None = None, *, by: str | None = None, force: bool = False, moment: datetime | None = None
    ) -> CloseReport:
        """Apply the result in one transaction, then send its announcements from the outbox."""
        team = team_id or await self.team_id()
        report = self.votes.close(team, by=by, force=force, moment=moment)
        if report.result == "closed":
            report = replace(report, unsent=await self.deliver(team, moment))
        return report

    async def close_due(self, team_id: str, moment: datetime | None = None) -> list[CloseReport]:
        moment = moment or self.now()
        return [await self.close(team_id, moment=moment) for _ in self.votes.due_polls(team_id, moment)]

    async def deliver(self, team_id: str, moment: datetime | None = None) -> int:
        """Send announcements not yet sent (also those a crashed process left); returns how many are left."""
        moment = moment or self.now()
        polls = self.votes.polls
        for item in polls.claim_announcements(team_id, moment, moment + ANNOUNCE_LEASE):
            try:
                if item.kind == CLOSE_MESSAGE:
                    await self.live.update_message(item.poll_id)
                elif item.kind == SUMMARY:
                    # a later attempt may follow a post that Slack took but answered with an error
                    await self.post_summary(item.poll_id, check_history=item.attempts > 1)
                polls.mark_sent(item.id, self.now())
            except Exception as error:
                if item.kind == CLOSE_MESSAGE and describe(error) in MESSAGE_GONE:
                    # someone deleted the poll message: nothing is left to update, and the summary has the results
                    log.warning(
                        "poll %s: its message is gone (%s); the summary carries the results",
                        item.poll_id,
                        describe(error),
                    )
                    polls.mark_sent(item.id, self.now())
                    continue
                polls.mark_failed(item.id, describe(error), moment + backoff(item.attempts))
                log.warning(
                    "announcement %s of poll %s not sent (attempt %d): %s",
                    item.kind,
                    item.poll_id,
                    item.attempts,
                    describe(error),
                )
        return polls.unsent(team_id)

    async def post_summary(self, poll_id: int, *, check_history: bool = False) -> None:
        """Post the poll's summary, marked with its poll id; with `check_history`, only if the channel's recent
        history does not show it already (chat.postMessage has no idempotency key)."""
        view = self.votes.poll_view(poll_id)
        if view is None:
            return
        if check_history and await self.summary_posted(view.poll.channel, poll_id):
            log.info("poll %s: its summary is already in the channel; not posting it again", poll_id)
            return
        message = summary_message(view)
        await self.client.chat_postMessage(
            channel=view.poll.channel,
            text=message.text,
            blocks=message.blocks,
            unfurl_links=False,
            metadata={"event_type": SUMMARY_EVENT, "event_payload": {"poll_id": poll_id}},
        )
        # the subscribed channels hear it once the poll channel has: a retry of a failed post never repeats them
        for channel in self.votes.listeners(view.poll.team_id):
            if channel == view.poll.channel:
                continue
            try:
                await self.client.chat_postMessage(
                    channel=channel, text=message.text, blocks=message.blocks, unfurl_links=False
                )
            except Exception as error:  # a channel the bot has left must not hold up the announcement
                log.warning("poll %s: could not tell subscribed channel %s: %s", poll_id, channel, describe(error))

    async def summary_posted(self, channel: str, poll_id: int) -> bool:
        """Whether the bot's summary of `poll_id` is among the channel's latest messages.

        A failed look-up raises: the announcement is then retried later, rather than risking a second summary."""
        try:
            found = await self.client.conversations_history(
                channel=channel, limit=HISTORY_LOOKBACK, include_all_metadata=True
            )
        except SlackApiError as error:
            if describe(error) != "missing_scope":
                raise
            # an install from before channels:history was asked for: post as before, at the old risk
            log.warning("poll %s: cannot read the channel to check for its summary (missing_scope)", poll_id)
            return False
        for message in found.get("messages") or []:
            metadata = message.get("metadata") or {}
            payload = metadata.get("event_payload") or {}
            if metadata.get("event_type") == SUMMARY_EVENT and str(payload.get("poll_id")) == str(poll_id):
                return True
        return False

    # --- admin sub-commands -----------------------------------------------------------------------

    async def admin_refusal(self, user_id: str, what: str) -> Message | None:
        admin = await self.people.is_admin(user_id)
        if admin is None:
            return refusal(f"I couldn't check with Slack whether you may {what}; please try again in a minute.")
        if not admin:
            return refusal(
                f"Only workspace admins and owners, or people listed in RADAR_ADMINS, can {what}.", "/radar poll"
            )
        return None

    async def close_command(self, caller: Caller, argument: str) -> Message:
        """`/radar poll close`: close the open poll now."""
        refused = await self.admin_refusal(caller.user_id, "close a poll early")
        if refused:
            return refused
        return close_report_message(await self.close(caller.team_id, by=caller.user_id, force=True))

    async def open_command(self, caller: Caller, argument: str) -> Message:
        """`/radar poll open`: open this week's poll now, if the week has none yet."""
        refused = await self.admin_refusal(caller.user_id, "open a poll")
        if refused:
            return refused
        return open_report_message(await self.open(caller.team_id))

    # --- the schedule -----------------------------------------------------------------------------

    async def tick(self, moment: datetime | None = None) -> None:
        """One step of the schedule: send what is owed, close what is due, open the week's poll in its window."""
        moment = moment or self.now()
        config = self.votes.config
        team = await self.team_id()
        await self.deliver(team, moment)
        await self.close_due(team, moment)
        if (
            config.enabled
            and config.schedule.due_to_open(moment)
            and self.votes.polls.poll_for_week(team, config.schedule.week_of(moment)) is None
        ):
            await self.open(team, moment)

    async def run_schedule(self, interval: float = SCHEDULE_INTERVAL) -> None:
        while True:
            try:
                await self.tick()
            except asyncio.CancelledError:
                raise
            except Exception:  # Slack or the disk misbehaving must not stop the schedule
                log.exception("the poll schedule step failed; trying again in %.0f s", interval)
            await asyncio.sleep(interval)

    @asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        """While the bot serves: the schedule, when polls are on and not left to cron."""
        config = self.votes.config
        task = asyncio.create_task(self.run_schedule()) if config.enabled and config.scheduled else None
        try:
            yield
        finally:
            if task:
                task.cancel()
                with suppress(asyncio.CancelledError):
                    await task
            self.live.cancel()
