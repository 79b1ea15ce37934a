"""`radar-bot init`: start a workspace's radar from a starter set (the seed posts' tools, nothing, all, or a sheet)."""

from __future__ import annotations

import argparse

from bot.cli.common import STORE, CommandError, add_command, open_service
from bot.config import Settings
from bot.services.radar import LOCAL_TEAM


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    init = add_command(
        commands,
        "init",
        (*STORE, "RADAR_STARTER"),
        help="start a workspace's radar from a starter set",
        description="Start a workspace's radar: the tools the seed posts name, as they place them (seeds), "
        "nothing (empty), every catalog tool in the framework's ring (catalog), or a BYOR CSV file. "
        "A workspace starts once; without this, it starts from RADAR_STARTER the first time it is used.",
    )
    init.add_argument(
        "--starter", default=None, help="seeds, empty, catalog or the path of a .csv file (default: $RADAR_STARTER)"
    )
    init.add_argument("--team", default=LOCAL_TEAM, help=f"workspace (team id); default: {LOCAL_TEAM}")
    init.set_defaults(handler=handle_init)


def handle_init(args: argparse.Namespace, settings: Settings) -> int:
    starter = args.starter or settings.starter
    if starter not in ("seeds", "empty", "catalog") and not starter.lower().endswith(".csv"):
        raise CommandError(f"--starter {starter!r}: use seeds, empty, catalog or the path of a .csv file", code=2)
    service = open_service(settings, read_only_ok=False)
    try:
        started = service.start(args.team, starter)
    except OSError as error:
        raise CommandError(f"cannot read {starter}: {error.strerror or error}") from None
    if not started:
        print(
            f"{args.team} has a radar already; nothing changed (change single entries in Slack with /radar edit <tool>)"
        )
        return 0
    placed = len(service.team(args.team).placed())
    print(f"started the radar of {args.team} from {starter}: {placed} tools")
    return 0
