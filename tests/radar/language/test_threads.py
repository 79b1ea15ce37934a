"""Reading a message as the next turn of its thread: follow-ups, settings told again, choices among what it showed."""

from __future__ import annotations

import pytest

from bot.radar.language.question import Intent, Memory, Role
from bot.radar.language.text import stem


def ids(tools) -> list[str]:  # type: ignore[no-untyped-def]
    return [t.id for t in tools]


MEMORY = Memory(tools=("wandb", "clearml", "mlflow"), intent="recommend", tags=("experiment-tracking",))


@pytest.mark.parametrize(
    ("text", "action", "tools"),
    [
        ("how does the first one compare to kedro?", "compare", ["wandb", "kedro"]),
        ("why is it on trial?", "why", ["wandb"]),
        ("why is the second one there?", "why", ["clearml"]),
        ("is the third one open source?", "fact:license", ["mlflow"]),
        ("who makes it?", "fact:maker", ["wandb"]),
        ("what else?", "alternatives", ["wandb"]),
        ("compare them", "compare", ["wandb", "clearml", "mlflow"]),
        ("which one is safer?", "compare", ["wandb", "clearml", "mlflow"]),
        ("and kedro?", "compare", ["kedro", "wandb"]),
        ("what about dvc?", "lookup", ["dvc"]),
        ("ok which one can we self-host?", "which", ["wandb", "clearml", "mlflow"]),
        ("which of them run in CI on every pull request?", "which", ["wandb", "clearml", "mlflow"]),
        ("add kedro to that", "compare", ["wandb", "clearml", "kedro"]),
        ("kedro too", "compare", ["wandb", "clearml", "kedro"]),
    ],
)
def test_follow_ups_resolve_against_the_threads_memory(understander, text, action, tools):
    question = understander.understand(text, MEMORY)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, action)
    assert ids(question.tools) == tools


def test_a_new_question_in_a_thread_is_not_a_follow_up(understander):
    assert understander.understand("what's kedro?", MEMORY).intent is Intent.LOOKUP
    assert understander.understand("we need to version our datasets", MEMORY).intent is Intent.RECOMMEND


def test_a_short_fact_question_in_a_thread_is_about_its_tool(full):
    memory = Memory(("label-studio",), Intent.LOOKUP.value)
    question = full.understand("pricing?", memory)
    assert (question.intent, question.action, ids(question.tools)) == (
        Intent.FOLLOWUP,
        "fact:license",
        ["label-studio"],
    )


@pytest.mark.parametrize(
    "text", ["oh and it has to be open source", "we're on kubernetes by the way, does that change anything?"]
)
def test_a_follow_up_that_only_adds_a_constraint_re_answers_the_threads_need(full, text):
    memory = Memory(("label-studio", "cvat"), Intent.RECOMMEND.value, ("labelling",))
    question = full.understand(text, memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert question.need.tags[0].tag.id == "labelling"


def test_what_if_we_move_to_a_cloud_re_answers_the_threads_need_there(full):
    memory = Memory(("mlflow", "wandb"), Intent.RECOMMEND.value, ("experiment-tracking",))
    question = full.understand("what if we move to Azure next year", memory)
    assert question.intent is Intent.FOLLOWUP and question.situation.cloud is not None
    assert question.situation.cloud.id == "azure"


def test_thanks_then_a_question_about_the_picks_is_a_follow_up(full):
    memory = Memory(("wandb", "comet"), Intent.RECOMMEND.value, ("experiment-tracking",))
    question = full.understand("thx! is the second one open source?", memory)
    assert question.intent is Intent.FOLLOWUP and ids(question.tools) == ["comet"]


@pytest.mark.parametrize(
    ("text", "action", "tools"),
    [
        ("ok. alternatives?", "alternatives", ["great-expectations"]),
        ("which one would you pick for 20TB of images on Ceph?", "compare", ["great-expectations", "soda"]),
    ],
)
def test_follow_ups_with_small_talk_or_a_setting_stay_follow_ups(full, text, action, tools):
    memory = Memory(("great-expectations", "soda"), Intent.COMPARE.value)
    question = full.understand(text, memory)
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, action, tools)


def test_where_the_answer_must_run_is_the_setting(full):
    memory = Memory(("soda",), Intent.RECOMMEND.value, ("data-quality",))
    question = full.understand("it must run inside spark btw", memory)
    assert question.intent is Intent.FOLLOWUP and question.action == "need"
    assert [t.id for t in question.situation.stack] == ["apache-spark"]


def test_a_constraint_added_later_keeps_the_order_of_the_threads_use_cases(full):
    memory = Memory(("tecton",), Intent.RECOMMEND.value, ("feature-store", "streaming"))
    question = full.understand("oh and it has to be open source", memory)
    assert question.action == "need" and [m.tag.id for m in question.need.tags] == ["feature-store", "streaming"]
    assert question.need.tags[0].weight > question.need.tags[1].weight


def test_a_clouds_own_option_asks_the_threads_need_again_on_that_cloud(full):
    memory = Memory(("langextract",), Intent.RECOMMEND.value, ("document-ai",))
    question = full.understand("is there an AWS managed option?", memory)
    assert question.intent is Intent.FOLLOWUP and question.action == "need"
    assert question.situation.cloud is not None and question.situation.cloud.id == "aws"


def test_which_one_with_the_setting_listed_chooses_among_the_threads_tools(full):
    memory = Memory(tools=("feast", "tecton", "hopsworks"), intent="list", tags=("feature-store",))
    question = full.understand("ok and which one plays nicely with BigQuery / GCP?", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "which")


