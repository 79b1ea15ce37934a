"""The radar layout: nothing overlaps, everything stays in its segment, the same radar gives the same picture."""

from __future__ import annotations

import math
from datetime import UTC, datetime

import pytest

from bot.radar.catalog import Catalog
from bot.radar.picture.layout import FOOTPRINT, Layout, layout, outside, overlaps, row_capacity, text_width
from bot.radar.snapshot import Snapshot
from bot.radar.team import RingMove, TeamRadar, fold, starter_placements

NOW = datetime(2026, 3, 1, tzinfo=UTC)


def snapshot_of(catalog: Catalog, **extra) -> Snapshot:
    return Snapshot(TeamRadar(catalog, extra.pop("moves", {})), NOW, **extra)


def assert_legible(picture: Layout) -> None:
    assert overlaps(picture) == []
    assert outside(picture) == []


def assert_complete(picture: Layout, snapshot: Snapshot, quadrant: str | None = None) -> None:
    expected = {e.tool.id for e in snapshot.entries if quadrant in (None, e.quadrant.id)}
    blips = [b.tool_id for b in picture.blips]
    assert sorted(blips) == sorted(expected)  # one blip each, no more
    entries = [t.tool_id for t in picture.texts if t.kind == "entry"]
    assert sorted(entries) == sorted(expected)  # one line in the lists each
    for blip in picture.blips:
        line = picture.legend_entry(blip.tool_id)
        assert line.text.startswith(f"{blip.number}. ")


def test_bundled_catalog_full_picture_is_legible(bundled_catalog):
    snapshot = snapshot_of(bundled_catalog)
    picture = layout(snapshot)
    assert len(picture.blips) == len(bundled_catalog.tools) >= 300
    assert_complete(picture, snapshot)
    assert_legible(picture)


def test_the_default_first_radar_is_legible_and_holds_only_its_tools(bundled_catalog):
    # the team's radar as a workspace starts: the tools the seed posts name, as they place them
    entries = fold(starter_placements(bundled_catalog, "seeds", NOW))
    snapshot = Snapshot(TeamRadar(bundled_catalog, entries=entries), NOW)
    picture = layout(snapshot)
    assert len(picture.blips) == len(bundled_catalog.seeds) < 60
    assert_complete(picture, snapshot)
    assert_legible(picture)


@pytest.mark.parametrize("quadrant", ["cloud-platforms", "ml-platforms", "specialized-ml-tools", "standard-swe-tools"])
def test_bundled_catalog_each_quadrant_is_legible(bundled_catalog, quadrant):
    snapshot = snapshot_of(bundled_catalog)
    picture = layout(snapshot, quadrant)
    assert_complete(picture, snapshot, quadrant)
    assert_legible(picture)
    assert [s.quadrant_id for s in picture.sectors] == [quadrant]


def crowd(catalog: Catalog, count: int, category: str) -> Catalog:
    """A catalog of `count` made-up tools, all in one category, with long names."""
    template = catalog.tools[0]
    tools = tuple(
        template.model_copy(
            update={
                "id": f"tool-{i}",
                "name": f"Remarkably Long Tool Name {i:03d}",
                "category": category,
                "also_in": [],
                "aliases": [],
                "related": [],
            }
        )
        for i in range(count)
    )
    return Catalog(framework=catalog.framework, vocabulary=catalog.vocabulary, tools=tools)


@pytest.mark.parametrize("ring", ["adopt", "trial", "assess", "hold"])
def test_four_hundred_tools_voted_into_one_segment_still_do_not_overlap(tiny_catalog, ring):
    catalog = crowd(tiny_catalog, 400, "ml-task-orchestrators")
    moves = {t.id: RingMove(t.id, "assess", ring, NOW, {ring: 1}, poll_id=1) for t in catalog.tools}
    snapshot = snapshot_of(
        catalog,
        moves=moves,
        moved={t.id: "in" for t in catalog.tools[:50]},
        new=frozenset(t.id for t in catalog.tools[50:90]),
    )
    for quadrant in (None, "ml-platforms"):
        picture = layout(snapshot, quadrant)
        assert_complete(picture, snapshot, quadrant)
        assert_legible(picture)


def test_tiny_catalog_is_legible_in_every_view(tiny_catalog):
    snapshot = snapshot_of(tiny_catalog, new=frozenset({"dvc"}), moved={"kedro": "in", "git": "out"})
    for quadrant in (None, *(q.id for q in tiny_catalog.quadrants)):
        picture = layout(snapshot, quadrant)
        assert_complete(picture, snapshot, quadrant)
        assert_legible(picture)


def test_same_radar_same_layout(tiny_catalog):
    first = layout(snapshot_of(tiny_catalog, moved={"kedro": "in"}))
    second = layout(snapshot_of(tiny_catalog, moved={"kedro": "in"}))
    assert first == second


def test_blips_sit_in_their_quadrant_and_ring(tiny_catalog):
    picture = layout(snapshot_of(tiny_catalog))
    bands = {b.ring_id: b for b in picture.bands}
    for blip in picture.blips:
        right = blip.x > picture.cx
        top = blip.y < picture.cy
        quadrant = tiny_catalog.quadrant(blip.quadrant_id)
        assert right == (quadrant.artifact == "model") and top == (quadrant.scope == "all-in-one")
        distance = math.hypot(blip.x - picture.cx, blip.y - picture.cy)
        assert bands[blip.ring_id].inner < distance < bands[blip.ring_id].outer
    adopt, trial, assess, hold = picture.bands
    assert (
        adopt.inner == 0 and adopt.outer == trial.inner and trial.outer == assess.inner and hold.outer == picture.radius
    )


def test_markers_are_drawn_and_named_in_the_lists(tiny_catalog):
    picture = layout(snapshot_of(tiny_catalog, new=frozenset({"dvc"}), moved={"kedro": "in", "git": "out"}))
    marks = {b.tool_id: b.mark for b in picture.blips if b.mark}
    assert marks == {"dvc": "new", "kedro": "in", "git": "out"}
    assert picture.legend_entry("dvc").text.endswith("(new)")
    assert picture.legend_entry("kedro").text.endswith("(moved in)")
    assert picture.legend_entry("git").text.endswith("(moved out)")
    assert {g.mark for g in picture.glyphs} == {None, "new", "in", "out"}  # the key explains each


def test_rows_hold_more_blips_further_out():
    capacities = [row_capacity(r) for r in (40, 100, 200, 400)]
    assert capacities == sorted(capacities) and capacities[0] >= 1
    # neighbours on a full row are at least two footprints apart
    rho = 200
    step = 2 * math.asin((2 * FOOTPRINT + 3) / (2 * rho))
    assert 2 * rho * math.sin(step / 2) >= 2 * FOOTPRINT


def test_text_width_grows_with_text_and_size():
    assert text_width("Kubeflow", 11) < text_width("Kubeflow Pipelines", 11) < text_width("Kubeflow Pipelines", 14)
    assert text_width("Voilà", 11) > text_width("Voila", 11)
    assert text_width("MLflow", 12, bold=True) > text_width("MLflow", 12)
