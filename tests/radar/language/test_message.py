"""The shape of a message: words that ask rather than need, names written like names, tools weighed or told."""

from __future__ import annotations

import pytest

from bot.radar.language.message import (
    CALENDAR,
    QUANTITY,
    asking_sentence,
    fact_asked,
    is_asked_about,
    looks_like_a_name,
    need_again,
    not_the_need,
    radar_rings,
    sentence_starts,
    without_other_whiches,
    without_stray_versus,
)
from bot.radar.language.question import Mention
from bot.radar.language.recommend import NeedFinder
from bot.radar.language.text import tokens


def test_an_ask_that_closes_the_message_is_not_the_need():
    toks = tokens("feature store recs")
    assert 2 in not_the_need(toks)


def test_the_kind_of_model_a_need_is_for_is_not_the_need():
    toks = tokens("tuning tool for a detection model")
    assert 4 in not_the_need(toks) and 0 not in not_the_need(toks)


@pytest.mark.parametrize(
    ("text", "turned_from", "kept"),
    [
        ("and for the chatbot rather than the forecast?", "forecast", "chatbot"),
        ("I meant the LLM assistant, not the forecasts", "forecasts", "assistant"),
        ("it has to run on our own servers, not in some vendor cloud", "vendor", "run"),
        ("serve it as an endpoint instead of batch", "batch", "endpoint"),
    ],
)
def test_what_a_clause_turns_away_from_is_not_the_need(text, turned_from, kept):
    toks = tokens(text)
    skipped = {toks[i].low for i in not_the_need(toks)}
    assert turned_from in skipped and kept not in skipped


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("not just tracking but a registry too", "tracking"),
        ("the planners are not technical, anything click-based?", "technical"),
        ("we want a recommendation, not a feature list", "feature"),
    ],
)
def test_a_not_that_tells_the_setting_keeps_its_words(text, kept):
    toks = tokens(text)
    assert kept not in {toks[i].low for i in not_the_need(toks)}


@pytest.mark.parametrize(
    ("text", "start", "asked"),
    [
        ("should we use dvc for this", 3, True),
        ("dvc worth it for 10TB", 0, True),
        ("we outgrew git-lfs, how do teams version video", 2, False),
        ("what do we think of dvc", 5, True),
    ],
)
def test_a_tool_weighed_by_the_message_is_asked_about(bundled_catalog, text, start, asked):
    toks = tokens(text)
    tool = bundled_catalog.tools[0]
    assert is_asked_about(toks, Mention(tool, start, start + 1)) is asked


def test_a_quarter_is_no_name_but_capitals_inside_a_sentence_look_like_one():
    assert CALENDAR.match("q3") and CALENDAR.match("fy26") and not CALENDAR.match("q5")
    assert looks_like_a_name(tokens("we use Dagster")[2]) and not looks_like_a_name(tokens("we use it")[2])


def test_the_ask_starts_where_a_sentence_turns_to_what_about():
    text = "we log runs in mlflow already, what about data versioning?"
    toks = tokens(text)
    assert toks[asking_sentence(text, toks, sentence_starts(text, toks))].low == "what"


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("is it open source?", "license"),
        ("free to use?", "license"),
        ("open source or not", "license"),
        ("oss data quality checks on the landing zone?", ""),
        ("free experiment trackers?", ""),
    ],
)
def test_a_licence_word_before_what_it_describes_is_no_fact_asked(text, fact):
    assert fact_asked(text) == fact


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("a data catalog so people can find which datasets exist", False),
        ("nobody knows which version a given model was trained on", False),
        ("which vector dbs are open source", True),
        ("which big tech in house ml platforms do you know", True),
        ("open source frameworks for evaluating llm apps which exist", True),
    ],
)
def test_which_asks_for_tools_only_when_it_picks_among_tools(bundled_catalog, text, kept):
    toks = tokens(text)
    need = NeedFinder(bundled_catalog).find(toks)
    assert ("which" in without_other_whiches(toks, need).split()) is kept


def test_a_need_asked_again_keeps_the_threads_words_over_every_phrase_of_its_use_case(bundled_catalog):
    serving = bundled_catalog.tag("serving")
    told = need_again((serving,), ("llm", "serv", "8b"))
    assert {"llm", "8b"} <= told.words and "laptop" not in told.words
    untold = need_again((serving,))
    assert "laptop" in untold.words  # (with nothing told, the use case's phrases are all there is to match)


@pytest.mark.parametrize("word", ["a10g", "h100", "l4s", "mi300x", "24gb", "33cl", "400kwh", "2rps", "50eur"])
def test_a_gpu_model_or_a_size_is_a_quantity_not_a_name(word):
    assert QUANTITY.match(word)


def test_a_versus_with_no_name_beside_it_weighs_no_tools(bundled_catalog):
    gitlab, github = bundled_catalog.tool("gitlab"), bundled_catalog.tool("github")
    toks = tokens("we use gitlab, not github. post metrics vs main as a comment on each merge request")
    low = " ".join(t.low for t in toks)
    assert "vs" not in without_stray_versus(toks, [Mention(gitlab, 2, 3), Mention(github, 4, 5)], low).split()
    beside = tokens("evidently vs nannyml for drift")
    evidently = bundled_catalog.tool("evidently")
    assert without_stray_versus(beside, [Mention(evidently, 0, 1)], "evidently vs nannyml") == "evidently vs nannyml"


@pytest.mark.parametrize(
    ("text", "radar_s"),
    [
        ("the scalpers operate in rings of 20 accounts, what would catch them?", False),
        ("fraud rings share phone numbers", False),
        ("what do the rings mean?", True),
        ("which tools are in rings adopt and trial?", True),
    ],
)
def test_rings_are_the_radar_s_unless_others_act_in_them(text, radar_s):
    assert radar_rings(text) is radar_s