def test_the_threads_need_asked_again_keeps_words_to_match_descriptions_by(full):
    memory = Memory(tools=("bentoml", "seldon-core"), intent="recommend", tags=("serving",))
    question = full.understand("what about without kubernetes at all?", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert question.need.words and question.situation.constraints.no_kubernetes


def test_the_threads_job_asked_of_a_place_is_the_need_again_there(full):
    memory = Memory(tools=("darts", "tsfresh"), intent="recommend", tags=("time-series",))
    question = full.understand("can it be done inside BigQuery directly?", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert [m.tag.id for m in question.need.tags] == ["time-series"]
    assert "bigquery" in ids(question.situation.stack)


@pytest.mark.parametrize("text", ["we need SSO too", "it must support RBAC"])
def test_a_requirement_added_later_is_the_threads_need_again_with_its_words(full, text):
    memory = Memory(tools=("label-studio", "cvat"), intent="recommend", tags=("labelling",))
    question = full.understand(text, memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert [m.tag.id for m in question.need.tags] == ["labelling"]
    assert question.need.words >= {stem(text.split()[-2 if text.endswith("too") else -1])}


def test_a_cloud_said_alone_after_a_need_is_that_need_on_that_cloud(full):
    memory = Memory(tools=("feast", "tecton"), intent="recommend", tags=("feature-store",))
    question = full.understand("on gcp", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert question.situation.cloud is not None and question.situation.cloud.id == "gcp"


def test_the_one_place_allowed_told_first_after_a_need_is_that_need_there(full):
    memory = Memory(tools=("langchain", "llamaindex"), intent="recommend", tags=("llm-app",))
    question = full.understand("azure only though, the university has an EA with microsoft", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert question.situation.cloud is not None and question.situation.cloud.id == "azure"


def test_what_is_refused_after_a_recommendation_keeps_the_threads_need(full):
    memory = Memory(tools=("chroma", "weaviate"), intent="recommend", tags=("vector-search",))
    question = full.understand("and if we would rather not run any new database server at all?", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert [m.tag.id for m in question.need.tags] == ["vector-search"]


@pytest.mark.parametrize(
    "text",
    [
        "some of the jobs are R scripts, does that change anything?",
        "our labels come months late, does that change the pick?",
    ],
)
def test_does_that_change_the_pick_asks_the_threads_need_again(full, text):
    memory = Memory(tools=("evidently", "nannyml"), intent="recommend", tags=("monitoring",))
    question = full.understand(text, memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")


def test_does_any_of_those_chooses_among_the_threads_tools_whatever_tool_it_names(full):
    memory = Memory(tools=("datahub", "openmetadata", "amundsen"), intent="recommend", tags=("data-catalog",))
    question = full.understand("does any of those pick up lineage from airflow automatically?", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "which")


def test_kubernetes_right_after_not_is_ruled_out_not_asked_about(full):
    memory = Memory(tools=("slurm", "kueue"), intent="recommend", tags=("gpu-scheduling",))
    question = full.understand("we're on slurm, not kubernetes, and that won't change", memory)
    assert "kubernetes" not in ids(question.tools) and question.situation.constraints.no_kubernetes


def test_an_alternative_asked_after_a_tools_card_is_an_alternative_to_it(full):
    memory = Memory(tools=("terraform",), intent="lookup")
    question = full.understand("legal says no BSL licences. alternative?", memory)
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "alternatives", ["terraform"])
    assert question.situation.constraints.license == "open-source"


@pytest.mark.parametrize("text", ["what does it need underneath?", "what does it run on?"])
def test_what_a_tool_needs_underneath_is_asked_of_the_threads_tool(full, text):
    question = full.understand(text, Memory(tools=("kserve",), intent="lookup"))
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "depends", ["kserve"])


def test_comparing_the_threads_tool_with_another_goes_on_with_the_thread(full):
    question = full.understand("and how does it compare to dataiku?", Memory(tools=("sas-viya",), intent="lookup"))
    assert question.intent is Intent.FOLLOWUP and set(ids(question.tools)) == {"sas-viya", "dataiku"}


def test_show_me_more_after_a_recommendation_is_more_of_it(full):
    memory = Memory(tools=("vespa", "weaviate", "qdrant"), intent="recommend", tags=("vector-search",))
    assert full.understand("show me more", memory).intent is Intent.FOLLOWUP


def test_does_it_work_with_a_tool_asks_about_the_threads_tool(full):
    question = full.understand("does it work with langchain?", Memory(tools=("evalscope",), intent="recommend"))
    assert question.intent is Intent.FOLLOWUP and ids(question.tools) == ["evalscope"]


@pytest.mark.parametrize("text", ["is there a managed version?", "can we host it ourselves?"])
def test_hosting_asked_after_a_tools_card_is_a_fact_about_it(full, text):
    question = full.understand(text, Memory(tools=("weaviate",), intent="lookup"))
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "fact:hosting", ["weaviate"])


def test_a_reply_opened_with_ok_is_still_a_what_about(full):
    question = full.understand("ok what about luigi", Memory(tools=("prefect", "dagster"), intent="compare"))
    assert question.intent is Intent.FOLLOWUP and ids(question.tools) == ["luigi"]


def test_a_tool_placed_on_the_idea_just_explained_goes_on_with_the_thread(full):
    question = full.understand("where does databricks fall on them?", Memory(intent="concept"))
    assert (question.intent, ids(question.tools)) == (Intent.FOLLOWUP, ["databricks"])


@pytest.mark.parametrize("text", ["we have 50TB, does that matter?", "same but for R users", "cheaper options?"])
def test_short_replies_after_a_recommendation_go_on_with_it(full, text):
    memory = Memory(tools=("dvc", "pachyderm", "lakefs"), intent="recommend", tags=("data-versioning",))
    assert full.understand(text, memory).intent is Intent.FOLLOWUP


def test_a_setting_after_a_comparison_chooses_among_the_compared(full):
    question = full.understand("for a team of 5 on azure?", Memory(tools=("mlflow", "wandb"), intent="compare"))
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "which", ["mlflow", "wandb"])


def test_a_name_added_to_a_comparison_counts_though_it_is_an_everyday_word(full):
    question = full.understand("add aim to that", Memory(tools=("mlflow", "clearml"), intent="compare"))
    assert (question.intent, ids(question.tools)) == (Intent.FOLLOWUP, ["mlflow", "clearml", "aim"])


def test_a_setting_told_after_a_recommendation_asks_the_thread_s_need_again(full):
    memory = Memory(tools=("peft", "axolotl"), intent="recommend", tags=("training",))
    question = full.understand("actually we only have one 24GB GPU", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert [m.tag.id for m in question.need.tags][:1] == ["training"]


def test_a_tool_asked_which_ring_it_is_in_after_the_rings_goes_on_with_the_thread(full):
    question = full.understand("ok and which one is kedro in?", Memory(intent="concept"))
    assert (question.intent, ids(question.tools)) == (Intent.FOLLOWUP, ["kedro"])


def test_moving_to_another_tool_after_a_card_compares_the_two_the_new_one_first(full):
    question = full.understand("should we move to dagster instead?", Memory(tools=("airflow",), intent="lookup"))
    assert (question.intent, question.action, ids(question.tools)) == (
        Intent.FOLLOWUP,
        "compare",
        ["dagster", "airflow"],
    )
    spark = full.understand(
        "hmm what about spark structured streaming instead, we know spark a bit",
        Memory(tools=("apache-flink",), intent="lookup"),
    )
    assert ids(spark.tools)[:1] == ["apache-spark"]


def test_a_constraint_after_ok_in_a_thread_is_no_small_talk(full):
    memory = Memory(tools=("wandb", "comet"), intent="recommend", tags=("experiment-tracking",))
    assert full.understand("ok but we self-host everything, no SaaS", memory).intent is Intent.FOLLOWUP


def test_a_cloud_instead_of_on_prem_in_a_thread_is_the_thread_s_need_there(full):
    memory = Memory(tools=("kserve", "bentoml"), intent="recommend", tags=("serving",))
    question = full.understand("and on azure instead of on-prem?", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert question.situation.cloud is not None and question.situation.cloud.id == "azure"
    assert question.situation.constraints.license != "open-source"


def test_an_alternative_asked_with_its_licence_first_is_still_an_alternative(full):
    memory = Memory(tools=("langsmith",), intent="lookup")
    question = full.understand("is there an open source alternative we can self-host?", memory)
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "alternatives", ["langsmith"])
    assert question.situation.constraints.license == "open-source"


def test_what_sits_next_to_a_tool_is_its_alternatives(full):
    question = full.understand("what sits next to it on the radar?", Memory(tools=("dvc",), intent="lookup"))
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "alternatives", ["dvc"])


@pytest.mark.parametrize("text", ["does it need kubernetes?", "does it require kubernetes?"])
def test_what_the_threads_tool_needs_keeps_it_the_subject(full, text):
    question = full.understand(text, Memory(tools=("kserve",), intent="lookup"))
    assert question.intent is Intent.FOLLOWUP and ids(question.tools) == ["kserve"]


def test_and_a_new_name_after_a_card_asks_the_same_of_it(full):
    question = full.understand("and luigi?", Memory(tools=("airflow",), intent="lookup"))
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "lookup", ["luigi"])


def test_and_a_new_name_after_a_comparison_joins_it(full):
    question = full.understand("and ClearML?", Memory(tools=("mlflow", "wandb"), intent="compare"))
    assert (question.action, ids(question.tools)) == ("compare", ["clearml", "mlflow", "wandb"])


@pytest.mark.parametrize(
    "text",
    [
        "and if we drop kubernetes entirely?",
        "we don't have kubernetes, does that change the answer?",
        "forgot to say: nothing that needs kubernetes",
    ],
)
def test_dropping_kubernetes_in_a_follow_up_asks_the_threads_need_without_it(full, text):
    memory = Memory(tools=("kserve", "seldon-core"), intent="recommend", tags=("serving",))
    question = full.understand(text, memory)
    assert question.intent is Intent.FOLLOWUP and question.situation.constraints.no_kubernetes
    assert "kubernetes" not in ids(question.tools)


def test_a_kind_of_data_after_a_job_is_the_same_job_for_that_data(full):
    memory = Memory(tools=("cvat", "label-studio"), intent="recommend", tags=("labelling",))
    question = full.understand("and for text, like chat messages?", memory)
    assert question.intent is Intent.FOLLOWUP and question.need.tags[0].tag.id == "labelling"
    assert "nlp" in [m.tag.id for m in question.need.tags]


def test_a_new_job_after_a_job_is_the_new_job(full):
    memory = Memory(tools=("evidently",), intent="recommend", tags=("monitoring",))
    question = full.understand("and for feature stores?", memory)
    assert question.need.tags[0].tag.id == "feature-store"


def test_a_setting_with_a_passing_hint_after_a_comparison_chooses_between_the_compared(full):
    memory = Memory(tools=("ray-tune", "optuna"), intent="compare")
    question = full.understand("which would you pick for a small team with no cluster?", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "which")
    assert set(ids(question.tools)) == {"ray-tune", "optuna"}


@pytest.mark.parametrize(
    "text",
    [
        "who else does that?",
        "is there something similar but commercial, with a support contract? procurement prefers vendors",
    ],
)
def test_asked_for_others_after_a_card_with_a_passing_hint_is_alternatives(full, text):
    memory = Memory(tools=("nannyml",), intent="lookup")
    question = full.understand(text, memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "alternatives")


@pytest.mark.parametrize(
    ("memory", "text"),
    [
        (None, "we already run postgres everywhere and the DBAs hate new databases. what do we use for vector search?"),
        (
            Memory(tools=("qdrant", "chroma"), intent="recommend", tags=("vector-search",)),
            "And if we would rather stay within PostgreSQL?",
        ),
    ],
)
def test_refusing_anything_new_keeps_to_the_stack(full, memory, text):
    question = full.understand(text, memory)
    assert question.situation.constraints.within_stack
    assert "postgresql" in ids(question.situation.stack)


@pytest.mark.parametrize(
    "text", ["is there something lighter, just for pandas dataframes?", "anything lighter for plain pandas dataframes?"]
)
def test_something_lighter_for_a_tool_named_after_a_card_is_alternatives_in_that_setting(full, text):
    memory = Memory(tools=("great-expectations",), intent="lookup")
    question = full.understand(text, memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "alternatives")
    assert ids(question.tools) == ["great-expectations"] and "pandas" in ids(question.situation.stack)


def test_the_threads_job_asked_again_in_other_words_is_a_follow_up(full):
    memory = Memory(tools=("darts",), intent="lookup")
    question = full.understand("any alternatives for forecasting?", memory)
    assert question.intent is Intent.FOLLOWUP


def test_a_new_job_in_a_thread_is_a_new_recommendation(full):
    memory = Memory(tools=("darts",), intent="lookup")
    question = full.understand("what vector database should the RAG bot use?", memory)
    assert question.intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    ("memory", "text", "action"),
    [
        (Memory(tools=("jupyterhub",), intent="recommend", tags=("notebooks",)), "what about the R users?", "need"),
        (
            Memory(tools=("vllm", "text-generation-inference"), intent="compare"),
            "what about if we only have CPU servers?",
            "which",
        ),
        (Memory(tools=("kubeflow",), intent="lookup"), "and without kubernetes? we only have slurm", "alternatives"),
    ],
)
def test_the_threads_question_asked_again_for_another_setting(full, memory, text, action):
    question = full.understand(text, memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, action)


def test_a_tool_asked_about_with_what_about_is_no_setting(full):
    memory = Memory(tools=("kserve",), intent="recommend", tags=("serving",))
    question = full.understand("what about dvc?", memory)
    assert question.action != "need" and ids(question.tools) == ["dvc"]


@pytest.mark.parametrize("text", ["what ring?", "ring?", "status?"])
def test_a_bare_ring_asked_after_a_card_is_the_threads_tool(full, text):
    question = full.understand(text, Memory(tools=("bentoml",), intent="lookup"))
    assert question.intent is Intent.FOLLOWUP and ids(question.tools) == ["bentoml"]


def test_a_setting_added_later_asks_the_threads_question_again_in_it(full):
    memory = Memory((), Intent.RECOMMEND.value, ("orchestration",))
    question = full.understand("forgot to say: no kubernetes, everything is one VM + cloud run", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert question.situation.constraints.no_kubernetes


def test_a_pick_asked_for_a_new_setting_is_among_the_threads_tools(full):
    memory = Memory(("ncnn", "mnn"), Intent.COMPARE.value)
    question = full.understand("which would you pick for a pi zero 2 then?", memory)
    assert question.intent is Intent.FOLLOWUP
    assert [t.id for t in question.tools] == ["ncnn", "mnn"]


@pytest.mark.parametrize(
    "text",
    ["give me a few examples from the catalog", "which tools are in it right now?", "name a few tools in that ring"],
)
def test_the_tools_of_a_ring_just_explained_are_its_examples(full, text):
    question = full.understand(text, Memory((), Intent.CONCEPT.value, idea="ring:hold"))
    assert (question.intent, question.action, question.ring and question.ring.id) == (Intent.FOLLOWUP, "ring", "hold")


@pytest.mark.parametrize("text", ["who owns it on our radar?", "when did it last move?", "who owns it?"])
def test_the_teams_record_of_a_tool_is_a_fact_asked_of_it(full, text):
    question = full.understand(text, Memory(("dvc",), Intent.LOOKUP.value))
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "fact:team")


def test_a_superlative_alone_after_picks_chooses_among_them(full):
    memory = Memory(("vllm", "ollama", "llama-cpp"), Intent.RECOMMEND.value, ("serving",))
    assert full.understand("cheapest option?", memory).intent is Intent.FOLLOWUP


@pytest.mark.parametrize(
    "text",
    [
        "and it has to be OSS, no hosted finetuning",
        "and fully managed pls, nobody wants to run another stateful thing",
        "and the team is mostly sql + python, nobody wants to hand-write k8s yaml",
        "only have 1x rtx 4090 tho",
    ],
)
def test_a_setting_added_with_and_asks_the_threads_need_again(full, text):
    memory = Memory(("flyte",), Intent.RECOMMEND.value, ("ml-pipelines",))
    assert (full.understand(text, memory).intent, full.understand(text, memory).action) == (Intent.FOLLOWUP, "need")


def test_which_ring_each_is_in_places_every_tool_compared(full):
    question = full.understand("ok and which ring is each in?", Memory(("snakemake", "airflow"), Intent.COMPARE.value))
    assert (question.action, [t.id for t in question.tools]) == ("why", ["snakemake", "airflow"])


@pytest.mark.parametrize(
    "text", ["does any of that run inside postgres?", "narrow it to ones that can submit jobs to slurm pls"]
)
def test_a_setting_asked_of_the_threads_tools_chooses_among_them(full, text):
    memory = Memory(("pinecone", "weaviate", "pgvector"), Intent.RECOMMEND.value, ("vector-search",))
    question = full.understand(text, memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "which")


@pytest.mark.parametrize(
    "text",
    ["scratch that, security says it has to be open source and on our own servers", "any that run fully on-prem?"],
)
def test_a_constraint_told_after_a_recommendation_narrows_the_same_need(full, text):
    memory = Memory(("wandb", "comet", "mlflow"), Intent.RECOMMEND.value, ("experiment-tracking",))
    question = full.understand(text, memory)
    assert question.intent is Intent.FOLLOWUP
    assert question.situation.constraints.license == "open-source"


def test_an_equivalent_asked_after_a_card_is_an_alternative_to_that_tool(full):
    question = full.understand("what's the nearest free equivalent?", Memory(("comet",), Intent.LOOKUP.value))
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "alternatives", ["comet"])


