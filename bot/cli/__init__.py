"""The `radar-bot` command line: each sub-command lives in its own module with `add_parser`."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from bot.cli import ask, catalog, poll, run, share
from bot.config import SETTINGS, Settings, SettingsError
from bot.radar.catalog import CatalogError

MODULES = (run, ask, catalog, poll, share)


def settings_epilog() -> str:
    rows = "\n".join(f"  {s.name:<22} {s.what} (default: {s.shown})" for s in SETTINGS)
    return f"settings (environment variables):\n{rows}"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="radar-bot",
        description="MLOps Radar: a Slack bot that serves your team's MLOps technology radar. "
        "Without Slack credentials it opens a local console where you type what you would type in Slack.",
        epilog=settings_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
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
        settings = Settings.from_env()
        logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
        return int(args.handler(args, settings) or 0)
    except SettingsError as exc:
        print(f"radar-bot: {exc}", file=sys.stderr)
        return 2
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
