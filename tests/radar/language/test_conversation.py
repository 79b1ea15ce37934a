"""The waiter: answers chosen for each intent, and what a thread remembers between questions."""

from __future__ import annotations

import pytest

from bot.radar.answers import Comparison, Radar, RingsOverview, ToolCard, ToolList
from bot.radar.language.concepts import BuildVsBuyAnswer, FlowAnswer, PersonasAnswer, RingConcept, SignalsAnswer
from bot.radar.language.conversation import (
    Chosen,
    Clarification,
    Placement,
    SmallTalk,
    ToolFact,
    Unknown,
    Waiter,
    kind_after,
    refused_words,
)
from bot.radar.language.lookup import ToolIndex
from bot.radar.language.question import Intent, Memory
from bot.radar.language.recommend import Recommendation
from bot.radar.language.text import stem
from bot.radar.team import TeamRadar


@pytest.fixture(scope="module")
def waiter(tiny_catalog) -> Waiter:
    return Waiter(tiny_catalog, ToolIndex(tiny_catalog))


@pytest.fixture(scope="module")
def radar(tiny_catalog) -> Radar:
    return Radar(TeamRadar(tiny_catalog))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("what's kedro?", ToolCard),
        ("why is kedro on assess?", Placement),
        ("dvc or git?", Comparison),
        ("we need to version our datasets", Recommendation),
        ("what's on trial?", ToolList),
        ("what do the rings mean?", RingsOverview),
        ("what does hold mean?", RingConcept),
        ("what helps an ML researcher?", PersonasAnswer),
        ("build or buy?", BuildVsBuyAnswer),
        ("I always confuse mlflow and metaflow", FlowAnswer),
        ("what signals should we look for when judging a platform?", SignalsAnswer),
        ("hello", SmallTalk),
        ("tell me a joke", SmallTalk),
    ],
)
def test_each_kind_of_question_gets_its_kind_of_answer(waiter, radar, text, kind):
    assert isinstance(waiter.reply(radar, text).answer, kind)


def test_a_recommendation_is_remembered_with_its_need(waiter, radar):
    reply = waiter.reply(radar, "what for experiment tracking?")
    assert reply.intent is Intent.RECOMMEND
    # the picks in the order shown (the Trial one first, then the two in Assess)
    assert reply.memory.tools[:3] == tuple(reply.answer.tool_ids)  # type: ignore[attr-defined]
    assert reply.memory.tools[0] == "wandb" and set(reply.memory.tools[1:3]) == {"clearml", "mlflow"}
    assert reply.memory.tags == ("experiment-tracking",)


def test_ideas_in_between_do_not_make_a_thread_forget(waiter, radar):
    memory = waiter.reply(radar, "what for experiment tracking?").memory
    after = waiter.reply(radar, "what does assess mean?", memory).memory
    assert (after.tools, after.intent, after.tags) == (memory.tools, memory.intent, memory.tags)
    assert after.idea == "ring:assess"  # for "which tools are in it?"
    why = waiter.reply(radar, "why is the second one on assess?", after)
    assert isinstance(why.answer, Placement) and why.answer.tool_ids == [memory.tools[1]]


def test_a_closer_look_keeps_the_rest_in_reach(waiter, radar):
    memory = waiter.reply(radar, "what for experiment tracking?").memory
    named = memory.tools[1]
    second = waiter.reply(radar, "tell me more about the second one", memory)
    assert isinstance(second.answer, ToolCard) and second.answer.tool.id == named
    assert second.memory.tools[0] == named and set(memory.tools) <= set(second.memory.tools)
    assert second.memory.tags == ("experiment-tracking",)
    fact = waiter.reply(radar, "is it open source?", second.memory).answer
    assert isinstance(fact, ToolFact) and fact.tool_ids == [named] and "open source" in fact.text


def test_what_else_goes_beyond_the_picks_already_explained(waiter, radar):
    memory = Memory(tools=("optuna",), intent=Intent.RECOMMEND.value, tags=("hyperparameter-tuning",))
    other = waiter.reply(radar, "what else?", memory)
    assert isinstance(other.answer, Recommendation)
    assert "optuna" not in other.answer.tool_ids and "wandb" in other.answer.tool_ids


def test_alternatives_to_a_tool_name_it(waiter, radar):
    answer = waiter.reply(radar, "alternatives to wandb").answer
    assert isinstance(answer, Recommendation)
    assert answer.instead_of is not None and answer.instead_of.id == "wandb"
    assert "wandb" not in answer.tool_ids and answer.tool_ids


def test_comparing_flow_tools_explains_the_flow_distinction(waiter, radar):
    answer = waiter.reply(radar, "kubeflow vs mlflow").answer
    assert isinstance(answer, Comparison)
    assert any("flow" in d and "different problems" in d for d in answer.differences)
    assert any(d.startswith("Kubeflow: ") and "Kubernetes" in d for d in answer.differences)


def test_a_use_case_list_groups_by_ring(waiter, radar):
    answer = waiter.reply(radar, "list every tool for experiment tracking").answer
    assert isinstance(answer, ToolList)
    assert [g.heading for g in answer.groups] == ["Trial", "Assess"]


def test_a_long_ring_list_is_shortened_and_points_to_the_full_one(bundled_catalog):
    answer = (
        Waiter(bundled_catalog, ToolIndex(bundled_catalog))
        .reply(Radar(TeamRadar(bundled_catalog)), "what's on trial?")
        .answer
    )
    assert isinstance(answer, ToolList)
    assert sum(len(g.tools) for g in answer.groups) <= 4 * 8
    assert "more not shown" in answer.more_hint and "/radar ring trial" in answer.more_hint


def test_unknown_names_keep_close_suggestions_only(waiter, radar):
    answer = waiter.reply(radar, "what's kedr0flow?").answer
    assert isinstance(answer, Unknown) and answer.name == "kedr0flow"
    assert [t.id for t in answer.suggestions][:1] == ["kedro"]
    assert isinstance(waiter.reply(radar, "what's the weather in Paris?").answer, SmallTalk)  # no name asked about