def test_the_cloud_written_before_equivalent_is_where_the_alternative_runs(full):
    memory = Memory(("sagemaker",), Intent.LOOKUP.value)
    question = full.understand("and the azure equivalent, if the aws contract ends?", memory)
    assert question.action == "alternatives" and question.situation.cloud is not None
    assert question.situation.cloud.id == "azure"


def test_a_tool_placed_after_the_rings_were_explained_follows_on(full):
    memory = Memory(intent=Intent.CONCEPT.value, idea="ring:trial")
    question = full.understand("so where would mlflow sit then?", memory)
    assert (question.intent, ids(question.tools)) == (Intent.FOLLOWUP, ["mlflow"])


def test_a_list_narrowed_to_one_clouds_ones_is_the_list_again_there(full):
    memory = Memory(("vertex-ai", "sagemaker", "azure-ml"), Intent.LIST.value, ("data-science-platform",))
    question = full.understand("only the azure ones", memory)
    assert question.intent is Intent.FOLLOWUP and question.action == "list"


def test_something_comparable_where_the_person_runs_things_is_an_alternative_to_the_threads_tool(full):
    question = full.understand(
        "is there anything comparable that works on plain slurm?", Memory(("kubeflow",), "lookup")
    )
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "alternatives", ["kubeflow"])


def test_a_setting_stated_after_a_recommendation_asks_its_need_again(full):
    memory = Memory(("litellm", "portkey-ai-gateway"), Intent.RECOMMEND.value, ("llm-gateway",))
    question = full.understand("needs to be OSS and self-hosted on k8s", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert question.need.tags[0].tag.id == "llm-gateway"
    assert question.situation.constraints.license == "open-source"


def test_it_as_the_subject_of_a_fact_is_the_threads_tool(full):
    memory = Memory(("kserve",), Intent.LOOKUP.value)
    question = full.understand("does it need istio or can we run it without?", memory)
    assert ids(question.tools) == ["kserve"]


def test_the_cost_asked_after_picks_to_buy_is_the_need_again_open_source(full):
    bought = Memory(("wandb", "comet", "neptune"), Intent.RECOMMEND.value, ("experiment-tracking",))
    question = full.understand("which is cheapest for a team of four?", bought)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert question.situation.constraints.license == "open-source"


def test_the_cost_asked_among_picks_puts_the_free_ones_first(full):
    compared = Memory(("tecton", "feast", "hopsworks"), Intent.COMPARE.value)
    question = full.understand("ok which of those is the cheapest?", compared)
    assert ids(question.tools)[0] != "tecton"


def test_a_need_carried_over_from_the_thread_gets_the_alike_requests_votes(full):
    thread = Memory(("comet", "kitops"), Intent.RECOMMEND.value, ("model-registry",))
    question = full.understand("should have said, budget is tiny and we deploy on azure", thread)
    assert question.action == "need"
    assert question.need.alike


def test_the_threads_tool_named_again_with_a_wish_for_lighter_asks_for_alternatives(full):
    memory = Memory(("great-expectations",), Intent.LOOKUP.value)
    question = full.understand("lighter alternative? GX feels heavy for 2 people", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "alternatives")
    assert ids(question.tools) == ["great-expectations"]


def test_something_similar_for_a_tool_asks_for_alternatives_that_work_with_it(full):
    question = full.understand("anything similar for tensorflow?", Memory(("opacus",), Intent.LOOKUP.value))
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "alternatives", ["opacus"])


def test_a_fact_of_the_setting_no_filter_holds_keeps_the_threads_need(full):
    memory = Memory(("bentoml", "mlserver"), Intent.RECOMMEND.value, ("serving",))
    question = full.understand("we're CPU only btw", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")


@pytest.mark.parametrize(
    "text", ["does it also do slurm or only k8s + clouds?", "does it work with slurm or is it k8s only?"]
)
def test_a_yes_or_no_question_of_the_threads_tool_asks_what_it_works_with(full, text):
    question = full.understand(text, Memory(("dstack",), Intent.LOOKUP.value))
    assert question.intent is Intent.FOLLOWUP and ids(question.tools) == ["dstack"]


def test_a_yes_or_no_question_that_weighs_another_tool_still_compares(full):
    question = full.understand("is it better than airflow?", Memory(("flyte",), Intent.LOOKUP.value))
    assert ids(question.tools) == ["flyte", "airflow"]


def test_a_new_need_told_after_a_comparison_of_other_tools_is_a_new_question(full):
    memory = Memory(("coreweave", "lambda-cloud", "nebius"), Intent.COMPARE.value)
    question = full.understand("self-hosted llm serving. vllm or something else?", memory)
    assert question.intent is Intent.RECOMMEND
    # (after a tool's card, a lighter thing for the same job stays about that tool)
    after_card = full.understand(
        "is there something lighter, just for pandas dataframes?", Memory(("great-expectations",), Intent.LOOKUP.value)
    )
    assert after_card.intent is Intent.FOLLOWUP


@pytest.mark.parametrize(
    ("text", "memory", "tools"),
    [
        (
            "and where does zenml fit in?",
            Memory(tools=("kedro", "metaflow"), intent="compare"),
            ["zenml", "kedro", "metaflow"],
        ),
        (
            "and how does flyte stack up?",
            Memory(tools=("airflow", "prefect"), intent="compare"),
            ["flyte", "airflow", "prefect"],
        ),
    ],
)
def test_a_tool_weighed_against_a_comparison_joins_it_first(full, text, memory, tools):
    question = full.understand(text, memory)
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "compare", tools)


def test_a_tool_doing_the_threads_job_is_looked_up_as_a_follow_up(full):
    memory = Memory(tools=("great-expectations", "soda"), intent="recommend", tags=("data-quality",))
    question = full.understand("ok, which ring is pandera in then?", memory)
    assert (question.intent, ids(question.tools)) == (Intent.FOLLOWUP, ["pandera"])


def test_a_tool_of_another_job_in_a_thread_is_a_plain_lookup(full):
    memory = Memory(tools=("great-expectations", "soda"), intent="recommend", tags=("data-quality",))
    assert full.understand("unrelated, what is vllm?", memory).intent is Intent.LOOKUP


def test_the_threads_tool_asked_about_where_it_would_run_is_looked_up(full):
    memory = Memory(tools=("langfuse",), intent="lookup")
    question = full.understand("can we deploy it on one box in aws, or does it need a cluster?", memory)
    assert (question.intent, ids(question.tools)) == (Intent.FOLLOWUP, ["langfuse"])


def test_thanks_then_a_question_in_a_thread_is_answered(full):
    memory = Memory(tools=("kedro",), intent="lookup")
    assert full.understand("thanks! and who would we ask about it on the team?", memory).intent is not Intent.SOCIAL


@pytest.mark.parametrize(
    "text",
    [
        "most of our models live in databricks though. what then?",
        "legal says nothing may leave bigquery. does that change things?",
    ],
)
def test_the_threads_job_asked_again_where_the_data_lives(full, text):
    memory = Memory(tools=("mlflow",), intent="lookup")
    question = full.understand(text, memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert question.situation.stack


def test_something_similar_in_a_language_is_the_threads_alternatives(full):
    question = full.understand("anything similar that our java people would like?", Memory(tools=("langchain",)))
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "alternatives", ["langchain"])


def test_outgrowing_the_tools_compared_asks_for_what_comes_after(full):
    memory = Memory(tools=("chroma", "lancedb"), intent="compare")
    question = full.understand("and when we outgrow those two?", memory)
    assert (question.action, ids(question.tools)) == ("alternatives", ["chroma", "lancedb"])


def test_why_the_threads_tool_sits_where_it_does_beside_another(full):
    question = full.understand("why is that on trial when prefect is adopt?", Memory(tools=("flyte",), intent="lookup"))
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "why", ["flyte", "prefect"])


def test_another_place_to_run_the_threads_need(full):
    memory = Memory(tools=("vllm",), intent="recommend", tags=("serving",), words=("serv", "open", "model"))
    question = full.understand("what about on raspberry pis in the field?", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")


def test_an_everyday_word_after_a_job_is_what_the_job_is_done_to(full):
    memory = Memory(tools=("cvat", "label-studio"), intent="recommend", tags=("labelling",), words=("label", "imag"))
    question = full.understand("and what about text?", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")


def test_which_one_works_with_a_tool_after_a_list_filters_the_list(full):
    memory = Memory(tools=("great-expectations", "soda", "pandera"), intent="list", tags=("data-quality",))
    question = full.understand("which works with snowflake?", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "list")


def test_the_threads_question_asked_in_a_new_setting_is_a_follow_up(full):
    memory = Memory(tools=("vllm",), intent="recommend", tags=("serving",))
    question = full.understand("actually, what if we don't want to run any GPUs ourselves?", memory)
    assert question.intent is Intent.FOLLOWUP


@pytest.mark.parametrize("text", ["not prefect please", "we don't want prefect"])
def test_a_tool_refused_in_a_thread_is_left_out_of_the_answer(full, text):
    memory = Memory(tools=("prefect", "dagster"), intent="recommend", tags=("workflow-orchestration",))
    question = full.understand(text, memory)
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "need", ["prefect"])
    assert not question.situation.stack


def test_why_not_a_tool_asks_why_it_was_not_picked(full):
    memory = Memory(tools=("prefect", "dagster"), intent="recommend", tags=("workflow-orchestration",))
    question = full.understand("why not airflow?", memory)
    assert question.intent is Intent.FOLLOWUP and "airflow" in ids(question.tools)


def test_something_better_after_a_tools_card_is_its_alternatives(full):
    question = full.understand("is there something better for our setup?", Memory(tools=("doccano",), intent="lookup"))
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "alternatives", ["doccano"])


