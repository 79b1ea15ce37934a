"""The catalog covers the source lists' MLOps names, and a near miss never lands on a different tool."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest

from bot.radar.catalog import BUNDLED_CATALOG, Catalog, normalise
from bot.radar.language.lookup import ToolIndex

SOURCES = Path(__file__).resolve().parents[2].parent / "shared" / "catalog-sources"
OUT_OF_SCOPE = BUNDLED_CATALOG / "out-of-scope.tsv"
# the CNCF landscape is mostly general cloud software; only its AI and data sections are candidates
CNCF_SECTIONS = ("AI", "ML", "Data")


def out_of_scope() -> dict[str, str]:
    lines = [line for line in OUT_OF_SCOPE.read_text().splitlines() if line and not line.startswith("#")]
    rows = list(csv.reader(lines[1:], delimiter="\t"))
    return {normalise(row[0]): row[1] for row in rows}


def source_names() -> dict[str, str]:
    """Every candidate name of the source lists, by its normalised key, with the list it came from."""
    names: dict[str, str] = {}

    def add(name: str, source: str) -> None:
        if normalise(name):
            names.setdefault(normalise(name), f"{name} ({source})")

    with open(SOURCES / "lfai_landscape.tsv") as lfai:
        for row in csv.DictReader(lfai, delimiter="\t"):
            add(row["name"], "lfai")
    with open(SOURCES / "cncf_landscape.tsv") as cncf:
        for row in csv.DictReader(cncf, delimiter="\t"):
            if any(word in row["category"] for word in CNCF_SECTIONS):
                add(row["name"], "cncf")
    with open(SOURCES / "mlops_toys.tsv") as toys:
        for row in csv.DictReader(toys, delimiter="\t"):
            add(row["name"], "mlops-toys")
    with open(SOURCES / "ethicalml_awesome_production_ml.tsv") as ethical:
        for fields in csv.reader(ethical, delimiter="\t"):
            add(fields[0], "ethicalml")
    with open(SOURCES / "catalog_seed_candidates.tsv") as candidates:
        for row in csv.DictReader(candidates, delimiter="\t"):
            add(row["name"], "candidates")
    return names


@pytest.fixture(scope="module")
def index(bundled_catalog: Catalog) -> ToolIndex:
    return ToolIndex(bundled_catalog)


@pytest.mark.skipif(not SOURCES.is_dir(), reason="the source lists sit outside the repository, in ../shared")
def test_every_mlops_name_of_the_source_lists_resolves_or_is_left_out_with_a_reason(index: ToolIndex) -> None:
    left_out = out_of_scope()
    names = source_names()
    missing = [shown for key, shown in names.items() if index.find(key).tool is None and key not in left_out]
    in_scope = [key for key in names if key not in left_out or index.exact(key) is not None]
    found = len(in_scope) - len(missing)
    print(f"\nsource-list names: {len(names)}; in scope {len(in_scope)}, found {found} ({found / len(in_scope):.1%})")
    assert not missing, f"{len(missing)} names neither resolve nor are left out: {missing[:20]}"


def test_every_left_out_name_has_a_reason() -> None:
    assert all(reason.strip() for reason in out_of_scope().values())


def one_letter_off(key: str, rng: random.Random, count: int) -> set[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    variants: set[str] = set()
    for _ in range(count * 3):
        spot = rng.randrange(len(key))
        kind = rng.choice(("drop", "change", "add"))
        if kind == "drop" and len(key) > 3:
            variants.add(key[:spot] + key[spot + 1 :])
        elif kind == "change":
            variants.add(key[:spot] + rng.choice(letters) + key[spot + 1 :])
        else:
            variants.add(key[:spot] + rng.choice(letters) + key[spot:])
        if len(variants) >= count:
            break
    return variants


def test_a_name_one_letter_off_never_finds_a_different_tool(bundled_catalog: Catalog, index: ToolIndex) -> None:
    keys = index.keys()
    rng = random.Random(13)
    wrong = []
    for tool in bundled_catalog.tools:
        for variant in one_letter_off(normalise(tool.name), rng, 4):
            if variant in keys:  # the variant is itself some tool's exact name
                continue
            match = index.find(variant)
            if match.tool is not None and match.tool.id != tool.id:
                wrong.append(f"{variant!r} (from {tool.name}) -> {match.tool.name}")
    assert not wrong, f"{len(wrong)} false friends: {wrong[:20]}"


@pytest.mark.skipif(not SOURCES.is_dir(), reason="the source lists sit outside the repository, in ../shared")
def test_a_source_name_left_out_of_the_catalog_never_finds_a_tool(index: ToolIndex) -> None:
    wrong = []
    for key in out_of_scope():
        if index.exact(key) is not None:
            continue
        match = index.find(key)
        if match.tool is not None:
            wrong.append(f"{key!r} -> {match.tool.name}")
    assert not wrong, f"{len(wrong)} false friends: {wrong[:20]}"


def test_a_product_named_elsewhere_is_no_tool_of_the_catalog(index: ToolIndex) -> None:
    lines = [line for line in (BUNDLED_CATALOG / "elsewhere.tsv").read_text().splitlines() if not line.startswith("#")]
    rows = list(csv.reader(lines[1:], delimiter="\t"))
    assert rows and all(len(row) == 2 and row[1].strip() for row in rows)
    found = [(row[0], t.id) for row in rows if (t := index.exact(row[0]) or index.find(row[0]).tool) is not None]
    assert not found, found
