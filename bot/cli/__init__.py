"""The `radar-bot` command line: each sub-command lives in its own module with `add_parser`."""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.cli import ask, catalog, init, poll, run, share
from bot.cli.common import CommandError, settings_epilog
from bot.cli.envfile import environment
from bot.config import Settings, SettingsError
from bot.radar.catalog import CatalogError
from bot.storage.store import StoreError

MODULES = (run, ask, init, catalog, poll, share)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="radar-bot",
        description="MLOps Radar: a Slack bot that serves your team's MLOps technology radar. "
        "Without Slack credentials it opens a local console where you type what you would type in Slack.",
        epilog=settings_epilog(
            note="Each command checks a setting when it first needs it; "
            "`radar-bot validate` checks them all. `radar-bot COMMAND --help` lists the ones COMMAND reads."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--env-file",
        metavar="PATH",
        type=Path,
        default=None,
        help="read settings from PATH, KEY=VALUE lines (for cron); its values win over the environment's, "
        "and a relative RADAR_DB or RADAR_CATALOG in it is taken from PATH's folder",
    )
    parser.set_defaults(handler=run.default)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in MODULES:
        module.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = Settings.lazy(
            environment(args.env_file, os.environ)
        )  # each setting is checked where it is used: PORT=abc does not stop `ask`
        logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        # bm25s logs every index it builds at DEBUG, whatever the level asked for
        logging.getLogger("bm25s").setLevel(max(logging.WARNING, logging.getLogger().level))
        return int(args.handler(args, settings) or 0)
    except SettingsError as exc:
        print(f"radar-bot: {exc}", file=sys.stderr)
        return 2
    except CommandError as exc:
        print(f"radar-bot: {exc}", file=sys.stderr)
        return exc.code
    except StoreError as exc:
        print(f"radar-bot: RADAR_DB: {exc}", file=sys.stderr)
        return 1
    except sqlite3.Error as exc:  # the database failed after it opened (disk full, file replaced)
        print(f"radar-bot: the database failed: {exc}", file=sys.stderr)
        return 1
    except CatalogError as exc:
        print(f"radar-bot: the catalog has {len(exc.problems)} problem(s):", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (`radar-bot export | head`); nothing left to say
        sys.stderr.close()
        return 0
