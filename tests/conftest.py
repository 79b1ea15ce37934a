"""Shared fixtures: a tiny catalog directory, the bundled catalog, and an isolated environment."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.radar.catalog import BUNDLED_CATALOG, Catalog, load_catalog

FIXTURES = Path(__file__).parent / "fixtures"


def make_catalog_dir(target: Path) -> Path:
    """A catalog directory with the bundled framework and the small fixture tool list."""
    (target / "tools").mkdir(parents=True)
    shutil.copy(BUNDLED_CATALOG / "radar.yml", target / "radar.yml")
    shutil.copy(BUNDLED_CATALOG / "tags.yml", target / "tags.yml")
    shutil.copy(FIXTURES / "tools.yml", target / "tools" / "tools.yml")
    return target


@pytest.fixture
def catalog_dir(tmp_path: Path) -> Path:
    return make_catalog_dir(tmp_path / "catalog")


@pytest.fixture(scope="session")
def tiny_catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    return load_catalog(make_catalog_dir(tmp_path_factory.mktemp("tiny") / "catalog"))


@pytest.fixture(scope="session")
def bundled_catalog() -> Catalog:
    return load_catalog()
