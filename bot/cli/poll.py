"""`radar-bot poll open|close|status`: the weekly poll from cron or a platform scheduler."""

from __future__ import annotations

import argparse
import asyncio
from dataclasses import replace

from bot.config import Settings, SettingsError
from bot.messages.votes import close_report_message, open_report_message, status_message
from bot.services.radar import RadarService
from bot.slack.app import web_client
from bot.slack.polls import PollRunner


def add_parser(commands: argparse._SubParsersAction) -> None:
    poll = commands.add_parser(
        "poll",
        help="open or close the weekly poll (for cron), or show it",
        description="The weekly poll without a running bot: the workspace comes from the bot token (auth.test). "
        "A week gets one poll however often `open` runs, from however many machines.",
    )
    actions = poll.add_subparsers(title="actions", metavar="ACTION", required=True)
    opening = actions.add_parser(
        "open", help="open this week's poll in RADAR_POLL_CHANNEL now, unless the week has had one"
    )
    opening.set_defaults(handler=handle_open)
    closing = actions.add_parser(
        "close", help="close the poll if its deadline has passed, and send announcements still owed"
    )
    closing.add_argument("--now", action="store_true", help="close the open poll now, before its deadline")
    closing.set_defaults(handler=handle_close)
    status = actions.add_parser("status", help="show the open poll, or when the next one opens")
    status.set_defaults(handler=handle_status)


def runner(settings: Settings) -> PollRunner:
    if not settings.bot_token:
        raise SettingsError("SLACK_BOT_TOKEN must be set to open or close polls (see README: Settings)")
    return PollRunner(RadarService.from_settings(settings).votes, web_client(settings))


def handle_open(args: argparse.Namespace, settings: Settings) -> int:
    if not settings.poll_channel:
        raise SettingsError("RADAR_POLL_CHANNEL must be set to open a poll (see README: Team votes)")

    async def run() -> int:
        report = await runner(settings).open()
        print(open_report_message(report).text)
        return 1 if report.result in ("failed", "empty") else 0

    return asyncio.run(run())


def handle_close(args: argparse.Namespace, settings: Settings) -> int:
    async def run() -> int:
        polls = runner(settings)
        team = await polls.team_id()
        report = await polls.close(team, force=args.now)
        if report.result != "closed":
            report = replace(report, unsent=await polls.deliver(team))  # owed by an earlier run
        print(close_report_message(report).text)
        if report.unsent:
            print(
                f"{report.unsent} announcement(s) could not be sent yet; the next `radar-bot poll close` or the running bot sends them."
            )
        return 1 if report.unsent else 0

    return asyncio.run(run())


def handle_status(args: argparse.Namespace, settings: Settings) -> int:
    async def run() -> int:
        polls = runner(settings)
        print(status_message(polls.votes.status(await polls.team_id())).text)
        return 0

    return asyncio.run(run())
