"""Shared fixtures: a tiny catalog directory, the bundled catalog, and an isolated environment."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.config import Settings
from bot.radar.catalog import BUNDLED_CATALOG, Catalog, load_catalog

FIXTURES = Path(__file__).parent / "fixtures"
# poll tests start each team from the whole catalog: its entries wait for a first vote, in catalog order
WHOLE_CATALOG_FIRST = Settings({"RADAR_STARTER": "catalog"})


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


@pytest.fixture
async def fake_slack():
    from tests.support.fake_slack import FakeSlack

    slack = await FakeSlack().start()
    yield slack
    await slack.stop()


@pytest.fixture
async def bot(fake_slack, tmp_path: Path):
    """The real HTTP server with the bundled catalog, a fresh database and a fake Slack."""
    from tests.support.server import bot_settings, start_bot

    running = await start_bot(bot_settings(fake_slack, tmp_path / "radar.db"), fake_slack)
    yield running
    await running.stop()


@pytest.fixture
async def tiny_bot(fake_slack, tmp_path: Path):
    """The real HTTP server with the small fixture catalog (exact, stable expectations)."""
    from tests.support.server import bot_settings, start_bot

    running = await start_bot(
        bot_settings(fake_slack, tmp_path / "radar.db", make_catalog_dir(tmp_path / "catalog")), fake_slack
    )
    yield running
    await running.stop()