@pytest.mark.parametrize(
    ("text", "tools"),
    [
        ("and how is it different from evidently?", ["nannyml", "evidently"]),
        ("is that the same as mlflow? half my team mixes them up", ["nannyml", "mlflow"]),
        ("is it the same thing as airflow?", ["nannyml", "airflow"]),
    ],
)
def test_the_threads_tool_told_apart_from_a_new_one_is_compared_with_it(full, text, tools):
    question = full.understand(text, Memory(tools=("nannyml",), intent="lookup"))
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "compare")
    assert sorted(ids(question.tools)) == sorted(tools)


def test_where_a_tool_named_in_a_new_setting_sits_is_its_card(full):
    memory = Memory(tools=("bentoml", "mlserver"), intent="recommend", tags=("model-serving",))
    text = "ok, and what if we just put it on sagemaker in AWS instead — where does that sit?"
    question = full.understand(text, memory)
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "lookup", ["sagemaker"])


def test_a_pick_asked_after_a_comparison_chooses_among_the_compared(full):
    memory = Memory(tools=("dagster", "prefect"), intent="compare")
    question = full.understand("ok but which would you actually pick for us, half the jobs run on-prem", memory)
    assert (question.action, ids(question.tools)) == ("which", ["dagster", "prefect"])


def test_a_tool_ruled_out_is_left_out_of_the_choice_among_those_shown(full):
    memory = Memory(tools=("tecton", "feast", "featureform", "hopsworks"), intent="recommend", tags=("feature-store",))
    question = full.understand("which of those are open source? tecton is a non-starter with procurement", memory)
    assert question.action == "which"
    assert "tecton" not in ids(question.tools) and "feast" in ids(question.tools)


def test_alternatives_for_a_part_after_a_card_are_that_job_without_the_thread_tool(full):
    memory = Memory(tools=("sagemaker",), intent="lookup")
    question = full.understand("what would be the portable alternatives for the training + pipeline part?", memory)
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "need", ["sagemaker"])


def test_the_tool_those_shown_would_extend_is_no_choice_among_them(full):
    memory = Memory(tools=("postgresql", "redis", "qdrant", "postgresml"), intent="list", tags=("vector-search",))
    question = full.understand("which of those is just a postgres extension? we'd rather not run another db", memory)
    assert question.action == "which" and "postgresql" not in ids(question.tools)


@pytest.mark.parametrize(
    "text", ["none of those work for us", "neither of those, anything else?", "none of those, we can't run redis"]
)
def test_none_of_those_asks_the_threads_need_again_without_its_picks(full, text):
    memory = Memory(tools=("featureform", "feast", "hopsworks"), intent="recommend", tags=("feature-store",))
    question = full.understand(text, memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert {"featureform", "feast", "hopsworks"} <= set(ids(question.tools))


def test_a_paid_version_asked_of_the_threads_tool_is_a_fact_of_it(full):
    question = full.understand("is there a paid version?", Memory(tools=("evidently",), intent="lookup"))
    assert (question.action, ids(question.tools)) == ("fact:hosting", ["evidently"])


def test_what_if_with_a_new_scale_asks_the_threads_need_again(full):
    memory = Memory(tools=("pgvector", "qdrant"), intent="recommend", tags=("vector-search",))
    question = full.understand("what if we need billions of vectors?", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")


@pytest.mark.parametrize(
    ("compared", "text", "other"),
    [
        (("mlflow", "wandb"), "ok mlflow sounds fine for us. what about the other one?", "wandb"),
        (("argo-cd", "flux"), "we went with argo cd. anything we should know about the other one?", "flux"),
    ],
)
def test_the_other_one_is_the_compared_tool_not_named_now(full, compared, text, other):
    question = full.understand(text, Memory(tools=compared, intent="compare"))
    assert ids(question.tools)[:1] == [other]


def test_a_tool_refused_after_a_recommendation_is_left_out_of_it_again(full):
    memory = Memory(tools=("keras-tuner", "ax", "ray-tune"), intent="recommend", tags=("hyperparameter-tuning",))
    question = full.understand("not ray tune please, we don't run ray and don't want to start", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert "ray-tune" in ids(question.tools)


def test_a_tool_weighed_into_a_comparison_joins_it(full):
    memory = Memory(tools=("bentoml", "kserve"), intent="compare")
    question = full.understand("where does ray serve fit in that picture?", memory)
    assert (question.action, ids(question.tools)) == ("compare", ["ray-serve", "bentoml", "kserve"])


def test_vs_a_new_tool_after_a_card_compares_them_whatever_else_it_tells(full):
    memory = Memory(tools=("great-expectations",), intent="lookup")
    question = full.understand("vs soda? the data engineers say soda is simpler for the feed checks", memory)
    assert sorted(ids(question.tools)) == ["great-expectations", "soda"]


def test_something_lighter_than_the_threads_tool_named_again_beside_its_setting(full):
    memory = Memory(tools=("great-expectations",), intent="lookup")
    text = "anything lighter in that corner? GX feels like a lot of ceremony for checking ~30 bigquery tables"
    question = full.understand(text, memory)
    assert (question.action, ids(question.tools)) == ("alternatives", ["great-expectations"])


@pytest.mark.parametrize(
    ("tags", "text"),
    [
        (("serving",), "forgot to say: it has to run on Cloud Run, we're not getting more GKE nodes this year"),
        (("training",), "constraint: exactly one L4 (24GB) in the gke node pool. that's the whole budget"),
        (("ml-pipelines",), "context: 13 people, 2 of them can do k8s, the rest are data scientists"),
    ],
)
def test_a_setting_added_after_a_recommendation_names_no_tool_to_look_up(full, tags, text):
    memory = Memory(tools=("bentoml", "kserve"), intent="recommend", tags=tags)
    question = full.understand(text, memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")


def test_a_cloud_refused_in_a_setting_told_is_no_cloud_they_are_on(full):
    memory = Memory(tools=("pgvector", "qdrant"), intent="recommend", tags=("vector-search",))
    question = full.understand("note: this must stay on-prem, rights-restricted material can't go to Azure", memory)
    assert question.action == "need" and question.situation.cloud is None and "azure" in ids(question.tools)


def test_narrowing_a_list_chooses_among_it(full):
    memory = Memory(tools=("arize", "langfuse", "langsmith", "openlit"), intent="list", tags=("llm-ops",))
    question = full.understand("narrow it to what we could self-host. open source only", memory)
    assert question.action in ("which", "list")


def test_cheaper_options_after_a_tool_is_priced_out_leave_it_out(full):
    memory = Memory(tools=("wandb", "mlflow"), intent="recommend", tags=("experiment-tracking",))
    text = "the W&B quote came back at ~4x what we have. cheaper options?"
    assert dict(full.roles(text))["wandb"] is Role.REPLACE
    assert full.understand(text, memory).intent is Intent.FOLLOWUP


def test_the_equivalent_on_the_cloud_they_are_on_is_that_clouds_own(full):
    memory = Memory(tools=("sagemaker",), intent="lookup")
    question = full.understand("right but we're a google shop. what's the equivalent for us", memory)
    assert question.situation.cloud is not None and question.situation.constraints.cloud_only


def test_the_teams_record_of_the_threads_tool_asked_at_length_is_that_fact(full):
    memory = Memory(tools=("mlflow",), intent="lookup")
    text = "has its ring changed since we put it on the radar? who moved it and when, the auditor wants the trail"
    question = full.understand(text, memory)
    assert (question.action, ids(question.tools)) == ("fact:team", ["mlflow"])


@pytest.mark.parametrize(
    ("memory", "text", "action", "tools"),
    [
        # the thread's tool pointed at and set against a new one, whatever else the message asks of them
        (Memory(tools=("dataiku",), intent="lookup"), "how does that compare with KNIME, ring-wise and cost-wise?",
         "compare", ["knime", "dataiku"]),
        # something lighter than the thread's tool, asked as "what's lighter"
        (Memory(tools=("kubeflow",), intent="lookup"), "what's lighter for a team of 3?", "alternatives",
         ["kubeflow"]),
    ],
)  # fmt: skip
def test_the_threads_tool_weighed_in_other_words(full, memory, text, action, tools):
    question = full.understand(text, memory)
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, action, tools)


@pytest.mark.parametrize(
    ("memory", "text"),
    [
        (Memory(tools=("onnx-runtime",), intent="recommend", tags=("edge-inference",)),
         "and if the boxes had NVIDIA GPUs instead?"),
        (Memory(tools=("bentoml",), intent="recommend", tags=("serving",)),
         "what if we don't want azure ml, just containers we control?"),
        (Memory(tools=("feast",), intent="recommend", tags=("feature-store",)),
         "this one's on Snowflake btw, not Redshift"),
    ],
)  # fmt: skip
def test_what_the_job_runs_on_told_later_keeps_the_threads_need(full, memory, text):
    question = full.understand(text, memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert question.need.tags[0].tag.id == memory.tags[0]


@pytest.mark.parametrize(
    ("memory", "text", "action", "tools"),
    [
        (Memory(tools=("evidently", "nannyml"), intent="compare"), "the second one - is it open source?",
         "fact:license", ["nannyml"]),
        (Memory(tools=("great-expectations", "soda"), intent="compare"),
         "what about the other one, soda - is it actually open source?", "fact:license", ["soda"]),
        (Memory(tools=("seldon-core", "kserve"), intent="compare"),
         "and how does bentoml compare to those two? @femke used it at her last job", "compare",
         ["bentoml", "seldon-core", "kserve"]),
        (Memory(tools=("dvc",), intent="lookup"), "and lakefs vs that? we're talking TBs of images on ceph",
         "compare", ["lakefs", "dvc"]),
        (Memory(tools=("evidently",), intent="lookup"), "how's that different from great expectations?", "compare",
         ["great-expectations", "evidently"]),
    ],
)  # fmt: skip
def test_pointers_to_the_threads_tools(full, memory, text, action, tools):
    question = full.understand(text, memory)
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, action, tools)


@pytest.mark.parametrize(
    ("memory", "text", "refused"),
    [
        (Memory(tools=("dvc", "lakefs"), intent="recommend", tags=("data-versioning",)),
         "it's mostly BigQuery tables and parquet files in GCS, not files in a git repo", []),
        (Memory(tools=("langchain", "llamaindex"), intent="recommend", tags=("llm-ops",)),
         "we can't use langchain, security review flagged the dependency tree. what else?", ["langchain"]),
    ],
)  # fmt: skip
def test_tools_told_as_the_setting_keep_the_threads_need(full, memory, text, refused):
    question = full.understand(text, memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert question.need.tags[0].tag.id == memory.tags[0] and ids(question.tools) == refused


@pytest.mark.parametrize(
    ("memory", "text", "job"),
    [
        (Memory(tools=("label-studio", "cvat"), intent="recommend", tags=("labelling",)),
         "ok label studio it is :+1: next thing: where do we version the labeled dataset so each model points to the "
         "exact labels it was trained on?", "data-versioning"),
        (Memory(tools=("feast", "redis"), intent="lookup"),
         "ok next: what do we use to watch the features it serves for drift?", "monitoring"),
    ],
)  # fmt: skip
def test_the_projects_next_step_is_a_new_need_in_the_same_thread(full, memory, text, job):
    question = full.understand(text, memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert question.need.tags[0].tag.id == job
    # (a fact of the thread's tool is still about it, whatever its words brush)
    fact = full.understand(
        "is there a managed version or do we have to run it ourselves?", Memory(("langfuse",), "lookup")
    )
    assert ids(fact.tools) == ["langfuse"]


def test_a_setting_told_after_a_comparison_in_their_own_jobs_words_chooses_between_them(full):
    memory = Memory(tools=("mlflow", "wandb"), intent="compare")
    question = full.understand("mostly for the forecasting team, ~6 people logging a few hundred runs a week", memory)
    assert (question.action, ids(question.tools)) == ("which", ["mlflow", "wandb"])


def test_the_cloud_moved_to_asks_the_threads_question_there(full):
    memory = Memory(tools=("azure-ml",), intent="recommend", tags=("data-science-platform",))
    text = "actually scratch that, the group acquiring us is all-in on GCP. what would it be there?"
    question = full.understand(text, memory)
    assert question.action == "need" and question.situation.cloud is not None
    assert question.situation.cloud.id == "gcp"


def test_a_fact_asked_first_in_a_long_follow_up_is_about_the_threads_tool(full):
    memory = Memory(tools=("vertex-ai",), intent="lookup")
    text = "who makes it, and would it fall under our existing GCP agreement or is that a separate contract? asking"
    question = full.understand(text, memory)
    assert (question.action, ids(question.tools)) == ("fact:maker", ["vertex-ai"])


def test_the_threads_tool_weighed_again_in_a_new_setting_is_its_card(full):
    memory = Memory(tools=("ray",), intent="lookup")
    text = "and if we didn't run kubernetes at all, just 3 big VMs in the data centre? still worth it?"
    question = full.understand(text, memory)
    assert (question.action, ids(question.tools)) == ("lookup", ["ray"])


def test_a_new_need_after_a_card_of_another_job_is_asked_with_its_own_setting(full):
    memory = Memory(tools=("kedro",), intent="lookup")
    question = full.understand("stream processing options? we're kafka-heavy", memory)
    assert question.intent is Intent.LIST and question.need.tags[0].tag.id == "streaming"
    # (something lighter after a card is still that tool's rival)
    lighter = full.understand(
        "is there something lighter, just for pandas dataframes?", Memory(("great-expectations",), "lookup")
    )
    assert lighter.intent is Intent.FOLLOWUP


def test_the_same_category_after_a_card_lists_the_cards_category(full):
    question = full.understand("which others are in that same category?", Memory(("kedro",), Intent.LOOKUP.value))
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "category")
    assert question.category is not None and question.category.id == "ml-project-frameworks"


@pytest.mark.parametrize(
    ("tool", "text"),
    [
        ("wandb", "no SaaS allowed here. nearest open source option we can host?"),
        ("dvc", "anything in the same vein that handles petabytes on object storage?"),
    ],
)
def test_the_closest_thing_or_one_in_the_same_spirit_is_the_cards_alternative(full, tool, text):
    question = full.understand(text, Memory((tool,), Intent.LOOKUP.value))
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "alternatives", [tool])


def test_a_setting_whose_words_only_brush_a_job_asks_the_cards_job_there(full):
    question = full.understand("and for the amd-based boxes?", Memory(("tensorrt",), Intent.LOOKUP.value))
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "need", ["tensorrt"])
    assert question.need.tags[0].tag.id in full.catalog.tool("tensorrt").tags


def test_a_tool_weighed_against_the_cards_is_compared(full):
    question = full.understand("how does it stack up against flux?", Memory(("argo-cd",), Intent.LOOKUP.value))
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "compare", ["argo-cd", "flux"])


def test_a_category_list_narrowed_to_a_cloud_or_a_licence_is_the_category_again_filtered(full):
    shown = ("sagemaker", "vertex-ai", "azure-ml", "amazon-bedrock", "databricks")
    memory = Memory(shown, Intent.LIST.value)
    question = full.understand("only the gcp ones", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "category")
    assert question.situation.cloud is not None and question.situation.cloud.id == "gcp"


def test_a_list_narrowed_to_what_runs_inside_the_network_keeps_its_job(full):
    memory = Memory(("label-studio", "cvat", "labelbox"), Intent.LIST.value, ("labelling",))
    question = full.understand("just the ones we could run inside our network", memory)
    assert question.intent is Intent.FOLLOWUP and question.need.tags[0].tag.id == "labelling"
    assert question.situation.constraints.license == "open-source"


def test_what_the_team_does_told_after_a_recommendation_is_its_setting(full):
    memory = Memory(("mlflow", "wandb"), Intent.RECOMMEND.value, ("experiment-tracking",))
    question = full.understand("we pretrain small transformers twice a month, 4 people", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert question.need.tags[0].tag.id == "experiment-tracking"


def test_the_same_thing_somewhere_else_after_a_card_is_its_job_there(full):
    question = full.understand(
        "and if we did the same thing on our own kubernetes cluster?", Memory(("sagemaker",), Intent.LOOKUP.value)
    )
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "need", ["sagemaker"])


def test_the_radars_say_on_a_tool_for_the_threads_job_looks_it_up(full):
    memory = Memory(("prefect", "dagster"), Intent.COMPARE.value, ("orchestration",))
    question = full.understand("what would the radar say about temporal for the same job?", memory)
    assert ids(question.tools) == ["temporal"]
    assert full.understand("what would my mum say about temporal dynamics").tools == ()


def test_who_owns_the_entry_is_the_teams_record(full):
    question = full.understand("who owns that entry?", Memory(("shiny",), Intent.LOOKUP.value))
    assert question.action == "fact:team"


@pytest.mark.parametrize(
    ("first", "text", "tool"),
    [
        ("we shortlisted qdrant, pgvector and milvus for the dedupe", "the middle one, does it scale?", "pgvector"),
        ("options for tuning: optuna, ray tune, katib?", "that last one, worth it? we don't run kubeflow", "katib"),
        ("we're choosing between evidently, nannyml and whylabs", "the second one - no ground truth ok?", "nannyml"),
        ("we're comparing weaviate, qdrant and milvus", "the third one: is it really OSS or open-core?", "milvus"),
        ("our shortlist for tracking: mlflow, aim, clearml", "ok, what about the last one?", "clearml"),
        ("we are weighing feast, tecton and hopsworks for the features", "and how about the first one?", "feast"),
    ],
)  # fmt: skip
def test_a_shortlist_is_compared_and_its_ordinals_point_into_it(full, first, text, tool):
    compared = full.understand(first)
    assert compared.intent is Intent.COMPARE and len(compared.tools) == 3
    question = full.understand(text, Memory(ids(compared.tools), Intent.COMPARE.value))
    assert question.intent is Intent.FOLLOWUP and ids(question.tools)[:1] == [tool]
    # (with the job the comparison was for remembered too: "what about the last one?" is no setting of that job)
    for_the_job = Memory(ids(compared.tools), Intent.COMPARE.value, tuple(m.tag.id for m in compared.need.tags))
    assert ids(full.understand(text, for_the_job).tools)[:1] == [tool]


def test_a_comparison_of_the_threads_tools_or_for_its_job_goes_on_with_the_thread(full):
    shortlist = Memory(("litellm", "portkey-ai-gateway", "helicone"), Intent.COMPARE.value)
    question = full.understand("honestly it's between litellm and portkey. which one for 2 providers?", shortlist)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "compare")
    unrelated = Memory(("coreweave", "lambda-cloud"), Intent.COMPARE.value)
    assert full.understand("kedro vs zenml?", unrelated).intent is Intent.COMPARE


