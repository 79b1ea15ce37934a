"""The radar's ideas, rings and quadrants a question names."""

from __future__ import annotations

import pytest

from bot.radar.language.ideas import IdeaFinder
from bot.radar.language.question import Intent
from bot.radar.language.recommend import Need, NeedFinder
from bot.radar.language.text import tokens


@pytest.fixture(scope="module")
def ideas(bundled_catalog) -> IdeaFinder:
    return IdeaFinder(bundled_catalog, NeedFinder(bundled_catalog))


def test_a_ring_named_as_a_filter_is_found_and_a_trial_run_is_not(ideas):
    assert ideas.ring_in("which feature stores are in trial?").id == "trial"  # type: ignore[union-attr]
    assert ideas.ring_in("we ran a trial of feast last year") is None


@pytest.mark.parametrize(
    ("text", "rings"),
    [
        ("which of those sit in adopt or trial? nothing from assess in prod", ["adopt", "trial"]),
        ("anything in trial or better?", ["adopt", "trial"]),
        ("list the assess and hold ones", ["assess", "hold"]),
        ("which are in trial?", ["trial"]),
        ("we ran a trial of feast last year", []),
    ],
)
def test_every_ring_a_filter_allows_is_found(ideas, text, rings):
    assert [r.id for r in ideas.rings_in(text)] == rings


@pytest.mark.parametrize(
    ("text", "ring"),
    [
        ("what is in trial right now?", "trial"),
        ("which tools are trial at the moment", "trial"),
        ("should we move kedro to trial?", "trial"),
        ("Trial tools for monitoring?", "trial"),
        # a trial of the person's own work: clinical, field or tuning trials
        ("how do we check the incoming trial data before it reaches the model?", None),
        ("we run a feeding trial across six farms, how do we estimate the effect?", None),
        ("something to run sweeps on our GPUs and stop bad trials early", None),
        ("every fairness toolkit you have, legal wants the list for the risk assessment", None),
        ("tools in the assessment ring?", "assess"),
    ],
)
def test_trial_is_the_ring_only_where_a_ring_is_named(ideas, text, ring):
    found = ideas.ring(tokens(text))
    assert (found.id if found else None) == ring


@pytest.mark.parametrize(
    ("text", "idea"),
    [
        ("is the catalog the same as our team radar?", "note:catalog-vs-radar"),
        ("can someone explain the four quadrants?", "axes"),
        ("what is the radar?", "axes"),
        ("how should we vet a new platform?", "signals"),
    ],
)
def test_an_idea_asked_about_is_named(ideas, text, idea):
    low = text.lower().rstrip("?")
    assert ideas.concept(low, Need(), tokens(text)) == idea


def test_quadrants_are_named_by_their_names_and_nicknames(ideas):
    assert ideas.quadrant(tokens("what's in the specialized ml tools quadrant")).id == "specialized-ml-tools"  # type: ignore[union-attr]


def test_why_the_bot_asks_back_is_its_own_idea_and_only_when_asked_so(full):
    question = full.understand("why does the bot keep asking me questions back instead of answering?")
    assert question.action == "note:asking-back"
    other = full.understand("the JSON comes back broken 5% of the time. what library enforces a schema?")
    assert other.action != "note:asking-back"


@pytest.mark.parametrize(
    "text", ["can we self host it on our own servers?", "anything we could self-host on our own, independently?"]
)
def test_the_words_of_a_licence_or_hosting_asked_for_are_no_idea(ideas, text):
    idea, _ = ideas.idea_scored(text.lower(), tokens(text), Need(), False, named=True)
    assert idea != "note:self-serve"


def test_self_serve_ml_is_still_its_own_idea(ideas):
    text = "what does self-serve ML mean?"
    assert ideas.idea_scored(text.lower(), tokens(text), Need(), False)[0] == "note:self-serve"


@pytest.mark.parametrize(
    "text",
    [
        "inspectors' app should flag rust from a photo, offline (the tunnels have zero signal). what on-device"
        " runtime?",
        "we're on GCP already. what's the default managed ML service to build on?",
    ],
)
def test_a_phones_signal_or_a_platform_to_build_on_asks_for_tools_not_an_idea(full, text):
    assert full.understand(text).intent is not Intent.CONCEPT


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("what signals tell us an open source tool is healthy?", "signals"),
        ("why try specialised tools before one big platform?", "build_vs_buy"),
    ],
)
def test_how_to_judge_a_tool_and_building_or_buying_are_still_ideas(full, text, action):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CONCEPT, action)


def test_the_rings_of_a_kind_of_tools_ask_for_its_list_not_the_idea(full):
    assert full.understand("which monitoring tools do we have rings for?").intent is Intent.LIST
    assert full.understand("what do the rings mean?").intent is Intent.CONCEPT


@pytest.mark.parametrize(
    "text",
    [
        "what is the radar s view for user facing analytics at that scale?",  # the radar's view of a need
        "what can we run to check the vet chat bot before a release?",  # a vet treats pets and judges no tool
    ],
)
def test_words_shared_with_an_idea_do_not_ask_for_it(ideas, text):
    low = text.lower().rstrip("?")
    assert ideas.concept(low, Need(), tokens(text)) not in {"axes", "signals"}