def test_a_dangling_reference_asks_which_tool_and_the_reply_answers(waiter, radar):
    first = waiter.reply(radar, "why is it on trial?")
    assert isinstance(first.answer, Clarification) and "which tool you mean" in first.answer.question
    second = waiter.reply(radar, "kedro", first.memory)
    assert isinstance(second.answer, Placement) and second.answer.tool_ids == ["kedro"]


def test_a_shared_name_is_asked_about_and_a_reply_picks_one(bundled_catalog):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    first = waiter.reply(radar, "tell me about cortex")
    assert first.intent is Intent.CLARIFY
    assert [o.label for o in first.answer.options] == ["Cortex", "Twitter Cortex"]  # type: ignore[attr-defined]
    # the question names both candidates, and the thread remembers them ("the second one")
    assert first.answer.tool_ids == list(first.memory.tools) == ["cortex", "twitter-cortex"]  # type: ignore[attr-defined]
    second = waiter.reply(radar, "Twitter Cortex", first.memory)
    assert second.answer.tool.id == "twitter-cortex"  # type: ignore[attr-defined]
    assert not second.memory.asked  # answered: nothing pending any more


def test_a_new_question_drops_the_pending_one(bundled_catalog):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    first = waiter.reply(radar, "tell me about cortex")
    second = waiter.reply(radar, "what is mlflow?", first.memory)
    assert second.intent is Intent.LOOKUP and not second.memory.asked


@pytest.mark.parametrize("setting", ["we're on azure", "open source only please"])
def test_a_setting_told_after_a_clarifying_question_asks_it_again_there(bundled_catalog, setting):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    first = waiter.reply(radar, "we need monitoring")
    assert first.intent is Intent.CLARIFY
    second = waiter.reply(radar, setting, first.memory)
    # (the thread's question, answered now that the person told more)
    assert second.intent is Intent.FOLLOWUP and second.answer.tool_ids  # type: ignore[attr-defined]


def test_a_clarifying_question_answered_in_words_of_ones_own_is_read_with_the_question(bundled_catalog):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    first = waiter.reply(radar, "we need monitoring")
    second = waiter.reply(radar, "model monitoring. the churn classifier behind our fastapi service", first.memory)
    assert second.intent is Intent.FOLLOWUP and "evidently" in second.answer.tool_ids  # type: ignore[attr-defined]
    third = waiter.reply(radar, "what is mlflow?", first.memory)  # a question of its own is no answer
    assert third.intent is Intent.LOOKUP


@pytest.mark.parametrize("catalog_name", ["tiny_catalog", "bundled_catalog"])
def test_the_examples_it_offers_are_understood(request, catalog_name):
    catalog = request.getfixturevalue(catalog_name)
    waiter, radar = Waiter(catalog, ToolIndex(catalog)), Radar(TeamRadar(catalog))
    assert len(waiter.examples) >= 5
    for example in waiter.examples:
        reply = waiter.reply(radar, example)
        assert reply.intent not in {Intent.UNKNOWN, Intent.HELP}, example


def test_what_was_insisted_on_holds_for_the_rest_of_the_thread(bundled_catalog):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    first = waiter.reply(radar, "what should we use for labelling images?")
    second = waiter.reply(radar, "forgot to say: it has to be open source", first.memory)
    assert second.memory.insists == ("license:open-source",)
    third = waiter.reply(radar, "what else?", second.memory)
    picks = third.answer.picks  # type: ignore[attr-defined]
    assert picks and all(p.placed.tool.license == "open-source" for p in picks)
    # and "what else" goes beyond the picks just given
    assert not {p.placed.tool.id for p in picks} & set(second.memory.tools[:3])


def test_which_of_the_threads_tools_answers_an_ask_is_chosen_among_them(bundled_catalog):
    waiter = Waiter(bundled_catalog, ToolIndex(bundled_catalog))
    radar = Radar(TeamRadar(bundled_catalog))
    memory = Memory(tools=("mlflow", "wandb"), intent=Intent.COMPARE.value)
    reply = waiter.reply(radar, "ok which one can we self-host?", memory)
    assert isinstance(reply.answer, Chosen)
    assert reply.answer.tool_ids == ["mlflow"] and [p.tool.id for p in reply.answer.ruled_out] == ["wandb"]
    # a capability the descriptions tell: the tools that describe it, best first
    memory = Memory(tools=("langfuse", "arize-phoenix", "deepeval", "promptfoo", "giskard"), intent="list")
    chosen = waiter.reply(radar, "which one can run in CI on every pull request?", memory).answer
    assert isinstance(chosen, Chosen) and chosen.tool_ids and set(chosen.tool_ids) < set(memory.tools)


def test_where_to_host_is_answered_with_clouds_not_asked_which_cloud(bundled_catalog):
    waiter = Waiter(bundled_catalog, ToolIndex(bundled_catalog))
    reply = waiter.reply(Radar(TeamRadar(bundled_catalog)), "somewhere to host a small web app and its database")
    assert reply.intent is Intent.RECOMMEND and not isinstance(reply.answer, Clarification)


def test_a_clouds_own_tools_are_listed_by_ring(bundled_catalog):
    index = ToolIndex(bundled_catalog)
    answer = Waiter(bundled_catalog, index).reply(Radar(TeamRadar(bundled_catalog), index), "GCP tools you know about")
    assert isinstance(answer.answer, ToolList)
    listed = {p.tool.id for g in answer.answer.groups for p in g.tools}
    assert {"vertex-ai", "bigquery"} <= listed and "gcp" not in listed and "sagemaker" not in listed
    assert answer.answer.title == "Google Cloud's own tools"
    # (named after "every" or as "things", and before the cloud quadrant the word "cloud" could name)
    waiter, radar = Waiter(bundled_catalog, index), Radar(TeamRadar(bundled_catalog), index)
    for text in ("list every azure product you know", "all the google cloud things in the catalog"):
        listed_answer = waiter.reply(radar, text).answer
        assert isinstance(listed_answer, ToolList) and "own tools" in listed_answer.title, text
    aws = waiter.reply(radar, "every AWS service on the radar").answer
    assert isinstance(aws, ToolList) and aws.title == "Amazon Web Services' own tools"