def test_the_next_job_told_at_length_then_asked_for_is_the_threads_next_need(full):
    memory = Memory(("mlflow", "wandb"), Intent.RECOMMEND.value, ("experiment-tracking",))
    text = (
        "cool. next step is running the model as a nightly batch that writes scores back to bigquery - what for that?"
    )
    question = full.understand(text, memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert question.need.tags[0].tag.id != "experiment-tracking"


def test_more_of_the_setting_whose_words_brush_another_job_keeps_the_threads_need(full):
    memory = Memory(("litert", "onnx-runtime"), Intent.RECOMMEND.value, ("edge-inference",))
    question = full.understand("specifically inside a Unity game client - android, switch and pc builds", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert question.need.tags[0].tag.id == "edge-inference"


def test_the_same_ring_as_another_tool_compares_the_two(full):
    question = full.understand("is that in the same ring as metaflow?", Memory(("kedro",), Intent.LOOKUP.value))
    assert (question.action, ids(question.tools)) == ("compare", ["kedro", "metaflow"])


def test_what_the_threads_tool_needs_asked_of_it_is_about_that_tool(full):
    memory = Memory(("metaflow",), Intent.LOOKUP.value)
    question = full.understand("does it run on aws batch or do we need k8s for it?", memory)
    assert ids(question.tools)[:1] == ["metaflow"]
    compared = Memory(("pgvector", "qdrant"), Intent.COMPARE.value, ("vector-search",))
    assert ids(full.understand("is milvus overkill for that?", compared).tools)[:1] == ["milvus"]


@pytest.mark.parametrize(
    ("tool", "text"),
    [
        ("airflow", "any lighter alternative for a two-node cluster?"),
        ("great-expectations", "anything lighter that only checks polars dataframes?"),
        ("dvc", "is there something in that space that copes with millions of tiny images better?"),
    ],
)
def test_a_lighter_one_for_where_it_runs_its_own_job_or_in_that_space_is_an_alternative_to_the_card(full, tool, text):
    question = full.understand(text, Memory((tool,), Intent.LOOKUP.value))
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "alternatives", [tool])


def test_the_sentence_that_points_asks_and_tools_named_after_it_only_say_what_for(full):
    memory = Memory(("great-expectations",), Intent.LOOKUP.value)
    question = full.understand("who owns this entry? I want to ask them about the Snowflake checks", memory)
    assert ids(question.tools)[:1] == ["great-expectations"]


def test_the_last_one_asked_what_it_needs_is_about_that_one_not_what_it_needs(full):
    memory = Memory(("litellm", "portkey-ai-gateway", "envoy-ai-gateway"), Intent.COMPARE.value)
    question = full.understand("that last one, does it need a whole istio mesh or can it run on plain k8s?", memory)
    assert ids(question.tools)[:1] == ["envoy-ai-gateway"]


@pytest.mark.parametrize(
    "text",
    [
        "the tracking options we found were mlflow, aim and clearml",
        "team shortlist for drift: 1) evidently 2) nannyml 3) alibi detect",
    ],
)
def test_options_found_or_a_numbered_shortlist_are_compared(full, text):
    question = full.understand(text)
    assert question.intent is Intent.COMPARE and len(question.tools) == 3


@pytest.mark.parametrize(
    ("text", "ruled_out"),
    [
        ("dash is out, infosec flagged it. other python options?", "dash"),
        (
            "Run:ai costs per GPU, right? budget says no. is there an open source option that covers most of it",
            "run-ai",
        ),
    ],
)
def test_a_tool_let_go_then_another_option_asked_is_the_threads_need_without_it(full, text, ruled_out):
    memory = Memory(("run-ai", "dash", "kueue"), Intent.RECOMMEND.value, ("gpu-scheduling",))
    question = full.understand(text, memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need") and ids(question.tools) == [ruled_out]
    assert question.need.tags[0].tag.id == "gpu-scheduling"


def test_a_job_the_threads_tool_does_not_do_asked_how_is_the_threads_next_need(full):
    memory = Memory(("bentoml",), Intent.LOOKUP.value)
    question = full.understand("before launch we must prove it holds 300 rps. how do we load test it?", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert question.need.tags[0].tag.id == "load-testing"


@pytest.mark.parametrize(
    "text",
    ["what does it give us that sagemaker + mlflow doesn't?", "and how is that different from sagemaker and mlflow?"],
)
def test_what_the_threads_tool_offers_that_others_lack_compares_them(full, text):
    question = full.understand(text, Memory(("azure-ml",), Intent.LOOKUP.value))
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "compare")
    assert ids(question.tools) == ["azure-ml", "sagemaker", "mlflow"]


def test_a_tool_of_another_job_let_go_in_a_thread_is_no_follow_up_of_its_job(full):
    memory = Memory(("evidently", "nannyml"), Intent.RECOMMEND.value, ("monitoring",))
    question = full.understand("pinecone bill doubled this year. what could we self-host instead?", memory)
    assert ids(question.tools)[:1] == ["pinecone"]
    assert [m.tag.id for m in question.need.tags[:1]] != ["monitoring"]


@pytest.mark.parametrize(
    ("shown", "text", "meant"),
    [
        (
            ("guardrails-ai", "nemo-guardrails", "llm-guard"),
            "is the nvidia one mature enough for prod?",
            "nemo-guardrails",
        ),
    ],
)
def test_a_shown_tool_is_pointed_at_by_a_word_of_its_own(full, shown, text, meant):
    question = full.understand(text, Memory(tools=shown, intent="recommend"))
    assert ids(question.tools)[:1] == [meant]


@pytest.mark.parametrize(
    "text",
    [
        "for scale: we're 11 people and one of us does mlops, part time",
        "only ~60 confirmed fraud cases, so supervised is probably hopeless right?",
    ],
)
def test_what_is_told_in_a_thread_about_a_need_and_of_nothing_else_tells_more_of_it(full, text):
    memory = Memory(tools=("feast", "tecton"), intent="recommend", tags=("feature-store",))
    question = full.understand(text, memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert full.understand("did anyone watch the game last night?", memory).intent is Intent.SOCIAL


def test_a_tool_let_go_then_something_described_is_the_threads_need_without_it(full):
    memory = Memory(tools=("pinecone", "weaviate"), intent="recommend", tags=("vector-search",))
    question = full.understand("pinecone's out (data residency). something that runs on our own instances", memory)
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "need", ["pinecone"])


def test_a_shown_tool_named_beside_a_pointer_is_the_one_meant(full):
    memory = Memory(tools=("llamaindex", "unstructured", "docling"), intent="recommend", tags=("document-ai",))
    question = full.understand("docling, the first one you listed: can it run on CPU only?", memory)
    assert ids(question.tools)[:1] == ["docling"]


def test_weighed_with_a_tool_is_no_place_it_runs_nor_are_the_jobs_it_runs_as(full):
    question = full.understand(
        "how does it compare with ray tune for running trials as slurm jobs?",
        Memory(tools=("optuna",), intent="lookup"),
    )
    assert (question.action, set(ids(question.tools))) == ("compare", {"optuna", "ray-tune"})


def test_a_tool_for_a_job_beside_the_one_chosen_is_the_projects_next_need(full):
    memory = Memory(tools=("label-studio", "cvat"), intent="compare")
    question = full.understand("ok going with label studio. what do we pair it with to find mislabeled images?", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert "label-studio" in ids(question.situation.stack)  # what the pick must go with


@pytest.mark.parametrize(
    "text",
    [
        "we're leaning airflow. what would you pair with it for data quality checks?",
        "what do we track experiments with that plays nicely with it?",
    ],
)
def test_a_tool_for_a_job_that_goes_with_the_one_shown_is_the_projects_next_need(full, text):
    question = full.understand(text, Memory(tools=("airflow",), intent="lookup"))
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert "airflow" in ids(question.situation.stack)


def test_any_of_those_where_something_happens_chooses_among_the_threads_tools(full):
    memory = Memory(tools=("dagster", "prefect", "flyte"), intent="recommend", tags=("orchestration",))
    question = full.understand("any of those where researchers write plain python and don't drown in yaml?", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "which")


def test_the_next_step_of_the_project_goes_on_with_the_thread(full):
    memory = Memory(tools=("prefect",), intent="lookup")
    text = "now where do the trained models go? need a registry the route planner can pull the current version from"
    assert full.understand(text, memory).intent is Intent.FOLLOWUP


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("we went with label-studio for the stain images, cheers :pray:", "label-studio"),
        # (whatever job the words around it brush: "spend" is no LLM cost tracking asked for)
        ("we set up Feast for the retail spend features, thanks for the tip last month", "feast"),
        ("we rolled out evidently for the drift reports last week", "evidently"),
    ],
)
def test_a_choice_told_asking_nothing_gets_its_card(full, text, tool):
    question = full.understand(text)
    assert (question.intent, ids(question.tools)) == (Intent.LOOKUP, [tool])


def test_the_projects_next_job_is_asked_whatever_its_words_point_at(full):
    memory = Memory(tools=("mlflow",), intent="lookup")
    text = "next problem is the label files and audio clips. what do we version those with?"
    question = full.understand(text, memory)
    assert (question.intent, question.action, question.need.tags[0].tag.id) == (
        Intent.FOLLOWUP,
        "need",
        "data-versioning",
    )


@pytest.mark.parametrize(
    "text",
    [
        "arize and fiddler came up in a vendor call last week. we'd rather not pay — what's the OSS answer?",
        "promptfoo looks nice but it's a node thing and we're all python. anything python-native?",
    ],
)
def test_tools_set_aside_then_another_kind_asked_for_is_the_threads_need_without_them(full, text):
    memory = Memory(tools=("evidently", "arize", "promptfoo"), intent="recommend", tags=("monitoring",))
    question = full.understand(text, memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need") and question.tools


def test_what_sits_on_top_of_a_tool_for_a_job_is_that_jobs_pick_beside_it(full):
    memory = Memory(tools=("kserve", "seldon-core"), intent="recommend", tags=("serving",))
    question = full.understand("so what sits on top of argo cd for the canary part?", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert "argo-cd" in ids(question.situation.stack)


def test_more_on_a_tool_is_more_of_it_not_more_tools(full):
    memory = Memory(tools=("evidently", "nannyml"), intent="recommend", tags=("monitoring",))
    question = full.understand("more on nannyml — someone said it can estimate performance without labels?", memory)
    assert ids(question.tools)[:1] == ["nannyml"] and question.action != "alternatives"


def test_a_shortlist_we_have_made_is_weighed_not_run(full):
    question = full.understand("we've shortlisted BentoML and Seldon Core for the fraud scoring service")
    assert set(ids(question.tools)) >= {"bentoml", "seldon-core"} and not question.situation.stack


def test_the_looked_up_tool_let_go_then_another_asked_for_asks_its_alternatives(full):
    memory = Memory(tools=("wandb",), intent="lookup")
    question = full.understand("ok W&B is out (legal, US SaaS, field images). what else would you pick?", memory)
    assert (question.action, ids(question.tools)) == ("alternatives", ["wandb"])


def test_the_same_question_somewhere_else_asks_the_threads_need_there(full):
    memory = Memory(tools=("azure-ml", "bentoml"), intent="recommend", tags=("serving",))
    text = "same question for the Leuven brewery: they run their own on-prem kubernetes cluster, no azure services"
    question = full.understand(text, memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert question.need.tags[0].tag.id == "serving"


def test_who_on_the_team_owns_the_entry_is_the_threads_tools_record(full):
    question = full.understand(
        "who on our team owns that entry? want to ask about the upgrade", Memory(("airflow",), "lookup")
    )
    assert question.intent is Intent.FOLLOWUP and ids(question.tools) == ["airflow"]


def test_what_is_nearby_on_the_radar_asks_for_more_like_the_threads_tool(full):
    question = full.understand("what's nearby on the radar?", Memory(("feast",), "lookup"))
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "alternatives")


def test_context_told_afterwards_at_any_length_asks_the_threads_need_in_it(full):
    memory = Memory(tools=("dvc", "lakefs"), intent="recommend", tags=("data-versioning",))
    text = (
        "for context: it's all parquet in S3, a few hundred GB, the DS team hates git with a passion, and the "
        "auditors want to point at an exact snapshot per model version."
    )
    question = full.understand(text, memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert question.need.tags[0].tag.id == "data-versioning"


def test_a_job_asked_without_a_tool_ruled_out_is_no_card_of_that_tool_in_a_thread(full):
    memory = Memory(tools=("kserve", "bentoml"), intent="recommend", tags=("serving",))
    question = full.understand("what do we use for CI? we are on azure devops, not github", memory)
    assert question.intent is Intent.RECOMMEND and ids(question.tools) == ["github"]


def test_a_correction_of_the_threads_question_goes_on_with_the_thread(full):
    memory = Memory(("evidently", "nannyml", "whylabs"), Intent.RECOMMEND.value, ("monitoring",))
    question = full.understand("sorry, I meant monitoring for the chatbot's prompts and answers", memory)
    assert question.intent is Intent.FOLLOWUP


def test_a_cards_tool_measured_against_another_compares_the_two(full):
    memory = Memory(("soda",), Intent.LOOKUP.value)
    question = full.understand(
        "how does it stack up against great expectations for the snowflake tables dbt builds?", memory
    )
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "compare")
    assert ids(question.tools) == ["soda", "great-expectations"]


@pytest.mark.parametrize(
    "text",
    [
        "is there an open source one?",
        "is there an open source one that does the same thing with postgres as the store?",
        "what if we'd rather pay someone to run it for us?",
    ],
)
def test_another_under_a_licence_asked_after_a_card_gets_the_cards_alternatives(full, text):
    question = full.understand(text, Memory(tools=("feast",), intent="lookup"))
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "alternatives", ["feast"])


@pytest.mark.parametrize("text", ["is it open source?", "is there a managed version?"])
def test_a_licence_asked_of_the_card_is_a_fact_not_another_tool(full, text):
    question = full.understand(text, Memory(tools=("feast",), intent="lookup"))
    assert question.action != "alternatives"


def test_the_same_job_told_again_with_a_licence_it_must_have_is_the_threads_need_under_it(full):
    memory = Memory(("wandb", "mlflow"), Intent.RECOMMEND.value, ("experiment-tracking",))
    question = full.understand("it has to be open source, and the researchers want a nice UI to compare runs", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert question.situation.constraints.license == "open-source"


def test_whether_it_works_from_a_language_after_a_card_asks_about_that_tool_not_the_bot(full):
    memory = Memory(tools=("fairlearn",), intent="lookup")
    assert full.understand("does it work from R? if not, what should our R folks use instead", memory).intent is (
        Intent.FOLLOWUP
    )
    assert full.understand("does it work in private channels?", memory).intent is Intent.HELP


@pytest.mark.parametrize("text", ["ok and neptune? how does it stack up", "and neptune? where does that one sit"])
def test_a_tool_added_to_a_comparison_by_another_of_its_names_leads_it(full, text):
    question = full.understand(text, Memory(("mlflow", "wandb"), Intent.COMPARE.value))
    assert (question.action, ids(question.tools)) == ("compare", ["neptune", "mlflow", "wandb"])


@pytest.mark.parametrize("text", ["ok and for the fine-tuned BERT essay classifier?", "and for the image model?"])
def test_the_threads_job_asked_for_another_model_is_that_job_again(full, text):
    memory = Memory(tools=("shap", "lime"), intent="recommend", tags=("explainability",))
    question = full.understand(text, memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert [m.tag.id for m in question.need.tags][:1] == ["explainability"]


def test_it_after_a_tool_the_message_asks_about_is_that_tool_not_the_threads(full):
    memory = Memory(("microsoft-fabric",), Intent.LOOKUP.value)
    question = full.understand("what is tsfresh and where on the axes does it land?", memory)
    assert ids(question.tools)[:1] == ["tsfresh"]


@pytest.mark.parametrize(
    "text",
    [
        "we want rolling 'sold in the last hour' features from the till stream. what should process the stream?",
        "the first 10 rows of every export are junk. what checks the data before training?",
    ],
)
def test_a_span_or_a_count_after_first_or_last_points_at_no_pick(full, text):
    memory = Memory(("weaviate", "chroma", "marqo"), Intent.RECOMMEND.value, ("vector-search",))
    question = full.understand(text, memory)
    assert not {"weaviate", "chroma", "marqo"} & set(ids(question.tools)), (question.intent, question.action)


def test_it_inside_a_story_told_at_length_does_not_point_at_the_threads_tool(full):
    memory = Memory(("docker",), Intent.LOOKUP.value)
    story = (
        "security now wants pinned dependencies and a reproducible build for every model image. "
        "currently it's pip freeze and hope. what should we use?"
    )
    question = full.understand(story, memory)
    assert "docker" not in ids(question.tools[:1]) and question.need.tags, (question.intent, question.action)
    # asked of the tool itself, the same length: the thread's tool
    asked = full.understand("can we self-host it in eu-central-1 on our own infra? the client will ask", memory)
    assert ids(asked.tools)[:1] == ["docker"]


@pytest.mark.parametrize(
    "text", ["which have a managed offering so we run nothing ourselves?", "which has the best slurm story?"]
)
def test_which_with_a_verb_chooses_among_the_picks_shown(full, text):
    question = full.understand(text, MEMORY)
    # (chosen by what is asked of them, or ranked when it asks for the best)
    assert question.intent is Intent.FOLLOWUP and question.action in {"which", "compare"}
    assert set(ids(question.tools)) <= {"wandb", "clearml", "mlflow"}


@pytest.mark.parametrize("text", ["any of those free and open source?", "any of them self-hostable? budget is zero"])
def test_a_licence_asked_of_any_of_the_picks_chooses_among_them(full, text):
    question = full.understand(text, MEMORY)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "which")
    assert set(ids(question.tools)) <= {"wandb", "clearml", "mlflow"}


@pytest.mark.parametrize(
    "text",
    [
        "what about python-only ones? my colleague knows pandas but no SQL",
        "any open-source ones in that list? legal won't let the data leave our GCP project",
        "something open source we can run next to postgres?",
        "is there anything managed on aws? nobody here wants to operate a kubernetes cluster",
        "anything that runs inside BigQuery directly? team prefers SQL",
    ],
)
def test_a_pick_of_the_threads_kind_asked_in_a_setting_keeps_the_threads_job(full, text):
    question = full.understand(text, MEMORY)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert question.need.tags[0].tag.id == "experiment-tracking"


def test_a_setting_told_with_it_and_does_that_change_anything_asks_the_threads_job_again(full):
    memory = Memory(tools=("heroku", "deepnote", "r-markdown"), intent="recommend", tags=("dashboards",))
    question = full.understand("the R folks will build it, does that change anything?", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert question.need.tags[0].tag.id == "dashboards"


@pytest.mark.parametrize(
    "text",
    [
        "which of those can sit behind our Entra ID single sign-on?",
        "half the crew has iPhones though, anything specific for iOS?",
    ],
)
def test_a_name_the_catalog_lacks_told_as_where_the_picks_must_work_is_a_setting(full, text):
    assert full.understand(text, MEMORY).intent is Intent.FOLLOWUP


def test_a_name_the_catalog_lacks_asked_about_in_a_thread_is_still_unknown(full):
    assert full.understand("is Quuxly any good?", MEMORY).intent is Intent.UNKNOWN


def test_a_job_narrowed_in_a_thread_is_the_threads_job_with_what_it_must_also_do(full):
    memory = Memory(tools=("langfuse", "deepeval", "promptfoo"), intent="recommend", tags=("llm-evaluation",))
    question = full.understand("we specifically need retrieval metrics for the RAG part", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert question.need.tags[0].tag.id == "llm-evaluation" and stem("retrieval") in question.need.words


def test_others_asked_for_a_narrowed_job_are_still_others(full):
    memory = Memory(tools=("dvc", "lakefs", "pachyderm"), intent="recommend", tags=("data-versioning",))
    question = full.understand("for the 30 TB image lake specifically, what else besides that?", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "alternatives")


def test_a_tool_not_wanted_with_a_cloud_named_asks_the_job_there_without_it(full):
    memory = Memory(tools=("apache-kafka", "apache-flink", "bytewax"), intent="recommend", tags=("streaming",))
    question = full.understand(
        "we really don't want to babysit a kafka cluster ourselves. managed options on azure?", memory
    )
    assert (question.intent, ids(question.tools)) == (Intent.RECOMMEND, ["apache-kafka"])
    assert question.situation.cloud is not None and question.situation.cloud.id == "azure"


def test_the_cheapest_of_the_picks_is_chosen_among_the_free_ones(full):
    shown = ("snorkel", "v7-darwin", "labelbox", "cvat", "label-studio")
    question = full.understand("cheapest of those?", Memory(tools=shown, intent="recommend", tags=("labelling",)))
    assert question.intent is Intent.FOLLOWUP and "labelbox" not in ids(question.tools)


@pytest.mark.parametrize(
    "text",
    [
        "what if we just stay on SageMaker endpoints, is that a reasonable choice?",
        "and on sagemaker specifically? we are not moving off it",
    ],
)
def test_a_platform_kept_that_does_the_threads_job_is_its_card(full, text):
    memory = Memory(tools=("kserve", "bentoml", "seldon-core"), intent="recommend", tags=("serving",))
    question = full.understand(text, memory)
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "lookup", ["sagemaker"])


def test_a_platform_kept_that_does_another_job_is_no_answer_of_the_threads(full):
    memory = Memory(tools=("kserve", "bentoml", "seldon-core"), intent="recommend", tags=("serving",))
    question = full.understand("we stay on github for the code, fine?", memory)
    assert ids(question.tools) != ["github"] or question.action != "lookup"


def test_that_after_what_the_person_runs_points_at_it_and_asks_the_threads_job_on_it(full):
    memory = Memory(tools=("chroma", "qdrant", "weaviate"), intent="recommend", tags=("vector-search",))
    question = full.understand("we already run postgres everywhere, anything that builds on that?", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert question.need.tags[0].tag.id == "vector-search"
    assert "postgresql" in ids(question.situation.stack)


@pytest.mark.parametrize(
    "text",
    [
        "anything cheaper than hopsworks? budget is tiny",
        "any cheaper? the hopsworks invoice made our cfo flinch",
    ],
)
def test_a_tool_beaten_on_price_in_a_thread_asks_the_job_again_without_it(full, text):
    memory = Memory(tools=("feast", "hopsworks", "featureform"), intent="recommend", tags=("feature-store",))
    question = full.understand(text, memory)
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "need", ["hopsworks"])
    assert question.need.tags[0].tag.id == "feature-store"


@pytest.mark.parametrize("text", ["is there a rust version?", "do they have a java client?"])
def test_an_edition_of_the_threads_tool_asked_for_is_its_card_not_versioning(full, text):
    question = full.understand(text, Memory(("qdrant",), Intent.LOOKUP.value))
    assert (question.intent, ids(question.tools)) == (Intent.FOLLOWUP, ["qdrant"])


def test_a_tool_beaten_on_price_that_does_the_threads_job_among_its_others_is_left_out_of_it(full):
    # (LangSmith's first jobs are tracing and monitoring; evaluating LLM apps is one of its others)
    memory = Memory(tools=("langtrace", "openlit", "laminar"), intent="recommend", tags=("llm-evaluation",))
    question = full.understand("any cheaper? the langsmith seats cost a fortune", memory)
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "need", ["langsmith"])
    assert question.need.tags[0].tag.id == "llm-evaluation"


def test_a_cloud_beaten_on_price_in_a_thread_is_given_up_not_moved_to(full):
    memory = Memory(tools=("gcp", "azure", "lambda-cloud"), intent="list", tags=("gpu-compute",))
    question = full.understand("anything cheaper than azure spot? we only need a box a couple of days a month", memory)
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "need", ["azure"])
    assert question.need.tags[0].tag.id == "gpu-compute"


def test_the_ring_of_the_threads_tool_asked_beside_how_rings_change_is_that_tools_ring(full):
    memory = Memory(("kedro",), Intent.LOOKUP.value)
    question = full.understand(
        "ok so is it trial or assess for us, and what would it take to move it up a ring?", memory
    )
    assert (question.intent, ids(question.tools)) == (Intent.FOLLOWUP, ["kedro"])


def test_which_of_them_asked_after_what_they_must_work_with_picks_among_the_threads_tools(full):
    memory = Memory(("optuna", "hyperopt", "ray-tune"), Intent.RECOMMEND.value, tags=("hyperparameter-tuning",))
    question = full.understand("mainly for xgboost, which one is the least effort?", memory)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "which")


@pytest.mark.parametrize("text", ["which are in Trial?", "any in assess?", "any in adopt"])
def test_a_ring_asked_after_a_list_chooses_among_the_tools_shown(understander, text):
    question = understander.understand(text, MEMORY)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "which")
    assert ids(question.tools) == list(MEMORY.tools)


