"""The service answers from the team's current radar, and its cache never serves a stale ring."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from bot.radar.team import RingMove
from bot.services.radar import Caller, RadarService
from bot.storage.store import RING_MOVE_INSERT, Store, ring_move_params


def test_cached_answer_follows_a_new_ring_move(tiny_catalog, tmp_path):
    store = Store(tmp_path / "radar.db")
    service = RadarService(tiny_catalog, store)
    assert "Ring: Assess" in service.command(Caller("T1"), "kedro").text
    # a second process (a poll closing, an import) writes the move
    other = Store(tmp_path / "radar.db")
    move = RingMove("kedro", "assess", "trial", datetime(2026, 11, 9, tzinfo=UTC), {"trial": 3})
    with other.db.conn:
        other.db.execute(RING_MOVE_INSERT, ring_move_params("T1", move))
    assert "Ring: Trial (team vote)" in service.command(Caller("T1"), "kedro").text
    assert "Ring: Assess" in service.command(Caller("T2"), "kedro").text  # another workspace is untouched


def test_writes_that_move_nothing_keep_the_cache(tiny_catalog, tmp_path):
    store = Store(tmp_path / "radar.db")
    service = RadarService(tiny_catalog, store)
    first = service.command(Caller("T1"), "kedro")
    store.db["scratch"].insert({"x": 1})
    assert service.command(Caller("T1"), "kedro") is first


class BrokenThreads:
    """Thread memory on a disk that fails every read and write."""

    def __getattr__(self, name: str):
        def fail(*args, **kwargs):
            raise sqlite3.OperationalError("disk I/O error")

        return fail


def test_a_failing_disk_costs_the_thread_context_not_the_answer(tiny_catalog, tmp_path, caplog):
    service = RadarService(tiny_catalog, Store(tmp_path / "radar.db"))
    service.threads = BrokenThreads()  # type: ignore[assignment]
    reply = service.mention(Caller("T1", "U1", "C1"), "1700000000.000001", "<@UBOT> what's kedro?")
    assert reply.message.tool_ids[:1] == ["kedro"]
    assert service.first_delivery("T1", "Ev1", "C1", "1700000000.000001") is True
    assert "could not" in caplog.text


def test_a_server_prepares_the_understanding_before_the_first_question_without_writing(tiny_catalog, tmp_path):
    store = Store(tmp_path / "radar.db")
    service = RadarService(tiny_catalog, store)
    service.prepare_for_questions()
    prepared = service._waiter  # built now, not on the first question
    assert prepared is not None
    for table in ("thread_memory", "tool_asks", "tool_sightings"):
        assert store.db[table].count == 0, table  # nobody asked anything: nothing is remembered
    service.mention(Caller("T1", "U1", "C1"), "1.0", "what is kedro?")
    assert service.waiter is prepared  # the first question uses what start-up built


def test_the_slash_command_typed_into_a_mention_means_what_it_means_after_radar(tiny_catalog):
    service = RadarService(tiny_catalog, Store())
    caller = Caller("T1", "U1", "C1")
    assert service.mention(caller, "1.0", "<@UBOT> /radar help").intent == "help"
    ring = service.mention(caller, "2.0", "<@UBOT> /radar ring kedro")
    assert ring.intent == service.slash(caller, "ring kedro").intent and "Assess" in ring.message.text
    # a question after it is still a question, answered in the thread
    assert service.mention(caller, "3.0", "<@UBOT> /radar what is kedro?").message.tool_ids[:1] == ["kedro"]


def test_what_a_command_typed_into_a_thread_showed_is_what_the_thread_goes_on_from(bundled_catalog):
    service = RadarService(bundled_catalog, Store())
    caller = Caller("T1", "U1", "C1")
    service.mention(caller, "4.0", "<@UBOT> /radar compare label studio and cvat")
    reply = service.mention(caller, "4.0", "<@UBOT> and the first one, is it open source?")
    assert reply.intent == "followup" and reply.message.tool_ids[:1] == ["label-studio"]


def test_a_name_two_tools_answer_to_is_asked_about_after_radar_too(bundled_catalog):
    service = RadarService(bundled_catalog, Store())
    caller = Caller("T1", "U1", "C1")
    reply = service.slash(caller, "lambda")
    buttons = {
        element["text"]["text"]
        for block in reply.message.blocks
        if block["type"] == "actions"
        for element in block["elements"]
    }
    assert reply.intent == "clarify" and {"AWS Lambda", "Lambda Cloud"} <= buttons
    assert service.slash(caller, "/radar help").intent == "help"


def test_radar_help_says_questions_can_be_typed_after_it(tiny_catalog):
    message = RadarService(tiny_catalog, Store()).slash(Caller("T1", "U1", "C1"), "help").message
    assert "Ask me in your own words, after /radar or by mentioning me" in message.text


@pytest.mark.parametrize("ask", ["mention", "slash"])
def test_asked_how_to_propose_a_tool_the_answer_lists_the_commands(tiny_catalog, ask):
    service = RadarService(tiny_catalog, Store())
    caller = Caller("T1", "U1", "C1")
    text = "how do i propose a new tool for the radar?"
    reply = service.mention(caller, "1700000000.000001", text) if ask == "mention" else service.slash(caller, text)
    assert reply.intent == "help" and "/radar propose" in reply.message.text


@pytest.mark.parametrize(
    "text", ["we need an ML platform. which one do we go with?", "what's the best platform to buy?"]
)
def test_two_clouds_platforms_among_the_picks_ask_which_cloud(bundled_catalog, text):
    reply = RadarService(bundled_catalog, Store()).mention(Caller("T1", "U1", "C1"), "1700000000.000002", text)
    assert reply.intent == "clarify"


def test_a_name_the_radar_lacks_asked_in_a_question_after_radar_is_named_alone(bundled_catalog):
    service = RadarService(bundled_catalog, Store())
    reply = service.slash(Caller("T1", "U1", "C1"), "what ring is power bi in")
    assert reply.intent == "unknown"
    assert "“power bi” is not on the radar" in reply.message.text


def test_a_quadrant_or_category_sub_command_naming_none_is_read_as_a_question(bundled_catalog):
    service = RadarService(bundled_catalog, Store())
    caller = Caller("T1", "U1", "C1")
    assert service.slash(caller, "quadrant for dagster?").message.tool_ids[:1] == ["dagster"]
    assert service.slash(caller, "category vs quadrant vs ring, how do they relate?").intent == "concept"
    assert service.slash(caller, "quadrant standard swe tools").intent == "list"
    assert service.slash(caller, "category ml project frameworks").intent == "list"


def test_a_vendor_ruled_out_takes_its_products_named_after_it_but_one_run_keeps_them(bundled_catalog):
    service = RadarService(bundled_catalog, Store())
    refused = service.mention(Caller("T"), "1.1", "<@UBOT> what do we use for CI? we're on azure devops, not github")
    run = service.mention(Caller("T"), "2.1", "<@UBOT> ci for ml models, we're on github")
    assert "github-actions" not in refused.message.tool_ids
    assert "github-actions" in run.message.tool_ids


def test_a_card_asked_for_in_a_thread_still_counts_as_asked_about(bundled_catalog):
    store = Store()
    service = RadarService(bundled_catalog, store)
    caller = Caller("T1", "U1", "C1")
    service.mention(caller, "5.0", "<@UBOT> what should we use for experiment tracking?")
    reply = service.mention(caller, "5.0", "<@UBOT> tell me about guild ai")
    assert reply.intent == "followup" and reply.message.tool_ids[:1] == ["guild-ai"]
    assert "guild-ai" in service.teams.asked_most("T1")


def test_a_choice_beyond_the_threads_picks_never_offers_what_is_on_hold(bundled_catalog):
    service = RadarService(bundled_catalog, Store())
    caller = Caller("T1", "U1", "C1")
    for text in (
        "tools for harvest volume forecasting?",
        "thanks. @fiona says point forecasts are useless for sales planning",
    ):
        service.mention(caller, "1700000000.000300", f"<@UBOT> {text}")
    reply = service.mention(caller, "1700000000.000300", "<@UBOT> so which of them give proper prediction intervals?")
    radar = service.radar("T1")
    assert reply.message.tool_ids
    assert all(radar.team.ring_of(bundled_catalog.tool(t)).id != "hold" for t in reply.message.tool_ids)
