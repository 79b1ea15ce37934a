"""`radar-bot poll open|close|status`: the weekly poll from cron or a platform scheduler."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Callable, Coroutine
from dataclasses import replace
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.cli.common import POLLS, SLACK_API, STORE, CommandError, add_command, open_service
from bot.config import Settings, SettingsError
from bot.messages.votes import close_report_message, open_report_message, status_message
from bot.services.radar import LOCAL_TEAM, RadarService
from bot.slack.app import web_client
from bot.slack.polls import PollRunner

USES = (*SLACK_API, *STORE, *POLLS)
# what Slack answers auth.test when the token itself is the problem
TOKEN_ERRORS = {"invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired"}


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    poll = add_command(
        commands,
        "poll",
        USES,
        help="open or close the weekly poll (for cron), or show it",
        description="The weekly poll without a running bot: the workspace comes from the bot token (auth.test). "
        "A week gets one poll however often `open` runs, from however many machines.",
    )
    actions = poll.add_subparsers(title="actions", metavar="ACTION", required=True)
    opening = add_command(
        actions, "open", USES, help="open this week's poll in RADAR_POLL_CHANNEL now, unless the week has had one"
    )
    opening.set_defaults(handler=handle_open)
    closing = add_command(
        actions, "close", USES, help="close the poll if its deadline has passed, and send announcements still owed"
    )
    closing.add_argument("--now", action="store_true", help="close the open poll now, before its deadline")
    closing.set_defaults(handler=handle_close)
    status = add_command(
        actions,
        "status",
        USES,
        help="show the open poll, or when the next one opens",
        description="Show the open poll, or when the next one opens. The workspace is --team, else the one "
        "SLACK_BOT_TOKEN belongs to (asked of Slack), else the only one in the database: "
        "without a token this command needs no network.",
    )
    status.add_argument("--team", default=None, help="workspace (team id) to show; needs no token")
    status.set_defaults(handler=handle_status)


def runner(settings: Settings, service: RadarService, action: str) -> PollRunner:
    if not settings.bot_token:
        raise SettingsError(f"SLACK_BOT_TOKEN must be set to {action} (see README: Settings)")
    return PollRunner(service.votes, web_client(settings))


def talk_to_slack(settings: Settings, work: Callable[[], Coroutine[Any, Any, int]]) -> int:
    """Run `work`; a Slack that cannot be reached or refuses the token is one line, not a traceback."""
    try:
        return asyncio.run(work())
    except SlackApiError as error:
        code = error.response.get("error", "") if error.response is not None else ""
        if code in TOKEN_ERRORS:
            refused = f"Slack refused SLACK_BOT_TOKEN ({code}); check the token and the app's installation"
            raise CommandError(refused) from None
        raise CommandError(f"Slack answered with an error: {code or error}") from None
    except (aiohttp.ClientError, TimeoutError, OSError) as error:
        reason = str(error) or type(error).__name__
        raise CommandError(f"cannot reach Slack at {settings.api_url} (SLACK_API_URL): {reason}") from None
    except SlackClientError as error:
        raise CommandError(f"the call to Slack failed: {error}") from None


def handle_open(args: argparse.Namespace, settings: Settings) -> int:
    if not settings.poll_channel:
        raise SettingsError("RADAR_POLL_CHANNEL must be set to open a poll (see README: Team votes)")
    polls = runner(settings, open_service(settings, read_only_ok=False), "open a poll")

    async def run() -> int:
        report = await polls.open()
        print(open_report_message(report).text)
        return 1 if report.result in ("failed", "empty") else 0

    return talk_to_slack(settings, run)


def handle_close(args: argparse.Namespace, settings: Settings) -> int:
    polls = runner(settings, open_service(settings, read_only_ok=False), "close a poll")

    async def run() -> int:
        team = await polls.team_id()
        report = await polls.close(team, force=args.now)
        if report.result != "closed":
            report = replace(report, unsent=await polls.deliver(team))  # owed by an earlier run
        print(close_report_message(report).text)
        if report.unsent:
            print(
                f"{report.unsent} announcement(s) could not be sent yet; "
                "the next `radar-bot poll close` or the running bot sends them."
            )
        return 1 if report.unsent else 0

    return talk_to_slack(settings, run)


def handle_status(args: argparse.Namespace, settings: Settings) -> int:
    service = open_service(settings)
    if args.team or not settings.bot_token:
        print(status_message(service.votes.status(args.team or only_team(service))).text)
        return 0
    polls = runner(settings, service, "ask Slack which workspace to show")

    async def run() -> int:
        print(status_message(polls.votes.status(await polls.team_id())).text)
        return 0

    return talk_to_slack(settings, run)


def only_team(service: RadarService) -> str:
    teams = service.store.known_teams()
    if len(teams) > 1:
        raise CommandError(
            f"the database holds {len(teams)} workspaces ({', '.join(teams)}): "
            "name one with --team, or set SLACK_BOT_TOKEN to use the token's"
        )
    return teams[0] if teams else LOCAL_TEAM