def test_a_word_of_the_story_before_the_ask_is_no_name_asked(full):
    question = full.understand(
        "when we retire the KV risk model we want to run the new one in shadow for a month, compare its flags with "
        "the current one, then switch over bit by bit. what supports that kind of rollout?"
    )
    assert question.intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    "text", ["what about typescript? our firebase functions are all node", "what about kotlin? the app team owns it"]
)
def test_a_language_asked_in_a_thread_is_the_setting_not_a_name_the_radar_lacks(full, text):
    memory = Memory(tools=("langgraph", "crewai"), intent="recommend", tags=("ai-agents",))
    assert full.understand(text, memory).intent is Intent.FOLLOWUP


def test_a_dictionary_word_before_another_after_what_about_is_english_not_a_name(full):
    memory = Memory(tools=("darts", "prophet"), intent="recommend", tags=("time-series-forecasting",))
    question = full.understand("what about sparse demand in particular? most shops sell none of it most days", memory)
    assert question.intent is Intent.FOLLOWUP


@pytest.mark.parametrize(
    ("text", "language"), [("anything more .NET-native?", ".NET"), ("something more go-friendly?", "Go")]
)
def test_something_more_in_a_language_is_the_threads_alternatives_there(full, text, language):
    question = full.understand(text, Memory(tools=("onnx-runtime",), intent="lookup"))
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "alternatives")
    assert question.situation.constraints.language == language


