"""The team's radar: starter sets, placements, moves, confirmations, notes, retirements and stale entries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.radar.language.question import Intent
from bot.radar.team import (
    OFF_RADAR,
    STARTER,
    RingMove,
    TeamRadar,
    fold,
    stale,
    starter_placements,
    team_tool,
    team_tool_id,
)

T0 = datetime(2026, 1, 5, tzinfo=UTC)


def move(tool: str, frm: str, to: str, days: int, **extra: object) -> RingMove:
    return RingMove(tool, frm, to, T0 + timedelta(days=days), {}, **extra)  # type: ignore[arg-type]


def test_the_default_starter_set_is_the_seed_posts_tools_as_they_place_them(bundled_catalog):
    placed = starter_placements(bundled_catalog, "seeds", T0)
    assert {m.tool_id: m.to_ring for m in placed} == {s.tool: s.ring for s in bundled_catalog.seeds}
    assert all(m.what == "placed" and m.by == STARTER and m.from_ring == OFF_RADAR for m in placed)
    assert starter_placements(bundled_catalog, "empty", T0) == []
    assert len(starter_placements(bundled_catalog, "catalog", T0)) == len(bundled_catalog.tools)


def test_a_placed_tool_is_on_the_radar_and_every_other_tool_only_on_the_menu(tiny_catalog):
    entries = fold([move("kedro", "", "trial", 0, kind="placed", by="U1", note="two projects")])
    team = TeamRadar(tiny_catalog, entries=entries)
    kedro, mlflow = tiny_catalog.tool("kedro"), tiny_catalog.tool("mlflow")
    assert team.on_radar(kedro) and not team.on_radar(mlflow)
    assert team.ring_of(kedro).id == "trial" and team.framework_ring(kedro).id == "assess"
    assert team.ring_of(mlflow).id == team.framework_ring(mlflow).id  # the menu shows the framework's ring
    assert [t.id for t in team.placed()] == ["kedro"]
    assert team.entry(kedro).owner == "U1" and team.entry(kedro).note == "two projects"


def test_moves_confirmations_notes_and_retirement_fold_into_the_entry(tiny_catalog):
    history = [
        move("kedro", "", "assess", 0, kind="placed", by=STARTER),
        move("kedro", "assess", "trial", 10, kind="moved", by="U2", contested=True),
        move("kedro", "trial", "trial", 40, kind="confirmed"),
        move("kedro", "trial", "trial", 41, kind="noted", by="U3", note="owns the pipeline template"),
    ]
    entry = fold(history)["kedro"]
    assert (entry.ring, entry.placed_at, entry.confirmed_at) == ("trial", T0, T0 + timedelta(days=40))
    assert (entry.owner, entry.note, entry.contested) == ("U3", "owns the pipeline template", False)
    assert "kedro" not in fold([*history, move("kedro", "trial", "", 50, kind="retired", by="U1")])


def test_rows_from_before_kinds_are_read_from_their_rings(tiny_catalog):
    # a database written before the team's radar existed: its votes place the tools they moved
    entries = fold([move("dvc", "trial", "adopt", 3), move("dvc", "adopt", "adopt", 9)])
    assert entries["dvc"].ring == "adopt" and entries["dvc"].confirmed_at == T0 + timedelta(days=9)


def test_a_note_about_a_tool_off_the_radar_changes_nothing():
    assert fold([move("kedro", "", "", 0, kind="noted", note="later")]) == {}


def test_stale_entries_are_those_not_moved_or_confirmed_since_the_cutoff():
    entries = fold(
        [
            move("kedro", "", "trial", 0, kind="placed"),
            move("dvc", "", "adopt", 0, kind="placed"),
            move("dvc", "adopt", "adopt", 200, kind="confirmed"),
            move("git", "", "adopt", 100, kind="placed"),
        ]
    )
    assert [e.tool_id for e in stale(entries.values(), T0 + timedelta(days=150))] == ["kedro", "git"]


def test_a_team_defined_tool_sits_inside_its_categorys_quadrant(tiny_catalog):
    category = tiny_catalog.categories[0]
    tool = team_tool(
        tiny_catalog, team_tool_id("Orbit Platform"), "Orbit Platform", category.id, "Ours.", "https://x.example", 2026
    )
    assert tool.id == "team-orbitplatform" and tool.license == "internal"
    signs = {
        "cloud-platforms": (-1, 1),
        "ml-platforms": (1, 1),
        "specialized-ml-tools": (1, -1),
        "standard-swe-tools": (-1, -1),
    }
    sx, sy = signs[category.quadrant]
    assert tool.x * sx > 0 and tool.y * sy > 0 and tool.tags


def test_recommendations_lead_with_what_the_team_already_has_and_say_which_is_which(bundled_catalog):
    from bot.radar.answers import Radar
    from bot.radar.language.conversation import Waiter
    from bot.radar.language.lookup import ToolIndex

    index = ToolIndex(bundled_catalog)
    waiter = Waiter(bundled_catalog, index)
    question = "what should we use for experiment tracking?"
    menu = waiter.reply(Radar(TeamRadar(bundled_catalog), index), question).answer
    # the team placed a tracker the framework alone ranks below its picks
    ours = menu.more[0].tool.id
    entries = fold([move(ours, "", "trial", 0, kind="placed", by="U1")])
    answer = waiter.reply(Radar(TeamRadar(bundled_catalog, entries=entries), index), question).answer
    assert answer.picks[0].placed.tool.id == ours and answer.picks[0].ours
    assert not any(p.ours for p in answer.picks[1:])


def test_a_team_that_adopted_one_cloud_gets_answers_that_fit_it_unasked(bundled_catalog):
    from bot.radar.answers import Radar
    from bot.radar.language.conversation import Waiter
    from bot.radar.language.lookup import ToolIndex

    index = ToolIndex(bundled_catalog)
    entries = fold([move("gcp", "", "adopt", 0, kind="placed", by="U1")])
    reply = Waiter(bundled_catalog, index).reply(
        Radar(TeamRadar(bundled_catalog, entries=entries), index), "which managed ml platform should we use?"
    )
    answer = reply.answer
    assert reply.intent is Intent.RECOMMEND and "you are on Google Cloud" in answer.situation
    assert answer.picks[0].placed.tool.id == "vertex-ai"


def test_the_teams_tool_does_not_lead_when_it_answers_the_question_less_well(bundled_catalog):
    """Leading with what the team has needs as strong a match, the question's own words included: a team's
    generic LLM tool does not push aside the tracer a question about prompts and token costs asks for."""
    from bot.radar.answers import Radar
    from bot.radar.language.conversation import Waiter
    from bot.radar.language.lookup import ToolIndex

    index = ToolIndex(bundled_catalog)
    waiter = Waiter(bundled_catalog, index)
    question = "we need to see every prompt and each step of the chain in our LLM app, to debug bad answers"
    entries = fold([move("litellm", "", "trial", 0, kind="placed", by="U1")])  # a gateway, not a tracer
    answer = waiter.reply(Radar(TeamRadar(bundled_catalog, entries=entries), index), question).answer
    assert "llm-ops" in bundled_catalog.tool("litellm").tags  # it is made for the same use case...
    assert answer.picks[0].placed.tool.id != "litellm"  # ...but the question's words point past it