def test_what_a_tool_builds_on_is_what_its_description_names_on_the_software_side(bundled_catalog):
    index = ToolIndex(bundled_catalog)
    waiter, radar = Waiter(bundled_catalog, index), Radar(TeamRadar(bundled_catalog), index)
    memory = waiter.reply(radar, "tell me about kserve").memory
    answer = waiter.reply(radar, "what does it need underneath?", memory).answer
    assert isinstance(answer, ToolList)
    assert answer.tool_ids[:2] == ["kubernetes", "knative"] and "pytorch" not in answer.tool_ids


def test_tools_that_work_with_a_language_are_those_whose_descriptions_say_so(bundled_catalog):
    index = ToolIndex(bundled_catalog)
    answer = Waiter(bundled_catalog, index).reply(Radar(TeamRadar(bundled_catalog), index), "which tools work with R?")
    assert isinstance(answer.answer, ToolList) and answer.answer.title == "Tools that work with R"
    assert {"shiny", "dalex"} <= set(answer.answer.tool_ids) and "pandas" not in answer.answer.tool_ids


def test_the_hosting_fact_quotes_what_the_description_says_of_it(bundled_catalog):
    from bot.radar.language.conversation import tool_fact

    index = ToolIndex(bundled_catalog)
    radar = Radar(TeamRadar(bundled_catalog), index)
    weaviate = tool_fact(radar, bundled_catalog.tool("weaviate"), "hosting")
    assert "run it yourself" in weaviate.text and "managed cloud" in weaviate.text


def test_a_question_between_jobs_says_the_jobs_in_words(bundled_catalog):
    from bot.radar.language.conversation import Waiter
    from bot.radar.language.lookup import ToolIndex

    waiter = Waiter(bundled_catalog, ToolIndex(bundled_catalog))
    question = waiter.understander.understand("we need monitoring. what do you suggest?")
    asked = waiter.clarify(question)
    assert asked.question.startswith("Which of these do you mean: models in production")
    assert "an LLM app" in asked.question and len(asked.options) == 3


def test_which_cloud_says_the_clouds_in_words(bundled_catalog):
    from bot.radar.language.conversation import Waiter
    from bot.radar.language.lookup import ToolIndex

    waiter = Waiter(bundled_catalog, ToolIndex(bundled_catalog))
    question = waiter.understander.understand("which managed ML platform should we buy?")
    asked = waiter.clarify(question)
    assert asked.question.startswith("Which cloud are you on (")
    assert all(option.label in asked.question for option in asked.options)


def test_a_kinds_list_on_a_cloud_leaves_out_other_clouds_own_tools(bundled_catalog):
    index = ToolIndex(bundled_catalog)
    answer = Waiter(bundled_catalog, index).reply(Radar(TeamRadar(bundled_catalog), index), "feature stores on gcp")
    assert isinstance(answer.answer, ToolList) and "Google Cloud" in answer.answer.intro
    assert "feast" in answer.answer.tool_ids and "sagemaker" not in answer.answer.tool_ids


def test_a_kinds_list_where_it_runs_shows_what_works_there_first(bundled_catalog):
    index = ToolIndex(bundled_catalog)
    radar = Radar(TeamRadar(bundled_catalog), index)
    answer = Waiter(bundled_catalog, index).reply(radar, "model serving tools that run on kubernetes").answer
    assert isinstance(answer, ToolList) and "Kubernetes" in answer.intro
    trial = next(g for g in answer.groups if g.heading == "Trial")
    assert {"kserve", "seldon-core"} & {p.tool.id for p in trial.tools[:4]}


def test_a_kinds_list_for_a_language_shows_what_speaks_it_first(bundled_catalog):
    index = ToolIndex(bundled_catalog)
    radar = Radar(TeamRadar(bundled_catalog), index)
    answer = Waiter(bundled_catalog, index).reply(radar, "agent frameworks that support TypeScript").answer
    assert isinstance(answer, ToolList) and "TypeScript" in answer.intro
    trial = next(g for g in answer.groups if g.heading == "Trial")
    assert {"vercel-ai-sdk", "genkit"} <= {p.tool.id for p in trial.tools[:4]}


def test_a_list_narrowed_to_a_setting_in_the_thread_is_the_list_again_for_it(bundled_catalog):
    index = ToolIndex(bundled_catalog)
    waiter, radar = Waiter(bundled_catalog, index), Radar(TeamRadar(bundled_catalog), index)
    memory = waiter.reply(radar, "list feature stores").memory
    answer = waiter.reply(radar, "only the ones that run on GCP", memory).answer
    assert isinstance(answer, ToolList) and "Google Cloud" in answer.intro
    assert "sagemaker" not in answer.tool_ids


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        # what the person already runs is no pick for their need
        ("we already use Optuna on laptops; now we need the trials spread over 20 machines", {"optuna"}),
        # refusing Kubernetes leaves out what needs it
        (
            "we have 6 GPU boxes on-prem and infra flatly refuses kubernetes. how do we share them for training jobs?",
            {"kueue", "volcano"},
        ),
    ],
)
def test_a_recommendation_leaves_out_what_the_person_runs_or_refuses(bundled_catalog, text, left_out):
    index = ToolIndex(bundled_catalog)
    radar = Radar(TeamRadar(bundled_catalog), index)
    answer = Waiter(bundled_catalog, index).reply(radar, text).answer
    assert not left_out & set(answer.tool_ids)  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def full_waiter(bundled_catalog) -> Waiter:
    return Waiter(bundled_catalog, ToolIndex(bundled_catalog))


