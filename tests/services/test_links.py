"""Signed page links: what they grant, for how long, and what breaks them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlparse

import pytest

from bot.config import Settings
from bot.services.links import LinkUnavailable, allowed, page_link

NOW = datetime(2026, 3, 1, 12, tzinfo=UTC)
SETTINGS = Settings.from_env(
    {"RADAR_LINK_SECRET": "s" * 32, "RADAR_PUBLIC_URL": "https://radar.example.com/base/", "RADAR_LINK_DAYS": "3"}
)


def query_of(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlparse(url).query).items()}


def test_a_link_carries_only_the_expiry_and_the_signature():
    link = page_link(SETTINGS, "T0001", now=NOW)
    parsed = urlparse(link.url)
    assert f"{parsed.scheme}://{parsed.netloc}{parsed.path}" == "https://radar.example.com/base/radar/T0001"
    assert set(query_of(link.url)) == {"expires", "sig"} and "s" * 16 not in link.url
    assert link.expires_at == NOW + timedelta(days=3)


def test_a_link_opens_its_team_until_it_expires():
    query = query_of(page_link(SETTINGS, "T0001", now=NOW).url)
    assert allowed(SETTINGS, "T0001", query, NOW + timedelta(days=2, hours=23))
    assert not allowed(SETTINGS, "T0001", query, NOW + timedelta(days=3, seconds=1))
    assert not allowed(SETTINGS, "T0002", query, NOW)


@pytest.mark.parametrize(
    "change", [{"sig": "0" * 64}, {"expires": "9999999999"}, {"sig": ""}, {"expires": "-1"}, {"expires": "1e9"}]
)
def test_tampering_breaks_the_link(change):
    query = {**query_of(page_link(SETTINGS, "T0001", now=NOW).url), **change}
    assert not allowed(SETTINGS, "T0001", query, NOW)


def test_another_secret_breaks_the_link():
    query = query_of(page_link(SETTINGS, "T0001", now=NOW).url)
    other = Settings.from_env({"RADAR_LINK_SECRET": "t" * 32})
    assert not allowed(other, "T0001", query, NOW)


def test_without_a_secret_nothing_opens_and_no_link_is_made():
    bare = Settings.from_env({"RADAR_PUBLIC_URL": "https://radar.example.com"})
    assert not allowed(bare, "T0001", {"expires": "9999999999", "sig": "x"}, NOW)
    with pytest.raises(LinkUnavailable, match="RADAR_LINK_SECRET"):
        page_link(bare, "T0001", now=NOW)


def test_public_teams_need_no_signature():
    one = Settings.from_env({"RADAR_PUBLIC_TEAMS": "T0001", "RADAR_PUBLIC_URL": "https://radar.example.com"})
    assert allowed(one, "T0001", {}, NOW) and not allowed(one, "T0002", {}, NOW)
    assert page_link(one, "T0001", now=NOW).url == "https://radar.example.com/radar/T0001"
    assert page_link(one, "T0001", now=NOW).expires_at is None
    everyone = Settings.from_env({"RADAR_PUBLIC_TEAMS": "*"})
    assert allowed(everyone, "TANY", {}, NOW)


def test_odd_team_ids_are_refused():
    assert not allowed(Settings.from_env({"RADAR_PUBLIC_TEAMS": "*"}), "../etc", {}, NOW)
    with pytest.raises(LinkUnavailable):
        page_link(SETTINGS, "T 1", now=NOW)


def test_slack_needs_a_public_url_the_command_line_falls_back_to_localhost():
    local = Settings.from_env({"RADAR_LINK_SECRET": "s" * 32, "PORT": "8080"})
    with pytest.raises(LinkUnavailable, match="RADAR_PUBLIC_URL"):
        page_link(local, "T0001", now=NOW)
    assert page_link(local, "T0001", now=NOW, require_public=False).url.startswith("http://localhost:8080/radar/T0001?")
