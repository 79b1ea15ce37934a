"""`radar-bot --env-file PATH`: settings from a file of KEY=VALUE lines, for cron and other bare environments."""

from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path

from dotenv import dotenv_values
from dotenv.parser import parse_stream

from bot.cli.common import CommandError

# paths in the file mean the same wherever the command runs from: cron starts in the home folder
PATHS = ("RADAR_DB", "RADAR_CATALOG")


def read_env_file(path: Path) -> dict[str, str]:
    """The file's settings; relative RADAR_DB and RADAR_CATALOG are taken from the file's folder."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise CommandError(f"--env-file: cannot read {path} ({reason})", code=2) from None
    bad = [b.original.line for b in parse_stream(io.StringIO(text)) if b.error]
    if bad:
        raise CommandError(f"--env-file: {path}:{bad[0]} is not a KEY=VALUE line", code=2)
    # a line without "=" carries no value, and ${VAR} is expanded from the file and the environment
    values = {k: v for k, v in dotenv_values(stream=io.StringIO(text)).items() if v is not None}
    folder = path.resolve().parent
    for name in PATHS:
        if values.get(name):
            given = Path(values[name]).expanduser()
            values[name] = str(given if given.is_absolute() else folder / given)
    return values


def environment(path: Path | None, base: Mapping[str, str]) -> Mapping[str, str]:
    """`base` (the process environment) with the file's values on top: the file named on the command line wins."""
    if path is None:
        return base
    return {**base, **read_env_file(path)}