@pytest.fixture(scope="module")
def full_radar(bundled_catalog) -> Radar:
    return Radar(TeamRadar(bundled_catalog))


def test_a_lists_first_few_answer_its_own_words(full_waiter, full_radar):
    """ "llm tracing tools?": of the LLM tools, the tracing ones come first."""
    reply = full_waiter.reply(full_radar, "llm tracing tools?")
    assert reply.intent is Intent.LIST
    assert {"langfuse", "arize-phoenix", "opik"} & set(reply.answer.tool_ids[:4])


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        ("data quality checks for spark tables?", "ok and which one is native to spark", "deequ"),
        ("suggest a data validation library for our assay tables", "does any of those work with Spark?", "deequ"),
        # (the choice asked in a clause after the one that tells the setting)
        (
            "suggest a data validation library for our assay tables",
            "part of this runs as spark on EMR - which of those work with spark?",
            "deequ",
        ),
        ("data quality checks for our parquet features?", "some of it is spark on emr; which of those fit?", "deequ"),
    ],
)
def test_which_of_them_works_with_a_tool_named_chooses_what_works_with_it(
    full_waiter, full_radar, first, then, expected
):
    memory = full_waiter.reply(full_radar, first).memory
    reply = full_waiter.reply(full_radar, then, memory)
    assert reply.intent is Intent.FOLLOWUP and reply.answer.tool_ids[0] == expected


def test_a_pick_that_must_work_with_a_tool_named_is_the_threads_job_on_it(full_waiter, full_radar):
    memory = full_waiter.reply(full_radar, "what do people use for data validation in pipelines?").memory
    then = "anything lightweight that works natively on pandas dataframes? we don't have spark anywhere"
    reply = full_waiter.reply(full_radar, then, memory)
    assert reply.intent is Intent.FOLLOWUP and reply.answer.tool_ids[0] == "pandera"


def test_which_of_them_runs_on_a_cluster_named_is_not_chosen_by_descriptions_that_mention_clusters(
    full_waiter, full_radar
):
    memory = full_waiter.reply(full_radar, "list the experiment trackers").memory
    plain = full_waiter.reply(full_radar, "any of those open source that we could self-host?", memory)
    placed = full_waiter.reply(
        full_radar, "any of those open source that we could self-host on our AKS cluster?", memory
    )
    assert placed.answer.tool_ids[:3] == plain.answer.tool_ids[:3]


def test_a_quadrants_idea_names_each_of_its_categories(full_waiter, full_radar, bundled_catalog):
    reply = full_waiter.reply(full_radar, "which categories are in the Specialized ML Tools quadrant?")
    text = " ".join(reply.answer.points)
    quadrant = next(q for q in bundled_catalog.quadrants if q.name.lower().startswith("speciali"))
    assert all(c.name in text for c in bundled_catalog.categories_in_quadrant(quadrant.id))


def test_the_teams_record_of_a_tool_says_its_owner_ring_and_when_it_was_placed(bundled_catalog):
    from datetime import UTC, datetime

    from bot.radar.language.conversation import tool_fact
    from bot.radar.team import Entry

    index = ToolIndex(bundled_catalog)
    placed = datetime(2026, 5, 4, tzinfo=UTC)
    entries = {"dvc": Entry("dvc", "adopt", placed, placed, owner="U123", note="carried three projects")}
    radar = Radar(TeamRadar(bundled_catalog, entries=entries), index)
    dvc = tool_fact(radar, bundled_catalog.tool("dvc"), "team").text
    assert "owned by U123" in dvc and "Adopt on 2026-05-04" in dvc and "carried three projects." in dvc
    zenml = tool_fact(radar, bundled_catalog.tool("zenml"), "team").text
    assert zenml.startswith("ZenML is not on the team's radar yet") and "/radar propose zenml" in zenml


def test_a_rings_list_is_remembered_for_a_look_inside_it(waiter, radar):
    listed = waiter.reply(radar, "what's on trial?")
    assert listed.memory.idea == "ring:trial"
    inside = waiter.reply(radar, "anything in there worth a brown-bag session?", listed.memory)
    assert inside.intent is Intent.FOLLOWUP and isinstance(inside.answer, ToolList)


def test_alternatives_to_a_tool_do_what_it_does_not_what_its_category_holds(full_waiter, full_radar):
    memory = full_waiter.reply(full_radar, "what is datarobot").memory
    reply = full_waiter.reply(full_radar, "what are the open source alternatives?", memory)
    picked = reply.answer.tool_ids  # type: ignore[attr-defined]
    assert picked and all("automl" in full_radar.catalog.tool(t).tags for t in picked[:3])  # type: ignore[union-attr]


def test_a_managed_version_asked_names_the_services_that_run_the_tool(full_waiter, full_radar):
    memory = full_waiter.reply(full_radar, "tell me about flyte").memory
    reply = full_waiter.reply(full_radar, "is there a managed version?", memory)
    assert reply.answer.tool_ids[0] == "flyte" and "union-ai" in reply.answer.tool_ids  # type: ignore[attr-defined]


def test_a_wish_not_to_be_locked_in_leaves_the_clouds_own_services_out(full_waiter, full_radar):
    reply = full_waiter.reply(full_radar, "managed ML platform for a 3-person team that won't lock us in?")
    picked = reply.answer.tool_ids  # type: ignore[attr-defined]
    assert picked and not {"sagemaker", "vertex-ai", "azure-ml"} & set(picked)


def test_which_of_those_in_a_ring_keeps_only_that_rings_tools(bundled_catalog):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    listed = waiter.reply(radar, "drift detection tools?")
    chosen = waiter.reply(radar, "which of those are in trial?", listed.memory).answer
    assert isinstance(chosen, Chosen) and chosen.placed
    assert {p.ring.id for p in chosen.placed} == {"trial"}


