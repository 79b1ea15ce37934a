"""`radar-bot validate` and `radar-bot export`: the catalog as data."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from bot.config import Settings
from bot.radar.catalog import load_catalog
from bot.radar.export import export_json
from bot.radar.formats import backstage_json, byor_csv, zalando_json
from bot.radar.schema import write_schemas
from bot.services.radar import RadarService
from bot.services.snapshots import take_snapshot

# each builds the team's radar in one format: JSON-able data, or text written as is (CSV)
EXPORT_FORMATS = {
    "json": lambda snapshot: export_json(snapshot.team),
    "byor-csv": byor_csv,
    "zalando-json": zalando_json,
    "backstage-json": backstage_json,
}


def add_parser(commands: argparse._SubParsersAction) -> None:
    validate = commands.add_parser(
        "validate", help="check a catalog directory (default: $RADAR_CATALOG or the bundled one)"
    )
    validate.add_argument("directory", nargs="?", type=Path, metavar="DIR")
    validate.set_defaults(handler=handle_validate)
    schema = commands.add_parser("schema", help="write the catalog's JSON Schemas to catalog/schema/ (for editors)")
    schema.set_defaults(handler=handle_schema)
    export = commands.add_parser(
        "export",
        help="print the radar as the team sees it",
        description="Print the team's radar: json (this bot's own shape), byor-csv (Thoughtworks Build Your Own Radar), "
        "zalando-json (zalando/tech-radar's radar_visualization config) or backstage-json (Backstage tech-radar loader response).",
    )
    export.add_argument("--format", choices=list(EXPORT_FORMATS), default="json", help="output format (default: json)")
    export.add_argument(
        "--team", default=None, help="workspace (team id) whose votes to use; default: the only one in the database"
    )
    export.set_defaults(handler=handle_export)


def handle_validate(args: argparse.Namespace, settings: Settings) -> int:
    catalog = load_catalog(args.directory or settings.catalog_dir)
    rings = Counter(catalog.default_ring(t) for t in catalog.tools)
    print(
        f"Catalog OK: {len(catalog.tools)} tools in {len(catalog.categories)} categories "
        f"({', '.join(f'{r.name} {rings[r.id]}' for r in catalog.rings)}); "
        f"{len(catalog.seeds)} seed placements honoured."
    )
    return 0


def handle_schema(args: argparse.Namespace, settings: Settings) -> int:
    for path in write_schemas():
        print(f"wrote {path}")
    return 0


def handle_export(args: argparse.Namespace, settings: Settings) -> int:
    service = RadarService.from_settings(settings)
    exported = EXPORT_FORMATS[args.format](take_snapshot(service, args.team or service.default_team()))
    if isinstance(exported, str):
        sys.stdout.write(exported)
    else:
        json.dump(exported, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    return 0
