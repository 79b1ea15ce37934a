"""`radar-bot ask`: answers from the command line, as text or as JSON lines."""

from __future__ import annotations

import argparse
import html
import sys
import uuid

from bot.cli.common import LINKS, POLLS, STORE, add_command, open_service, quiet_unless_asked
from bot.config import Settings
from bot.services.radar import Caller

# the poll settings answer `/radar poll`, the link settings `/radar page`
USES = (*STORE, *POLLS, *LINKS)


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ask = add_command(
        commands,
        "ask",
        USES,
        help="answer TEXT (or each line of standard input) as the bot would",
        description="Answer TEXT, written as in Slack: a slash command (`/radar kedro`), a question to the bot "
        "(`@radar we need to version our datasets`; later `@radar` lines of the same run follow up on earlier ones) "
        "or a plain tool name. "
        "Without TEXT, answer each line of standard input.",
    )
    ask.add_argument("text", nargs="*", metavar="TEXT", help="what to ask; omit to read standard input")
    ask.add_argument(
        "--json",
        action="store_true",
        help='print one JSON object per input: {"tools": [...], "text": ..., "blocks": [...]}',
    )
    ask.add_argument(
        "--team", default=None, help="workspace (team id) whose votes to use; default: the only one in the database"
    )
    ask.set_defaults(handler=handle)


def handle(args: argparse.Namespace, settings: Settings) -> int:
    quiet_unless_asked()
    service = open_service(settings)
    team = args.team or service.default_team()
    inputs = [" ".join(args.text)] if args.text else (line.strip() for line in sys.stdin)
    # each run is its own conversation, as each console session is: a question asked by yesterday's script, or by
    # the run before, is no thread this one follows up on
    caller = Caller(team, channel_id=f"ask-{uuid.uuid4().hex[:12]}")
    for text in inputs:
        if not text:
            continue
        message = service.ask(caller, text)
        # the text is escaped for Slack; a terminal or a script reading lines gets the characters themselves
        print(message.to_json() if args.json else html.unescape(message.text) + "\n", flush=True)
    return 0