def test_which_of_those_in_either_of_two_rings_keeps_the_tools_of_both(bundled_catalog):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    listed = waiter.reply(radar, "list the experiment trackers")
    chosen = waiter.reply(radar, "which of those sit in adopt or trial? nothing from assess", listed.memory).answer
    assert isinstance(chosen, Chosen) and chosen.placed
    assert {p.ring.id for p in chosen.placed} <= {"adopt", "trial"}


def test_which_of_a_lists_tools_is_chosen_among_all_it_named_by_the_job_asked(bundled_catalog):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    listed = waiter.reply(radar, "list the open source experiment trackers")
    assert len(listed.memory.tools) > 8  # (a list names more than a recommendation's picks)
    chosen = waiter.reply(radar, "which of those come with a model registry?", listed.memory).answer
    assert isinstance(chosen, Chosen) and chosen.tool_ids
    assert all("model-registry" in bundled_catalog.tool(t).tags for t in chosen.tool_ids)  # type: ignore[union-attr]
    assert set(chosen.tool_ids) <= set(listed.memory.tools)


def test_a_reply_naming_one_options_cloud_answers_which_cloud(bundled_catalog):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    asked = waiter.reply(radar, "which managed ML platform should we buy?")
    assert isinstance(asked.answer, Clarification)
    answered = waiter.reply(radar, "it has to stay in our AWS account", asked.memory)
    assert isinstance(answered.answer, Recommendation)
    assert answered.answer.tool_ids[0] == "sagemaker"


def test_a_platform_asked_for_in_a_thread_about_another_job_still_asks_where_the_team_runs(bundled_catalog):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    tracking = waiter.reply(radar, "what should we use for experiment tracking?")
    asked = waiter.reply(radar, "my director wants an MLOps platform by Q3", tracking.memory)
    assert isinstance(asked.answer, Clarification)
    notebooks = waiter.reply(radar, "recommend a notebook platform for our scientists")
    again = waiter.reply(radar, "what about the R users?", notebooks.memory)
    assert not isinstance(again.answer, Clarification)


def test_a_categorys_list_keeps_to_the_filter_told(full_waiter, full_radar):
    reply = full_waiter.reply(full_radar, "which ML task orchestrators don't need kubernetes?")
    listed = reply.answer.tool_ids  # type: ignore[attr-defined]
    assert "metaflow" in listed and "kubeflow" not in listed


def test_a_categorys_list_drops_another_clouds_own_tools(full_waiter, full_radar):
    reply = full_waiter.reply(full_radar, "which big data services are listed? azure-compatible ones only")
    listed = reply.answer.tool_ids  # type: ignore[attr-defined]
    assert "azure-synapse" in listed and "amazon-emr" not in listed
    assert "are in Big Data IaaS" in reply.answer.intro  # type: ignore[attr-defined]


def test_what_none_of_the_threads_picks_meets_is_sought_among_the_needs_other_candidates(bundled_catalog):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    # a setting told that no pick fits: the need's candidates that fit it
    memory = Memory(tools=("shap", "lime", "captum"), intent=Intent.RECOMMEND.value, tags=("explainability",))
    chosen = waiter.reply(radar, "which of them work from R?", memory).answer
    assert isinstance(chosen, Chosen) and chosen.beyond_shown
    assert chosen.tool_ids and not set(chosen.tool_ids) & set(memory.tools)
    assert all("R" in p.tool.description for p in chosen.placed)
    # a use case's own phrase that the picks do not answer: the candidate that does
    memory = Memory(tools=("arize", "aporia", "fiddler"), intent=Intent.RECOMMEND.value, tags=("monitoring",))
    chosen = waiter.reply(radar, "which one can estimate performance without labels?", memory).answer
    assert isinstance(chosen, Chosen) and "nannyml" in chosen.tool_ids
    # picks that meet the ask stay the answer
    memory = Memory(
        tools=("optuna", "ray-tune", "katib"), intent=Intent.RECOMMEND.value, tags=("hyperparameter-tuning",)
    )
    chosen = waiter.reply(radar, "which of those can we self-host?", memory).answer
    assert isinstance(chosen, Chosen) and not chosen.beyond_shown


def test_alternatives_to_a_tool_are_those_most_like_its_own_description(bundled_catalog):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    card = waiter.reply(radar, "what is mleap?")
    others = waiter.reply(radar, "alternatives?", card.memory).answer
    # MLeap turns Spark pipelines into a portable format: ONNX is the like of it, more than an LLM runtime
    assert "onnx" in others.tool_ids


def test_a_setting_told_later_keeps_the_words_the_need_was_told_in(bundled_catalog):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    first = waiter.reply(radar, "we need llm serving for our game's npc prototype")
    assert "llm" in first.memory.words
    later = waiter.understander.understand("we can't use kubernetes though", first.memory)
    assert later.action == "need" and "llm" in later.need.words
    # so the picks stay with serving language models, off Kubernetes
    answer = waiter.reply(radar, "we can't use kubernetes though", first.memory).answer
    assert isinstance(answer, Recommendation)
    assert any(w in answer.picks[0].placed.tool.description for w in ("LLM", "language model"))


def test_the_tools_that_work_with_one_are_those_whose_descriptions_name_it(bundled_catalog):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    listed = waiter.reply(radar, "everything that works with dbt?").answer
    assert isinstance(listed, ToolList) and listed.tool_ids and "dbt" not in listed.tool_ids
    assert all("dbt" in bundled_catalog.tool(i).description for i in listed.tool_ids)


def test_a_question_between_jobs_keeps_acronyms_and_lowers_articles(bundled_catalog):
    from bot.radar.language.conversation import Waiter
    from bot.radar.language.lookup import ToolIndex

    waiter = Waiter(bundled_catalog, ToolIndex(bundled_catalog))
    asked = waiter.clarify(waiter.understander.understand("what's the best tool for quality?"))
    assert asked.question == (
        "Which of these do you mean: data (checks and validation), a trained model (tests, fairness) or LLM or RAG "
        "answers?"
    )


