"""Polls on Slack: posting ballots, live counts, closing with announcements, who may do what, the schedule."""

from __future__ import annotations

import asyncio
import logging
import time
import weakref
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.messages.blocks import Message
from bot.messages.votes import (
    ballot_message,
    close_report_message,
    closed_message,
    open_report_message,
    refusal,
    summary_message,
    vote_receipt,
)
from bot.radar.votes import CloseReport, OpenReport, Poll, VoteReceipt
from bot.services.radar import Caller, RadarService
from bot.services.votes import CLOSE_MESSAGE, SUMMARY, TeamVotes

log = logging.getLogger(__name__)

LIVE_INTERVAL = 2.0  # seconds between chat.update calls for one poll: well inside Slack's tier-3 limit
SCHEDULE_INTERVAL = 30.0  # seconds between schedule checks
ANNOUNCE_LEASE = timedelta(minutes=10)  # longer than the client's own retries, Retry-After included
USER_CACHE_SECONDS = 600
MESSAGE_GONE = {"message_not_found", "cant_update_message", "channel_not_found", "is_archived"}


def describe(error: BaseException) -> str:
    """A short reason for logs and replies, never a token."""
    if isinstance(error, SlackApiError):
        data = error.response.data if isinstance(error.response.data, dict) else {}
        return str(data.get("error") or f"HTTP {error.response.status_code}")
    return type(error).__name__


def backoff(attempts: int) -> timedelta:
    """The client already retried with Retry-After; the next run tries again at once, later ones wait longer."""
    return timedelta(seconds=0 if attempts <= 3 else min(30 * 2 ** (attempts - 4), 900))


def _person(info: dict[str, Any]) -> bool:
    return bool(info) and not info.get("is_bot") and not info.get("deleted")


@dataclass(frozen=True)
class Vote:
    """A stored click, waiting for its voter to be confirmed."""

    receipt: VoteReceipt
    poll: Poll | None


@dataclass
class _Live:
    dirty: bool = False
    task: asyncio.Task[None] | None = None


_RUNNERS: weakref.WeakKeyDictionary[TeamVotes, PollRunner] = weakref.WeakKeyDictionary()


