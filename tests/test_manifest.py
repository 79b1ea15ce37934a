"""manifest.yml against Slack's official schema and against the code it describes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from bot.services.radar import RadarService
from bot.storage.store import Store

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT.parent / "shared" / "slack" / "manifest.schema.1.0.0.json"


@pytest.fixture(scope="module")
def manifest() -> dict:
    return yaml.safe_load((ROOT / "manifest.yml").read_text())


@pytest.mark.skipif(not SCHEMA.exists(), reason="Slack's manifest schema is not beside the repository")
def test_manifest_validates_against_slacks_schema(manifest):
    import jsonschema

    jsonschema.validate(manifest, json.loads(SCHEMA.read_text()))


def test_slash_command_usage_hint_names_every_subcommand(manifest, tiny_catalog):
    [command] = manifest["features"]["slash_commands"]
    assert command["command"] == "/radar"
    hint = command["usage_hint"]
    for name in RadarService(tiny_catalog, Store()).commands.names():
        if name != "lookup":
            assert name in hint, f"usage hint misses `{name}`"


def test_every_url_points_at_the_events_endpoint(manifest):
    urls = [
        manifest["features"]["slash_commands"][0]["url"],
        manifest["settings"]["event_subscriptions"]["request_url"],
        manifest["settings"]["interactivity"]["request_url"],
    ]
    assert all(u.endswith("/slack/events") for u in urls)


def test_procfile_runs_http_and_socket_mode():
    lines = dict(line.split(":", 1) for line in (ROOT / "Procfile").read_text().splitlines() if line.strip())
    assert "radar-bot serve" in lines["web"] and "$PORT" in lines["web"]
    assert "radar-bot socket" in lines["worker"]