@pytest.mark.parametrize(
    ("text", "host"), [("a hosted ray, anyone?", "anyscale"), ("feast but fully managed?", "tecton")]
)
def test_an_open_source_tool_asked_for_managed_is_answered_with_who_runs_it(bundled_catalog, text, host):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    reply = waiter.reply(radar, text)
    assert reply.intent is Intent.RECOMMEND and isinstance(reply.answer, Recommendation)
    assert reply.answer.tool_ids[0] == host
    assert all(p.placed.tool.license != "open-source" for p in reply.answer.picks)


def test_what_the_team_runs_itself_managed_is_no_ask_for_a_host(bundled_catalog):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    reply = waiter.reply(
        radar, "our self-managed gitlab runs CI for everything, what should do the model training steps?"
    )
    assert "gitlab" not in reply.answer.tool_ids[:1]  # type: ignore[attr-defined]
    assert reply.answer.tool_ids and "github-actions" not in reply.answer.tool_ids  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "ask",
    [
        "which is simpler for analysts who never touched docker?",
        "so which would the auditors prefer?",
        "ok which would you pick for us? three people, kubernetes only",
    ],
)
def test_a_pick_asked_after_a_comparison_is_made_between_the_tools_compared(bundled_catalog, ask):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    compared = waiter.reply(radar, "compare dvc and lakefs")
    reply = waiter.reply(radar, ask, compared.memory)
    assert reply.intent is Intent.FOLLOWUP
    assert set(reply.answer.tool_ids) == {"dvc", "lakefs"}  # type: ignore[attr-defined]


def test_an_alternative_to_a_tool_is_not_the_same_tool_run_for_you_unless_managed_is_asked(bundled_catalog):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    other = waiter.reply(radar, "we want a kafka replacement, something that is not kafka at all").answer
    assert "confluent-cloud" not in other.tool_ids  # type: ignore[attr-defined]
    managed = waiter.reply(radar, "we want off our self-hosted kafka, anything managed instead?").answer
    assert "confluent-cloud" in managed.tool_ids  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "tool_id"), [("what's determined? a colleague said it replaces our slurm scripts", "determined")]
)
def test_a_lone_word_framed_as_asked_is_the_tool_whatever_follows(bundled_catalog, text, tool_id):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    reply = waiter.reply(radar, text)
    assert reply.intent is Intent.LOOKUP and reply.answer.tool_ids[:1] == [tool_id]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("ask", "few"), [("compare the first two", 2), ("put the top 3 side by side", 3)])
def test_the_first_few_of_a_threads_answer_are_compared(bundled_catalog, ask, few):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    picked = waiter.reply(radar, "what should we use for data versioning?")
    reply = waiter.reply(radar, ask, picked.memory)
    assert isinstance(reply.answer, Comparison)
    assert reply.answer.tool_ids == list(picked.memory.tools[:few])  # type: ignore[attr-defined]


def test_a_tool_asked_for_managed_in_a_thread_about_another_is_still_that_ask(bundled_catalog):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    card = waiter.reply(radar, "what's kedro?")
    reply = waiter.reply(radar, "a hosted ray, anyone?", card.memory)
    assert isinstance(reply.answer, Recommendation) and reply.answer.tool_ids[0] == "anyscale"


def test_the_threads_job_done_to_another_object_is_that_job(bundled_catalog):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    first = waiter.reply(radar, "we need to version our datasets, what should we use?")
    reply = waiter.reply(radar, "cool, and for models?", first.memory)
    assert reply.intent is Intent.FOLLOWUP and isinstance(reply.answer, Recommendation)
    assert all("model-registry" in bundled_catalog.tool(t).tags for t in reply.answer.tool_ids)  # type: ignore[union-attr]


def test_whats_new_lists_the_teams_latest_decisions_newest_first(bundled_catalog):
    from datetime import UTC, datetime

    from bot.radar.team import RingMove, fold

    moves = [
        RingMove("kedro", "assess", "assess", datetime(2026, 1, 1, tzinfo=UTC), {}, kind="placed", by="starter"),
        RingMove("kedro", "assess", "trial", datetime(2026, 11, 2, tzinfo=UTC), {"trial": 4}, by="U1"),
        RingMove("feast", "", "assess", datetime(2026, 11, 20, tzinfo=UTC), {}, kind="placed", by="U2"),
    ]
    latest = {m.tool_id: m for m in moves}
    radar = Radar(TeamRadar(bundled_catalog, latest, fold(moves)))
    waiter = Waiter(bundled_catalog, ToolIndex(bundled_catalog))
    for ask in ("what's new on the radar?", "which tools did we move last month?"):
        reply = waiter.reply(radar, ask)
        assert reply.intent is Intent.LIST and isinstance(reply.answer, ToolList), ask
        assert reply.answer.tool_ids == ["feast", "kedro"]
        assert "Assess → Trial, 2026-11-02" in reply.answer.intro
    starter_only = waiter.reply(Radar(TeamRadar(bundled_catalog)), "what's new on the radar?").answer
    assert isinstance(starter_only, ToolList) and not starter_only.groups and "starter set" in starter_only.intro


def test_a_kinds_list_leaves_out_the_tool_ruled_out(full_waiter, full_radar):
    reply = full_waiter.reply(full_radar, "tecton is a non-starter, what other feature stores are there?")
    listed = reply.answer.tool_ids  # type: ignore[attr-defined]
    assert "tecton" not in listed and "feast" in listed


def test_the_open_source_equivalent_of_a_product_leads_with_what_it_runs(full_waiter, full_radar):
    reply = full_waiter.reply(full_radar, "databricks is pitched hard. what's the open source equivalent we could run?")
    assert "apache-spark" in reply.answer.tool_ids  # type: ignore[attr-defined]


