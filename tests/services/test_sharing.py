"""`/radar chart` and `/radar web` through Slack, and BYOR sheets imported as ring moves."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.messages.blocks import Message
from bot.radar.formats import byor_csv
from bot.services.sharing import import_sheet
from bot.services.snapshots import take_snapshot
from bot.storage.snapshots import SnapshotStore
from bot.storage.store import Store
from tests.conftest import WHOLE_CATALOG_FIRST, make_catalog_dir
from tests.support.blockkit import assert_valid_message
from tests.support.server import bot_settings, start_bot
from tests.support.signing import slash_command
from tests.support.waiting import eventually

SECRET = "a-link-secret-for-tests-only"


@pytest.fixture
async def share_bot(fake_slack, tmp_path: Path):
    settings = bot_settings(
        fake_slack,
        tmp_path / "radar.db",
        make_catalog_dir(tmp_path / "catalog"),
        RADAR_LINK_SECRET=SECRET,
        RADAR_PUBLIC_URL="https://radar.example.com",
    )
    running = await start_bot(settings, fake_slack)
    yield running
    await running.stop()


def assert_valid(posted: dict) -> None:
    assert_valid_message(Message(posted["text"], posted["blocks"]))


async def replies(slack, count: int = 1) -> list[dict]:
    """The replies sent to response_url: slow sub-commands answer after the acknowledgement."""
    return await eventually(
        lambda: slack.responses if len(slack.responses) >= count else None, what=f"expected {count} replies"
    )


def uploads(slack) -> tuple[list, list, list]:
    return (
        slack.called("files.getUploadURLExternal"),
        slack.called("upload"),
        slack.called("files.completeUploadExternal"),
    )


async def test_radar_chart_uploads_a_png_to_the_channel_with_the_current_flow(share_bot):
    slack = share_bot.slack
    status, body = await share_bot.post(slash_command("chart", response_url=slack.response_url(), channel_id="C42"))
    assert status == 200 and not body  # acknowledged at once, the picture follows
    [response] = await replies(slack)
    [url], [upload], [complete] = uploads(slack)
    assert url.params["filename"].endswith(".png") and int(url.params["length"]) == upload.params["bytes"] > 10_000
    assert complete.params["channel_id"] == "C42"
    [file] = json.loads(complete.params["files"])
    assert file["title"].startswith("MLOps Radar: our radar")
    assert f"{len(share_bot.service.catalog.tools)} tools" in complete.params["initial_comment"]
    assert response["response_type"] == "ephemeral" and "Posted" in response["text"]
    assert_valid(response)


async def test_radar_chart_for_one_quadrant(share_bot):
    slack = share_bot.slack
    await share_bot.post(slash_command("chart ml platforms", response_url=slack.response_url()))
    await replies(slack)
    [complete] = slack.called("files.completeUploadExternal")
    assert "Machine Learning Platforms" in json.loads(complete.params["files"])[0]["title"]


async def test_radar_chart_for_an_unknown_quadrant_says_so_and_uploads_nothing(share_bot):
    slack = share_bot.slack
    await share_bot.post(slash_command("chart techniques", response_url=slack.response_url()))
    [response] = await replies(slack)
    assert uploads(slack) == ([], [], [])
    assert "not a quadrant" in response["text"] and "Cloud Platforms" in response["text"]


async def test_a_channel_the_bot_is_not_in_gets_a_clear_answer(share_bot):
    slack = share_bot.slack
    slack.fail("files.completeUploadExternal", 200, error="not_in_channel")
    status, _ = await share_bot.post(slash_command("chart", response_url=slack.response_url()))
    assert status == 200
    [response] = await replies(slack)
    assert "Invite me" in response["text"] and "Traceback" not in response["text"]
    assert_valid(response)


async def test_a_rate_limited_upload_is_retried_after_retry_after(share_bot):
    slack = share_bot.slack
    slack.fail("files.completeUploadExternal", 429, retry_after=1)
    await share_bot.post(slash_command("chart", response_url=slack.response_url()))
    await replies(slack)
    assert [c.method for c in slack.calls if c.method.startswith("files.complete")] == [
        "files.completeUploadExternal!failed",
        "files.completeUploadExternal",
    ]
    assert "Posted" in slack.responses[0]["text"]


async def test_radar_web_hands_out_a_signed_link_that_opens_the_page(share_bot):
    slack = share_bot.slack
    status, body = await share_bot.post(slash_command("web", response_url=slack.response_url()))
    assert status == 200 and body["response_type"] == "ephemeral"
    assert_valid(body)
    url = next(e["url"] for b in body["blocks"] if b["type"] == "actions" for e in b["elements"])
    assert url.startswith("https://radar.example.com/radar/T0001?expires=") and "&sig=" in url
    assert SECRET not in url and "xoxb" not in url
    async with share_bot.session.get(share_bot.url + url[len("https://radar.example.com") :]) as response:
        assert response.status == 200 and "Kedro" in await response.text()


async def test_radar_web_without_settings_explains_what_is_missing(fake_slack, tmp_path):
    running = await start_bot(
        bot_settings(fake_slack, tmp_path / "radar.db", make_catalog_dir(tmp_path / "catalog")), fake_slack
    )
    try:
        _, body = await running.post(slash_command("web", response_url=fake_slack.response_url()))
        assert "RADAR_PUBLIC_URL" in body["text"] or "RADAR_LINK_SECRET" in body["text"]
        assert_valid(body)
    finally:
        await running.stop()


# --- what counts as new, what moved -------------------------------------------------------------


def test_tools_added_after_the_first_showing_are_new(tiny_catalog):
    from bot.services.radar import RadarService

    service = RadarService(tiny_catalog, Store(), WHOLE_CATALOG_FIRST)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    first = take_snapshot(service, "T1", start)
    assert first.new == frozenset()
    # a catalog update brings a tool the team has not seen: it is recorded later
    service.store.db.execute("DELETE FROM tool_sightings WHERE tool_id = 'dvc'")
    later = take_snapshot(service, "T1", start + timedelta(days=40))
    assert later.new == {"dvc"}
    assert take_snapshot(service, "T1", start + timedelta(days=80)).new == frozenset()


def test_moves_of_the_latest_closed_poll_are_marked(tiny_catalog):
    from bot.radar.team import RingMove
    from bot.services.radar import RadarService

    service = RadarService(tiny_catalog, Store())
    when = datetime(2026, 1, 1, tzinfo=UTC)
    store = SnapshotStore(service.store)
    store.add_moves("T1", [RingMove("kedro", "assess", "trial", when, {"trial": 3}, poll_id=1)])
    store.add_moves(
        "T1",
        [
            RingMove("dvc", "trial", "hold", when + timedelta(days=7), {"hold": 3}, poll_id=2),
            RingMove("git", "adopt", "trial", when + timedelta(days=7), {"trial": 4}, poll_id=2),
        ],
    )
    snapshot = take_snapshot(service, "T1", when + timedelta(days=8))
    assert dict(snapshot.moved) == {"dvc": "out", "git": "out"}
    assert [m.to_ring for m in snapshot.entry("kedro").history] == ["trial"]


# --- importing a BYOR sheet ----------------------------------------------------------------------


def test_an_imported_sheet_becomes_ring_moves_that_history_and_exports_show(tiny_catalog):
    from bot.services.radar import RadarService

    service = RadarService(tiny_catalog, Store())
    sheet = (
        "name,ring,quadrant,isNew,description\nKedro,Adopt,Machine Learning Platforms,FALSE,\nDocker,Adopt,Standard "
        "SWE Tools,FALSE,\nMLflow,Hold,Techniques,FALSE,\n"
    )
    report = import_sheet(service, "T1", sheet)
    assert report.moved == [("Kedro", "Assess", "Adopt")]
    assert report.unchanged == ["Docker"]
    assert [str(p) for p in report.problems] == [
        "row 4: “Techniques” is not one of our quadrants (Cloud Platforms, Machine Learning Platforms, Specialized ML "
        "Tools, Standard SWE Tools)"
    ]
    snapshot = take_snapshot(service, "T1")
    kedro = snapshot.entry("kedro")
    assert kedro.ring.id == "adopt" and [(m.from_ring, m.to_ring, m.poll_id) for m in kedro.history] == [
        ("assess", "adopt", None)
    ]
    assert "Kedro,Adopt,Machine Learning Platforms" in byor_csv(snapshot)
    assert snapshot.moved == {}  # an import is not a poll
    # importing the same sheet again changes nothing
    again = import_sheet(service, "T1", sheet)
    assert again.moved == [] and set(again.unchanged) == {"Kedro", "Docker"}


def test_a_dry_run_records_nothing(tiny_catalog):
    from bot.services.radar import RadarService

    service = RadarService(tiny_catalog, Store())
    report = import_sheet(service, "T1", "name,ring,quadrant\nKedro,Adopt,Machine Learning Platforms\n", dry_run=True)
    assert report.moved == [("Kedro", "Assess", "Adopt")]
    assert service.store.db.execute("SELECT COUNT(*) FROM ring_moves").fetchone()[0] == 0


def test_a_tool_card_says_when_its_ring_came_from_an_imported_sheet(tiny_catalog):
    from bot.services.radar import Caller, RadarService

    service = RadarService(tiny_catalog, Store())
    import_sheet(service, "T1", "name,ring,quadrant\nKedro,Adopt,Machine Learning Platforms\n")
    text = service.command(Caller("T1"), "kedro").text
    assert "importing its earlier radar" in text and "()" not in text


async def test_app_home_links_to_the_web_page(share_bot):
    from tests.support.blockkit import assert_valid_blocks
    from tests.support.signing import event_callback

    slack = share_bot.slack
    event = event_callback(
        {"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home"}, event_id="EvHomeLink"
    )
    status, _ = await share_bot.post(event, content_type="application/json")
    assert status == 200
    await eventually(lambda: slack.called("views.publish"))
    [publish] = slack.called("views.publish")
    view = publish.params["view"]
    view = json.loads(view) if isinstance(view, str) else view
    assert_valid_blocks(view["blocks"], max_blocks=100)
    [button] = [
        e for b in view["blocks"] if b["type"] == "actions" for e in b["elements"] if e["action_id"] == "radar_link_web"
    ]
    assert button["url"].startswith("https://radar.example.com/radar/T0001?expires=")
    async with share_bot.session.get(share_bot.url + button["url"][len("https://radar.example.com") :]) as response:
        assert response.status == 200
