"""The SVG drawing: well-formed, one group per tool, the same bytes for the same radar."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime

from bot.radar.picture.layout import layout
from bot.radar.picture.svg import render_svg
from bot.radar.snapshot import Snapshot
from bot.radar.team import TeamRadar

NOW = datetime(2026, 3, 1, tzinfo=UTC)
SVG = "{http://www.w3.org/2000/svg}"


def test_svg_has_one_titled_blip_per_tool_and_one_list_line(tiny_catalog):
    lay = layout(Snapshot(TeamRadar(tiny_catalog), NOW, moved={"kedro": "in"}))
    root = ET.fromstring(render_svg(lay))
    assert root.get("viewBox") == f"0 0 {lay.width} {lay.height}"
    blips = [g for g in root.iter(f"{SVG}g") if g.get("class") == "blip"]
    assert sorted(g.get("data-tool") for g in blips) == sorted(t.id for t in tiny_catalog.tools)
    kedro = next(g for g in blips if g.get("data-tool") == "kedro")
    assert "Kedro" in kedro.find(f"{SVG}title").text and "moved in" in kedro.find(f"{SVG}title").text
    assert kedro.find(f"{SVG}path") is not None  # the moved-in arc
    entries = [t for t in root.iter(f"{SVG}text") if t.get("class") == "entry"]
    assert len(entries) == len(tiny_catalog.tools)


def test_names_are_escaped(tiny_catalog):
    lay = layout(Snapshot(TeamRadar(tiny_catalog), NOW))
    svg = render_svg(lay)
    assert "Weights &amp; Biases" in svg and "Weights & Biases" not in svg
    ET.fromstring(svg)


def test_same_radar_same_svg(tiny_catalog):
    def make() -> str:
        return render_svg(layout(Snapshot(TeamRadar(tiny_catalog), NOW), "ml-platforms"))

    assert make() == make()
