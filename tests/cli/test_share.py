"""`radar-bot link`, `chart`, `import` and the export formats, run as a user would run them."""

from __future__ import annotations

import csv
import io
import json
from urllib.parse import parse_qs, urlparse

from bot.config import Settings
from bot.services.links import allowed
from tests.cli.test_cli import run_cli
from tests.conftest import make_catalog_dir

SECRET = "a-link-secret-for-tests-only"


def tiny_env(tmp_path, **extra: str) -> dict[str, str]:
    catalog = tmp_path / "catalog"
    if not catalog.exists():
        make_catalog_dir(catalog)
    return {"RADAR_CATALOG": str(catalog), "RADAR_STARTER": "catalog", **extra}


def test_link_prints_a_url_the_server_accepts(tmp_path):
    result = run_cli(
        "link",
        "--team",
        "T0001",
        "--days",
        "2",
        env=tiny_env(tmp_path, RADAR_LINK_SECRET=SECRET, RADAR_PUBLIC_URL="https://radar.example.com"),
        tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    url = result.stdout.strip()
    assert url.startswith("https://radar.example.com/radar/T0001?") and "valid until" in result.stderr
    query = {k: v[0] for k, v in parse_qs(urlparse(url).query).items()}
    assert allowed(Settings.from_env({"RADAR_LINK_SECRET": SECRET}), "T0001", query)


def test_link_without_a_secret_says_which_setting_is_missing(tmp_path):
    result = run_cli("link", env=tiny_env(tmp_path), tmp_path=tmp_path)
    assert result.returncode == 2 and "RADAR_LINK_SECRET" in result.stderr and "Traceback" not in result.stderr


def test_chart_writes_png_and_svg(tmp_path):
    png, svg = tmp_path / "r.png", tmp_path / "q.svg"
    assert run_cli("chart", "-o", str(png), env=tiny_env(tmp_path), tmp_path=tmp_path).returncode == 0
    assert png.read_bytes().startswith(b"\x89PNG")
    assert (
        run_cli("chart", "-o", str(svg), "--quadrant", "cloud", env=tiny_env(tmp_path), tmp_path=tmp_path).returncode
        == 0
    )
    assert (
        svg.read_text().startswith("<svg")
        and 'data-tool="aws"' in svg.read_text()
        and 'data-tool="kedro"' not in svg.read_text()
    )
    wrong = run_cli("chart", "--quadrant", "techniques", env=tiny_env(tmp_path), tmp_path=tmp_path)
    assert wrong.returncode == 2 and "not a quadrant" in wrong.stderr


def test_each_export_format_from_the_command_line(tmp_path):
    env = tiny_env(tmp_path)
    rows = list(
        csv.DictReader(io.StringIO(run_cli("export", "--format", "byor-csv", env=env, tmp_path=tmp_path).stdout))
    )
    assert len(rows) == 19 and list(rows[0]) == ["name", "ring", "quadrant", "isNew", "status", "description"]
    zalando = json.loads(run_cli("export", "--format", "zalando-json", env=env, tmp_path=tmp_path).stdout)
    assert len(zalando["entries"]) == 19 and {"quadrant", "ring", "label", "link", "moved"} <= set(
        zalando["entries"][0]
    )
    backstage = json.loads(run_cli("export", "--format", "backstage-json", env=env, tmp_path=tmp_path).stdout)
    assert len(backstage["entries"]) == 19 and backstage["entries"][0]["timeline"]


def test_import_seeds_rings_and_reports_what_it_could_not_use(tmp_path):
    env = tiny_env(tmp_path)
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "name,ring,quadrant,isNew,description\nKedro,Adopt,Machine Learning Platforms,FALSE,\nKedro Pro,Trial,Machine "
        "Learning Platforms,FALSE,\nDVC,Hold,Data,FALSE,\n"
    )
    dry = run_cli("import", "--format", "byor-csv", str(sheet), "--team", "T1", "--dry-run", env=env, tmp_path=tmp_path)
    assert dry.returncode == 0 and "Would move 1 tool(s)" in dry.stdout
    result = run_cli("import", "--format", "byor-csv", str(sheet), "--team", "T1", env=env, tmp_path=tmp_path)
    assert result.returncode == 0 and "Kedro: Assess -> Adopt" in result.stdout
    assert (
        "row 3: “Kedro Pro” is not in the catalog" in result.stderr
        and "row 4: “Data” is not one of our quadrants" in result.stderr
    )
    exported = json.loads(run_cli("export", "--team", "T1", env=env, tmp_path=tmp_path).stdout)
    kedro = next(t for t in exported["tools"] if t["id"] == "kedro")
    assert kedro["ring"] == "Adopt" and kedro["ring_voted"]
    timeline = next(
        e
        for e in json.loads(
            run_cli("export", "--format", "backstage-json", "--team", "T1", env=env, tmp_path=tmp_path).stdout
        )["entries"]
        if e["id"] == "kedro"
    )["timeline"]
    assert [s["ringId"] for s in timeline] == ["adopt", "assess"]


def test_import_of_an_unusable_file_fails(tmp_path):
    env = tiny_env(tmp_path)
    missing = run_cli("import", "--format", "byor-csv", str(tmp_path / "nope.csv"), env=env, tmp_path=tmp_path)
    assert missing.returncode == 1 and "cannot read" in missing.stderr
    bad = tmp_path / "bad.csv"
    bad.write_text("tool;level\nKedro;adopt\n")
    result = run_cli("import", "--format", "byor-csv", str(bad), env=env, tmp_path=tmp_path)
    assert result.returncode == 1 and "lacks name, ring, quadrant" in result.stderr
