"""What the sub-commands share: the settings each reads, opening the service, one-line errors."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Iterable
from typing import Any

from bot.config import SETTINGS, Settings
from bot.radar.catalog import load_catalog
from bot.services.radar import LOCAL_TEAM, RadarService
from bot.storage.store import Store, StoreError

# the settings each group of commands reads; `COMMAND --help` lists them
STORE = ("RADAR_DB", "RADAR_CATALOG", "LOG_LEVEL")
POLLS = (
    "RADAR_POLL_CHANNEL",
    "RADAR_POLL_DAY",
    "RADAR_POLL_TIME",
    "RADAR_POLL_TIMEZONE",
    "RADAR_POLL_DURATION",
    "RADAR_POLL_SIZE",
    "RADAR_POLL_QUORUM",
    "RADAR_POLL_MAJORITY",
    "RADAR_POLL_SCHEDULE",
    "RADAR_ADMINS",
)
LINKS = ("RADAR_PUBLIC_URL", "RADAR_LINK_SECRET", "RADAR_LINK_DAYS", "RADAR_PUBLIC_TEAMS", "PORT")
SLACK_API = ("SLACK_BOT_TOKEN", "SLACK_API_URL")

DATABASE_NOTE = (
    "RADAR_DB's folder must exist: a missing one is refused, not created. "
    "A database this command may not write to is read, and what it would record is kept in memory for the run."
)
LAZY_NOTE = "Each setting is checked when the command first needs it."


class CommandError(Exception):
    """The command cannot go on; the message is one line, printed after `radar-bot: `."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def settings_epilog(names: Iterable[str] | None = None, note: str = "") -> str:
    wanted = None if names is None else set(names)
    rows = "\n".join(
        f"  {s.name:<22} {s.what} (default: {s.shown})" for s in SETTINGS if wanted is None or s.name in wanted
    )
    title = "settings (environment variables)" if wanted is None else "settings this command reads"
    return f"{title}:\n{rows}" + (f"\n\n{note}" if note else "")


def add_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    uses: Iterable[str],
    note: str = LAZY_NOTE,
    **kwargs: Any,
) -> argparse.ArgumentParser:
    """A sub-command whose `--help` ends with the settings it reads."""
    uses = tuple(uses)
    if "RADAR_DB" in uses:
        note = f"{note} {DATABASE_NOTE}".strip()
    parser = commands.add_parser(
        name, epilog=settings_epilog(uses, note), formatter_class=argparse.RawDescriptionHelpFormatter, **kwargs
    )
    parser.set_defaults(uses=uses)
    return parser


def open_store(settings: Settings, *, read_only_ok: bool) -> Store:
    try:
        store = Store(settings.db_path, read_only_ok=read_only_ok)
    except StoreError as error:
        raise CommandError(f"RADAR_DB: {error}") from None
    if store.read_only:
        print(
            f"radar-bot: {store.source} is read-only: answering from it; "
            "what this run records (thread memory) is kept in memory only",
            file=sys.stderr,
        )
    return store


def open_service(settings: Settings, *, read_only_ok: bool = True) -> RadarService:
    """The catalog and the database, as `RadarService.from_settings`, with one-line errors for the database."""
    catalog = load_catalog(settings.catalog_dir)
    return RadarService(catalog, open_store(settings, read_only_ok=read_only_ok), settings)


def team_for(service: RadarService, team: str | None) -> str:
    """The workspace a command speaks for: the one named, which the database must know, or the default."""
    if not team:
        return service.default_team()
    known = service.store.known_teams()
    if team != LOCAL_TEAM and team not in known:
        listed = ", ".join(known) if known else f"none besides {LOCAL_TEAM}"
        raise CommandError(f"no workspace {team!r} in the database {service.store.source} (it knows: {listed})")
    return team


def quiet_unless_asked() -> None:
    """Someone reading answers wants the answers, not the service's log: warnings only, unless LOG_LEVEL is set."""
    if "LOG_LEVEL" not in os.environ:
        logging.getLogger().setLevel(logging.WARNING)
