"""`radar-bot validate`, `schema` and `export`: the catalog as data."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from bot.cli.common import STORE, CommandError, add_command, open_service, team_for
from bot.config import SETTINGS, Settings
from bot.radar.catalog import load_catalog
from bot.radar.export import export_json
from bot.radar.formats import backstage_json, byor_csv, zalando_json
from bot.radar.schema import SCHEMA_DIR, write_schemas
from bot.radar.snapshot import Snapshot
from bot.services.snapshots import take_snapshot

# each builds the team's radar in one format: JSON-able data, or text written as is (CSV)
EXPORT_FORMATS: dict[str, Any] = {
    "json": lambda snapshot: export_json(snapshot.team),
    "byor-csv": byor_csv,
    "zalando-json": zalando_json,
    "backstage-json": backstage_json,
}


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    validate = add_command(
        commands,
        "validate",
        [s.name for s in SETTINGS],
        "Without DIR every setting is checked too; with DIR only that directory is.",
        help="check the settings and the catalog (default: $RADAR_CATALOG or the bundled one), or the catalog in DIR",
    )
    validate.add_argument("directory", nargs="?", type=Path, metavar="DIR")
    validate.set_defaults(handler=handle_validate)
    schema = add_command(
        commands,
        "schema",
        ["RADAR_CATALOG"],
        help="write the catalog's JSON Schemas to schema/ in the catalog directory (for editors)",
    )
    schema.set_defaults(handler=handle_schema)
    export = add_command(
        commands,
        "export",
        STORE,
        help="print the team's radar (with --all: the whole catalog)",
        description="Print the team's radar, the tools it placed, in its rings: json (this bot's own shape), "
        "byor-csv (Thoughtworks Build Your Own Radar), "
        "zalando-json (zalando/tech-radar's radar_visualization config) "
        "or backstage-json (Backstage tech-radar loader response).",
    )
    export.add_argument("--format", choices=list(EXPORT_FORMATS), default="json", help="output format (default: json)")
    export.add_argument(
        "--team",
        default=None,
        help="workspace (team id) whose votes to use; default: the only one in the database. "
        "A team the database does not know is an error.",
    )
    export.add_argument(
        "--all", action="store_true", help="the whole catalog, in the team's rings where it placed a tool"
    )
    export.set_defaults(handler=handle_export)


def handle_validate(args: argparse.Namespace, settings: Settings) -> int:
    if args.directory is None:
        settings.check()  # the operator's check before a start: every setting, then the catalog
    elif not args.directory.is_dir():
        raise CommandError(f"{args.directory}: not a directory (give a catalog directory holding radar.yml)")
    catalog = load_catalog(args.directory or settings.catalog_dir)
    rings = Counter(catalog.default_ring(t) for t in catalog.tools)
    print(
        f"Catalog OK: {len(catalog.tools)} tools in {len(catalog.categories)} categories "
        f"({', '.join(f'{r.name} {rings[r.id]}' for r in catalog.rings)}); "
        f"{len(catalog.seeds)} seed placements honoured."
    )
    return 0


def handle_schema(args: argparse.Namespace, settings: Settings) -> int:
    directory = settings.catalog_dir / "schema" if settings.catalog_dir else SCHEMA_DIR
    if settings.catalog_dir and not settings.catalog_dir.is_dir():
        raise CommandError(f"RADAR_CATALOG: {settings.catalog_dir} is not a directory")
    try:
        written = write_schemas(directory)
    except OSError as error:
        raise CommandError(f"cannot write the schemas to {directory}: {error.strerror or error}") from None
    for path in written:
        print(f"wrote {path}")
    return 0


def handle_export(args: argparse.Namespace, settings: Settings) -> int:
    service = open_service(settings)
    snapshot: Snapshot = take_snapshot(service, team_for(service, args.team), whole=args.all)
    exported = EXPORT_FORMATS[args.format](snapshot)
    if isinstance(exported, str):
        sys.stdout.write(exported)
    else:
        json.dump(exported, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    return 0
