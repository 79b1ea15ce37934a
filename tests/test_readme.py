"""The README's figures about the catalog and its sub-commands stay true to the code."""

from __future__ import annotations

import re
from pathlib import Path

from bot.services.radar import RadarService
from bot.storage.store import Store

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def test_the_catalog_size_the_readme_gives_is_the_bundled_catalogs(bundled_catalog):
    [count] = re.findall(r"every tool known \((\d+) today\)", README)
    assert int(count) == len(bundled_catalog.tools)


def test_every_sub_command_is_in_the_readmes_table(tiny_catalog):
    section = README[README.index("## Slash command") : README.index("## Mention the bot")]
    for name in RadarService(tiny_catalog, Store()).commands.names():
        if name != "lookup":
            assert f"`/radar {name}" in section, name
