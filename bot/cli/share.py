"""`radar-bot link`, `chart` and `import`: the radar's page, picture and sheets from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.cli.common import LINKS, STORE, CommandError, add_command, open_service, team_for
from bot.config import Settings, SettingsError
from bot.radar.answers import NotFound
from bot.services.links import LinkUnavailable, page_link
from bot.services.sharing import import_sheet, picture_png, picture_svg, quadrant_for
from bot.services.snapshots import take_snapshot

IMPORT_FORMATS = ("byor-csv",)
CHART_FORMATS = ("png", "svg")


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    link = add_command(
        commands,
        "link",
        (*STORE, *LINKS),
        help="print a signed link to the team's radar page",
        description="Print a link to the team's radar page, signed with RADAR_LINK_SECRET and valid for "
        "RADAR_LINK_DAYS days (or --days). Without RADAR_PUBLIC_URL the link points at http://localhost:$PORT.",
    )
    link.add_argument("--team", default=None, help="workspace (team id); default: the only one in the database")
    link.add_argument(
        "--days", type=int, default=None, help="days the link stays valid, 1 to 365 (default: $RADAR_LINK_DAYS or 7)"
    )
    link.set_defaults(handler=handle_link)

    chart = add_command(
        commands,
        "chart",
        STORE,
        help="write the radar's picture to a file (PNG or SVG)",
        description="Write the radar's picture to a file. The output's folder must exist, and its extension, "
        "if it has one, must be .png or .svg (and agree with --format).",
    )
    chart.add_argument("--quadrant", default="", help="draw one quadrant only (a name such as cloud or 'ml platforms')")
    chart.add_argument(
        "--format", choices=CHART_FORMATS, default=None, help="default: from the output file's extension, else png"
    )
    chart.add_argument(
        "--output", "-o", type=Path, default=None, help="file to write (default: radar.png or radar.svg)"
    )
    chart.add_argument(
        "--team",
        default=None,
        help="workspace (team id); default: the only one in the database. A team it does not know is an error.",
    )
    chart.add_argument(
        "--all", action="store_true", help="the whole catalog, in the team's rings where it placed a tool"
    )
    chart.set_defaults(handler=handle_chart)

    sheet = add_command(
        commands,
        "import",
        STORE,
        help="seed the team's rings from a Thoughtworks BYOR sheet (CSV)",
        description="Read a Build Your Own Radar CSV (columns name, ring, quadrant; others are ignored) "
        "and record each ring that differs from the team's radar as a ring move. "
        "Names, rings and quadrants must match the catalog exactly (any case and spacing); "
        "rows that do not are reported and skipped.",
    )
    sheet.add_argument("file", type=Path, metavar="FILE", help="the CSV file ('-' for standard input)")
    sheet.add_argument("--format", choices=IMPORT_FORMATS, required=True, help="the sheet's format")
    sheet.add_argument("--team", default=None, help="workspace (team id); default: the only one in the database")
    sheet.add_argument("--dry-run", action="store_true", help="report what would change without recording it")
    sheet.set_defaults(handler=handle_import)


def handle_link(args: argparse.Namespace, settings: Settings) -> int:
    if args.days is not None and not 1 <= args.days <= 365:
        raise SettingsError("--days must be a whole number of days from 1 to 365")
    service = open_service(settings)
    team_id = args.team or service.default_team()
    try:
        link = page_link(settings, team_id, days=args.days, require_public=False)
    except LinkUnavailable as reason:
        raise SettingsError(str(reason)) from None
    print(link.url)
    if link.expires_at:
        print(f"valid until {link.expires_at:%Y-%m-%d %H:%M} UTC", file=sys.stderr)
    return 0


def chart_target(output: Path | None, chosen: str | None) -> tuple[Path, str]:
    """The file to write and its format; CommandError before any drawing if the file cannot be right."""
    suffix = output.suffix.lstrip(".").lower() if output else ""
    if output and suffix and suffix not in CHART_FORMATS:
        raise CommandError(f"cannot write {output}: chart writes .png or .svg files, not .{suffix}", code=2)
    if chosen and suffix and chosen != suffix:
        raise CommandError(f"cannot write {output}: its extension says {suffix}, --format says {chosen}", code=2)
    kind = chosen or suffix or "png"
    output = output or Path(f"radar.{kind}")
    if not output.parent.is_dir():
        raise CommandError(f"cannot write {output}: the folder {output.parent} does not exist")
    return output, kind


def handle_chart(args: argparse.Namespace, settings: Settings) -> int:
    output, kind = chart_target(args.output, args.format)
    service = open_service(settings)
    quadrant = quadrant_for(service, args.quadrant)
    if isinstance(quadrant, NotFound):
        print(
            f"radar-bot: “{quadrant.query}” is not a quadrant; try one of: {', '.join(quadrant.suggestions)}",
            file=sys.stderr,
        )
        return 2
    snapshot = take_snapshot(service, team_for(service, args.team), whole=args.all)
    quadrant_id = quadrant.id if quadrant else None
    try:
        if kind == "svg":
            output.write_text(picture_svg(snapshot, quadrant_id), encoding="utf-8")
        else:
            output.write_bytes(picture_png(snapshot, quadrant_id))
    except OSError as error:
        raise CommandError(f"cannot write {output}: {error.strerror or error}") from None
    print(f"wrote {output}")
    return 0


def handle_import(args: argparse.Namespace, settings: Settings) -> int:
    try:
        text = sys.stdin.read() if str(args.file) == "-" else args.file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        print(f"radar-bot: cannot read {args.file}: {error}", file=sys.stderr)
        return 1
    service = open_service(settings, read_only_ok=args.dry_run)
    team_id = args.team or service.default_team()
    report = import_sheet(service, team_id, text, dry_run=args.dry_run)
    verb = "Would move" if args.dry_run else "Moved"
    print(
        f"{verb} {len(report.moved)} tool(s) for team {team_id}; {len(report.unchanged)} already in the sheet's ring; "
        f"{len(report.problems)} row(s) skipped."
    )
    for name, before, after in report.moved:
        print(f"  {name}: {before} -> {after}")
    for note in report.notes:
        print(f"  note: {note}")
    for problem in report.problems:
        print(f"  skipped {problem}", file=sys.stderr)
    if not report.moved and not report.unchanged and report.problems:
        return 1  # nothing in the sheet could be used
    return 0
