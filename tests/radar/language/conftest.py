"""Understanders over the fixture catalog and the bundled one, shared by the reading tests."""

from __future__ import annotations

import pytest

from bot.radar.language.lookup import ToolIndex
from bot.radar.language.understanding import Understander


@pytest.fixture(scope="module")
def understander(tiny_catalog) -> Understander:
    return Understander(tiny_catalog, ToolIndex(tiny_catalog))


@pytest.fixture(scope="module")
def full(bundled_catalog) -> Understander:
    return Understander(bundled_catalog, ToolIndex(bundled_catalog))