@pytest.mark.parametrize(
    "text", ["list vector databases, azure ones first since that's us", "list feature stores, the managed ones first"]
)
def test_an_order_asked_for_or_a_clause_about_the_person_points_at_no_tool_of_the_thread(full, text):
    question = full.understand(text, Memory(tools=("kedro",), intent="lookup"))
    assert not (question.tools and question.tools[0].id == "kedro")


@pytest.mark.parametrize("text", ["power bi - where does it sit?", "what about node-red, is it on the radar?"])
def test_it_after_a_product_the_catalog_lacks_is_that_product_not_the_threads_tool(full, text):
    question = full.understand(text, Memory(tools=("kedro",), intent="lookup"))
    assert question.intent is Intent.UNKNOWN


@pytest.mark.parametrize("text", ["any of these that don't need a server?", "any of them which run on a mac?"])
def test_any_of_the_picks_that_do_something_chooses_among_them(full, text):
    question = full.understand(text, MEMORY)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "which")


def test_a_tool_named_before_it_in_a_follow_up_is_what_it_points_at(full):
    question = full.understand("tell me a bit more about neptune then - where does it sit for us?", MEMORY)
    assert ids(question.tools)[:1] == ["neptune"]


def test_any_that_live_inside_what_the_team_runs_chooses_among_the_picks(full):
    question = full.understand("any that just live inside postgres? we already run it everywhere", MEMORY)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "which")