def test_a_kinds_list_in_a_ring_that_holds_none_of_them_says_so_and_shows_where_they_are(full_waiter, full_radar):
    reply = full_waiter.reply(full_radar, "which experiment trackers are in adopt?")
    assert reply.answer.tool_ids  # type: ignore[attr-defined]
    assert "None of these is in Adopt" in reply.answer.intro  # type: ignore[attr-defined]


def test_managed_tools_leave_out_the_platforms_companies_built_for_themselves(full_waiter, full_radar):
    reply = full_waiter.reply(full_radar, "managed feature stores on aws")
    assert "uber-michelangelo" not in reply.answer.tool_ids  # type: ignore[attr-defined]


def test_alternatives_to_a_tool_leave_out_what_it_runs_on(full_waiter, full_radar):
    picked = full_waiter.reply(full_radar, "alternatives to kubeflow").answer.tool_ids  # type: ignore[attr-defined]
    assert picked and "kubernetes" not in picked
    # (a core that does the product's own first job stays: Airflow under Astronomer)
    assert "airflow" in full_waiter.reply(full_radar, "alternatives to astronomer").answer.tool_ids  # type: ignore[attr-defined]


def test_a_cloud_ruled_out_of_a_list_takes_its_own_services(full_waiter, full_radar):
    listed = full_waiter.reply(full_radar, "list the cloud vendors ML platforms, excluding anything Azure").answer
    assert "azure-ml" not in listed.tool_ids and "sagemaker" in listed.tool_ids  # type: ignore[attr-defined]


def test_the_maker_of_a_clouds_own_service_is_that_cloud(full_waiter, full_radar):
    memory = full_waiter.reply(full_radar, "what ring is vertex ai in").memory
    reply = full_waiter.reply(full_radar, "who makes it?", memory)
    assert "Google Cloud" in reply.answer.text  # type: ignore[attr-defined]


def test_a_tool_ruled_out_stays_out_for_the_rest_of_the_thread(bundled_catalog):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    first = waiter.reply(radar, "what LLM gateway would you put in front of our model APIs? need per-tenant costs")
    second = waiter.reply(radar, "portkey is out, security didn't like the hosted control plane", first.memory)
    assert "portkey-ai-gateway" in second.memory.refused
    third = waiter.reply(radar, "something we run 100% ourselves?", second.memory)
    assert "portkey-ai-gateway" not in third.answer.tool_ids  # type: ignore[attr-defined]


def test_a_quadrant_listed_with_a_filter_keeps_to_it(bundled_catalog):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    reply = waiter.reply(radar, "GPU clouds other than the big three, what's in the catalog?")
    assert reply.intent is Intent.LIST
    assert not {"aws", "gcp", "azure"} & set(reply.answer.tool_ids)  # type: ignore[attr-defined]


def test_a_job_whose_pick_turns_on_where_it_runs_asked_bare_asks_where(bundled_catalog):
    bundled_waiter = Waiter(bundled_catalog, ToolIndex(bundled_catalog))
    bundled_radar = Radar(TeamRadar(bundled_catalog))
    reply = bundled_waiter.reply(bundled_radar, "best way to deploy our models?")
    assert reply.intent is Intent.CLARIFY and len(reply.memory.pending) == 3
    told = bundled_waiter.reply(bundled_radar, "we don't have Kubernetes though. what else?", reply.memory)
    assert told.intent is Intent.FOLLOWUP and told.answer.tool_ids  # the question, answered in that setting
    assert bundled_waiter.reply(bundled_radar, "best way to deploy our models on kubernetes?").intent is (
        Intent.RECOMMEND
    )
    assert bundled_waiter.reply(bundled_radar, "best way to serve our LLM?").intent is Intent.RECOMMEND


def test_where_it_runs_is_asked_in_words_too(bundled_catalog):
    waiter = Waiter(bundled_catalog, ToolIndex(bundled_catalog))
    reply = waiter.reply(Radar(TeamRadar(bundled_catalog)), "we want to deploy our model. suggestions?")
    assert isinstance(reply.answer, Clarification) and "Kubernetes cluster" in reply.answer.question


def test_a_choice_told_with_thanks_leaves_the_tool_for_the_projects_next_step(bundled_catalog):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    thanks = waiter.reply(radar, "we went with feast for the churn features, thanks!")
    assert thanks.intent is Intent.SOCIAL and thanks.memory.tools == ("feast",)
    text = "next bit of the same project: once it's live, how do we watch those features for drift?"
    assert waiter.reply(radar, text, thanks.memory).intent is Intent.FOLLOWUP


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("what should we use for experiment tracking?", "which vector database for our product search?"),
        ("we need a feature store", "what would you use to label images with boxes?"),
    ],
)
def test_a_pick_asked_in_a_thread_that_showed_tools_goes_on_with_it(bundled_catalog, first, then):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    opened = waiter.reply(radar, first)
    assert opened.intent is Intent.RECOMMEND and opened.memory.tools
    reply = waiter.reply(radar, then, opened.memory)
    assert reply.intent is Intent.FOLLOWUP and isinstance(reply.answer, Recommendation)
    # a fresh thread asks it anew
    assert waiter.reply(radar, then).intent is not Intent.FOLLOWUP


def test_a_card_asked_for_after_an_idea_goes_on_with_the_thread(bundled_catalog):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    rings = waiter.reply(radar, "what do the rings mean?")
    reply = waiter.reply(radar, "ok so where does kedro sit?", rings.memory)
    assert reply.intent is Intent.FOLLOWUP and isinstance(reply.answer, ToolCard)
    assert waiter.reply(radar, "ok so where does kedro sit?").intent is Intent.LOOKUP


