"""Each sub-command's answer, on the small fixture catalog so the expectations stay exact."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.radar.answers import (
    Comparison,
    Help,
    NotFound,
    QuadrantsOverview,
    Radar,
    Refusal,
    RingsOverview,
    ToolCard,
    ToolList,
    position_words,
)
from bot.radar.commands import Usage, parse
from bot.radar.team import RingMove, TeamRadar


@pytest.fixture
def radar(tiny_catalog) -> Radar:
    return Radar(TeamRadar(tiny_catalog))


CORE_WORDS = ("compare", "ring", "quadrant", "category", "rings", "quadrants")


def ask(radar: Radar, text: str):
    command = parse(text, (*CORE_WORDS, "help"), {"vs": "compare", "list": "ring"})
    if command.name == "help":
        return radar.help((Usage("/radar <tool>", "Explain a tool"),))
    return radar.answer(command)


def test_tool_card_has_placement_ring_meaning_why_and_neighbours(radar):
    card = ask(radar, "kedro")
    assert isinstance(card, ToolCard)
    assert (card.quadrant.name, card.category.name, card.ring.name) == (
        "Machine Learning Platforms",
        "ML Project Frameworks",
        "Assess",
    )
    assert card.position == "model-focused, all-in-one"
    assert card.why == "Built inside a consultancy and now an integrator of other tools."
    assert [p.tool.id for p in card.neighbours] == ["mlflow", "metaflow"]  # related first
    assert card.ring.actions and card.ring.strategy


def test_tool_without_note_explains_by_its_category(radar, tiny_catalog):
    card = ask(radar, "docker")
    assert card.why == tiny_catalog.category("common-swe-stack").note


def test_tool_in_two_categories_lists_both(radar):
    card = ask(radar, "metaflow")
    assert [c.id for c in card.also_in] == ["ml-task-orchestrators"]
    assert {p.tool.id for p in card.neighbours} == {"kedro", "mlflow", "kubeflow"}


def test_unknown_tool_suggests_close_names(radar):
    answer = ask(radar, "kedrone")
    assert isinstance(answer, NotFound) and answer.suggestions == ("Kedro",)


def test_a_typo_one_letter_off_finds_the_tool(radar):
    assert ask(radar, "kedr0").tool.id == "kedro"


def test_ring_list_groups_by_quadrant(radar):
    answer = ask(radar, "ring adopt")
    assert isinstance(answer, ToolList)
    assert [g.heading for g in answer.groups] == ["Cloud Platforms", "Standard SWE Tools"]
    assert answer.tool_ids == ["aws", "airflow", "docker", "git", "kubernetes", "tekton"]  # by name within a quadrant


def test_unknown_ring_names_the_rings(radar):
    answer = ask(radar, "ring soon")
    assert isinstance(answer, NotFound) and answer.suggestions == ("Adopt", "Trial", "Assess", "Hold")


def test_quadrant_list_by_category_with_default_rings(radar):
    answer = ask(radar, "quadrant specialised")
    assert answer.title == "Specialized ML Tools"
    assert [g.heading for g in answer.groups] == [
        "Experimentation Platforms (default Trial)",
        "Data Version Control (default Trial)",
        "Single-component ML Tools (default Trial)",
    ]


def test_category_list_groups_by_ring(radar):
    answer = ask(radar, "category ml project frameworks")
    assert answer.title == "ML Project Frameworks" and answer.tool_ids == ["kedro", "metaflow", "mlflow"]


def test_compare_side_by_side_with_differences(radar):
    answer = ask(radar, "compare kubeflow mlflow metaflow")
    assert isinstance(answer, Comparison) and answer.tool_ids == ["kubeflow", "mlflow", "metaflow"]
    assert any("different categories" in d for d in answer.differences)


def test_compare_across_quadrants_explains_scope_and_ring(radar):
    answer = ask(radar, "compare dvc kubeflow")
    text = " ".join(answer.differences)
    assert "Different quadrants" in text and "piecemeal" in text and "DVC is the safer bet" in text


def test_compare_needs_two_tools(radar):
    assert isinstance(ask(radar, "compare"), Refusal)
    assert isinstance(ask(radar, "compare kedro kedro"), Refusal)
    missing = ask(radar, "compare kedro nothingatall")
    assert isinstance(missing, NotFound) and missing.query == "nothingatall"


def test_overviews_and_help(radar):
    rings = ask(radar, "rings")
    assert isinstance(rings, RingsOverview) and [r.id for r, _ in rings.rings] == ["adopt", "trial", "assess", "hold"]
    assert sum(n for _, n in rings.rings) == 19
    quadrants = ask(radar, "quadrants")
    assert isinstance(quadrants, QuadrantsOverview) and len(quadrants.quadrants) == 4
    assert isinstance(ask(radar, ""), Help) and isinstance(ask(radar, "help"), Help)


def test_team_vote_overrides_the_catalog_ring(tiny_catalog):
    move = RingMove("kedro", "assess", "trial", datetime(2026, 11, 2, tzinfo=UTC), {"trial": 4, "assess": 1})
    radar = Radar(TeamRadar(tiny_catalog, {"kedro": move}))
    card = ask(radar, "kedro")
    assert card.ring.id == "trial" and card.ring_voted and card.latest_move == move
    assert "voted it from Assess to Trial on 2026-11-02 (Trial 4, Assess 1)" in card.why
    assert "kedro" in [p.tool.id for g in ask(radar, "ring trial").groups for p in g.tools]


def test_position_words():
    class P:
        def __init__(self, x, y):
            self.x, self.y = x, y

    assert position_words(P(0.5, 0.5)) == "model-focused, all-in-one"
    assert position_words(P(-0.9, -0.1)) == "strongly software-focused, leaning piecemeal"


def test_compare_more_than_three_says_which_it_left_out(radar):
    answer = ask(radar, "compare kubeflow mlflow metaflow kedro")
    assert isinstance(answer, Comparison) and answer.tool_ids == ["kubeflow", "mlflow", "metaflow"]
    assert [t.id for t in answer.left_out] == ["kedro"]


def test_a_product_the_catalog_knows_it_lacks_is_not_found_with_no_close_names(bundled_catalog):
    answer = Radar(TeamRadar(bundled_catalog)).lookup("power bi")
    assert isinstance(answer, NotFound) and answer.suggestions == ()