@pytest.mark.parametrize(
    "text", ["overkill for a team of 3?", "too heavy for us? we are two people", "mature enough for prod?"]
)
def test_a_judgement_of_the_cards_tool_for_a_setting_is_asked_of_it(full, text):
    question = full.understand(text, Memory(("kedro",), Intent.LOOKUP.value))
    assert (question.intent, ids(question.tools)[:1]) == (Intent.FOLLOWUP, ["kedro"])


def test_what_about_a_tool_pointed_at_by_its_place_asks_about_that_tool(full):
    memory = Memory(("mlflow", "wandb"), Intent.COMPARE.value)
    question = full.understand("what about the second one, could we host it ourselves?", memory)
    assert (question.intent, ids(question.tools)[:1]) == (Intent.FOLLOWUP, ["wandb"])


def test_where_the_cards_tool_would_run_is_asked_of_the_tool(full):
    question = full.understand("can we self host it on aws or is it cloud only?", Memory(("langfuse",), "lookup"))
    assert ids(question.tools)[:1] == ["langfuse"]


def test_ok_and_an_everyday_word_name_after_a_comparison_adds_it(full):
    question = full.understand("ok and comet?", Memory(("wandb", "mlflow"), Intent.COMPARE.value))
    assert question.intent is Intent.FOLLOWUP and "comet" in ids(question.tools)


def test_a_new_job_asked_next_is_done_for_the_threads_kind_of_model(full):
    memory = Memory(("unsloth", "peft"), Intent.RECOMMEND.value, ("llm-ops", "training"))
    question = full.understand("and once it's tuned, how do we serve it?", memory)
    tags = [m.tag.id for m in question.need.tags]
    assert question.action == "need" and tags[0] == "serving" and "llm-ops" in tags


@pytest.mark.parametrize("text", ["it's pytorch", "sorry, the model is tensorflow"])
def test_what_the_persons_own_model_is_built_with_is_the_threads_need_there(full, text):
    memory = Memory(("shap", "lime", "captum"), Intent.RECOMMEND.value, ("explainability",))
    question = full.understand(text, memory)
    assert question.action == "need" and question.need.tags[0].tag.id == "explainability"


def test_any_of_those_we_could_do_something_with_chooses_among_the_picks(full):
    question = full.understand("any of those we can run ourselves for free?", MEMORY)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "which")


def test_a_comparative_asked_alone_then_a_setting_asks_for_the_threads_kind_again(full):
    memory = Memory(("airflow", "dagster", "prefect"), Intent.RECOMMEND.value, ("orchestration",))
    question = full.understand("cheaper? we have no budget at all and a single small vm", memory)
    assert question.intent is Intent.FOLLOWUP and question.need.tags[0].tag.id == "orchestration"


@pytest.mark.parametrize(
    ("text", "feature"),
    [
        (
            "anything with an interactive dashboard rather than static matplotlib plots? they won't read a notebook",
            "dashboard",
        ),
        ("anything that gives a readable report or dashboard rather than a plot in a notebook?", "report"),
        ("the property managers won't open a notebook. anything with a visual ui they can click around in?", "visual"),
    ],
)
def test_a_feature_asked_of_the_threads_kind_keeps_its_job(full, text, feature):
    explaining = Memory(tools=("shap", "lime", "eli5"), intent="recommend", tags=("explainability",))
    question = full.understand(text, explaining)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert question.need.tags[0].tag.id == "explainability"  # explanations with a dashboard, not dashboards
    assert stem(feature) in question.need.words  # the feature ranks the thread's tools


def test_batch_asked_after_serving_is_batch_scoring(full):
    serving = Memory(tools=("bentoml", "kserve", "ray-serve"), intent="recommend", tags=("serving",))
    question = full.understand("and for batch? we score every 15 min, no realtime needed", serving)
    assert question.intent is Intent.FOLLOWUP
    # scheduled scoring over everything, not an endpoint: asked as its own use case or as the thread's, for batch
    tags = [m.tag.id for m in question.need.tags]
    assert tags[0] == "batch-scoring" or stem("batch") in question.need.words


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("any of those that also export straight to coco format?", "coco"),
        ("the reviewers sit in three offices and it all has to work in a browser", "browser"),
    ],
)
def test_what_points_at_none_of_the_picks_asks_the_threads_job_again(full, text, told):
    labelling = Memory(tools=("label-studio", "cvat", "doccano"), intent="recommend", tags=("labelling",))
    question = full.understand(text, labelling)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert question.need.tags[0].tag.id == "labelling"  # the job again, not the first pick's card
    assert stem(told) in question.need.words  # what was told ranks the tools for it


@pytest.mark.parametrize("text", ["what ring is it in for us?", "the python one you mentioned, how mature is that?"])
def test_one_pick_pointed_at_is_still_looked_up(full, text):
    labelling = Memory(tools=("label-studio", "cvat", "doccano"), intent="recommend", tags=("labelling",))
    question = full.understand(text, labelling)
    assert question.action != "need"


@pytest.mark.parametrize("text", ["and for our llm support agent?", "what about for the llm agent though"])
def test_the_threads_job_asked_for_an_assistant_is_that_job_for_llm_apps(full, text):
    drift = Memory(tools=("evidently", "nannyml", "frouros"), intent="recommend", tags=("monitoring",))
    question = full.understand(text, drift)
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    weights = {m.tag.id: m.weight for m in question.need.tags}
    kinds = [weights[k] for k in ("llm-ops", "agents") if k in weights]
    assert kinds and max(kinds) < weights["monitoring"]  # watching the agent leads, not agent frameworks


def test_a_choice_told_after_a_comparison_chooses_nothing_again(full):
    question = full.understand("ok we're going with dvc.", Memory(tools=("dvc", "lakefs"), intent="compare"))
    assert question.action != "which"


def test_going_with_a_tool_is_adopting_it_not_pairing_another_with_it(full):
    memory = Memory(tools=("isaac-lab",), intent="lookup")
    question = full.understand("who makes it? are we locking ourselves into nvidia GPUs if we go with it?", memory)
    assert ids(question.tools)[:1] == ["isaac-lab"]


@pytest.mark.parametrize("then", ["and for the streaming clickstream stuff?", "and for streaming?"])
def test_a_job_of_its_own_named_in_a_follow_up_leads_the_threads_job(full, then):
    memory = Memory(tools=("airflow", "dagster", "prefect"), intent="recommend", tags=("orchestration", "etl"))
    question = full.understand(then, memory)
    assert question.intent is Intent.FOLLOWUP and question.need.tags[0].tag.id == "streaming"


@pytest.mark.parametrize(
    "text",
    [
        "what does the same job on plain VMs?",
        "we don't have k8s in that zone yet. what does the same job on plain VMs?",
    ],
)
def test_the_same_job_asked_after_a_card_is_an_alternative_where_it_must_run(full, text):
    question = full.understand(text, Memory(("kserve",), Intent.LOOKUP.value))
    assert (question.intent, question.action, ids(question.tools)) == (Intent.FOLLOWUP, "alternatives", ["kserve"])
    assert question.situation.constraints.no_kubernetes


def test_a_job_told_after_taking_the_ask_back_is_the_threads_question_now(full):
    thread = Memory(("tensorflow-serving", "ray-serve"), Intent.RECOMMEND.value, ("serving",))
    question = full.understand(
        "latency doesn't matter actually, it's a nightly batch that writes recs to postgres", thread
    )
    assert (question.intent, question.action) == (Intent.FOLLOWUP, "need")
    assert question.need.tags[0].tag.id == "batch-scoring"
    # (a setting told, no job taken back: the thread's own job, there)
    told = full.understand("it's a nightly batch that writes recs to postgres", thread)
    assert told.intent is Intent.FOLLOWUP