class PollRunner:
    """The Slack side of team votes. One per process and workspace token; the database decides everything."""

    def __init__(self, votes: TeamVotes, client: AsyncWebClient, live_interval: float = LIVE_INTERVAL) -> None:
        self.votes = votes
        self.client = client
        self.live_interval = live_interval
        self._team_id: str | None = None
        self._users: dict[str, tuple[float, dict[str, Any]]] = {}
        self._lookups: dict[str, asyncio.Future[dict[str, Any] | None]] = {}
        self._live: dict[int, _Live] = {}
        self._locks: dict[int, asyncio.Lock] = {}
        self._session: aiohttp.ClientSession | None = None

    @classmethod
    def for_service(cls, service: RadarService, client: AsyncWebClient) -> PollRunner:
        """The listeners and the schedule share one runner, so live updates of a poll never overlap."""
        runner = _RUNNERS.get(service.votes)
        if runner is None:
            runner = _RUNNERS[service.votes] = cls(service.votes, client)
        return runner

    def now(self) -> datetime:
        return self.votes.clock()

    async def team_id(self) -> str:
        """The workspace this bot token belongs to (the command line and the schedule have no request)."""
        if self._team_id is None:
            self._team_id = (await self.client.auth_test())["team_id"]
        return self._team_id

    # --- who may do what ----------------------------------------------------------------------

    async def user(self, user_id: str) -> dict[str, Any] | None:
        """users.info, cached; {} for someone Slack does not know, None when Slack could not say."""
        cached = self._users.get(user_id)
        if cached and cached[0] > time.monotonic():
            return cached[1]
        pending = self._lookups.get(user_id)
        if pending is None:  # a quick second click waits for the first click's lookup
            pending = self._lookups[user_id] = asyncio.ensure_future(self._look_up(user_id))
            pending.add_done_callback(lambda _: self._lookups.pop(user_id, None))
        return await asyncio.shield(pending)

    async def _look_up(self, user_id: str) -> dict[str, Any] | None:
        try:
            info: dict[str, Any] = (await self.client.users_info(user=user_id))["user"]
        except SlackApiError as error:
            if describe(error) != "user_not_found":
                log.warning("users.info failed for a user: %s", describe(error))
                return None
            info = {}
        except Exception as error:  # network trouble: the caller decides how to fail
            log.warning("users.info failed for a user: %s", describe(error))
            return None
        self._users[user_id] = (time.monotonic() + USER_CACHE_SECONDS, info)
        return info

    async def is_admin(self, user_id: str) -> bool | None:
        """RADAR_ADMINS or a workspace admin or owner; None when Slack could not tell us."""
        if user_id in self.votes.config.admins:
            return True
        info = await self.user(user_id)
        if info is None:
            return None
        return bool(info.get("is_admin") or info.get("is_owner") or info.get("is_primary_owner"))

    async def is_person(self, user_id: str) -> bool:
        info = await self.user(user_id)
        if info is None:
            return True  # only people can click buttons; a users.info outage should not cost their vote
        return _person(info)

    def known_not_person(self, user_id: str) -> bool:
        cached = self._users.get(user_id)
        return bool(cached and cached[0] > time.monotonic() and not _person(cached[1]))

    # --- voting -----------------------------------------------------------------------------------

    def record(self, caller: Caller, value: str, action_ts: str | None) -> Vote:
        """Store a click before it is acknowledged: an acknowledged click is a stored click.

        Only the database is touched here, so the acknowledgement never waits on Slack; who clicked
        is checked right after (`confirm`).
        """
        if self.known_not_person(caller.user_id):
            return Vote(VoteReceipt("bot"), None)
        return Vote(*self.votes.vote(caller.team_id, value, caller.user_id, action_ts))

    async def confirm(self, caller: Caller, vote: Vote) -> Message:
        """After the acknowledgement: withdraw a vote that is not a person's, refresh the counts, and say what
        happened."""
        receipt, poll = vote.receipt, vote.poll
        if (
            poll is not None
            and receipt.result in ("recorded", "changed", "same", "superseded")
            and not await self.is_person(caller.user_id)
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
        """The private receipt, through the click's response_url on one pooled HTTP session.

        Bolt's `respond` opens a new connection for every call; under a burst of clicks that cost
        is paid by the acknowledgements of the clicks still waiting.
        """
        if not response_url:
            return
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))
        payload = {
            "response_type": "ephemeral",
            "replace_original": False,
            "text": message.text,
            "blocks": message.blocks,
        }
        for attempt in range(3):
            try:
                async with self._session.post(response_url, json=payload) as response:
                    if response.status < 500:
                        if response.status >= 400:
                            log.warning("a vote receipt was refused: HTTP %d", response.status)
                        return
            except (TimeoutError, aiohttp.ClientError) as error:
                if attempt == 2:
                    log.warning("a vote receipt could not be sent: %s", describe(error))
                    return
            await asyncio.sleep(0.5 * 2**attempt)

    def refresh(self, poll_id: int) -> None:
        """Ask for the poll message to show the current counts: at most one chat.update per interval."""
        live = self._live.setdefault(poll_id, _Live())
        live.dirty = True
        if live.task is None or live.task.done():
            live.task = asyncio.create_task(self._keep_fresh(poll_id, live))

    async def _keep_fresh(self, poll_id: int, live: _Live) -> None:
        while live.dirty:
            live.dirty = False
            try:
                await self.update_message(poll_id)
            except Exception as error:  # the next click or the close will render the truth again
                log.warning("could not refresh the counts of poll %s: %s", poll_id, describe(error))
            await asyncio.sleep(self.live_interval)

    async def settle(self) -> None:
        """Wait until every pending live update has gone out."""
        while tasks := [live.task for live in self._live.values() if live.task and not live.task.done()]:
            await asyncio.gather(*tasks, return_exceptions=True)

    def _lock(self, poll_id: int) -> asyncio.Lock:
        return self._locks.setdefault(poll_id, asyncio.Lock())

    async def update_message(self, poll_id: int) -> None:
        """Render the poll as the database has it now (open or closed) into its message."""
        async with self._lock(poll_id):
            for _ in range(2):
                view = self.votes.poll_view(poll_id)
                if view is None or not view.poll.ts:
                    return
                message = closed_message(view) if view.poll.status == "closed" else ballot_message(view)
                await self.client.chat_update(
                    channel=view.poll.channel, ts=view.poll.ts, text=message.text, blocks=message.blocks
                )
                latest = self.votes.polls.poll(poll_id)
                # another process may have closed it while our render was in flight: show the result
                if latest is None or latest.status == view.poll.status:
                    return

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
                    await self.update_message(item.poll_id)
                elif item.kind == SUMMARY:
                    await self.post_summary(item.poll_id)
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

    async def post_summary(self, poll_id: int) -> None:
        view = self.votes.poll_view(poll_id)
        if view is None:
            return
        message = summary_message(view)
        await self.client.chat_postMessage(
            channel=view.poll.channel, text=message.text, blocks=message.blocks, unfurl_links=False
        )

    # --- admin sub-commands -----------------------------------------------------------------------

    async def _admin_refusal(self, user_id: str, what: str) -> Message | None:
        admin = await self.is_admin(user_id)
        if admin is None:
            return refusal(f"I couldn't check with Slack whether you may {what}; please try again in a minute.")
        if not admin:
            return refusal(
                f"Only workspace admins and owners, or people listed in RADAR_ADMINS, can {what}.", "/radar poll"
            )
        return None

    async def close_command(self, caller: Caller, argument: str) -> Message:
        """`/radar poll close`: close the open poll now."""
        refused = await self._admin_refusal(caller.user_id, "close a poll early")
        if refused:
            return refused
        return close_report_message(await self.close(caller.team_id, by=caller.user_id, force=True))

    async def open_command(self, caller: Caller, argument: str) -> Message:
        """`/radar poll open`: open this week's poll now, if the week has none yet."""
        refused = await self._admin_refusal(caller.user_id, "open a poll")
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
        """While the bot serves: pooled connections to Slack, and the schedule when polls are on and not left to
        cron."""
        config = self.votes.config
        original = self.client
        self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
        # slack_sdk opens a connection per call without a session; a burst of first votes (users.info) pays for that
        self.client = AsyncWebClient(
            token=original.token,
            base_url=original.base_url,
            timeout=original.timeout,
            session=self._session,
            retry_handlers=original.retry_handlers,
            logger=original.logger,
        )
        task = asyncio.create_task(self.run_schedule()) if config.enabled and config.scheduled else None
        try:
            yield
        finally:
            self.client = original
            if task:
                task.cancel()
                with suppress(asyncio.CancelledError):
                    await task
            for live in self._live.values():
                if live.task:
                    live.task.cancel()
            if self._session is not None:
                await self._session.close()

    async def background(self, _app: object) -> AsyncIterator[None]:
        """For aiohttp's cleanup_ctx: the schedule lives as long as the web application."""
        async with self.running():
            yield


def install(service: RadarService, client: AsyncWebClient) -> PollRunner:
    """Register the sub-commands that need the Web API and return the shared runner."""
    runner = PollRunner.for_service(service, client)
    service.slack_handlers.update({"poll close": runner.close_command, "poll open": runner.open_command})
    return runner
