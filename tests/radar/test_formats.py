"""Exports in the fields Thoughtworks BYOR, zalando/tech-radar and Backstage read; BYOR sheets read back in."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import jsonschema
import pytest

from bot.radar.formats import backstage_json, byor_csv, read_byor_csv, zalando_json
from bot.radar.snapshot import Snapshot
from bot.radar.team import RingMove, TeamRadar

NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)


@pytest.fixture
def snapshot(tiny_catalog) -> Snapshot:
    earlier = RingMove("kedro", "assess", "trial", NOW - timedelta(days=40), {"trial": 4, "assess": 1}, poll_id=1)
    latest = RingMove("kedro", "trial", "adopt", NOW - timedelta(days=3), {"adopt": 5, "trial": 2}, poll_id=2)
    dropped = RingMove("git", "adopt", "hold", NOW - timedelta(days=3), {"hold": 3}, poll_id=2)
    team = TeamRadar(tiny_catalog, {"kedro": latest, "git": dropped})
    return Snapshot(
        team,
        NOW,
        new=frozenset({"dvc"}),
        moved={"kedro": "in", "git": "out"},
        history={"kedro": [earlier, latest], "git": [dropped]},
        first_seen={t.id: NOW - timedelta(days=60) for t in tiny_catalog.tools},
    )


# --- Thoughtworks BYOR: the columns its content validator demands, the values its factory reads


def test_byor_csv_has_the_columns_byor_checks_and_one_row_per_tool(snapshot, tiny_catalog):
    rows = list(csv.DictReader(io.StringIO(byor_csv(snapshot))))
    assert {"name", "ring", "quadrant", "isNew", "description"} <= set(rows[0])  # BYOR's verifyHeaders
    assert len(rows) == len(tiny_catalog.tools)
    assert (
        len({r["quadrant"] for r in rows}) == 4 and len({r["ring"] for r in rows}) <= 4
    )  # BYOR draws at most four of each
    for row in rows:
        assert row["ring"].lower() in {"adopt", "trial", "assess", "hold"}
        assert row["isNew"] in {"TRUE", "FALSE"}  # BYOR compares isNew.toLowerCase() with 'true'
        assert row["status"] in {"new", "moved in", "moved out", "no change"}
        assert row["description"]
    by_name = {r["name"]: r for r in rows}
    assert by_name["Kedro"]["ring"] == "Adopt" and by_name["Kedro"]["status"] == "moved in"
    assert by_name["Git"]["ring"] == "Hold" and by_name["Git"]["status"] == "moved out"
    assert by_name["DVC"]["isNew"] == "TRUE" and by_name["DVC"]["status"] == "new"
    assert by_name["Docker"]["status"] == "no change"
    assert "&amp;" not in by_name["Weights & Biases"]["name"]


# --- zalando/tech-radar: radar_visualization() reads entries[].quadrant/ring as indexes ----------


def test_zalando_entries_use_indexes_label_link_and_moved(snapshot, tiny_catalog):
    data = zalando_json(snapshot)
    assert [q["name"] for q in data["quadrants"]] == [
        "Specialized ML Tools",
        "Standard SWE Tools",
        "Cloud Platforms",
        "Machine Learning Platforms",
    ]
    assert [r["name"] for r in data["rings"]] == ["ADOPT", "TRIAL", "ASSESS", "HOLD"] and all(
        r["color"].startswith("#") for r in data["rings"]
    )
    assert len(data["entries"]) == len(tiny_catalog.tools)
    for entry in data["entries"]:
        assert set(entry) == {"label", "quadrant", "ring", "active", "link", "moved"}
        assert entry["quadrant"] in range(4) and entry["ring"] in range(4)
        assert entry["moved"] in (-1, 0, 1, 2) and entry["active"] is True and entry["link"].startswith("https://")
    by_label = {e["label"]: e for e in data["entries"]}
    assert by_label["Kedro"] == {
        **by_label["Kedro"],
        "quadrant": 3,
        "ring": 0,
        "moved": 1,
    }  # top right, innermost, moved up
    assert by_label["Git"]["quadrant"] == 1 and by_label["Git"]["ring"] == 3 and by_label["Git"]["moved"] == -1
    assert by_label["DVC"]["moved"] == 2  # drawn as a star: new
    assert by_label["Amazon Web Services"]["quadrant"] == 2  # software, all-in-one: top left


# --- Backstage: the plugin's TechRadarLoaderResponse, as its zod parser defines it ---------------

BACKSTAGE_SCHEMA = {
    "type": "object",
    "required": ["quadrants", "rings", "entries"],
    "properties": {
        "quadrants": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "name"],
                "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
            },
        },
        "rings": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "name", "color"],
                "properties": {
                    "id": {"type": "string"},
                    "name": {"type": "string"},
                    "color": {"type": "string"},
                    "description": {"type": "string"},
                },
            },
        },
        "entries": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["key", "id", "quadrant", "title", "timeline"],
                "properties": {
                    "key": {"type": "string"},
                    "id": {"type": "string"},
                    "quadrant": {"type": "string"},
                    "title": {"type": "string"},
                    "url": {"type": "string"},
                    "description": {"type": "string"},
                    "links": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["url", "title"],
                            "properties": {"url": {"type": "string"}, "title": {"type": "string"}},
                        },
                    },
                    "timeline": {
                        "type": "array",
                        "minItems": 1,
                        "items": {
                            "type": "object",
                            "required": ["date", "ringId"],
                            "properties": {
                                "date": {"type": "string", "format": "date-time"},
                                "ringId": {"type": "string"},
                                "description": {"type": "string"},
                                "moved": {"enum": [-1, 0, 1]},
                            },
                        },
                    },
                },
            },
        },
    },
}


def test_backstage_response_matches_the_plugins_parser(snapshot, tiny_catalog):
    data = backstage_json(snapshot)
    jsonschema.validate(data, BACKSTAGE_SCHEMA, format_checker=jsonschema.FormatChecker())
    rings = {r["id"] for r in data["rings"]}
    quadrants = {q["id"] for q in data["quadrants"]}
    assert len(data["entries"]) == len(tiny_catalog.tools)
    for entry in data["entries"]:
        assert entry["quadrant"] in quadrants and all(step["ringId"] in rings for step in entry["timeline"])
        # the plugin draws timeline[0] as the current ring
        assert entry["timeline"][0]["ringId"] == snapshot.entry(entry["id"]).ring.id


def test_backstage_timeline_tells_the_rings_history_newest_first(snapshot):
    kedro = next(e for e in backstage_json(snapshot)["entries"] if e["id"] == "kedro")
    assert [(s["ringId"], s["moved"]) for s in kedro["timeline"]] == [("adopt", 1), ("trial", 1), ("assess", 0)]
    dates = [s["date"] for s in kedro["timeline"]]
    assert dates == sorted(dates, reverse=True)
    assert "Adopt 5" in kedro["timeline"][0]["description"]
    git = next(e for e in backstage_json(snapshot)["entries"] if e["id"] == "git")
    assert [(s["ringId"], s["moved"]) for s in git["timeline"]] == [("hold", -1), ("adopt", 0)]


# --- reading a BYOR sheet --------------------------------------------------------------------


def test_a_byor_sheet_gives_rings_to_known_tools_and_reports_the_rest(tiny_catalog):
    sheet = (
        "name,ring,quadrant,isNew,description\n"
        "Kedro,adopt,Machine Learning Platforms,TRUE,ours\n"
        "ml flow,Hold,machine learning platforms,FALSE,\n"  # spacing and case are forgiven
        "Kedroo,trial,Machine Learning Platforms,FALSE,a typo is not guessed\n"
        "Docker,trial,Techniques,FALSE,unknown quadrant\n"
        "Git,sometimes,Standard SWE Tools,FALSE,unknown ring\n"
        "DVC,trial,Cloud Platforms,FALSE,a different quadrant\n"
        "Kedro,hold,Machine Learning Platforms,FALSE,twice\n"
        ",,,,\n"
    )
    reading = read_byor_csv(sheet, tiny_catalog)
    assert [(r.tool_id, r.ring_id) for r in reading.rings] == [("kedro", "adopt"), ("mlflow", "hold"), ("dvc", "trial")]
    assert "Cloud Platforms" in reading.rings[2].note and "Specialized ML Tools" in reading.rings[2].note
    problems = [str(p) for p in reading.problems]
    assert problems[0].startswith("row 4:") and "Kedroo" in problems[0] and "not in the catalog" in problems[0]
    assert problems[1].startswith("row 5:") and "Techniques" in problems[1]
    assert problems[2].startswith("row 6:") and "sometimes" in problems[2]
    assert problems[3].startswith("row 8:") and "row 2 counts" in problems[3]
    assert len(problems) == 4


def test_a_sheet_without_the_columns_is_refused_as_a_whole(tiny_catalog):
    reading = read_byor_csv("tool,level\nKedro,adopt\n", tiny_catalog)
    assert reading.rings == [] and "lacks name, ring, quadrant" in str(reading.problems[0])
    assert "empty" in str(read_byor_csv("", tiny_catalog).problems[0])


def test_our_own_export_reads_back_to_the_same_rings(snapshot, tiny_catalog):
    reading = read_byor_csv(byor_csv(snapshot), tiny_catalog)
    assert reading.problems == []
    assert {r.tool_id: r.ring_id for r in reading.rings} == {e.tool.id: e.ring.id for e in snapshot.entries}