def test_an_idea_asked_after_an_idea_goes_on_but_after_a_card_stands_alone(bundled_catalog):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    rings = waiter.reply(radar, "explain the rings to me")
    assert waiter.reply(radar, "ok and what do we do with something on hold?", rings.memory).intent is Intent.FOLLOWUP
    card = waiter.reply(radar, "what's kedro?")
    assert waiter.reply(radar, "how do the rings work?", card.memory).intent is Intent.CONCEPT


@pytest.mark.parametrize("cluster", ["AKS", "GKE", "our kubernetes cluster"])
def test_which_of_them_runs_on_a_cluster_picks_among_those_shown(bundled_catalog, cluster):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    shown = waiter.reply(radar, "we need to serve an open-weight LLM ourselves. options?")
    reply = waiter.reply(radar, f"which of them runs on {cluster} with the least work?", shown.memory)
    assert reply.intent is Intent.FOLLOWUP and isinstance(reply.answer, Chosen)
    assert reply.answer.tool_ids and set(reply.answer.tool_ids) <= set(shown.memory.tools)


def test_which_of_them_is_chosen_by_the_ask_not_by_the_reason_told_after_it(full_waiter, full_radar):
    memory = full_waiter.reply(full_radar, "hyperparameter tuning for lightgbm").memory
    then = "can any of those run distributed? one ec2 box takes all night"
    reply = full_waiter.reply(full_radar, then, memory)
    assert reply.intent is Intent.FOLLOWUP and reply.answer.tool_ids[0] == "ray-tune"


def test_which_of_them_asked_with_a_filter_only_keeps_the_threads_order(full_waiter, full_radar, bundled_catalog):
    listed = full_waiter.reply(full_radar, "which labelling tools are there?")
    free = [t for t in listed.answer.tool_ids if bundled_catalog.tool(t).license == "open-source"]
    then = "any that run fully offline on our own network? the scans contain people's home addresses"
    reply = full_waiter.reply(full_radar, then, listed.memory)
    assert reply.intent is Intent.FOLLOWUP and reply.answer.tool_ids[:2] == free[:2]


def test_what_a_choice_refuses_is_no_word_the_chosen_must_answer():
    assert refused_words("any of those where we don't drown in yaml?") == {"drown", "yaml"}
    assert refused_words("which of those run without a spark cluster, on one box?") == {"spark", stem("cluster")}
    assert refused_words("which of those has a model registry?") == frozenset()


@pytest.mark.parametrize(
    ("text", "kind"),
    [("GPU clouds that aren't the big three", "cloud"), ("gpu tools?", ""), ("cheap gpus please", "")],
)
def test_the_kind_a_use_cases_name_is_put_to_is_the_noun_after_it(text, kind):
    assert kind_after(text, ("GPU compute", "gpu", "gpus", "gpu cloud")) == (stem(kind) if kind else "")


def test_a_use_cases_list_of_one_kind_keeps_to_the_tools_of_that_kind(full_waiter, full_radar, bundled_catalog):
    reply = full_waiter.reply(full_radar, "GPU clouds that aren't the big three")
    assert reply.intent is Intent.LIST
    assert not {"pytorch", "conda", "nccl", "tensorflow"} & set(reply.answer.tool_ids)  # (they use GPUs, rent none)
    assert {bundled_catalog.tool(t).category for t in reply.answer.tool_ids[:4]} == {"ml-focused-iaas"}


def test_which_of_them_is_built_on_a_tool_they_run_chooses_what_extends_it(full_waiter, full_radar):
    memory = full_waiter.reply(full_radar, "good time series db for pressure logger data?").memory
    then = "which of those is built on postgres? our dba only knows postgres"
    assert full_waiter.reply(full_radar, then, memory).answer.tool_ids[:1] == ["timescaledb"]


def test_which_of_two_for_a_small_team_puts_the_one_it_suits_first(bundled_catalog):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    compared = waiter.reply(radar, "kubeflow vs metaflow").memory
    assert compared.tools[:2] == ("kubeflow", "metaflow")
    for ask in ("which would you pick for a small team?", "which of the two for 10 people with no platform team?"):
        assert waiter.reply(radar, ask, compared).memory.tools[0] == "metaflow"


def test_what_the_team_runs_and_would_keep_to_leads_the_answer(full_waiter, full_radar):
    memory = full_waiter.reply(full_radar, "experiment tracking for the pytorch image model?").memory
    then = "we already run mlflow for the fraud model btw, can we just reuse that?"
    reply = full_waiter.reply(full_radar, then, memory)
    assert reply.intent is Intent.FOLLOWUP and reply.answer.tool_ids[0] == "mlflow"


@pytest.mark.parametrize(
    "then",
    [
        "needs to be something ops can click around in, not a notebook",
        "customer service needs something they can click through, not a notebook. any with a UI?",
    ],
)
def test_what_a_follow_up_says_the_answer_must_not_be_is_no_new_job(full_waiter, full_radar, then):
    memory = full_waiter.reply(full_radar, "explainability for the fault model predictions?").memory
    reply = full_waiter.reply(full_radar, then, memory)
    assert reply.intent is Intent.FOLLOWUP
    assert reply.answer.need.startswith("explainability")


def test_a_batch_backfill_after_streaming_picks_is_a_batch_engine(full_waiter, full_radar):
    memory = full_waiter.reply(full_radar, "stream processing for realtime features from kafka").memory
    reply = full_waiter.reply(full_radar, "and for the batch backfill of 6 months of history?", memory)
    assert {"apache-spark", "dask", "ray"} & set(reply.answer.tool_ids[:3])


def test_a_list_kept_to_what_the_team_runs_leaves_out_what_does_not_work_with_it(full_waiter, full_radar):
    memory = full_waiter.reply(full_radar, "list the vector dbs you know").memory
    reply = full_waiter.reply(full_radar, "only the ones that live inside postgres", memory)
    assert "pgvector" in reply.answer.tool_ids and "pinecone" not in reply.answer.tool_ids
