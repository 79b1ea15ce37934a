"""Reading questions: tools in sentences, the person's setting, intents and follow-ups (fixture catalog)."""

from __future__ import annotations

import pytest

from bot.radar.language.cues import MEANING_CUE
from bot.radar.language.lookup import ToolIndex
from bot.radar.language.question import Intent, Memory, Question, Role
from bot.radar.language.recommend import Constraints, Need, constraints_in
from bot.radar.language.understanding import Understander


def ids(tools) -> list[str]:  # type: ignore[no-untyped-def]
    return [t.id for t in tools]


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("what's kedro?", "kedro"),
        ("is airflow something we should adopt", "airflow"),
        ("where does DVC sit", "dvc"),
        ("sagemaker ring?", "sagemaker"),
        ("any thoughts on ml flow", "mlflow"),
        ("what do we think of k8s", "kubernetes"),
        ("is W&B worth it", "wandb"),
        ("kubeflw", "kubeflow"),
        ("is airflwo any good", "airflow"),
        ("<@U0BOT> can you explain `optuna` to me", "optuna"),
        ("what's <https://dvc.org|dvc.org>?", "dvc"),
        ("Tell me about Weights and Biases", "wandb"),
    ],
)
def test_a_tool_named_anywhere_in_a_sentence_is_looked_up(understander, text, tool):
    question = understander.understand(text)
    assert question.intent is Intent.LOOKUP
    assert ids(question.tools) == [tool]


def test_everyday_words_are_not_mistaken_for_tools(understander):
    # "Amazon Web Services" is known as "web services", "amazon cloud" as "cloud": ordinary words here
    question = understander.understand("which cloud should host our web services?")
    assert "aws" not in ids(question.tools)
    assert question.intent is Intent.RECOMMEND


def test_a_category_name_is_the_category_not_a_tool_alias(understander):
    question = understander.understand("which data version control tools do we have")
    assert question.intent is Intent.LIST and question.action == "category"
    assert question.category is not None and question.category.id == "data-version-control"


def test_a_compound_name_is_not_read_as_a_typo_of_one_of_its_parts(understander):
    question = understander.understand("what about mlflw-pro-max-9000")
    assert question.intent is Intent.UNKNOWN
    assert question.unknown == "mlflw-pro-max-9000"


@pytest.mark.parametrize(
    ("text", "tools"),
    [
        ("kubeflow vs mlflow vs metaflow", ["kubeflow", "mlflow", "metaflow"]),
        ("dvc or git?", ["dvc", "git"]),
        ("difference between kedro and airflow", ["kedro", "airflow"]),
        ("mlflow or w&b for experiment tracking?", ["mlflow", "wandb"]),
    ],
)
def test_two_or_three_tools_are_compared(understander, text, tools):
    question = understander.understand(text)
    assert question.intent is Intent.COMPARE
    assert ids(question.tools) == tools


def test_the_flow_tools_asked_apart_are_the_flow_idea(understander):
    question = understander.understand("how do I tell Kubeflow, MLflow and Metaflow apart?")
    assert (question.intent, question.action) == (Intent.CONCEPT, "flow")


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("we need to version our datasets", "data-versioning"),
        ("what should I use for hyperparameter tuning?", "hyperparameter-tuning"),
        ("a hosted notebook service", "notebooks"),
        ("where can we rent GPUs?", "gpu-compute"),
        ("something to track our experiments", "experiment-tracking"),
    ],
)
def test_a_need_is_matched_to_a_use_case_tag(understander, text, tag):
    question = understander.understand(text)
    assert question.intent is Intent.RECOMMEND
    assert question.need.tags[0].tag.id == tag


def test_the_persons_cloud_stack_and_role_are_their_setting(understander):
    question = understander.understand("we're all-in on AWS, which ML platform?")
    assert question.intent is Intent.RECOMMEND
    assert question.situation.cloud is not None and question.situation.cloud.id == "aws"
    question = understander.understand("we run kubernetes and docker, what should we use for serving?")
    assert question.intent is Intent.RECOMMEND
    assert ids(question.situation.stack) == ["kubernetes", "docker"] and not question.tools
    question = understander.understand("I'm a data scientist, what should I use for experiment tracking?")
    assert question.situation.persona is not None and question.situation.persona.id == "ml-researcher"


def test_should_we_use_is_a_question_not_a_stack(understander):
    question = understander.understand("should we use airflow?")
    assert question.intent is Intent.LOOKUP and ids(question.tools) == ["airflow"]
    assert not question.situation.stack


def test_alternatives_exclude_the_tool_named(understander):
    question = understander.understand("what can I use instead of airflow?")
    assert (question.intent, question.action) == (Intent.RECOMMEND, "alternatives")
    assert ids(question.tools) == ["airflow"]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("what's on trial?", "ring"),
        ("anything on hold?", "ring"),
        ("list the data orchestrators", "category"),
        ("what's in the specialized ml tools quadrant", "quadrant"),
        ("list every tool for labelling", "tag"),
        ("every free / open source labelling tool on the radar please", "tag"),
        ("every llm evaluation tool that's in trial or adopt", "tag"),
    ],
)
def test_lists(understander, text, action):
    question = understander.understand(text)
    assert (question.intent, question.action) == (Intent.LIST, action)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("what does assess mean?", "ring:assess"),
        ("what do the rings mean?", "rings"),
        ("what's the difference between adopt and trial?", "rings"),
        ("what are the axes?", "axes"),
        ("what helps an ML researcher?", "personas"),
        ("should we build our own ML platform?", "build_vs_buy"),
        ("is it worth building it in-house or buying it", "build_vs_buy"),
        ("what signals should we look for when judging a platform?", "signals"),
        ("how do we evaluate an all-in-one ML platform before committing?", "signals"),
        ("what is the ML lifecycle?", "lifecycle"),
        ("what's the diagonal observation about orchestration?", "note:diagonals"),
        ("the plot goes from building software to building models along a diagonal - explain?", "note:diagonals"),
        ("is kubernetes really a no-brainer for a small team?", "note:adopt-not-everywhere"),
        ("git is in adopt - is it mandatory for every project?", "note:adopt-not-everywhere"),
        ("if something is in Adopt, what does that oblige us to do?", "ring:adopt"),
    ],
)
def test_the_radars_ideas(understander, text, action):
    question = understander.understand(text)
    assert (question.intent, question.action) == (Intent.CONCEPT, action)


def test_hold_as_a_verb_is_not_the_ring(understander):
    assert understander.understand("hold on, what is kedro?").intent is Intent.LOOKUP


@pytest.mark.parametrize(
    "text",
    [
        "",
        "help",
        "what can you do?",
        "<@U0BOT>",
        "what sort of stuff can we ask you?",
        "could you show a few example questions?",
        "not sure how to phrase things for you",
        "what is this bot?",
        "how does this thing work",
        "can you help me?",
        # (how the bot is used, though the words brush against needs: "recommendations", "tools we're evaluating")
        "what's the exact syntax for comparing two tools or getting recommendations?",
        "is the radar command the only way in, or can i just @ you from a channel?",
        "does it keep context between messages in a thread?",
        "first week here, how should we talk to it?",
    ],
)
def test_help(understander, text):
    assert understander.understand(text).intent is Intent.HELP


@pytest.mark.parametrize("text", ["hi", "thanks!", "good morning :sunny:", "who won the game?", "lol"])
def test_small_talk_gets_a_friendly_word_not_a_menu(understander, text):
    assert understander.understand(text).intent is Intent.SOCIAL


@pytest.mark.parametrize("text", ["thanks, that demo went together nicely", "mostly fine, outliers aside"])
def test_ordinary_words_never_become_tools(understander, text):
    assert not understander.understand(text).tools


def test_a_rare_typo_of_one_name_is_corrected_but_an_ordinary_word_is_not(bundled_catalog):
    from bot.radar.language.lookup import ToolIndex

    index = ToolIndex(bundled_catalog)
    assert index.find("kubeflw").tool.id == "kubeflow" and index.find("mlfow").tool.id == "mlflow"
    assert index.find("thanks").tool is None and index.find("engineer").tool is None


def test_unknown_names_get_close_suggestions(understander):
    question = understander.understand("what's kedr0flow?")
    assert question.intent is Intent.UNKNOWN
    assert question.unknown == "kedr0flow" and "kedro" in ids(question.suggestions)


@pytest.mark.parametrize("text", ["google or-tools", "Amazon Lookout for Equipment", "microsoft quuxbench?"])
def test_a_maker_and_the_words_after_it_alone_name_a_product(full, text):
    question = full.understand(text)
    assert (question.intent, question.unknown) == (Intent.UNKNOWN, text.rstrip("?"))


@pytest.mark.parametrize(
    "text", ["platform team asks: is Kubecost on the radar? GKE bill is scary", "thoughts on Quuxly? we run GKE"]
)
def test_a_name_asked_about_in_its_own_sentence_is_unknown_whatever_the_others_name(full, text):
    assert full.understand(text).intent is Intent.UNKNOWN


@pytest.mark.parametrize(
    "text",
    [
        "has anyone put TimesFM on the radar? google's forecasting model, would be neat for 80 sites",
        "do you have Quuxly Vault in the catalog? want it for PII anonymisation of essays",
    ],
)
def test_a_name_put_on_the_radar_in_its_own_sentence_is_unknown_whatever_need_the_others_tell(full, text):
    assert full.understand(text).intent is Intent.UNKNOWN


@pytest.mark.parametrize(
    "text",
    [
        "anything in the catalog that works from TypeScript / JS? asking for our ex-web-dev",
        "does Adopt on the radar mean the tool is validated for GxP use? QA wants that spelled out",
    ],
)
def test_a_name_not_put_on_the_radar_is_no_product_asked_about(full, text):
    assert full.understand(text).intent is not Intent.UNKNOWN


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("What exactly is lakeFS? Git for data lakes or something?", "lakefs"),
        (
            "Can you tell me where Metaflow sits? I thought it was an orchestrator but someone said otherwise",
            "metaflow",
        ),
    ],
)
def test_a_tool_asked_about_first_is_its_card_whatever_guess_follows(full, text, tool):
    question = full.understand(text)
    assert (question.intent, [t.id for t in question.tools][:1]) == (Intent.LOOKUP, [tool])


def test_a_known_tool_asked_about_beside_the_setting_is_its_card(full):
    question = full.understand("is Kubeflow on the radar? we run GKE")
    assert (question.intent, [t.id for t in question.tools][:1]) == (Intent.LOOKUP, ["kubeflow"])


def test_whether_a_named_tool_is_needed_asks_about_it_not_for_another(full):
    question = full.understand("what is kueue and do we need it on GKE")
    assert (question.intent, [t.id for t in question.tools]) == (Intent.LOOKUP, ["kueue"])


def test_a_kind_listed_with_a_closing_aside_about_others_is_its_list(full):
    question = full.understand("open-source labelling tools only please (procurement takes 6 months for anything paid)")
    assert question.intent is Intent.LIST and question.situation.constraints.license == "open-source"


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("where does something like airflow sit on our radar?", "airflow"),
        ("where would something like kedro sit?", "kedro"),
    ],
)
def test_a_placement_asked_of_a_tool_named_as_an_example_is_its_card(full, text, tool):
    question = full.understand(text)
    assert (question.intent, [t.id for t in question.tools][:1]) == (Intent.LOOKUP, [tool])


def test_a_maker_in_a_sentence_is_no_product_name(full):
    assert full.understand("google is down again").intent is Intent.SOCIAL


def test_off_topic_is_small_talk(understander):
    assert understander.understand("what's the weather in Paris?").intent is Intent.SOCIAL


def test_a_follow_up_without_memory_asks_which_tool(understander):
    question = understander.understand("why is it on trial?")
    assert (question.intent, question.action) == (Intent.CLARIFY, "reference")


def test_a_setting_can_be_described_at_length(understander):
    question = understander.understand("we are a small startup on aws. where do we train models?")
    assert question.intent is Intent.RECOMMEND and not question.tools
    assert question.situation.cloud is not None and question.situation.cloud.id == "aws"


def test_tools_inside_a_need_describe_it(understander):
    question = understander.understand("we want something to run dvc pipelines on kubernetes")
    assert question.intent is Intent.RECOMMEND
    assert ids(question.tools) == ["dvc"]  # named as part of the need: not recommended back
    assert ids(question.situation.stack) == ["kubernetes"]


def test_a_capitalised_unknown_name_is_asked_about_whatever_else_is_said(understander):
    question = understander.understand("is Quuxly any good for tracking experiments?")
    assert question.intent is Intent.UNKNOWN and question.unknown == "Quuxly"


def test_a_described_thing_is_not_a_task(understander):
    question = understander.understand("where do we keep versioned trained models")
    assert question.need.tags[0].tag.id == "model-registry"


def test_a_pasted_wall_of_text_is_answered_without_fuss(understander):
    noise = " ".join(f"zqx{i}vbn" for i in range(3000))
    question = understander.understand(f"what's kedro? {noise}")
    assert question.intent is Intent.LOOKUP and ids(question.tools) == ["kedro"]


def test_asking_why_a_category_sits_in_a_ring_needs_no_use_case(bundled_catalog):
    """A category known only by its description's words ("specialised ML tools") is explained, not a crash."""
    understander = Understander(bundled_catalog, ToolIndex(bundled_catalog))
    question = understander.understand("why are specialised ML tools in trial rather than adopt?")
    assert not question.need.tags and question.need.areas
    assert question.intent is Intent.CONCEPT and question.action == f"category:{question.need.areas[0].id}"


@pytest.mark.parametrize(
    "text",
    [
        "we want tuning where each trial gets its own GPU",
        "run the test suite on every commit, what CI tool?",
        "we retrain every week and want to catch drift",
        "is there a way to serve models without porting everything to Go?",
    ],
)
def test_counted_trials_and_every_event_are_not_a_ring_or_a_list(full, text):
    question = full.understand(text)
    assert question.intent is Intent.RECOMMEND, (question.intent, question.action)
    assert question.ring is None


@pytest.mark.parametrize(
    ("text", "listed"),
    [("list every experiment tracker", True), ("show me everything in the catalog for labelling", True)],
)
def test_every_and_everything_still_ask_for_a_list(full, text, listed):
    assert (full.understand(text).intent is Intent.LIST) is listed


@pytest.mark.parametrize(
    "text",
    [
        "every feature store that's open source",
        "every llm inference engine, please",
        "what data validation / quality libraries exist on the radar, open source ones included",
    ],
)
def test_every_one_of_a_kind_named_in_a_few_words_is_its_list(full, text):
    question = full.understand(text)
    assert question.intent is Intent.LIST, (question.intent, question.action)


@pytest.mark.parametrize(
    "text",
    [
        "every time the tracking server restarts we lose runs, what should we use instead?",
        "we retrain every single model every night, which orchestrator handles that?",
        "our juniors jump on every new framework they see, what's a stable choice for serving?",
        "we want to see every prompt, tool call and token count of the assistant, what should trace it?",
    ],
)
def test_every_event_before_a_kind_is_no_list(full, text):
    assert full.understand(text).intent is Intent.RECOMMEND


def test_names_in_a_stack_list_share_it_across_a_name_the_catalog_lacks(full):
    question = full.understand("we run on AWS (EC2, Zorblax, SageMaker). what should track our experiments?")
    assert question.intent is Intent.RECOMMEND
    assert {t.id for t in question.situation.stack} >= {"aws", "sagemaker"}


def test_the_bots_own_catalog_is_not_a_data_catalog_need(full):
    question = full.understand("which drift detectors are in the catalog?")
    assert question.intent is Intent.LIST
    assert [m.tag.id for m in question.need.tags][:1] == ["monitoring"]
    assert "data-catalog" not in {m.tag.id for m in question.need.tags}


def test_the_asking_sentence_names_the_need_the_scene_only_sets_it(full):
    scene = "We train a few models every night on one big GPU box. What should we use to track experiments?"
    two = {m.tag.id: m.weight for m in full.understand(scene).need.tags}
    assert max(two, key=two.__getitem__) == "experiment-tracking"
    # the same words in one sentence: the scene is the ask, nothing yields
    one = {m.tag.id: m.weight for m in full.understand(scene.replace(". What", " and what")).need.tags}
    assert one["training"] == 2 * two["training"]


def test_a_greeting_to_all_is_not_a_request_for_a_list(full):
    question = full.understand("hey all, what should we use to version our datasets?")
    assert question.intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    ("text", "intent", "action"),
    [
        ("how do tools get onto our radar in the first place?", Intent.CONCEPT, "note:team-votes"),
        ("who came up with this framework?", Intent.CONCEPT, "note:origin"),
        ("why are no-code platforms held back?", Intent.CONCEPT, "category:no-code-ml-platforms"),
        ("our tracker just went to Hold. do we have to rip it out?", Intent.CONCEPT, "ring:hold"),
        ("how should I use this thing", Intent.HELP, ""),
        ("remind me of the slash commands", Intent.HELP, "commands"),
        ("which tool should we use?", Intent.CLARIFY, "purpose"),
        ("where does my lunch box sit on the radar?", Intent.UNKNOWN, "name"),
        ("is snorfblat any good for tracking?", Intent.UNKNOWN, "name"),
        ("where do you live", Intent.SOCIAL, "offtopic"),
        ("how do I reset my password", Intent.SOCIAL, "offtopic"),
        ("tell me a joke about kubernetes", Intent.SOCIAL, "offtopic"),
        ("you're a lifesaver, the review is tomorrow", Intent.SOCIAL, "thanks"),
        ("that kedro card made my week :raised_hands:", Intent.SOCIAL, "thanks"),
        ("has anybody reviewed polars yet?", Intent.UNKNOWN, "name"),
        ("what should our team use?", Intent.CLARIFY, "purpose"),
        ("what are the quadrants and why are there four of them?", Intent.CONCEPT, "axes"),
        ("what do we think of vetiver for deploying the R models", Intent.UNKNOWN, "name"),
        ("danke dir!", Intent.SOCIAL, "thanks"),
        ("help pls", Intent.HELP, ""),
        ("what's the deal with all the tools called something-flow?", Intent.CONCEPT, "flow"),
        ("first week here, why does this team keep a radar at all?", Intent.CONCEPT, "note:tech-radar"),
        (
            "our IT head wants to knock together our own ML platform with some python on k8s. good idea?",
            Intent.CONCEPT,
            "build_vs_buy",
        ),
        ("is Node-RED on the radar? the automation folks wire everything with it", Intent.UNKNOWN, "name"),
        ("what are the two axes on the radar chart", Intent.CONCEPT, "axes"),
        (
            'what is the "single-component ML tools" category supposed to cover',
            Intent.CONCEPT,
            "category:single-component-ml-tools",
        ),
        ("can I propose a new tool for the radar? how does that work", Intent.CONCEPT, "note:team-votes"),
        (
            "ML project frameworks vs ML task orchestrators: what's the difference?",
            Intent.CONCEPT,
            "categories:ml-project-frameworks,ml-task-orchestrators",
        ),
        (
            "I'm a backend engineer joining the ML platform team. which parts of the radar matter most for me?",
            Intent.CONCEPT,
            "personas",
        ),
    ],
)
def test_ideas_help_and_names_asked_without_a_tool(full, text, intent, action):
    question = full.understand(text)
    assert (question.intent, question.action) == (intent, action)


def test_a_question_with_no_need_is_offered_the_common_needs(full):
    question = full.understand("any recommendations?")
    assert question.intent is Intent.CLARIFY and len(question.options) == 5
    # each button asks a question the understanding reads as that need
    for option in question.options:
        refined = full.understand(option.text)
        if refined.action in ("cloud", "where"):  # a platform or a serving job asks where the team runs first
            refined = full.understand(refined.options[0].text)
        assert refined.intent is Intent.RECOMMEND and refined.need.tags[0].tag.name == option.label


def test_what_else_could_do_the_job_of_a_tool_in_trouble(full):
    question = full.understand("we are an Airflow shop but the DAGs are painful. what else could schedule our jobs?")
    assert question.intent is Intent.RECOMMEND and ids(question.tools) == ["airflow"]


def test_choosing_one_quadrant_over_another_is_the_map(full):
    question = full.understand("when would we pick an all-in-one platform over specialised tools?")
    assert (question.intent, question.action) == (Intent.CONCEPT, "axes")


def test_every_commercial_one_is_a_licence_filter():
    assert constraints_in("list every commercial feature store") == Constraints("commercial")


def test_a_shared_name_is_asked_about_without_a_lookup_frame(full):
    question = full.understand("paperspace ring?")
    assert (question.intent, question.action) == (Intent.CLARIFY, "name")
    assert [o.tool for o in question.options] == ["paperspace-core", "paperspace-gradient"]


def test_use_cases_the_person_named_outrank_ones_only_retrieval_found(full):
    question = full.understand("tiny team, no budget at all: what open source covers tracking plus pipelines?")
    assert {m.tag.id for m in question.need.tags[:2]} == {"experiment-tracking", "ml-pipelines"}


def test_the_website_is_all_buzzwords_is_not_a_list(full):
    question = full.understand("what does Kedro actually do? the docs are all jargon")
    assert question.intent is Intent.LOOKUP and ids(question.tools) == ["kedro"]


def test_sizes_are_not_names(full):
    question = full.understand("we need to serve a 70B model on 8xH100 nodes with 80GB each")
    assert question.intent is Intent.RECOMMEND and not question.unknown


def test_names_listed_as_where_data_comes_from_are_context(full):
    question = full.understand("we need Hubspot, Zendesk and Intercom exports loaded into our data warehouse nightly")
    assert question.intent is Intent.RECOMMEND
    assert full.understand("have you looked at Tarnwell for model monitoring?").intent is Intent.UNKNOWN


def test_a_managed_platform_asks_which_cloud_unless_open_source_was_asked(full):
    asked = full.understand("which managed ML platform should we buy?")
    assert (asked.intent, asked.action) == (Intent.CLARIFY, "cloud")
    assert [o.label for o in asked.options] == ["Amazon Web Services", "Google Cloud", "Microsoft Azure"]
    refined = full.understand(asked.options[0].text)
    assert refined.intent is Intent.RECOMMEND and refined.situation.cloud is not None
    assert refined.situation.cloud.id == "aws"
    free = full.understand("which ML platform should we run ourselves? open source only")
    assert free.intent is Intent.RECOMMEND


def test_a_use_case_named_by_its_last_word_is_not_asked_about(full):
    assert full.understand("what should we use for tracking experiments?").intent is Intent.RECOMMEND
    # a verb several use cases start with still asks which one is meant
    assert (full.understand("we need something to version our stuff").action) == "need"


def test_two_tools_and_or_are_compared_even_with_a_need(full):
    question = full.understand("Kedro or ZenML for our training pipelines?")
    assert question.intent is Intent.COMPARE and ids(question.tools) == ["kedro", "zenml"]


@pytest.mark.parametrize(
    ("text", "tools"),
    [
        ("for the batch jobs on our own small k8s cluster we are torn between airflow, prefect and dagster",
         ["airflow", "prefect", "dagster"]),
        ("athena vs redshift vs doing everything in snowflake?", ["amazon-athena", "amazon-redshift", "snowflake"]),
    ],
)  # fmt: skip
def test_where_the_compared_tools_would_run_is_not_one_of_them(full, text, tools):
    question = full.understand(text)
    assert question.intent is Intent.COMPARE and ids(question.tools) == tools


def test_a_queue_for_gpus_is_gpu_scheduling(full):
    assert full.understand("options for GPU queueing on the lab servers?").need.tags[0].tag.id == "gpu-scheduling"


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("we have to forecast weekly sales for every store", "time-series"),
        ("which gradient boosting library for our tabular data?", "tabular-ml"),
        ("we need speech to text for call recordings", "speech-audio"),
        ("node classification on a big social graph", "graph-ml"),
    ],
)
def test_the_newer_use_cases_are_found(full, text, tag):
    assert full.understand(text).need.tags[0].tag.id == tag


@pytest.mark.parametrize(
    "text",
    [
        "which model registries does the catalog have?",
        "name the vector databases",
        "data labelling tools you track?",
        "feature stores?",
        "which tools do drift detection?",
        # told at length in the first person, and still plainly a list
        "I am putting together a slide for the architecture board - could you enumerate the feature stores you know?",
        "we are writing the tooling register for the auditors, so which experiment trackers do you track, all of them?",
        "for the procurement memo I need the labelling tools out there, except the ones that cost money per seat",
    ],
)
def test_a_kind_asked_for_as_a_whole_is_a_list(full, text):
    assert full.understand(text).intent is Intent.LIST


def test_it_introduced_in_the_message_or_two_rings_point_at_nothing_outside(full):
    assert full.understand("if a tool sits in Assess, why keep it on the radar?").intent is Intent.CONCEPT
    assert full.understand("Adopt vs Trial, what is it that separates them?").intent is Intent.CONCEPT
    assert full.understand("why is it on trial?").intent is Intent.CLARIFY


def test_a_programming_language_named_in_a_need_is_the_setting(full):
    question = full.understand("a python library to validate dataframes before training?")
    assert question.intent is Intent.RECOMMEND and "python" in ids(question.situation.stack)
    assert (full.understand("what is python?").intent, ids(full.understand("what is python?").tools)) == (
        Intent.LOOKUP,
        ["python"],
    )


def test_a_cloud_asked_for_its_ml_services_gets_them(full, bundled_catalog):
    from bot.radar.team import TeamRadar

    question = full.understand("we're all-in on GCP. which ML services should we use?")
    assert question.intent is Intent.RECOMMEND and question.situation.cloud is not None
    picks = full.recommender.recommend(TeamRadar(bundled_catalog), question.need, question.situation).picks
    # its own services lead; nothing native to another cloud is offered
    assert [full.recommender.affinity_of(p.placed.tool.id) for p in picks[:2]] == ["gcp", "gcp"]
    assert all(full.recommender.affinity_of(p.placed.tool.id) in ("gcp", None) for p in picks)


def test_a_word_only_one_name_starts_with_is_that_tool_beside_another_name(full):
    question = full.understand("Sagemaker vs Vertex, how do they stack up?")
    assert question.intent is Intent.COMPARE and ids(question.tools) == ["sagemaker", "vertex-ai"]


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("comet is being shut down for our org, where should our runs go?", "comet"),
        ("seldon core is deprecated here, what do we move serving to?", "seldon-core"),
    ],
)
def test_a_tool_going_away_is_to_replace(full, text, left):
    question = full.understand(text)
    assert question.intent is Intent.RECOMMEND and left in ids(question.tools)


def test_what_a_kind_of_tool_is_makes_a_filtered_list(full):
    free = full.understand("which drift detection tools are open source")
    paid = full.understand("which experiment trackers are commercial?")
    assert (free.intent, free.situation.constraints.license) == (Intent.LIST, "open-source")
    assert (paid.intent, paid.situation.constraints.license) == (Intent.LIST, "commercial")


def test_an_everyday_word_set_against_a_name_is_a_name_too(full):
    question = full.understand("great expectations or soda for the warehouse checks")
    assert question.intent is Intent.COMPARE and ids(question.tools) == ["great-expectations", "soda"]


def test_a_tool_the_answer_must_not_need_is_to_replace(full):
    assert full.roles("something lighter that does not need k8s?") == [("kubernetes", Role.REPLACE)]


@pytest.mark.parametrize(
    ("text", "intent", "name"),
    [
        ("MONAI - status? imaging wants it for the segmentation work", Intent.UNKNOWN, "MONAI"),
        ("Looker: is that something the radar covers?", Intent.UNKNOWN, "Looker"),
        ("lightning: trial or assess?", Intent.CLARIFY, "lightning"),
        ("great expectatons - is it approved? the data folks want it", Intent.LOOKUP, ""),
        ("Question: is kedro any good?", Intent.LOOKUP, ""),
    ],
)
def test_a_name_written_first_then_asked_about_is_the_question(full, text, intent, name):
    question = full.understand(text)
    assert question.intent is intent and question.unknown == name
    if intent is Intent.LOOKUP:
        assert ids(question.tools) in (["great-expectations"], ["kedro"])


@pytest.mark.parametrize(
    "text",
    [
        "we finally got a node with 8 A100s. how do we actually use all of them for training?",
        "data is split across 3 SQL servers and a pile of Excel. where should it all land for analytics?",
        "leadership wants one managed ML platform for all six DS teams next year",
        "nobody knows which upstream tables feed the churn model. lineage / catalog tool?",
    ],
)
def test_all_that_counts_what_the_person_has_is_not_a_list_ask(full, text):
    assert full.understand(text).intent is not Intent.LIST


def test_a_problem_told_at_length_around_a_tool_is_a_need_unless_it_asks_about_the_tool(full):
    told = full.understand(
        "the OpenAI invoice went up four times since March and nobody can say which product feature caused it"
    )
    assert told.intent is Intent.RECOMMEND and ids(told.tools) == ["openai-api"]  # the context, left out
    asked = full.understand("the doc that outlines our ML stack still says DVC is in Trial. is that still true?")
    assert asked.intent is Intent.LOOKUP and ids(asked.tools) == ["dvc"]


def test_the_bots_own_recommendations_are_not_a_recommender_need(full):
    question = full.understand("the recommendations keep saying 'hard commitment', what does that mean?")
    assert question.intent is Intent.CONCEPT and not question.need.strong


def test_a_list_asked_as_what_have_we_got_keeps_the_licence(full):
    question = full.understand("serving tools with an OSI licence only, what have we got?")
    assert question.intent is Intent.LIST and question.situation.constraints.license == "open-source"


def test_a_typo_in_the_first_word_of_a_longer_name_finds_the_longer_name(full):
    assert ids(full.understand("kubeflw pipelines").tools) == ["kubeflow-pipelines"]


def test_already_after_a_name_asked_about_is_not_the_persons_stack(full):
    question = full.understand("Is Unsloth already placed somewhere on the radar or not yet?")
    assert question.intent is Intent.LOOKUP and ids(question.tools) == ["unsloth"]


@pytest.mark.parametrize("text", ["what ML-focused IaaS providers are listed", "give me the ML-focused IaaS providers"])
def test_a_category_asked_for_as_listed_is_its_list(full, text):
    question = full.understand(text)
    assert question.intent is Intent.LIST and question.category is not None


def test_a_teams_name_is_not_the_need(full):
    question = full.understand("the quality team wants the defect classifier behind a REST endpoint")
    assert "data-quality" not in {m.tag.id for m in question.need.tags if m.weight >= 1}


@pytest.mark.parametrize(
    "text",
    [
        "the auditors need a single inventory of every model in prod with owners. which tool gives us a registry?",
        "the audit wants lineage from source systems all the way to the reports. open-source lineage tooling?",
        "policy: all tier 1 models must have ongoing monitoring. we have zero. what do we put in place",
        "which recommender libraries are worth a look for next-best-offer?",
    ],
)
def test_inventories_all_the_way_and_worth_a_look_ask_for_no_list(full, text):
    assert full.understand(text).intent is not Intent.LIST


def test_an_acronym_leading_one_tools_name_is_that_tool_and_a_need_word_is_not(full):
    sas = full.understand("SAS 9.4 licences end next year. what should the replacement analytics workbench be?")
    assert sas.intent is Intent.RECOMMEND and ids(sas.tools) == ["sas-viya"]  # the one to replace, left out
    nlp = full.understand("the architects won't approve python in prod. NLP options that run on the JVM?")
    assert "spark-nlp" not in ids(nlp.tools)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("we need a tool for our models, what do you suggest", Intent.CLARIFY),
        ("can you suggest a vector database?", Intent.RECOMMEND),
        ("what should we use for experiment tracking?", Intent.RECOMMEND),
    ],
)
def test_a_need_told_by_one_loose_word_asks_what_for(full, text, intent):
    question = full.understand(text)
    assert question.intent is intent
    if intent is Intent.CLARIFY:
        assert question.action == "purpose" and question.options


@pytest.mark.parametrize(
    ("text", "tool_id"),
    [
        ("what's Verex AI?", "vertex-ai"),
        ("Azure OpenI ring?", "azure-openai"),
        ("is PyTorch Geometic on the radar?", "pytorch-geometric"),
    ],
)
def test_a_typo_inside_a_name_of_several_words_finds_the_whole_name(full, text, tool_id):
    question = full.understand(text)
    assert question.intent is Intent.LOOKUP and ids(question.tools) == [tool_id]


@pytest.mark.parametrize(("text", "tool_id"), [("what's Ktib?", "katib"), ("Flyt ring?", "flyte")])
def test_a_typo_in_a_four_letter_word_finds_its_tool(full, text, tool_id):
    assert ids(full.understand(text).tools) == [tool_id]


def test_an_acronyms_plural_is_no_typo(full):
    assert "openvino-model-server" not in ids(full.understand("my pandas job OOMs on a 40GB csv").tools)


@pytest.mark.parametrize(
    ("text", "tag_id"),
    [
        ("any good gradient boosting tools?", "tabular-ml"),
        ("what should we use for distributed computing?", "distributed-compute"),
    ],
)
def test_a_use_cases_phrase_is_neither_a_tool_nor_another_phrase_read_backwards(full, text, tag_id):
    question = full.understand(text)
    assert not question.tools and question.need.tags[0].tag.id == tag_id


def test_a_passage_in_another_language_is_no_unknown_name(full):
    question = full.understand(
        "Einkauf wants to ask the ERP data questions in plain German ('welche Lieferanten waren letztes Quartal "
        "mehr als 5 Tage zu spät?') and get a table back"
    )
    assert question.intent is Intent.RECOMMEND


def test_how_do_we_know_about_a_model_is_no_question_of_judging_a_platform(full):
    question = full.understand("ground truth arrives months later. how do we know whether the model has degraded?")
    assert question.intent is Intent.RECOMMEND
    assert full.understand("how do we know a platform is mature enough?").action == "signals"


def test_does_not_mean_is_no_question_of_meaning(full):
    question = full.understand(
        "the assistant should call our internal tools through a standard interface, so swapping the LLM vendor "
        "later doesn't mean rewriting everything"
    )
    assert question.intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    "text",
    [
        "distributed pytorch jobs on k8s half-start and then deadlock waiting for pods. need all-or-nothing scheduling",
        "about 40 TB of parquet in S3. we would love to branch it like git, then merge or roll back",
    ],
)
def test_a_joining_word_after_both_names_compares_nothing(full, text):
    assert full.understand(text).intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    "text", ["label studio or prodigy for NER?", "between airflow and prefect, for a team of three?"]
)
def test_a_joining_word_between_names_or_a_comparing_word_anywhere_compares(full, text):
    assert full.understand(text).intent is Intent.COMPARE


@pytest.mark.parametrize("text", ["TF Serving still recommended in 2025?", "is kedro recommended?"])
def test_the_verb_recommend_asks_about_the_tool_and_is_no_recommender_need(full, text):
    question = full.understand(text)
    assert question.intent is Intent.LOOKUP
    assert not question.need


def test_recommending_things_to_people_is_still_a_recommender_need(full):
    question = full.understand("we want to recommend products to shoppers on the site")
    assert [m.tag.id for m in question.need.tags][:1] == ["recommender-systems"]


def test_a_need_told_at_length_around_a_role_is_about_the_work(full):
    question = full.understand(
        "we're a JVM shop. data scientists train in python but the scoring has to happen inside our Java services"
    )
    assert question.intent is Intent.RECOMMEND
    assert full.understand("I'm a data scientist, which parts of the radar matter for me?").action == "personas"


def test_the_plural_of_an_everyday_word_is_no_typo_of_a_name(full):
    question = full.understand(
        "I'm an ML engineer stuck between the quants and the platform team. "
        "which kinds of tools help someone in my seat"
    )
    assert question.intent is Intent.CONCEPT


def test_a_name_written_first_and_asked_about_after_some_scene_is_looked_up(full):
    question = full.understand(
        "Driverless AI — a vendor is pitching it to our director. what is it and where would it sit?"
    )
    assert question.intent is Intent.LOOKUP
    assert ids(question.tools) == ["h2o-ai-cloud"]


@pytest.mark.parametrize(
    "text",
    [
        "open source vector databases pls",
        "model serving tools, open source only",
        "edge / on-device inference runtimes",
        "high-coverage SaaS / all-in-one ML platforms",
        "model serving tools that run on kubernetes",
        "feature stores on gcp",
        "workflow orchestrators that do NOT need kubernetes",
        "annotation tools that handle video",
        "agent frameworks for python",
        "synthetic data generators",
        "monitoring tools that are open source?",
        "which orchestrators run natively on kubernetes",
        "which workflow orchestrators work WITHOUT kubernetes",
        "labelling tools for text, open source only",
        "which orchestrators don't need kubernetes",
        "what llm evaluation frameworks exist?",
        "what commercial experiment tracking options exist?",
        "what LLM inference servers can we run ourselves?",
        "give me the drift / model monitoring tools, only the open source ones",
    ],
)
def test_a_kind_of_tool_named_in_the_plural_and_nothing_more_is_its_list(full, text):
    assert full.understand(text).intent is Intent.LIST


@pytest.mark.parametrize(
    "text",
    [
        "a vector database for 3M chunks",
        "tools for data validation of our nightly parquet drops?",
        "monitoring for our models on sagemaker?",
        "orchestrators for our 5 pipelines",
        "cheap GPUs for training?",
        "which orchestrator runs on kubernetes?",
        "fine-tuning frameworks for open LLMs on our own GPUs?",
        "we want to train with a formal privacy guarantee, some kind of differential privacy. what exists?",
    ],
)
def test_a_kind_asked_for_is_a_recommendation(full, text):
    assert full.understand(text).intent is Intent.RECOMMEND


def test_a_tool_in_trouble_with_what_to_use_asks_for_something_else(full):
    question = full.understand("pandas is dying on 200M parcel scan rows. what to use for scale it?")
    assert question.intent is Intent.RECOMMEND


def test_which_runtime_asks_for_a_tool(full):
    question = full.understand(
        "The vans have small ARM boxes (no GPU, 4GB RAM) and we want to run a model. Which runtime?"
    )
    assert question.intent is Intent.RECOMMEND


def test_a_tool_that_is_fine_is_the_setting_and_a_ruled_out_one_no_need(full):
    question = full.understand(
        "need to serve the ETA model behind our Go order service. we do NOT want to run kubernetes, Cloud Run is fine"
    )
    assert question.intent is Intent.RECOMMEND
    assert question.situation.constraints.no_kubernetes
    assert "cluster-orchestration" not in [m.tag.id for m in question.need.tags]
    assert dict(full.roles("Vertex AI is fine, we just need it served"))["vertex-ai"] is Role.STACK


def test_how_do_we_with_a_need_asks_for_tools_not_what_a_category_is(full):
    question = full.understand(
        "our deep model takes 20h on one GPU. how do we spread training over several GPUs/nodes?"
    )
    assert question.intent is Intent.RECOMMEND


def test_a_typo_in_a_long_name_starting_with_an_everyday_word_is_corrected(full):
    question = full.understand("great expecations")
    assert question.intent is Intent.LOOKUP
    assert ids(question.tools) == ["great-expectations"]


def test_an_opinion_asked_last_of_the_one_tool_named_is_its_lookup(full):
    question = full.understand("temporal.io for ML workflows, thoughts?")
    assert question.intent is Intent.LOOKUP
    assert ids(question.tools) == ["temporal"]


def test_an_everyday_word_compared_to_a_name_is_a_name(full):
    question = full.understand("evidently compared to nannyml")
    assert question.intent is Intent.COMPARE
    assert full.understand("evidently, the model compared badly").tools == ()


@pytest.mark.parametrize("text", ["what categories are there on the radar?", "list the categories"])
def test_the_categories_asked_for_are_the_map(full, text):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CONCEPT, "axes")


def test_a_hyphenated_name_written_oddly_is_a_name_whatever_its_words(full):
    question = full.understand("is Node-RED on the radar? the automation folks wire everything with it")
    assert (question.intent, question.action) == (Intent.UNKNOWN, "name")


def test_a_rarer_word_written_like_a_name_is_no_form_of_a_known_word(full):
    question = full.understand("what do you think of Looker")
    assert question.intent is Intent.UNKNOWN


def test_how_do_i_use_the_slash_command_is_help(full):
    assert full.understand("how do I use /radar?").intent is Intent.HELP


def test_an_idea_named_outweighs_a_category_guessed_from_two_words(full):
    question = full.understand("what does self-serve machine learning mean?")
    assert (question.intent, question.action) == (Intent.CONCEPT, "note:self-serve")


@pytest.mark.parametrize(
    ("text", "idea"),
    [
        ("people keep saying kubeflow is a 'hard commitment'. what does that mean here?", "note:hard-commitment"),
        ("what does 'buy specialised tools first' mean for a team of 4?", "build_vs_buy"),
    ],
)
def test_words_quoted_and_asked_the_meaning_of_are_the_idea(full, text, idea):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CONCEPT, idea)


@pytest.mark.parametrize(
    ("text", "idea"),
    [
        ("if my name sits next to a tool as its owner, what am I signing up for?", "note:entry-owner"),
        ("who fills in the note shown on a tool's card, and is it gospel?", "note:entry-note"),
        (
            "compliance asks for a log of past ring changes and who decided them. does that exist?",
            "note:decision-trail",
        ),
    ],
)
def test_the_fields_of_a_radar_entry_are_ideas_to_explain(full, text, idea):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CONCEPT, idea)


def test_a_resource_the_setting_lacks_is_no_need(full):
    question = full.understand("The vans have small ARM boxes (no GPU, 4GB RAM). Which runtime for a detection model?")
    assert "gpu-compute" not in [m.tag.id for m in question.need.tags]


def test_the_word_model_is_no_hint_of_probabilistic_modelling(full):
    question = full.understand("cheap hosting for a tiny fastapi model service")
    assert "probabilistic-modelling" not in [m.tag.id for m in question.need.tags]


@pytest.mark.parametrize("text", ["GCP tools you know about", "what AWS services are on the radar", "azure stuff?"])
def test_a_clouds_tools_asked_for_as_a_kind_are_its_list(full, text):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.LIST, "cloud")


@pytest.mark.parametrize("text", ["what is gcp", "gcp?"])
def test_a_cloud_asked_about_is_its_card(full, text):
    assert full.understand(text).intent is Intent.LOOKUP


@pytest.mark.parametrize("text", ["recommend us a platform", "can you suggest a platform? we're looking to modernise"])
def test_a_platform_asked_for_with_nothing_else_asks_what_for(full, text):
    assert full.understand(text).intent is Intent.CLARIFY


def test_a_platform_asked_for_with_its_setting_is_recommended(full):
    assert full.understand("we need an ML platform for 25 data scientists on AWS").intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    "text", ["Redpanda for the telematics event stream, what ring?", "Quuxly for tracking, thoughts?"]
)
def test_an_unknown_name_a_message_starts_with_and_asks_an_opinion_of_is_unknown(full, text):
    assert full.understand(text).intent is Intent.UNKNOWN


def test_a_hyphenated_name_of_everyday_words_written_oddly_is_an_unknown_name(full):
    question = full.understand("google OR-Tools, is it on the radar?")
    assert (question.intent, question.action) == (Intent.UNKNOWN, "name")
    assert "OR" in question.unknown


@pytest.mark.parametrize(
    "text",
    [
        "I'm new, what can this bot do?",
        "can you show me some examples",
        "what do I type",
        "instructions?",
        "how do I get started",
        "list commands",
        "can i ask you about tools?",
    ],
)
def test_ways_of_asking_how_to_use_the_bot_are_help(full, text):
    assert full.understand(text).intent is Intent.HELP


@pytest.mark.parametrize("text", ["i need help choosing a feature store", "what can kedro do"])
def test_help_with_a_need_or_a_tool_is_that_question(full, text):
    assert full.understand(text).intent is not Intent.HELP


@pytest.mark.parametrize(
    "text",
    [
        "how does voting work here?",
        "how do polls work?",
        "who votes on the rings",
        "who decides what goes on the radar?",
        "how often is the radar updated?",
    ],
)
def test_how_voting_works_is_the_team_votes_idea(full, text):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CONCEPT, "note:team-votes")


@pytest.mark.parametrize(
    "text",
    [
        "how do I vote",
        "how do i propose a new tool for the radar",
        "can i propose a tool that isn't on the radar yet? saw one at a conference",
        "can I add a tool to our radar through you or do I need to ping someone?",
        "how do I propose a tool for our radar / start a vote?",
        "where do I see the radar picture?",
        "what commands are there?",
        "can you show me the whole radar?",
        "is there a picture of the radar?",
        "can I export the radar?",
        "how do I see the history of a tool?",
        "can I get notified when a tool moves?",
        "where's the radar web page?",
    ],
)
def test_how_to_do_what_a_command_does_is_help_with_the_commands(full, text):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.HELP, "commands")


@pytest.mark.parametrize("text", ["how do I see which features drift?", "how can I add monitoring to our pipeline?"])
def test_how_to_do_a_job_is_no_help_with_the_commands(full, text):
    assert full.understand(text).action != "commands"


@pytest.mark.parametrize(
    "text",
    [
        "how does voting work? i want mlflow moved up to adopt",  # a tool named in the person's part is no card
        "how does the weekly vote work? we missed the poll on friday",
    ],
)
def test_how_the_votes_work_asked_with_ones_own_part_is_help_with_the_commands(full, text):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.HELP, "commands")


def test_how_the_votes_work_asked_alone_is_their_idea(full):
    question = full.understand("how do the weekly polls work? how many votes does it take to move a tool?")
    assert (question.intent, question.action) == (Intent.CONCEPT, "note:team-votes")


def test_a_shared_name_sent_alone_asks_which_even_when_it_is_a_word(full):
    question = full.understand("lightning?")
    assert (question.intent, question.action) == (Intent.CLARIFY, "name")


@pytest.mark.parametrize("text", ["we need a tool", "we need something for our data"])
def test_wanting_a_tool_without_saying_what_for_asks_what_for(full, text):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CLARIFY, "purpose")


def test_an_everyday_how_do_i_is_small_talk(full):
    assert full.understand("how do I reset my password").intent is Intent.SOCIAL


@pytest.mark.parametrize(
    ("text", "tool_id"),
    [
        ("what's Featur-engine?", "feature-engine"),
        ("LLaMA-actory ring?", "llama-factory"),
        ("is Acord.NET any good?", "accord-net"),
    ],
)
def test_a_typo_in_a_hyphenated_or_dotted_name_finds_its_tool(full, text, tool_id):
    question = full.understand(text)
    assert question.intent is Intent.LOOKUP and ids(question.tools) == [tool_id]


@pytest.mark.parametrize("text", ["goedemorgen radar!", "thanks, that's exactly what procurement needed"])
def test_greetings_and_thanks_in_other_words_are_small_talk(full, text):
    assert full.understand(text).intent is Intent.SOCIAL


def test_using_the_bot_in_a_dm_is_help(full):
    assert full.understand("can I use this in a DM or only in channels?").intent is Intent.HELP


@pytest.mark.parametrize(
    "text", ["Presidio for PII anonymisation - what ring?", "tesseract ocr any good for scanned letters?"]
)
def test_an_unknown_name_first_with_an_opinion_asked_anywhere_is_unknown(full, text):
    assert full.understand(text).intent is Intent.UNKNOWN


def test_rings_of_transfers_ask_no_opinion_of_a_name(full):
    text = "mule accounts show up as little rings of transfers between new accounts. tooling for graph ML?"
    assert full.understand(text).intent is Intent.RECOMMEND


@pytest.mark.parametrize("text", ["anyone going to the canteen?", "beam me up scotty"])
def test_everyday_words_in_lower_case_with_nothing_asked_of_them_are_small_talk(full, text):
    assert full.understand(text).intent is Intent.SOCIAL


@pytest.mark.parametrize("text", ["polars", "what about vetiver", "is mossgate on the radar"])
def test_a_word_sent_alone_or_asked_about_is_still_a_name(full, text):
    assert full.understand(text).intent is Intent.UNKNOWN


@pytest.mark.parametrize(
    ("text", "language"), [("which tools on the radar work with R?", "R"), ("list java tools", "Java")]
)
def test_tools_asked_for_by_language_are_their_list(full, text, language):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.LIST, "language")
    assert question.situation.constraints.language == language


@pytest.mark.parametrize(
    "text", ["which vector databases can we self-host?", "which feature stores can we run on prem"]
)
def test_which_of_a_kind_can_we_host_asks_for_the_list_with_that_filter(full, text):
    question = full.understand(text)
    assert question.intent is Intent.LIST and question.situation.constraints.license == "open-source"


def test_what_the_person_is_stuck_on_is_to_be_replaced_even_when_they_run_it(full):
    text = "we are stuck on airflow 1.10 and the DAGs are spaghetti. considering moving. what's lighter?"
    assert dict(full.roles(text))["airflow"] is Role.REPLACE
    question = full.understand(text)
    assert question.intent is Intent.RECOMMEND and "airflow" not in ids(question.situation.stack)


def test_a_need_told_with_a_wish_for_tools_is_no_idea_sharing_its_words(full):
    text = (
        "The nightly claims feed from the legacy mainframe sometimes arrives with shifted columns, and the model "
        "silently scores garbage. We want checks that stop the pipeline before scoring."
    )
    assert full.understand(text).intent is Intent.RECOMMEND


def test_lists_as_a_noun_ask_for_no_list(full):
    text = "policy officers get messy excel lists with inconsistent names and want to clean them up without coding"
    assert full.understand(text).intent is Intent.RECOMMEND


@pytest.mark.parametrize("text", ["best database?", "best platform?"])
def test_the_best_of_a_kind_that_names_no_job_asks_what_for(full, text):
    assert full.understand(text).intent is Intent.CLARIFY


@pytest.mark.parametrize("text", ["best experiment tracker?", "top vector db", "we need a time series database"])
def test_the_best_of_a_kind_that_names_its_job_is_recommended(full, text):
    assert full.understand(text).intent is Intent.RECOMMEND


def test_a_need_with_a_tool_named_only_as_where_it_runs_is_a_recommendation(full):
    question = full.understand("monitoring for our models on sagemaker?")
    assert question.intent is Intent.RECOMMEND and "sagemaker" in ids(question.situation.stack)


def test_a_team_of_three_is_a_small_team(full):
    assert constraints_in("what would you pick for a team of 3").small_team


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("honestly confused: kubeflow, mlflow, metaflow. what's the difference??", Intent.COMPARE),
        ("kubeflow, mlflow, metaflow — I genuinely can't keep the -flows apart. how do they differ?", Intent.COMPARE),
        ("mlflow vs kubeflow vs metaflow, why the similar names?", Intent.CONCEPT),
        ("I always confuse mlflow and metaflow", Intent.CONCEPT),
    ],
)
def test_the_flows_named_and_weighed_are_compared_and_their_names_are_the_idea(full, text, intent):
    assert full.understand(text).intent is intent


def test_tool_recommendations_asked_for_are_no_recommender_need(full):
    question = full.understand("tracking tool recommendations?")
    assert [m.tag.id for m in question.need.tags][:1] == ["experiment-tracking"]
    assert "recommender-systems" not in [m.tag.id for m in question.need.tags]


@pytest.mark.parametrize(
    "text",
    [
        "we get scanned forms every day. need to turn them into structured text before any model sees them. what is "
        "out there?",
        "fraud rings share phone numbers and garages across claims. we want to model it as a graph. which tools?",
        "the chatbot is live and we have no visibility into what it answers. need tracing, open source",
        "what framework would you use to build RAG over our policy documents? python, and we'd rather not write all "
        "the chunking/retrieval glue ourselves",
        "results take months to arrive so we have no ground truth for the triage model. how do we know if it's "
        "getting worse?",
    ],
)
def test_a_need_told_around_words_of_the_radar_still_asks_for_tools(full, text):
    # "structured", "rings", "self-hosted", "build ... ourselves" and an English word before "it" are no idea,
    # no list and no unknown name here
    assert full.understand(text).intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    ("text", "action"),
    [("how is the radar structured?", "axes"), ("what are the four rings?", "rings"), ("explain the rings", "rings")],
)
def test_the_radar_s_own_structure_and_rings_are_still_its_ideas(full, text, action):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CONCEPT, action)


@pytest.mark.parametrize(
    ("text", "intent", "action"),
    [
        ("vector databases we could self-host?", Intent.LIST, "tag"),
        ("what do you have that's azure-specific?", Intent.LIST, "cloud"),
        ("what about presidio for anonymising claim texts?", Intent.UNKNOWN, "name"),
        ("neo4j for the fraud graph — is it in the catalog?", Intent.UNKNOWN, "name"),
        ("hilfe - welche Befehle gibt es?", Intent.HELP, ""),
        ("unity, any good for us?", Intent.CLARIFY, "name"),
    ],
)
def test_lists_unknown_names_help_and_shared_names_asked_in_passing(full, text, intent, action):
    question = full.understand(text)
    assert (question.intent, question.action) == (intent, action)


def test_everyday_words_listed_by_slash_beside_names_are_names(full):
    question = full.understand("great expectations / soda / pandera - which one for data checks and why")
    assert (question.intent, ids(question.tools)) == (Intent.COMPARE, ["great-expectations", "soda", "pandera"])


def test_a_constraint_told_last_does_not_outweigh_the_need_told_first(full):
    question = full.understand(
        "need to annotate key fields and entities on a few thousand form texts. open source and self hosted only, "
        "legal won't let us upload anything"
    )
    assert [m.tag.id for m in question.need.tags][:1] == ["labelling"]


def test_a_use_case_named_as_where_something_happens_is_no_need(full):
    question = full.understand("notebook diffs in code review are unreadable json soup")
    assert [m.tag.id for m in question.need.tags][:1] == ["notebooks"]


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("'customers also bought' for our shop, around 2M users and 100k products", "recommender-systems"),
        (
            "every environment was clicked together in the AWS console and nobody can recreate staging",
            "infrastructure-as-code",
        ),
    ],
)
def test_a_need_told_by_its_symptoms_is_found_by_the_problems_it_echoes(full, text, tag):
    assert [m.tag.id for m in full.understand(text).need.tags][:1] == [tag]


@pytest.mark.parametrize(
    ("text", "intent", "tools"),
    [
        ("hera (the argo python sdk) — where is it on the radar", Intent.LOOKUP, ["hera"]),
        ("what's Dash (the plotly one)?", Intent.LOOKUP, ["dash"]),
        ("Sift (the fraud detection vendor) — do we have a ring for it?", Intent.UNKNOWN, []),
    ],
)
def test_words_describing_the_name_asked_about_name_nothing_of_their_own(full, text, intent, tools):
    question = full.understand(text)
    assert (question.intent, ids(question.tools)) == (intent, tools)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("how do I use /radar? are there commands?", Intent.HELP),
        ("how should I phrase a question to get a good recommendation from you?", Intent.HELP),
        ("do the rings say how good a tool is, or just how much we trust it for our use?", Intent.CONCEPT),
        ("what does self-serve mean here? our DS want to deploy models without waiting for an MLE", Intent.CONCEPT),
        ("what ring is lightning in?", Intent.CLARIFY),
    ],
)
def test_help_ideas_and_shared_names_asked_in_their_own_words(full, text, intent):
    assert full.understand(text).intent is intent


@pytest.mark.parametrize(
    "text",
    [
        "we are a Microsoft shop (Azure OpenAI, some C# services). what should we build the chatbot agent with so "
        "both .NET and python devs can work on it?",
        "Need column-level access control and audit in our data lake (Hive + Trino): health-related claim fields "
        "should be visible only to a few people.",
        "azure openai bill is growing, and 30% of chatbot questions are the same. can we cache answers to similar "
        "questions?",
        "pandas dies with OOM on the 60GB claims table on a single 64GB box. what's the least painful way to scale?",
    ],
)
def test_tools_that_set_the_scene_leave_the_question_a_recommendation(full, text):
    # ".NET" ends no sentence; tools in parentheses after "our ..." are the setting; "can we ...?" asks how
    assert full.understand(text).intent is Intent.RECOMMEND


def test_tools_in_parentheses_asked_about_are_still_compared(full):
    assert full.understand("which is better (mlflow or wandb)?").intent is Intent.COMPARE


@pytest.mark.parametrize(
    ("text", "intent", "tools"),
    [
        ("iceberg vs delta vs hudi", Intent.COMPARE, ["apache-iceberg", "delta-lake", "apache-hudi"]),
        ("build vs buy?", Intent.CONCEPT, []),
        ("show me everything AWS on the radar", Intent.LIST, ["aws"]),
    ],
)
def test_everyday_words_across_a_vs_from_a_name_and_a_cloud_s_everything(full, text, intent, tools):
    question = full.understand(text)
    assert (question.intent, ids(question.tools)) == (intent, tools)


@pytest.mark.parametrize(
    "text",
    [
        "we need monitoring. what do you suggest?",
        "we want to monitor our stuff better. recs?",
        "we need somewhere to host stuff, what should we pick?",
        "which orchestrators should we use",
        "pipeline tool you'd go for?",
    ],
)
def test_a_need_named_by_a_word_several_jobs_share_asks_which_job(full, text):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CLARIFY, "need")
    # each option, once clicked, is a need the bot answers
    assert all(full.understand(option.text).intent is Intent.RECOMMEND for option in question.options)


@pytest.mark.parametrize(
    "text",
    [
        "my lead wants us to add monitoring, what would you pick?",
        "need a tool for the LLM poc haha, what do you suggest",
        "we'd like to standardize our pipelines. recs?",
        "pipelines? what should we use",
        "which registry should we standardise on?",
    ],
)
def test_everyday_words_around_a_shared_word_leave_it_ambiguous(full, text):
    # (who asked, what is to be done and words no use case is told in say nothing of which job is meant)
    assert (full.understand(text).intent, full.understand(text).action) == (Intent.CLARIFY, "need")


@pytest.mark.parametrize(
    "text", ["evaluate our meeting summaries, which tool?", "we need monitoring for the fraud models"]
)
def test_words_of_what_the_job_is_about_around_a_shared_word_answer_it(full, text):
    assert full.understand(text).intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    "text",
    [
        "we need monitoring before the launch, what do you recommend",
        "any tool for tracking? my lead wants a proposal by friday",
        "what should we use for labelling?",
        "we want to do pipelines properly this quarter. recs?",
        "what are folks using for monitoring these days?",
        "the director asked me to pick a tracking tool by thursday",
        "which optimization tool would you suggest?",
    ],
)
def test_when_a_need_came_up_says_nothing_of_which_job_it_is(full, text):
    assert (full.understand(text).intent, full.understand(text).action) == (Intent.CLARIFY, "need")


@pytest.mark.parametrize(
    "text",
    [
        # (who asked, and what they keep saying, are no job)
        "our dpo asked what we do about privacy. which tool?",
        "any tool for tracking? my boss keeps saying we need one",
        # (nor is when it is needed, even where its words brush a use case)
        "need some monitoring before the beta goes live next week",
        # (the thing optimised, named loosely, says no more than "optimise")
        "best tool for optimising the model?",
        # (a medium or a model family alone names no job)
        "best tool for audio?",
        "we need tooling for the llm part of the project, what do you suggest?",
        # (charts, the business's dashboards and training runs are all visualised; every job is a job)
        "any tool for visualisation?",
        "what's best for scheduling jobs?",
        # (annotation, streaming and embeddings each name two or three jobs)
        "anything for annotation?",
        "recommendations for streaming?",
        "what do people use for embeddings?",
    ],
)
def test_who_asked_when_and_loose_objects_leave_a_shared_word_ambiguous(full, text):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CLARIFY, "need"), (question.intent, question.need.label)


@pytest.mark.parametrize(
    "text",
    [
        "tool for labelling scooter photos?",
        "what can we use to label claim notes?",
        "noisy labels, any tool?",
        "something to visualise an onnx graph?",
    ],
)
def test_what_is_labelled_or_drawn_answers_the_shared_need(full, text):
    assert full.understand(text).intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    "text, intent",
    [
        ("model serving options, what's out there?", Intent.LIST),
        ("LLM gateways / proxies, what exists?", Intent.LIST),
        ("show me the data orchestrators, I'm making a slide for the Hadoop exit plan", Intent.LIST),
        # (after a need told at length the same words ask for a pick)
        ("we need guardrails so the doc assistant never leaks patient identifiers. what's out there", Intent.RECOMMEND),
    ],
)
def test_a_kind_named_shortly_then_the_field_asked_for_is_its_list(full, text, intent):
    assert full.understand(text).intent is intent


@pytest.mark.parametrize(
    "text", ["model monitoring?", "monitoring for our LLM app", "data pipelines for our warehouse"]
)
def test_what_the_shared_word_is_about_makes_it_no_longer_ambiguous(full, text):
    assert full.understand(text).intent is not Intent.CLARIFY


@pytest.mark.parametrize(
    "text",
    [
        "is census worth a look?",
        "Census - status?",
        "any experience with sentry?",
        "anyone tried Hightouch?",
        "we're evaluating Retool for internal tools, is it on the radar?",
        "vetiver - ok for the R folks?",
        "Prophet for the appointment forecasts, where does it sit?",
        "Amazon Personalize — any good for the item shop?",
        "braintrust for llm evals?",
        "Datadog for monitoring the model API — adopt?",
        "Benchling - do we track it?",
        "Is DuckDB on the radar? Half the team uses it for local SQL on parquet files.",
    ],
)
def test_a_product_the_catalog_lacks_is_unknown_even_when_it_is_an_everyday_word(full, text):
    assert full.understand(text).intent is Intent.UNKNOWN


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("Airflow for the ETL, where does it sit?", "airflow"),
        ("Azure ML - status?", "azure-ml"),
        ("mlflow for tracking?", "mlflow"),
        ("kedro — adopt?", "kedro"),
    ],
)
def test_a_known_name_asked_about_the_same_way_is_looked_up(full, text, tool):
    question = full.understand(text)
    assert question.intent is Intent.LOOKUP and ids(question.tools) == [tool]


@pytest.mark.parametrize("text", ["is it any good?", "is this worth a look?", "Question: is kedro any good?"])
def test_an_opinion_asked_of_nothing_named_is_no_unknown_name(full, text):
    assert full.understand(text).intent is not Intent.UNKNOWN


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("what's Azure Purview?", "Azure Purview"),
        ("is AWS Step Functions on the radar?", "AWS Step Functions"),
        ("has anyone used Azure Purview?", "Azure Purview"),
    ],
)
def test_a_cloud_s_product_the_catalog_lacks_is_unknown_by_its_whole_name(full, text, name):
    question = full.understand(text)
    assert (question.intent, question.unknown) == (Intent.UNKNOWN, name)


@pytest.mark.parametrize(("text", "tool"), [("is Azure OpenAI any good?", "azure-openai"), ("AWS Glue?", "aws-glue")])
def test_a_cloud_s_product_the_catalog_has_is_still_that_product(full, text, tool):
    assert ids(full.understand(text).tools)[:1] == [tool]


def test_a_shared_name_written_first_with_a_comma_asks_which_tool(full):
    question = full.understand("lightning, adopt or not?")
    assert question.intent is Intent.CLARIFY and question.action == "name"


def test_what_kinds_of_things_a_ring_holds_is_no_question_about_the_bot(full):
    assert full.understand("what kinds of things end up on Hold?").intent is not Intent.HELP
    assert full.understand("what kinds of things can you do?").intent is Intent.HELP


def test_show_said_by_the_person_of_their_own_work_asks_for_no_list(full):
    question = full.understand("need per-player explanations we can show inside the CRM tool")
    assert question.intent is Intent.RECOMMEND
    assert full.understand("show me the feature stores").intent is Intent.LIST


def test_a_need_with_buy_not_build_already_told_asks_for_the_tool(full):
    question = full.understand("we want ONE managed MLOps platform for tracking and pipelines on AWS. buy not build")
    assert question.intent is Intent.RECOMMEND
    assert full.understand("should we build our own tracker or buy one?").intent is Intent.CONCEPT


def test_a_role_word_inside_a_products_name_is_no_role(full):
    question = full.understand(
        "code lives in Azure DevOps repos. want: every PR retrains a small model "
        "and posts the metrics diff as a comment"
    )
    assert question.intent is not Intent.CONCEPT
    assert full.understand("what should an ML engineer care about").action == "personas"


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("hey, can someone explain what Feast is? it's all over the design doc for the new ranking service", "feast"),
        ("anti-cheat wants PYOD for outlier scoring on match telemetry, where's it sit", "pyod"),
        ("hopsworks... is it a feature store or a whole platform? and where's it on our radar", "hopsworks"),
        ("Roboflow Supervision lib - ok to use in prod code?", "roboflow-supervision"),
    ],
)
def test_a_question_about_the_one_tool_named_is_a_lookup_whatever_need_it_tells(full, text, tool):
    question = full.understand(text)
    assert question.intent is Intent.LOOKUP and ids(question.tools) == [tool]


@pytest.mark.parametrize(
    ("text", "tools"),
    [
        ("evidently or nannyml for drift? we often don't get labels for weeks", ["evidently", "nannyml"]),
        ("difference between evidently and nannyml", ["evidently", "nannyml"]),
        ("how does langfuse stack up against langsmith?", ["langfuse", "langsmith"]),
        ("pgvector vs qdrant, we already run postgres", ["pgvector", "qdrant"]),
    ],
)
def test_tools_weighed_against_each_other_are_compared(full, text, tools):
    question = full.understand(text)
    assert question.intent is Intent.COMPARE and ids(question.tools) == tools


def test_already_in_the_next_clause_makes_no_tool_the_persons(full):
    question = full.understand("pgvector vs qdrant, we already run postgres")
    assert ids(question.situation.stack) == ["postgresql"]


@pytest.mark.parametrize(
    "text",
    [
        "what can u do",
        "commands list?",
        "help pls, first time here :wave:",
        "can I DM you or only mention you in a channel?",
        "hi, first time using this bot, how it works in a thread?",
    ],
)
def test_help_asked_in_chat_shorthand_or_as_a_newcomer_is_help(full, text):
    assert full.understand(text).intent is Intent.HELP


def test_help_choosing_a_tool_is_no_help_menu(full):
    assert full.understand("help me pick a tracker").intent is not Intent.HELP


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("what even is a tech radar?", "note:tech-radar"),
        ("why does the radar say try specialized tools first", "build_vs_buy"),
        ("why try specialised tools before big platforms?", "build_vs_buy"),
        ("what's behind the 'buy specialised ML tools first' advice", "build_vs_buy"),
    ],
)
def test_ideas_asked_with_hedges_or_by_their_advice_are_explained(full, text, action):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CONCEPT, action)


@pytest.mark.parametrize(
    "text",
    [
        'explain the two axes — what does "piecemeal vs all-in-one" mean?',
        "what are the two axes of the map? software vs model and ...?",
        "can someone explain the two axes again, software-focused vs model-focused and the other one",
    ],
)
def test_the_axes_asked_with_their_poles_set_against_each_other_are_the_axes(full, text):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CONCEPT, "axes")


def test_plain_machines_told_as_the_setting_are_no_need_for_compute(full):
    question = full.understand("claims history is ~900M rows and pandas just dies. we have a few big VMs")
    assert "compute-platform" not in [m.tag.id for m in question.need.tags[:1]]


@pytest.mark.parametrize(
    "text",
    [
        "airflow is way too heavy for our 3 person team, what's lighter?",
        "package models into reproducible container images without hand-writing Dockerfiles",
        "we dump tensorboard logs on a shared drive and nobody can find anything anymore. what tracker?",
        "vector db on prem for ~2M chunks. we already operate postgres, would prefer not to add a new thing",
    ],
)
def test_a_tool_told_as_what_the_person_has_or_avoids_leaves_the_need_asked(full, text):
    assert full.understand(text).intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    "text",
    [
        "want to compute fraud signals from the kafka event stream in near real time, team is python people",
        "we want hosted notebooks with GPUs for the whole team, minimal setup, nobody wants to run jupyterhub",
        "churn model uses sklearn's GradientBoostingClassifier and training is slow as molasses",
    ],
)
def test_a_source_a_tool_nobody_wants_or_what_a_model_uses_is_context(full, text):
    assert full.understand(text).intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    "text",
    ["what is the best tool", "we have models and want to go to production. pls advise", "got budget for one new tool"],
)
def test_a_wish_for_a_tool_with_nothing_to_go_on_asks_what_for(full, text):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CLARIFY, "purpose")


@pytest.mark.parametrize(
    ("text", "cloud"), [("everything AWS-native you have", "aws"), ("show me everything GCP-native you know", "gcp")]
)
def test_everything_native_to_a_cloud_is_that_clouds_list(full, text, cloud):
    question = full.understand(text)
    assert (question.intent, question.action, ids(question.tools)) == (Intent.LIST, "cloud", [cloud])


@pytest.mark.parametrize(
    "text",
    [
        "drift monitoring. open source only, python. NOT a SaaS.",
        "we need drift monitoring; a SaaS subscription is not possible for procurement reasons",
    ],
)
def test_the_licence_said_is_no_word_of_the_need(full, text):
    question = full.understand(text)
    assert question.need.tags[0].tag.id == "monitoring"
    assert question.situation.constraints.license == "open-source"


def test_a_phrases_words_belong_to_one_sentence(full):
    """ "... offline for training. Today they are computed twice" is no "compute for training"."""
    question = full.understand(
        "fraud needs the same features online and offline for training. Today they are computed twice and never match"
    )
    assert question.need.tags[0].tag.id == "feature-store"
    assert "gpu-compute" not in [m.tag.id for m in question.need.tags if m.weight >= 1]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("prophet for the collections forecast, thoughts?", "prophet"),
        ("fireworks ai for hosting our fine-tune?", "fireworks ai"),
        ("apache solr ring?", "apache solr"),
    ],
)
def test_a_rarer_word_in_a_names_place_before_an_opinion_asked_is_an_unknown_name(full, text, name):
    question = full.understand(text)
    assert (question.intent, question.unknown) == (Intent.UNKNOWN, name)


@pytest.mark.parametrize(
    "text", ["honestly for prod, any good?", "drift detection for tabular, thoughts?", "kafka for events, thoughts?"]
)
def test_an_everyday_word_or_a_need_in_a_names_place_is_no_unknown_name(full, text):
    assert full.understand(text).intent is not Intent.UNKNOWN


@pytest.mark.parametrize(
    ("text", "options"),
    [
        ("what ring is Guardrails in?", {"guardrails-ai", "nemo-guardrails"}),
        ("where is unity on the radar", {"unity-catalog", "ml-agents"}),
    ],
)
def test_a_word_several_tools_names_share_asked_about_is_asked_back(full, text, options):
    question = full.understand(text)
    assert question.intent is Intent.CLARIFY and {o.tool for o in question.options} == options


@pytest.mark.parametrize("text", ["we need something for our pipelines", "we need pipelines. what should we use?"])
def test_an_everyday_word_after_a_determiner_or_a_need_is_no_tools_name(full, text):
    """Our pipelines are the person's pipelines, not Azure Pipelines; which pipelines is the question."""
    question = full.understand(text)
    assert "azure-pipelines" not in ids(question.tools) + ids(question.situation.stack)
    assert question.intent is Intent.CLARIFY


@pytest.mark.parametrize(
    "text",
    [
        "which categories are in the Specialized ML Tools quadrant?",
        "what is the Cloud Platforms quadrant supposed to contain?",
        "what kind of tools go into Standard SWE Tools?",
    ],
)
def test_what_a_quadrant_holds_is_its_idea_with_its_categories(full, text):
    question = full.understand(text)
    assert question.intent is Intent.CONCEPT and question.action.startswith("quadrant:")


def test_a_quadrant_asked_to_be_shown_is_still_its_list(full):
    assert full.understand("show me the specialized ml tools quadrant").intent is Intent.LIST


@pytest.mark.parametrize(
    "text",
    [
        "why do so many tools end in -flow, are they all the same kind of thing?",
        "all the tools ending in -flow are confusing me. what's the distinction the radar draws",
    ],
)
def test_names_ending_in_flow_are_the_flow_idea(full, text):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CONCEPT, "flow")


@pytest.mark.parametrize(
    "text",
    [
        "is the catalog the same as our team radar? I see tools in one but not in the other",
        "when a tool says 'not on our radar yet', what does that mean?",
        "is the radar you show me the same thing as your whole catalog of tools?",
    ],
)
def test_the_catalog_set_against_the_teams_radar_is_that_idea(full, text):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CONCEPT, "note:catalog-vs-radar")


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("tell me about instructor (the python lib, not a person lol)", "instructor"),
        ("what's *Kind*? the k8s-in-docker thing the platform team uses in CI", "kind"),
    ],
)
def test_the_tool_right_after_what_is_is_asked_about_whatever_describes_it(full, text, tool):
    question = full.understand(text)
    assert (question.intent, ids(question.tools)) == (Intent.LOOKUP, [tool])


def test_what_about_two_tools_set_against_each_other_compares_them(full):
    assert full.understand("what about dvc vs lakefs").intent is Intent.COMPARE


@pytest.mark.parametrize(
    "text", ["did anyone catch the Feyenoord match last night", "weather in Rotterdam is grim today :cloud_with_rain:"]
)
def test_names_in_everyday_chat_are_places_and_teams_not_tools(full, text):
    assert full.understand(text).intent is Intent.SOCIAL


def test_a_name_asked_about_for_a_chat_topic_is_still_a_name(full):
    assert full.understand("is Mossgate any good for game analytics?").intent is Intent.UNKNOWN


@pytest.mark.parametrize(
    ("text", "name"),
    [("what is Microsoft Presidio and where is it on the radar?", "Presidio"), ("what about NVIDIA FLARE", "FLARE")],
)
def test_a_maker_and_a_product_the_catalog_lacks_are_an_unknown_name(full, text, name):
    question = full.understand(text)
    assert question.intent is Intent.UNKNOWN and name in question.unknown


def test_a_name_several_tools_share_after_what_is_is_still_asked_back(full):
    assert full.understand("tell me about cortex").intent is Intent.CLARIFY


def test_a_tool_named_as_where_the_answer_runs_is_a_target_not_what_the_person_runs(full):
    question = full.understand("convert our pytorch models to run with TensorRT")
    assert ids(question.situation.targets) == ["tensorrt"]
    assert "pytorch" in ids(question.situation.stack)


@pytest.mark.parametrize(
    "text",
    ["need a tool, thoughts?", "which framework should we go for?", "what should we buy?", "what would you pick?"],
)
def test_a_tool_asked_for_with_nothing_to_go_on_asks_what_for(full, text):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CLARIFY, "purpose")


@pytest.mark.parametrize("text", ["how do I reset my password", "what should we have for lunch?"])
def test_everyday_asks_are_no_request_for_a_tool(full, text):
    assert full.understand(text).intent is Intent.SOCIAL


@pytest.mark.parametrize(
    ("text", "tool"),
    [("thoughts on Databricks Unity Catalog?", "unity-catalog"), ("Kubeflow Katib for tuning?", "katib")],
)
def test_a_maker_written_before_its_product_is_part_of_its_name(full, text, tool):
    question = full.understand(text)
    assert (question.intent, ids(question.tools)) == (Intent.LOOKUP, [tool])


@pytest.mark.parametrize("text", ["optuna, ray tune or katib?", "Databricks or Snowflake?"])
def test_names_listed_apart_are_each_their_own(full, text):
    assert full.understand(text).intent is Intent.COMPARE


@pytest.mark.parametrize(
    "text",
    [
        "redpanda - anyone? looking for a lighter broker for the edge sites",
        "has anyone looked at DJL, the deep java library? ring?",
        "is smile (the scala/java ML library) in your list?",
        "do we have microsoft presidio somewhere on the radar? for masking PII in transcripts",
    ],
)
def test_more_ways_of_asking_about_a_name_the_catalog_lacks(full, text):
    assert full.understand(text).intent is Intent.UNKNOWN


@pytest.mark.parametrize(
    ("text", "intent"),
    [("lightning, yes or no for the fault team", Intent.CLARIFY), ("kedro - anyone?", Intent.LOOKUP)],
)
def test_yes_or_no_and_anyone_ask_about_the_name_before_them(full, text, intent):
    assert full.understand(text).intent is intent


@pytest.mark.parametrize(
    ("text", "intent"), [("prophet", Intent.UNKNOWN), ("hmm", Intent.SOCIAL), ("nice", Intent.SOCIAL)]
)
def test_a_rarer_word_alone_is_a_name_asked_about(full, text, intent):
    assert full.understand(text).intent is intent


@pytest.mark.parametrize(
    "text",
    [
        "open source one or the paid one, which would you go with?",
        "self-host or SaaS? procurement needs an answer by friday",
    ],
)
def test_a_choice_between_options_it_does_not_name_asks_what_for(full, text):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CLARIFY, "purpose")


def test_a_choice_of_hosting_for_a_named_job_is_answered(full):
    assert full.understand("experiment tracking: self-hosted or SaaS?").intent is Intent.RECOMMEND


def test_exporting_or_notifying_about_other_things_is_no_command_help(full):
    assert full.understand("how do we export predictions to the warehouse?").action != "commands"
    assert full.understand("we need to notify on-call when drift is detected").action != "commands"


@pytest.mark.parametrize("text", ["Grafana Mimir for metrics?", "what about Azure Purview?"])
def test_a_maker_and_a_name_the_radar_does_not_know_are_an_unknown_product(full, text):
    assert full.understand(text).intent is Intent.UNKNOWN


@pytest.mark.parametrize("text", ["MLflow Tracking vs W&B?", "Kafka Connect for ingestion?"])
def test_a_tool_and_an_everyday_word_after_it_stay_the_tool(full, text):
    assert full.understand(text).intent in {Intent.COMPARE, Intent.LOOKUP, Intent.RECOMMEND}


def test_a_tool_asked_whether_to_build_on_is_asked_about(full):
    question = full.understand("should new projects be built on airflow or is that frowned upon now")
    assert (question.intent, [t.id for t in question.tools]) == (Intent.LOOKUP, ["airflow"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("vetiver - posit's MLOps thing for R models. any good?", "vetiver"),
        ("Kognic? a vendor pitched it to us last week for annotation", "Kognic"),
        ("google earth engine - trial or assess?", "google earth engine"),
        ("annoy — still worth using for ANN or is it legacy now?", "annoy"),
        ("Credo AI — a vendor pitched it for AI governance. what's our take", "Credo AI"),
        ("garak for llm vulnerability scanning, where does it sit?", "garak"),
    ],
)
def test_a_name_the_catalog_lacks_written_first_and_asked_about_is_unknown(full, text, name):
    question = full.understand(text)
    assert (question.intent, question.unknown.lower()) == (Intent.UNKNOWN, name.lower())


def test_a_misspelt_name_first_with_ordinary_words_after_it_is_looked_up(full):
    question = full.understand("horovd still maintained? what ring do we have it in")
    assert (question.intent, [t.id for t in question.tools]) == (Intent.LOOKUP, ["horovod"])


def test_sizes_and_dimensions_are_no_names(full):
    assert full.understand("segments.ai for 3d point cloud labelling, any good?").intent is Intent.UNKNOWN
    assert full.understand("the two axes — what is piecemeal supposed to mean?").intent is Intent.CONCEPT


@pytest.mark.parametrize(
    "text",
    [
        "which recommender-system libraries are in the catalog?",
        "explainability libraries — what's on the menu?",
        "what are the local LLM runners you know of? ollama and friends",
        "list the in-house big-tech ML platforms (michelangelo and friends)",
    ],
)
def test_a_kind_asked_for_as_a_list_is_listed_whatever_example_or_word_it_holds(full, text):
    assert full.understand(text).intent is Intent.LIST


def test_a_tool_given_as_an_example_of_a_kind_is_a_yardstick(full):
    assert dict(full.roles("vector dbs you know of, e.g. pinecone"))["pinecone"] is Role.COMPARE
    assert dict(full.roles("ollama and friends, what do you track?"))["ollama"] is Role.COMPARE


@pytest.mark.parametrize(
    "text",
    [
        "help me choose pls :pray:",
        "is there anything better than what we have now?",
        "hey radar got a tool suggestion for us",
        "any advice on tooling for the new team we're spinning up?",
        "what's the best option for deployment?",
        "we're setting up a new pipeline, which tool?",
        "thoughts on storage?",
        "need a store. thoughts?",
    ],
)
def test_a_choice_asked_for_without_its_purpose_gets_a_clarifying_question(full, text):
    assert full.understand(text).intent is Intent.CLARIFY


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("is prophet any good for seasonal forecasting?", "prophet"),
        ("do we allow prophet", "prophet"),
        ("should we adopt omero for microscopy images?", "omero"),
        ("what's the radar's take on polars", "polars"),
        ("what is our take on polars?", "polars"),
    ],
)
def test_an_everyday_word_in_the_names_place_asked_a_placement_is_a_name(full, text, name):
    question = full.understand(text)
    assert (question.intent, question.unknown.lower()) == (Intent.UNKNOWN, name)


def test_a_use_case_word_in_the_names_place_is_no_name(full):
    assert full.understand("thoughts on storage?").intent is Intent.CLARIFY
    assert full.understand("what is our take on kedro?").tools[0].id == "kedro"


def test_a_tool_the_team_picked_is_its_stack(full):
    assert dict(full.roles("ok we picked mlflow. what about a model registry then?"))["mlflow"] is Role.STACK


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("nvm figured it out", "chat"),
        ("brb", "chat"),
        ("ok thx, will look at mlflow then", "thanks"),
        ("great, thanks! we'll go with dvc", "thanks"),
        ("which LLM are you running on?", "itself"),
        ("are you a bot or a person?", "itself"),
        # plain chat wins over the tool words in it
        ("we survived black friday with zero pages :partying_face: just wanted to tell someone", "chat"),
        ("ugh my job got preempted again. anyway how are you", "checkin"),
        ("do you play valorant?", "offtopic"),
        ("gg wp :tada:", "chat"),
    ],
)
def test_small_talk_and_closing_thanks_get_a_short_reply(full, text, kind):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.SOCIAL, kind)


def test_thanks_with_a_question_is_still_a_question(full):
    assert full.understand("thanks! will we go with dvc or lakefs?").intent is Intent.COMPARE


def test_where_the_person_is_stays_the_setting_when_said_conditionally(full):
    question = full.understand("Feast or Tecton if we're on AWS and want managed?")
    assert (question.intent, [t.id for t in question.tools]) == (Intent.COMPARE, ["feast", "tecton"])


def test_tools_in_the_catalog_that_run_on_a_cloud_are_its_list(full):
    question = full.understand("which tools in the catalog run on azure?")
    assert question.intent is Intent.LIST


@pytest.mark.parametrize("text", ["why have a tech radar", "why should we bother with a tech radar at all?"])
def test_why_keep_a_radar_is_the_tech_radar_idea(full, text):
    assert full.understand(text).action == "note:tech-radar"


@pytest.mark.parametrize(
    ("text", "tool_id"),
    [
        ("julialang on the radar?", "julia"),
        (
            "what does the radar say about confluent cloud? backend wants us to move off self-hosted kafka",
            "confluent-cloud",
        ),
        ("driverless ai — vendor is pitching it hard to our VP. what does the radar say", "h2o-ai-cloud"),
    ],
)
def test_a_tool_asked_about_is_looked_up_whatever_else_the_message_names(full, text, tool_id):
    question = full.understand(text)
    assert (question.intent, question.tools[0].id) == (Intent.LOOKUP, tool_id)


def test_an_everyday_word_alone_is_a_name_asked_about(full):
    question = full.understand("looker")
    assert (question.intent, question.unknown) == (Intent.UNKNOWN, "looker")


def test_a_tool_named_where_the_data_lives_is_the_setting(full):
    text = "whats the go-to for computing streaming features off our clickstream kafka topics?"
    assert full.understand(text).intent is Intent.RECOMMEND


def test_the_one_ring_named_is_the_idea(full):
    assert full.understand("whats the deal with the hold ring").action == "ring:hold"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("statsig vs building our own experiment analysis, what ring is statsig?", "statsig"),
        ("tell me about kubecost, platform wants it for GKE cost attribution", "kubecost"),
        ("neo4j for a compound-target knowledge graph, what's the radar say", "neo4j"),
        ("is azure data explorer in the catalog?", "azure data explorer"),
    ],
)
def test_a_name_asked_about_in_so_many_words_is_unknown_whatever_else_is_named(full, text, name):
    question = full.understand(text)
    assert (question.intent, question.unknown.lower()) == (Intent.UNKNOWN, name)


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("saw a demo of zenml as a kubeflow replacement, where does the radar put it?", "zenml"),
        (
            "someone suggested prefect instead of airflow for the nightly jobs, what's the radar's view on it?",
            "prefect",
        ),
        ("is marimo ok to use instead of jupyter for the ops notebooks or is it too new", "marimo"),
    ],
)
def test_the_one_tool_asked_of_beside_what_it_would_replace_is_looked_up(full, text, tool):
    question = full.understand(text)
    assert (question.intent, ids(question.tools)[:1]) == (Intent.LOOKUP, [tool]), (question.intent, question.tools)


def test_a_tool_in_trouble_on_a_place_named_after_it_is_what_it_asks_of(full):
    question = full.understand("a blog said dask is painful on a tiny GKE cluster. what does the radar say about it?")
    assert ids(question.tools)[:1] == ["dask"], (question.intent, question.tools)


def test_a_tool_measured_against_what_it_would_replace_is_still_compared(full):
    question = full.understand("is marimo better than jupyter as a replacement for our notebooks?")
    assert question.intent is Intent.COMPARE


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("could you explain flower (the federated learning framework, not the celery one)", "flower"),
        ("card for feast please (the feature store one, not the party)", "feast"),
        ("can someone explain ray (the distributed compute thing) to me", "ray"),
    ],
)
def test_what_a_name_is_said_to_be_right_after_it_describes_it_and_asks_no_need(full, text, tool):
    question = full.understand(text)
    assert (question.intent, ids(question.tools)[:1]) == (Intent.LOOKUP, [tool]), (question.intent, question.tools)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("aws lake formation card please", "aws lake formation"),
        ("how about azure stream analytics for the sensor alerts?", "azure stream analytics"),
        ("google cloud composer, is that on the radar? we'd drop our own airflow for it", "google cloud composer"),
    ],
)
def test_a_clouds_product_the_catalog_lacks_is_an_unknown_name_not_the_clouds_card(full, text, name):
    question = full.understand(text)
    assert (question.intent, question.unknown.lower()) == (Intent.UNKNOWN, name)


@pytest.mark.parametrize(
    "text",
    [
        "what's the cheapest way to run batch scoring in our aws account?",
        "we only have azure credits, where should we train?",
        "tell me about gcp",
    ],
)
def test_a_clouds_name_with_its_everyday_nouns_is_no_product(full, text):
    assert full.understand(text).intent is not Intent.UNKNOWN


@pytest.mark.parametrize("text", ["what is Vertex", "thoughts on Paperspace?", "is azure ml any good"])
def test_a_word_of_a_tools_name_in_the_frame_is_no_unknown_name(full, text):
    assert full.understand(text).intent is not Intent.UNKNOWN


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("can someone explain the four quadrants? cloud platforms, ML platforms, ... i forget the other two", "axes"),
        ("who owns a tool's entry on our radar and can i see the history of when it moved rings?", "note:entry-owner"),
        ('who are the "personas" the framework keeps talking about? we have data scientists and engineers', "personas"),
        (
            "why are vendor AI platforms like vertex only Trial and not Adopt when GCP itself is Adopt?",
            "category:vendor-ai-platforms",
        ),
        (
            "why are general cloud providers in adopt but vendor AI platforms only in trial?",
            "categories:general-cloud-providers,vendor-ai-platforms",
        ),
    ],
)
def test_ideas_asked_with_examples_are_the_ideas(full, text, action):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CONCEPT, action)


@pytest.mark.parametrize(
    "text",
    [
        'my manager wants us to "do mlops properly" — where do we start, what tool?',
        'we need "mlops" now. where do i even start',
    ],
)
def test_where_to_start_with_no_job_named_asks_what_for(full, text):
    assert full.understand(text).intent is Intent.CLARIFY


@pytest.mark.parametrize(
    ("text", "tool_id"),
    [
        ("is litellm any good? saw it in a github issue", "litellm"),
        ("determined ai — heard it can run on slurm, what is it?", "determined"),
        ("should we be using kueue on GKE?", "kueue"),
    ],
)
def test_one_tool_asked_about_with_where_it_runs_or_where_it_was_seen_is_a_lookup(full, text, tool_id):
    question = full.understand(text)
    assert (question.intent, [t.id for t in question.tools]) == (Intent.LOOKUP, [tool_id])


def test_already_in_the_next_clause_belongs_to_its_own_tool(full):
    roles = full.roles("airflow vs dagster — we already run airflow for dbt, is switching worth the pain?")
    assert ("dagster", Role.SUBJECT) in roles
    assert ("postgresql", Role.STACK) in full.roles("a vector store inside the postgres we already run")


@pytest.mark.parametrize(
    "text",
    [
        "which CI/CD tools are open source? uni won't pay for circleci etc",
        "no-code ML tools that are open source? (for an undergrad module)",
        "python-native data orchestrators that are fully open source",
        "llm gateways / proxies, list em",
    ],
)
def test_a_kind_filtered_by_licence_is_a_list(full, text):
    assert full.understand(text).intent is Intent.LIST


@pytest.mark.parametrize("text", ["is there a manual?", "tips for using the radar bot?", "explain yourself"])
def test_asking_for_a_guide_to_the_bot_is_help(full, text):
    assert full.understand(text).intent is Intent.HELP


def test_a_name_of_everyday_words_right_where_a_name_is_asked_is_that_tool(full):
    question = full.understand("is cloud run a sane place to host a small model api?")
    assert (question.intent, [t.id for t in question.tools]) == (Intent.LOOKUP, ["cloud-run"])


def test_what_the_radar_says_about_a_name_it_lacks_is_unknown(full):
    question = full.understand("what's the radar say about playfab? we already use it for player data")
    assert (question.intent, question.unknown) == (Intent.UNKNOWN, "playfab")


def test_a_kind_asked_in_a_ring_is_that_kinds_list_in_the_ring(full):
    question = full.understand("which monitoring tools are in trial?")
    assert question.intent is Intent.LIST and question.action == "tag"
    assert [m.tag.id for m in question.need.tags][:1] == ["monitoring"]  # not hyperparameter "trials"


@pytest.mark.parametrize(
    "text",
    [
        "is it going to be sunny for the team offsite on friday?",
        "anyone know a good joke about gpu clusters?",
    ],
)
def test_life_outside_work_is_small_talk_whatever_use_case_it_brushes(full, text):
    assert full.understand(text).intent is Intent.SOCIAL


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("which is best for experiment tracking?", Intent.RECOMMEND),
        ("we have to decide by Q4, which one is best?", Intent.CLARIFY),
        ("help me select a library", Intent.CLARIFY),
        ("what's the ring for zarrkit", Intent.UNKNOWN),
        ("how am i meant to ask you things, is there a syntax?", Intent.HELP),
    ],
)
def test_asks_said_in_few_words(full, text, intent):
    assert full.understand(text).intent is intent


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("feature store recs?", "feature-store"),
        ("drift monitoring for our churn models, ideas?", "monitoring"),
        ("tuning tool for a detection model please", "hyperparameter-tuning"),
    ],
)
def test_the_ask_and_the_kind_of_model_are_not_the_need(full, text, tag):
    tags = [m.tag.id for m in full.understand(text).need.tags]
    assert tags[:1] == [tag], tags


def test_a_category_named_in_full_is_listed_over_a_use_case_one_of_its_words_names(full):
    question = full.understand("which ML-focused IaaS companies do you track?")
    assert question.intent is Intent.LIST and question.category is not None
    assert question.category.id == "ml-focused-iaas"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("once a tool sits in Assess, may we deploy it to production?", Intent.CONCEPT),
        ("what counts as a vendor AI platform? list them", Intent.LIST),
        ("what is the ML-focused IaaS category, e.g. coreweave? does it matter to us", Intent.CONCEPT),
        ("we're on airflow and the data team runs dagster. how do they compare?", Intent.COMPARE),
    ],
)
def test_what_the_message_asks_of_the_names_and_kinds_it_mentions(full, text, intent):
    assert full.understand(text).intent is intent


def test_a_shared_name_with_the_licence_said_is_the_one_tool_with_that_licence(full):
    question = full.understand("h2o, the commercial one: what ring is it in?")
    assert (question.intent, ids(question.tools)) == (Intent.LOOKUP, ["h2o-ai-cloud"])
    assert full.understand("h2o - what ring?").intent is Intent.CLARIFY


def test_a_ring_asked_of_an_unknown_name_in_the_first_sentence_is_about_that_name(full):
    question = full.understand("what ring is zarrkit in? we are looking at it for tracking experiments")
    assert (question.intent, question.unknown) == (Intent.UNKNOWN, "zarrkit")


@pytest.mark.parametrize(
    ("text", "licence"),
    [
        ("free no-code ml tools?", "open-source"),
        ("must be free + self-hostable", "open-source"),
        ("which of those are free?", "open-source"),
        ("commercial feature stores?", "commercial"),
        ("paid options for labelling", "commercial"),
        ("we have two years of free-text complaint notes", None),
        ("see if a gpu is free before the job starts", None),
        ("managed to get it running, now what about tracking?", None),
    ],
)
def test_free_and_an_opening_licence_word_say_which_licence_is_asked(text, licence):
    assert constraints_in(text.lower()).license == licence


def test_a_use_case_before_for_is_the_kind_asked_and_the_rest_its_purpose(full):
    question = full.understand("gitops for deploying model services to AKS?")
    assert question.intent is Intent.RECOMMEND
    assert question.need.tags[0].tag.id == "ci-cd"


def test_a_tool_named_only_as_the_yardstick_of_a_need_asks_for_another(full):
    question = full.understand("like tensorboard but actually usable for comparing hundreds of runs. open source")
    assert question.intent is Intent.RECOMMEND
    assert question.need.tags[0].tag.id == "experiment-tracking"


@pytest.mark.parametrize("text", ["any recommendations for LLM stuff?", "we need something for scheduling"])
def test_a_need_told_by_a_word_many_use_cases_share_is_asked_back(full, text):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CLARIFY, "need")
    assert len(question.options) >= 2


def test_a_tool_after_managed_is_the_yardstick_and_a_self_hosted_one_is_not(full):
    assert full.roles("managed spark options?") == [("apache-spark", Role.COMPARE)]
    assert ("gitlab", Role.COMPARE) not in full.roles("our code lives on a self-hosted GitLab, what CI?")


def test_what_the_setting_lacks_is_not_the_need(full):
    question = full.understand("we don't have gpus, only cpu")
    assert not any(m.tag.id == "gpu-compute" and m.weight >= 1 for m in question.need.tags)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("what ring is power bi in", "power bi"),
        ("does the radar cover trustyai?", "trustyai"),
        ("harbor (the container registry) - adopt?", "harbor"),
        # (or written alone: a word with a hyphen, or words the radar does not use)
        ("tree-sitter", "tree-sitter"),
        ("oracle apex", "oracle apex"),
    ],
)
def test_a_name_asked_about_that_names_no_job_is_unknown(full, text, name):
    question = full.understand(text)
    assert (question.intent, question.unknown) == (Intent.UNKNOWN, name)


@pytest.mark.parametrize(
    "text",
    [
        "what's in adopt",
        "adopt ring",
        "does the radar cover feature stores?",
        # (a short message of chat or of a job is no name either)
        "sorry, wrong channel",
        "feature store",
        "happy friday",
    ],
)
def test_a_ring_or_a_kind_asked_about_is_no_unknown_name(full, text):
    assert full.understand(text).intent is not Intent.UNKNOWN


@pytest.mark.parametrize(
    "text",
    [
        'my director wants "an MLOps platform" by Q3. recommendations?',
        "which ML platform should all our DS teams standardise on?",
    ],
)
def test_a_platform_for_the_whole_lifecycle_asks_where_the_team_runs(full, text):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CLARIFY, "cloud")
    assert [o.label for o in question.options] == [
        "Microsoft Azure",
        "Amazon Web Services",
        "Google Cloud",
        "Open source, run by us",
    ]
    # each button is the same ask with the setting told, and is answered
    assert all(full.understand(o.text).intent is Intent.RECOMMEND for o in question.options)


@pytest.mark.parametrize(
    "text", ["we're on gcp, which ML platform?", "open source mlops platform?", "ML platform for a team of three?"]
)
def test_a_platform_asked_for_in_a_setting_is_answered(full, text):
    assert full.understand(text).intent is Intent.RECOMMEND


@pytest.mark.parametrize("text", ["need something for serving", "anyone got a rec for observability? :eyes:"])
def test_serving_or_observability_alone_asks_which_kind(full, text):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CLARIFY, "need") and len(question.options) == 3
    assert all(full.understand(o.text).intent is Intent.RECOMMEND for o in question.options)


def test_a_wish_not_to_be_locked_in_is_not_asked_which_cloud(full):
    question = full.understand("a managed ML platform for a 3-person team that won't lock us in?")
    assert question.intent is not Intent.CLARIFY


@pytest.mark.parametrize(
    ("text", "tool"),
    [("what do we think of sagemaker these days", "sagemaker"), ("whats modal, the serverless gpu thing", "modal")],
)
def test_the_tool_right_after_a_lookup_frame_is_its_subject(full, text, tool):
    question = full.understand(text)
    assert (question.intent, ids(question.tools)) == (Intent.LOOKUP, [tool])


def test_an_everyday_word_after_a_lookup_frame_is_no_name_unless_written_as_one(full):
    assert full.understand("is training slow on gpus?").intent is not Intent.LOOKUP


def test_a_tool_in_trouble_then_a_question_asks_what_replaces_it(full):
    question = full.understand("pandas falls over on a 60gb day of logs on my laptop. what's the least-effort upgrade")
    assert question.intent is Intent.RECOMMEND
    assert full.understand("what's the story with neptune.ai, heard it's being shut down").intent is Intent.LOOKUP


def test_recommend_as_the_asking_is_no_recommender_need(full):
    question = full.understand("do we recommend Airbyte?")
    assert (question.intent, ids(question.tools)) == (Intent.LOOKUP, ["airbyte"])
    recsys = full.understand("we want to recommend podcasts to listeners, what should we use?")
    assert recsys.intent is Intent.RECOMMEND and recsys.need.tags[0].tag.id == "recommender-systems"


def test_a_name_set_off_first_with_its_kind_is_that_tool(full):
    question = full.understand("volcano scheduler: status on our radar?")
    assert (question.intent, ids(question.tools)) == (Intent.LOOKUP, ["volcano"])
    assert full.understand("training scheduler: any good options?").intent is not Intent.LOOKUP


@pytest.mark.parametrize("text", ["best open source option for data?", "best lib for alpha these days?"])
def test_a_tool_sought_by_its_kind_with_no_job_told_asks_what_for(full, text):
    assert full.understand(text).intent is Intent.CLARIFY


@pytest.mark.parametrize("text", ["good tools for the weekend?", "good way to spend friday?"])
def test_a_good_thing_for_life_outside_work_is_no_tool_sought(full, text):
    assert full.understand(text).intent is Intent.SOCIAL


def test_metrics_and_alerts_for_services_are_their_own_job_not_model_drift(full):
    services = full.understand("we need request latency and error rates for our model servers, with alerts")
    assert services.need.tags[0].tag.id == "service-monitoring"
    drift = full.understand("want to be alerted when the model's inputs start drifting")
    assert drift.need.tags[0].tag.id == "monitoring"


@pytest.mark.parametrize(
    "text", ["open source model serving options?", "CI systems we could host ourselves", "k8s feature stores?"]
)
def test_a_kind_named_in_a_few_words_with_a_filter_is_its_list(full, text):
    assert full.understand(text).intent is Intent.LIST


@pytest.mark.parametrize(
    "text",
    [
        "we run a LOT of A/B tests and the in-house assignment service is creaking. want feature flags + experiment "
        "analysis, self-hostable. anything on the radar for this?",
        "we'd like to share a realistic-looking version of our dataset with a partner without giving away real "
        "values. synthetic data generation, anything on the radar?",
    ],
)
def test_a_need_told_at_length_in_the_first_person_asks_for_a_pick(full, text):
    assert full.understand(text).intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    "text",
    [
        "which experiment trackers in the catalog are open source? we can't use anything that needs a vendor contract",
        "what LLM eval tools do we have on the radar",
    ],
)
def test_a_list_asked_in_the_first_person_stays_a_list(full, text):
    assert full.understand(text).intent is Intent.LIST


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("should we switch to `quokkaflow`?", "quokkaflow"),
        ("vetiver (posit's model deployment pkg) — ring?", "vetiver"),
    ],
)
def test_a_name_written_as_code_or_described_in_its_makers_words_is_asked_about(full, text, name):
    question = full.understand(text)
    assert (question.intent, question.unknown) == (Intent.UNKNOWN, name)


def test_who_asks_about_an_idea_as_what_and_why_do(full):
    question = full.understand("who are the two personas the framework talks about? we have ML researchers too")
    assert (question.intent, question.action) == (Intent.CONCEPT, "personas")


@pytest.mark.parametrize(
    "text",
    ["is GX (great expectations) still recommended? feels heavy", "is `kedro` still a thing or should we move off it?"],
)
def test_the_radars_stand_on_one_tool_is_its_card_even_with_a_wish_to_leave(full, text):
    assert full.understand(text).intent is Intent.LOOKUP


def test_tools_named_with_the_choice_left_open_are_candidates_for_the_need(full):
    question = full.understand("delta or iceberg or something else? an open table format matters to us")
    assert question.intent is Intent.RECOMMEND
    assert full.understand("delta or iceberg?").intent is Intent.COMPARE


@pytest.mark.parametrize(
    "text",
    [
        "model drift checks for the pricing model, they would run as a nightly airflow job against snowflake",
        "vector search for the help articles; the index could live in postgres or in redis",
    ],
)
def test_tools_weighed_after_a_need_told_first_are_where_it_is_met(full, text):
    assert full.understand(text).intent is Intent.RECOMMEND


def test_tools_weighed_that_close_the_question_are_compared(full):
    assert full.understand("a new ETL pipeline next quarter. airflow or dagster?").intent is Intent.COMPARE


@pytest.mark.parametrize(
    "text",
    [
        "feature stores, just the ones that run without kubernetes",
        "which feature stores r there",
        "every model serving framework you have got",
    ],
)
def test_a_kind_listed_however_it_is_written_is_its_list(full, text):
    assert full.understand(text).intent is Intent.LIST


def test_a_name_opening_a_question_that_points_back_at_it_is_looked_up(full):
    question = full.understand("optuna, can it really handle multi-objective searches?")
    assert (question.intent, ids(question.tools)) == (Intent.LOOKUP, ["optuna"])
    assert full.understand("airflow: we run it on k8s. what should we use for tracking?").intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("so what's this flow naming mix-up people complain about?", "flow"),
        ("could one library belong to several categories?", "note:one-home-category"),
        ('what is "Big Data IaaS" compared to a plain cloud?', "category:big-data-iaas"),
    ],
)
def test_a_term_quoted_or_named_by_its_confusion_is_the_idea_asked(full, text, action):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CONCEPT, action)


@pytest.mark.parametrize(
    "text",
    ["how can we get a new library added to the catalogue?", "how do i make you list a ring, is there a format?"],
)
def test_how_to_work_the_bot_is_help(full, text):
    assert full.understand(text).intent is Intent.HELP


def test_what_the_bot_knows_of_a_name_asks_about_the_name(full):
    question = full.understand("what do you know about Quorvex Pipelines")
    assert question.intent is Intent.UNKNOWN
    assert full.understand("what do you know about dvc").intent is Intent.LOOKUP


def test_a_joke_asked_for_with_a_need_word_is_still_small_talk(full):
    assert full.understand("any good jokes? friday deploy freeze and we need one").intent is Intent.SOCIAL


def test_a_kind_named_bare_in_a_few_words_is_its_list_but_not_told_as_ones_own(full):
    assert full.understand("tools for LLM fine-tuning?").intent is Intent.LIST
    assert full.understand("we need tools for LLM fine-tuning").intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    "text",
    [
        "why are specialised ML tools suggested before big platforms?",
        "what does the ML platforms quadrant cover?",
    ],
)
def test_the_reasoning_or_meaning_asked_of_a_kind_is_an_idea_not_a_pick(full, text):
    assert full.understand(text).intent is Intent.CONCEPT


@pytest.mark.parametrize(
    "text",
    [
        # two quadrants each named by one everyday word are not set side by side
        "instead of gluing many tools together, is there one platform with vendor support? public cloud is not allowed",
        # an idea's words in the scene set before the ask are not what is asked
        "we need CI for the ML repos. right now tests run on laptops if at all. what should run the tests and builds?",
    ],
)
def test_a_need_told_with_words_of_an_idea_around_it_is_the_need(full, text):
    assert full.understand(text).intent in {Intent.RECOMMEND, Intent.CLARIFY}


def test_a_statistics_mean_is_no_question_of_meaning():
    assert MEANING_CUE.search("we log the rolling power mean per chamber") is None
    assert MEANING_CUE.search("a weighted mean over the last ten wafers") is None
    assert MEANING_CUE.search("what does hold mean for us?") is not None


def test_an_idea_named_before_an_ask_pointing_back_at_it_is_still_the_idea(full):
    question = full.understand("the seed posts mention two personas, researcher and engineer. what's that about?")
    assert question.intent is Intent.CONCEPT


@pytest.mark.parametrize("text", ["monitoring for our models, ideas?", "good storage for the ML stuff?"])
def test_what_monitoring_or_storage_is_for_told_loosely_leaves_it_ambiguous(full, text):
    assert full.understand(text).intent is Intent.CLARIFY


def test_a_tool_asked_for_the_teams_work_without_a_job_asks_what_for(full):
    question = full.understand("anything to make our data team faster?")
    assert (question.intent, question.action) == (Intent.CLARIFY, "purpose")
    assert full.understand("what should I eat for lunch?").intent is Intent.SOCIAL


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("best gbdt lib these days?", "tabular-ml"),
        ("which lib for grad-cam heatmaps on a CNN?", "explainability"),
        ("reranker lib?", "embeddings"),
    ],
)
def test_the_short_names_people_use_for_a_job_name_it(full, text, tag):
    question = full.understand(text)
    assert question.intent is Intent.RECOMMEND and question.need.tags[0].tag.id == tag


@pytest.mark.parametrize(
    "text", ["hey radar, what can you really do?", "can I message the bot privately instead of in the channel?"]
)
def test_how_to_use_the_bot_asked_with_a_greeting_or_about_privacy_is_help(full, text):
    assert full.understand(text).intent is Intent.HELP


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("gitea as our code host for the ML repos — what ring?", "gitea"),
        ("Orbit for scheduling the nightly retrains - adopt?", "Orbit"),
    ],
)
def test_a_name_the_catalog_lacks_told_with_its_use_then_placed_is_unknown(full, text, name):
    question = full.understand(text)
    assert (question.intent, question.unknown) == (Intent.UNKNOWN, name)


@pytest.mark.parametrize(
    "text", ["kubeflow for our pipelines — what ring?", "feature stores for our team — what ring?"]
)
def test_a_known_tool_or_a_kind_told_with_its_use_is_not_unknown(full, text):
    assert full.understand(text).intent is not Intent.UNKNOWN


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("which tools on your radar work nicely with airflow?", "with"),
        ("postgres-related tools you know of?", "with"),
        ("the aws services you track", "cloud"),
        ("azure-native stuff on the radar?", "cloud"),
        ("anything in the catalog we could call from Rust code?", "language"),
    ],
)
def test_what_goes_with_a_tool_a_cloud_or_a_language_is_listed(full, text, action):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.LIST, action)


@pytest.mark.parametrize(
    "text", ["why does every category come with a default ring?", "where do tools start by default?"]
)
def test_why_kinds_of_tools_start_on_their_rings_is_an_idea(full, text):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CONCEPT, "note:default-rings")


@pytest.mark.parametrize(
    "text",
    [
        "why do experiment trackers land in trial? we were told to be careful with new tools",
        "why are the no-code platforms stuck on hold? marketing likes them",
        "why would feature stores only get assess here?",
    ],
)
def test_why_a_kind_sits_on_its_ring_is_an_idea_not_its_list(full, text):
    question = full.understand(text)
    assert question.intent is Intent.CONCEPT, (question.intent, question.action, question.tools)


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("is dvc fine for 2TB of images, I keep seeing it in every tutorial I look at", "dvc"),
        ("mlflow - is the open source server enough or is there a catch", "mlflow"),
    ],
)
def test_a_yes_or_no_question_opened_on_one_tool_is_about_it(full, text, tool):
    question = full.understand(text)
    assert (question.intent, ids(question.tools)) == (Intent.LOOKUP, [tool])


def test_a_tool_told_of_before_an_ask_is_still_the_yardstick(full):
    assert full.understand("airflow is way too heavy for our 3 person team, what's lighter?").intent is Intent.RECOMMEND


def test_names_listed_then_a_choice_among_them_is_a_comparison(full):
    question = full.understand("optuna, hyperopt and ray tune - which do you recommend for our lightgbm models")
    assert (question.intent, ids(question.tools)) == (Intent.COMPARE, ["optuna", "hyperopt", "ray-tune"])


@pytest.mark.parametrize("text", ["a model registry that isn't sagemaker", "experiment tracker other than wandb?"])
def test_a_tool_a_need_must_not_be_is_left_out_of_the_picks(full, text):
    question = full.understand(text)
    assert question.intent is Intent.RECOMMEND
    assert [m for m in full.roles(text) if m[1] is Role.REPLACE]


@pytest.mark.parametrize(
    ("text", "tool"), [("what ring is vertex in?", "vertex-ai"), ("AOAI - adopt?", "azure-openai")]
)
def test_the_short_names_people_call_tools_by_find_them(full, text, tool):
    assert ids(full.understand(text).tools) == [tool]


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("self-hosted llm serving. vllm or something else?", "vllm"),
        ("grafana for GPU utilisation or is there something more ML-aware", "grafana"),
    ],
)
def test_one_tool_left_open_to_others_is_a_candidate_for_the_need(full, text, candidate):
    assert full.understand(text).intent is Intent.RECOMMEND
    assert (candidate, Role.COMPARE) in full.roles(text)


def test_two_tools_with_a_choice_left_open_are_still_both_named(full):
    assert [role for _, role in full.roles("mlflow or wandb or something else?")] == [Role.SUBJECT, Role.SUBJECT]


def test_a_kind_for_a_cloud_is_a_need_where_it_runs(full):
    question = full.understand("feature store for gcp?")
    assert (question.intent, question.situation.cloud and question.situation.cloud.id) == (Intent.RECOMMEND, "gcp")


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("ELI5 the quadrants", "axes"),
        ("what's the ML-focused IaaS category?", "category:ml-focused-iaas"),
        ("CFO question: should we build our own ML platform or buy one?", "build_vs_buy"),
        ("whats the diff between the catalog and our team radar?", "note:catalog-vs-radar"),
        ("is the radar every tool out there or just the ones we picked?", "note:catalog-vs-radar"),
    ],
)
def test_ideas_asked_in_chat_idiom_or_behind_a_label(full, text, action):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CONCEPT, action)


def test_eli5_before_a_name_is_the_library(full):
    assert ids(full.understand("is ELI5 still maintained?").tools) == ["eli5"]


@pytest.mark.parametrize(
    "text", ["what's the best tool for quality?", "what's the best storage option", "we need automation"]
)
def test_a_need_named_by_a_word_several_jobs_share_is_asked_back(full, text):
    assert full.understand(text).intent is Intent.CLARIFY


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("gimme the data version control category", "category"),
        ("which big data services are listed?", "category"),
        ("what LLM tooling is on here?", "tag"),
    ],
)
def test_lists_asked_in_chat(full, text, action):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.LIST, action)


@pytest.mark.parametrize("text", ["like DVC but for big image datasets sitting in GCS?", "like airflow but lighter?"])
def test_a_tool_set_against_what_is_wanted_instead_asks_for_another(full, text):
    question = full.understand(text)
    assert question.intent is Intent.RECOMMEND
    assert not [tool for tool, role in full.roles(text) if role is Role.SUBJECT]


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("SHAP - which ring, and can city managers understand the plots?", "shap"),
        ("Cloud Run for model serving - which ring do we have it in?", "cloud-run"),
        ("Volcano scheduler :thinking_face:", "volcano"),
        ("is evidently the right call for the churn model or", "evidently"),
        ("is evidently something the team may use already?", "evidently"),
        ("is evidently approved for production?", "evidently"),
    ],
)
def test_a_name_asked_about_first_or_told_with_its_kind_is_looked_up(full, text, tool):
    question = full.understand(text)
    assert (question.intent, ids(question.tools)) == (Intent.LOOKUP, [tool])


def test_an_everyday_word_after_is_is_no_name_without_a_question_about_it(full):
    assert full.understand("is evidently going to rain today?").intent is not Intent.LOOKUP


def test_a_vendor_already_paid_for_is_where_the_answer_should_stay(full):
    question = full.understand("experiment tracking? we're already paying for databricks")
    assert question.situation.constraints.within_stack


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("diff between assess and hold? both sound like 'not yet'", "rings"),
        ("hold = banned?", "ring:hold"),
        ('is Hold "never use" or "not yet"?', "ring:hold"),
    ],
)
def test_rings_asked_in_chat_are_the_rings_idea(full, text, action):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CONCEPT, action)


def test_hold_as_a_verb_is_no_ring(full):
    assert full.understand("we need to hold and wait").intent is not Intent.CONCEPT


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("need 64 H100s for a 2 week burst, where", "gpu-compute"),
        ("what do we use to distill the 34B into a ~3B?", "model-optimisation"),
        ("a tool to clean our pretraining data", "data-processing"),
        ("which explainability tool should we use for our CNNs?", "computer-vision"),
    ],
)
def test_the_words_of_large_model_work_name_their_jobs(full, text, tag):
    question = full.understand(text)
    assert question.intent is Intent.RECOMMEND
    assert tag in [m.tag.id for m in question.need.tags]


def test_a_name_several_tools_share_means_the_one_of_the_kind_named_beside_it(full):
    gpu_clouds = full.understand("coreweave vs lambda vs nebius for a 6 month reservation?")
    assert ids(gpu_clouds.tools) == ["coreweave", "lambda-cloud", "nebius"]
    serverless = full.understand("lambda vs cloud run for a small API")
    assert ids(serverless.tools) == ["aws-lambda", "cloud-run"]


def test_an_adjective_and_noun_after_an_article_are_no_one_word_name(full):
    text = "what can we use to run an open LLM ourselves on GKE GPUs, instead of calling OpenAI?"
    assert "openllm" not in [tool for tool, _ in full.roles(text)]
    assert ids(full.understand("is open llm any good").tools) == ["openllm"]


def test_a_rivals_own_product_drops_out_when_the_persons_platform_has_its_own(full):
    from bot.radar.language.recommend import Recommender, Situation

    catalog = full.catalog
    recommender = Recommender(catalog)
    on_gitlab = Situation(stack=(catalog.tool("gitlab"),))
    github_actions, gitlab_ci = catalog.tool("github-actions"), catalog.tool("gitlab-ci")
    assert recommender.fit(github_actions, on_gitlab)[0] is None
    assert recommender.fit(gitlab_ci, on_gitlab)[0] is not None
    # (a product of a maker whose rival offers nothing of its kind stays: Argo CD beside Airflow)
    assert recommender.fit(catalog.tool("argo-cd"), Situation(stack=(catalog.tool("airflow"),)))[0] is not None


def test_nothing_self_hosted_asks_for_what_someone_else_runs(full):
    question = full.understand("a ci tool for the ml repo, we're on github and nothing self-hosted pls")
    assert question.situation.constraints.license == "commercial"


@pytest.mark.parametrize(
    "text",
    [
        'Hi radar, my manager asked me to "find an MLOps tool" for our team. What should I pick?',
        "my manager asked me to find an MLOps tool",
    ],
)
def test_who_asks_on_someones_behalf_is_no_need(full, text):
    assert full.understand(text).intent is Intent.CLARIFY


def test_finding_a_tool_of_a_kind_asks_for_one(full):
    assert full.understand("please find us a labelling tool").intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    "text",
    [
        "data scientist vs ML engineer personas, which is our analytics group? they mostly build forecasting models",
        "what do software-focused and model-focused mean on the map?",
        "the two axes again please, for someone from the data warehouse side",
        "where do researchers fit in the framework? we are mostly people who train forecasting models",
    ],
)
def test_words_naming_only_the_frameworks_ideas_outweigh_the_needs_around_them(full, text):
    assert full.understand(text).intent is Intent.CONCEPT


def test_a_characters_persona_is_no_idea_of_the_framework(full):
    text = "want a test suite that checks our chatbot stays in persona on every prompt change, which tool?"
    assert full.understand(text).intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("is kserve worth running or is it just knative with extra steps?", "kserve"),
        ("is feast worth running or is it just redis with extra steps?", "feast"),
        ("is dvc still the way or did we switch everything to lakefs?", "dvc"),
    ],
)
def test_an_or_that_opens_a_clause_about_the_first_tool_asks_about_it(full, text, asked):
    question = full.understand(text)
    assert question.intent is Intent.LOOKUP and [t.id for t in question.tools] == [asked]
    assert full.understand("should we use feast or is hopsworks better?").intent is Intent.COMPARE


@pytest.mark.parametrize(
    ("text", "setting"),
    [
        ("experiment tracking for pytorch lightning, what do people use?", "pytorch-lightning"),
        ("drift checks for a lightgbm model?", "lightgbm"),
        ("guardrails for amazon bedrock?", "amazon-bedrock"),
        ("serve xgboost with low latency, ideas?", "xgboost"),
    ],
)
def test_a_job_told_before_the_tool_it_is_for_asks_for_the_job(full, text, setting):
    question = full.understand(text)
    assert question.intent is Intent.RECOMMEND
    assert setting in [t.id for t in (*question.situation.targets, *question.situation.stack)]


def test_a_tool_asked_about_after_the_job_stays_the_subject(full):
    question = full.understand("tell me about openvino for our atom boxes")
    assert question.intent is Intent.LOOKUP and question.tools[0].id == "openvino"
    question = full.understand("is that the Determined thing, the hpo and training platform?")
    assert question.intent is Intent.LOOKUP and question.tools[0].id == "determined"


@pytest.mark.parametrize(
    "text",
    [
        "claims handlers keep asking WHY a claim got flagged. which explainability tool gives per-claim reasons?",
        "ops wants to know why each order was marked risky, per-order explanations, open source pls",
        "underwriters want to know why each claim got a high fraud score. which tool gives them that per claim?",
    ],
)
def test_a_why_the_person_reports_is_a_need_for_explanations_not_a_question_of_the_radar(full, text):
    question = full.understand(text)
    assert question.intent is Intent.RECOMMEND and question.need.tags[0].tag.id == "explainability"


def test_a_use_case_named_in_full_beside_a_quadrants_word_lists_the_use_case(full):
    question = full.understand("list all open source model monitoring platforms")
    assert question.intent is Intent.LIST and question.action == "tag"
    assert question.need.tags[0].tag.id == "monitoring"
    assert full.understand("list the ML platforms quadrant").action == "quadrant"


def test_an_opinion_asked_last_of_the_one_tool_named_is_a_lookup_whatever_it_is_for(full):
    question = full.understand("nannyml for data drift - recommended?")
    assert question.intent is Intent.LOOKUP and [t.id for t in question.tools] == ["nannyml"]


@pytest.mark.parametrize(
    "text",
    [
        "why are plain old tools like postgres and fastapi even on an ML radar?",
        "why are no-code platforms (knime, alteryx) in hold by default",
        "why do single-purpose tools like optuna sit in trial while whole platforms are in assess?",
    ],
)
def test_why_the_radar_places_a_kind_with_tools_as_its_examples_is_a_concept(full, text):
    assert full.understand(text).intent is Intent.CONCEPT


def test_why_one_tool_sits_where_it_does_is_still_its_card(full):
    question = full.understand("why is kubeflow where it is on the radar?")
    assert question.intent is Intent.LOOKUP and question.tools[0].id == "kubeflow"


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("model registry recommendations?", "model-registry"),
        ("data labelling tool recommendations pls", "labelling"),
        ("music recommendations?", "recommender-systems"),
    ],
)
def test_recommendations_closing_the_ask_are_the_ask_unless_of_what_people_are_recommended(full, text, tag):
    question = full.understand(text)
    assert [m.tag.id for m in question.need.tags] == [tag] or question.need.tags[0].tag.id == tag
    assert tag != "recommender-systems" or question.intent is Intent.RECOMMEND
    if tag != "recommender-systems":
        assert "recommender-systems" not in [m.tag.id for m in question.need.tags]


def test_weighing_the_tools_named_next_is_no_need_for_evaluation(full):
    question = full.understand("we're evaluating feast, tecton and hopsworks - which suits a tiny team?")
    assert question.intent is Intent.COMPARE
    assert {t.id for t in question.tools} == {"feast", "tecton", "hopsworks"}
    assert full.understand("we are evaluating our churn models before release, what tool?").intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    "text",
    [
        "what LLM gateways are out there?",
        "drift detection toolkits?",
        "vector databases, open source only, we cannot pay for another vendor",
        "serving frameworks - preferably ones that run on CPUs",
    ],
)
def test_a_kind_asked_for_with_filters_and_a_reason_is_its_list(full, text):
    assert full.understand(text).intent is Intent.LIST


def test_a_story_after_a_kind_still_asks_for_a_pick(full):
    question = full.understand("feature stores pls - we keep rebuilding the same customer features in every notebook")
    assert question.intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    "text", ["need something for the chatbot we are piloting", "our pipelines are a mess, any ideas?"]
)
def test_an_llm_app_named_without_its_job_is_asked_back(full, text):
    assert full.understand(text).intent is Intent.CLARIFY


def test_a_closing_recommendations_clause_is_the_ask(full):
    assert full.understand("need something for music, recommendations?").intent is Intent.CLARIFY


@pytest.mark.parametrize(
    ("text", "ring"), [("what does Assess mean?", "ring:assess"), ("Hold means what exactly?", "ring:hold")]
)
def test_a_ring_asked_the_meaning_of_is_that_ring(full, text, ring):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CONCEPT, ring)


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("databricks - hype or real? the VP saw a demo of it and wants it by Q3", "databricks"),
        ("a consultant recommended Dataiku for the analysts, what does the radar think?", "dataiku"),
        # the radar's judgment asked by its name, or what the team did with the tool
        ("an outside review recommends MLflow as our model registry. does the radar agree with that?", "mlflow"),
        (
            "before I put it in the incident review: is Optuna something we have actually used for the churn models,"
            " or only read about?",
            "optuna",
        ),
    ],
)
def test_an_opinion_asked_of_the_one_tool_named_is_its_lookup(full, text, tool):
    question = full.understand(text)
    assert (question.intent, ids(question.tools)) == (Intent.LOOKUP, [tool])


def test_which_one_does_best_asks_for_a_pick(full):
    question = full.understand(
        "we serve a 7B model to 50 users. which inference server gives the best latency per GPU?"
    )
    assert question.intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    "text",
    [
        "when I answer in a thread, will you remember what I asked before?",
        "is there a link to our radar I can drop in the onboarding doc?",
        "how do I even vote on the weekly poll?",
    ],
)
def test_how_the_bot_is_used_is_help(full, text):
    assert full.understand(text).intent is Intent.HELP


def test_news_told_with_a_greeting_is_small_talk(full):
    assert full.understand("good morning all! the churn model retrained fine overnight").intent is Intent.SOCIAL


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("sklearn, xgboost or lightgbm for a first churn model - any real difference?", Intent.COMPARE),
        (
            "we call OpenAI, Mistral and our own vLLM from five services. one gateway for keys and retries?",
            Intent.RECOMMEND,
        ),
        ("we need a tracing tool we can host on GKE or Cloud Run, traces cannot leave our project", Intent.RECOMMEND),
    ],
)
def test_only_names_set_side_by_side_as_a_choice_are_compared(full, text, intent):
    assert full.understand(text).intent is intent


def test_a_need_where_every_tool_named_is_where_it_runs_is_a_recommendation(full):
    question = full.understand("no new infra please. what can we add onto postgres or bigquery for vector search?")
    assert question.intent is Intent.RECOMMEND


def test_a_licence_word_beside_a_name_is_no_name(full):
    question = full.understand("what do we use to ingest sensor streams? open source or azure native only")
    assert "rasa" not in ids(question.tools) and question.intent is Intent.RECOMMEND


def test_a_list_asked_for_by_someone_named_by_role_is_the_list(full):
    question = full.understand("which tools on the radar work with Julia? our research scientists asked for a list")
    assert question.intent is Intent.LIST


def test_a_ring_named_as_an_adjective_filters_a_kinds_list(full):
    question = full.understand("list the assess tools for feature stores")
    assert question.intent is Intent.LIST and full.ideas.ring_in(question.text) is not None


def test_how_to_propose_a_tool_is_help_with_the_commands(full):
    question = full.understand("how can we propose moving dvc to adopt?")
    assert (question.intent, question.action) == (Intent.HELP, "commands")


@pytest.mark.parametrize(
    ("text", "ring"),
    [("what makes a tool end up on hold?", "ring:hold"), ("what gets something put in assess?", "ring:assess")],
)
def test_what_puts_a_tool_in_a_ring_is_that_rings_meaning(full, text, ring):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CONCEPT, ring)


def test_what_the_catalog_is_is_its_idea(full):
    question = full.understand("ok what is this catalog thing")
    assert (question.intent, question.action) == (Intent.CONCEPT, "note:catalog-vs-radar")


def test_keeping_track_of_which_thing_is_knowing_not_experiment_tracking(full):
    question = full.understand("how do we keep track of which model version runs in which region?")
    assert question.need.tags and question.need.tags[0].tag.id != "experiment-tracking"


@pytest.mark.parametrize("text", ["which tools does the team use?", "first week here, what should I pick up first?"])
def test_what_the_team_builds_on_is_its_adopt_ring(full, text):
    question = full.understand(text)
    assert (question.intent, question.action, question.ring and question.ring.id) == (Intent.LIST, "ring", "adopt")


@pytest.mark.parametrize(
    "text",
    [
        "what's the command to see a whole quadrant?",
        "how can we remove a tool from the radar?",
        "why could only I see your answer?",
        "does it work in private channels too?",
    ],
)
def test_what_only_a_command_or_the_bot_itself_does_is_help(full, text):
    assert full.understand(text).intent is Intent.HELP


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("alternatives to Vertex AI pipelines?", "ml-pipelines"),
        ("something instead of sagemaker experiments", "experiment-tracking"),
    ],
)
def test_instead_of_one_part_of_a_platform_is_that_parts_job_beside_it(full, text, tag):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.RECOMMEND, "need")
    assert question.need.tags[0].tag.id == tag and question.situation.stack


@pytest.mark.parametrize(
    ("text", "idea"),
    [
        ("what's a vendor AI platform?", "category:vendor-ai-platforms"),
        ("what's mlops", "note:mlops"),
        ("is trial the same as approved?", "ring:trial"),
        ("is our radar a copy of the thoughtworks radar?", "note:origin"),
    ],
)
def test_a_term_of_the_framework_asked_the_meaning_of_is_its_idea(full, text, idea):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CONCEPT, idea)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("must we mention you in every message?", Intent.HELP),
        ("can an admin override the poll result?", Intent.HELP),
        ("how does the bot pick what it recommends?", Intent.SOCIAL),
        ("how do you decide whether a platform is mature enough?", Intent.CONCEPT),
        ("is this bot an LLM?", Intent.SOCIAL),
    ],
)
def test_questions_about_the_bot_itself(full, text, intent):
    assert full.understand(text).intent is intent


@pytest.mark.parametrize(
    "text",
    [
        "how do the weekly polls work — can I change my vote after I click?",
        "where do I vote in the weekly ring poll?",
        "when does the weekly poll close?",
        "can I DM the radar bot or does it only work in channels?",
    ],
)
def test_how_to_vote_or_reach_the_bot_is_help(full, text):
    assert full.understand(text).intent is Intent.HELP


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("pyod pls, a contractor suggested it for the conveyor anomaly work", "pyod"),
        ("info on docling pls, thinking about it for the scanned incident PDFs", "docling"),
        ("a Dataiku sales rep keeps emailing our VP. what's our position on it?", "dataiku"),
        ("evidently — what ring, who owns it, and why?", "evidently"),
        ("outlines: is it any good?", "outlines"),
        ("how is nannyml different from evidently?", "nannyml"),
    ],
)
def test_the_one_tool_pointed_back_at_or_set_off_is_looked_up(full, text, tool):
    question = full.understand(text)
    assert ids(question.tools)[:1] == [tool]
    assert question.intent in (Intent.LOOKUP, Intent.COMPARE)


def test_a_tool_someone_likes_is_no_lookup_when_a_need_is_asked(full):
    text = "need an orchestrator for the hourly doc ingestion, python. airflow exists for BI but nobody loves it"
    assert full.understand(text).intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("everything in the CI/CD Pipelines category", "category"),
        ("which tools are in Hold and why should I avoid them?", "ring"),
        ("explainability libraries please, I'm preparing the union briefing", "tag"),
        ("which AWS services are in the catalog? we can't use azure or gcp stuff", "cloud"),
        ("can you list every aws service on the radar? we're aws-only and want to see what's covered", "cloud"),
        ("list all the feature stores", "tag"),
    ],
)
def test_a_list_asked_with_its_reason_or_its_exclusions_is_the_list(full, text, action):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.LIST, action)
    assert "azure-pipelines" not in ids(question.tools)


@pytest.mark.parametrize(
    "text",
    [
        "we already have dbt tests but they only catch nulls. what do we add to catch a clinic sending all invoices "
        "in cents?",
        "nightly batch scoring of all open claims with 3 models — what runs this reliably with retries and alerting?",
        "need the LLM to return SOAP-note JSON (subjective/objective/assessment/plan) that validates against our "
        "pydantic models. library?",
    ],
)
def test_all_of_the_persons_own_things_or_a_ring_word_in_their_list_asks_for_no_list(full, text):
    assert full.understand(text).intent is Intent.RECOMMEND


def test_two_names_set_side_by_side_with_an_article_are_compared(full):
    question = full.understand("for demand forecasting: BigQuery ML or a Vertex AI training job? which would you pick")
    assert (question.intent, ids(question.tools)) == (Intent.COMPARE, ["bigquery-ml", "vertex-ai"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("DuckDB for the analysts' ad-hoc parquet queries, what's our stance?", "DuckDB"),
        ("our TS devs found Mastra for building the stylist agent. ring?", "Mastra"),
    ],
)
def test_a_product_the_catalog_lacks_asked_about_with_its_use_is_unknown(full, text, name):
    question = full.understand(text)
    assert (question.intent, question.unknown) == (Intent.UNKNOWN, name)


@pytest.mark.parametrize(
    ("text", "idea"),
    [
        ('my manager wants a poster of "every MLOps tool". is that what the radar is?', "note:tech-radar"),
        ("for my deck: in one paragraph, how does our team decide what goes into Adopt?", "note:team-votes"),
        ("how does a tool go from assess to trial, what does it need to earn that", None),
    ],
)
def test_what_the_radar_is_and_how_the_team_decides_are_ideas(full, text, idea):
    question = full.understand(text)
    assert question.intent is Intent.CONCEPT
    if idea:
        assert question.action == idea


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ('the board says we need to "do MLOps". what do we buy?', Intent.CLARIFY),
        ('the control room director wants "something with AI". what tools should we look at?', Intent.CLARIFY),
        (
            "ops want a small internal app to see model scores, we have no frontend dev. what do ML teams build these "
            "with?",
            Intent.RECOMMEND,
        ),
        ("you're more useful than the last three vendor demos combined lol", Intent.SOCIAL),
    ],
)
def test_a_wish_for_the_buzzword_is_asked_back_and_praise_is_small_talk(full, text, intent):
    assert full.understand(text).intent is intent


def test_a_self_hosted_llm_is_model_serving(full):
    question = full.understand("what should we use to self-host an LLM for the clinical notes?")
    assert question.need.tags[0].tag.id == "serving"


@pytest.mark.parametrize(
    "text",
    [
        "how do I share your answer with the channel?",
        "who can close a poll?",
        "can I propose moving airflow to hold?",
        "is there a web page with the whole radar?",
        "how do I unsubscribe this channel?",
        "why did my vote not count?",
    ],
)
def test_how_to_use_the_bots_own_features_is_help(full, text):
    assert full.understand(text).intent is Intent.HELP


def test_how_the_polls_work_and_who_may_vote_is_the_idea_of_team_votes(full):
    question = full.understand("how do the weekly polls work? can anyone vote?")
    assert (question.intent, question.action) == (Intent.CONCEPT, "note:team-votes")


@pytest.mark.parametrize(
    "text",
    [
        "the answer only showed up for me. how do I share it to the channel?",
        "who are the admins of the radar bot?",
        "how do I become the owner of a tool entry?",
        "can I attach a note to a tool?",
        "can I kick off a poll right now for one tool?",
        "how do I add the bot to #subtitles-dev? /invite doesn't find it",
        "is there an export of our radar as csv?",
        "missed yesterday's poll, can I still vote?",
        "can we move the poll from monday to thursday?",
        "how do I use this thing? first week here",
    ],
)
def test_the_bots_own_features_asked_in_their_own_words_are_help(full, text):
    assert full.understand(text).intent is Intent.HELP


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("what ring is Azure Data Factory in? half our ingest already runs through it", "Azure Data Factory"),
        ("feedzai: what's the radar's take? sales keeps emailing our head of ecommerce", "feedzai"),
        ("dataplex, does the radar cover it? it's already in our GCP contract", "dataplex"),
        ("does the radar cover dataplex?", "dataplex"),
        ("braintrust for LLM evals, saw it all over twitter. where do we stand?", "braintrust"),
        ("kubecost on the small gke cluster, worth it? which ring?", "kubecost"),
    ],
)
def test_a_name_the_catalog_lacks_asked_about_before_its_story_is_unknown(full, text, name):
    question = full.understand(text)
    assert question.intent is Intent.UNKNOWN
    assert question.unknown.lower() == name.lower()


def test_a_choice_told_with_its_use_is_no_product_name(full):
    assert full.understand("build vs buy for an ML platform — what's the radar's stance?").intent is Intent.CONCEPT


def test_what_people_use_asks_for_a_tool(full):
    question = full.understand("what do ppl use to serve sklearn / lightgbm models behind an API?")
    assert (question.intent, question.need.tags[0].tag.id) == (Intent.RECOMMEND, "serving")


def test_an_alternative_asked_of_nothing_asks_which_tool(full):
    question = full.understand("what's a good open source alternative?")
    assert (question.intent, question.action) == (Intent.CLARIFY, "reference")


def test_an_everyday_name_being_considered_is_the_tool(full):
    assert "evidently" in dict(full.roles("thinking about evidently for drift reports on the weekly forecasts"))


@pytest.mark.parametrize(
    "text",
    [
        "which dashboard tool should we use",
        "we need testing, what do you suggest?",
        # a sentence of who asked, or of who writes, tells nothing of which job
        "what should we use for testing? my director asked and nobody had a good answer",
        "a new hire asks what we use for labels. what should we use?",
        "hello, plant logistics manager here. which tool should we buy for monitoring?",
    ],
)
def test_a_loose_need_word_alone_is_asked_back(full, text):
    question = full.understand(text)
    assert question.intent is Intent.CLARIFY and len(question.options) >= 2


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what LLM inference servers / engines are in the catalog? making a shortlist", Intent.LIST),
        ("show me the CI/CD tools that are open source, we need something we can run inside our network", Intent.LIST),
        ("open source speech-to-text we can self host, what's on the radar", Intent.RECOMMEND),
        (
            'Archivists keep asking "where does this dataset come from". Is there an open source data catalog with '
            "lineage?",
            Intent.RECOMMEND,
        ),
        ('someone at the all-hands mentioned "Langfuse". what is it and should we care?', Intent.LOOKUP),
        ("who came up with this framework?", Intent.CONCEPT),
    ],
)
def test_lists_asked_plainly_and_questions_quoted_from_others(full, text, intent):
    assert full.understand(text).intent is intent


def test_which_tools_run_on_a_cloud_is_that_clouds_list(full):
    question = full.understand("which tools run on azure?")
    assert (question.intent, question.action, ids(question.tools)) == (Intent.LIST, "cloud", ["azure"])


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # an aside in parentheses that narrows the kind leaves it a list; one that details the need asks for a pick
        ("explainability tools please (for the model governance paper)", Intent.LIST),
        ("model monitoring tools (classic ML, not LLM)", Intent.LIST),
        ("self-hosted OSS tracing for llm calls (prompts, latency, cost)", Intent.RECOMMEND),
        # "'ve" after any word, a kind narrowed by what it leaves out, an overview of a kind, "which tools in here"
        ("data orchestrators, what've we got", Intent.LIST),
        ("LLM tracing tools, but skip the closed SaaS-only ones", Intent.LIST),
        ("the DPO wants an overview of privacy-preserving ML tools", Intent.LIST),
        ("new analysts need a quick overview of any dataset: distributions, missing values", Intent.RECOMMEND),
        ("which tools in here do speech / audio?", Intent.LIST),
        ("GPU schedulers and batch queueing for kubernetes, list them", Intent.LIST),
        ("what R-friendly tools are on the radar?", Intent.LIST),
    ],
)
def test_kinds_listed_with_asides_and_filters(full, text, intent):
    assert full.understand(text).intent is intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # the buy side named as something to find asks for it
        (
            "need to pull Stripe and App Store billing data into Snowflake. write our own scripts or use something off "
            "the shelf?",
            Intent.RECOMMEND,
        ),
        ("should we write our own experiment tracker? we have two engineers with spare time", Intent.CONCEPT),
        # the person's own idea, and a comparison that is their job, are no question about the framework
        ("idea: model the network as a graph to predict delays. which graph ML library?", Intent.RECOMMEND),
        (
            "we want to classify 3D point clouds to compare against the design model. what ML tooling handles point "
            "clouds?",
            Intent.RECOMMEND,
        ),
        ("what's the difference between ml platforms and specialised tools?", Intent.CONCEPT),
        # the bot asked about itself, and life away from work
        ("are you a real bot or is @jeroen typing these answers", Intent.SOCIAL),
        ("what are you having for lunch, radar?", Intent.SOCIAL),
        ("how windy is it on the quay today?", Intent.SOCIAL),
        ("what are you?", Intent.HELP),
    ],
)
def test_own_ideas_build_or_buy_and_small_talk(full, text, intent):
    assert full.understand(text).intent is intent


@pytest.mark.parametrize(
    ("text", "intent", "tools"),
    [
        ("explain Argo CD to me, I'm from IT and we're evaluating it", Intent.LOOKUP, ["argo-cd"]),
        ("Vertex AI vs running our own Kubeflow on-prem: pros and cons", Intent.COMPARE, ["vertex-ai", "kubeflow"]),
        ('is shiny on the radar? the R crowd wants to know if it\'s "allowed"', Intent.LOOKUP, ["shiny"]),
        ("NVIDIA DeepStream for the camera pipelines — have we got a view?", Intent.UNKNOWN, []),
    ],
)
def test_tools_asked_about_beside_words_that_brush_a_need(full, text, intent, tools):
    question = full.understand(text)
    assert (question.intent, ids(question.tools)) == (intent, tools)


@pytest.mark.parametrize(
    "text",
    [
        "Which tools could we use to build a small dashboard app? Just list the options, we'll pick later.",
        "LLM tracing tools - all of them please, i'm building a comparison sheet for the steering group",
        "which tools in the catalog are Azure-native?",
    ],
)
def test_a_list_asked_in_so_many_words_is_a_list(full, text):
    assert full.understand(text).intent is Intent.LIST


def test_the_kind_of_model_a_job_is_done_to_is_no_need_of_its_own(full):
    question = full.understand("what should we use to serve the gradient-boosted forecast models as an API?")
    assert question.need.tags[0].tag.id == "serving"
    assert full.understand("how do we monitor our LLM models").need.tags[0].tag.id != "serving"


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("do we have a position on Rasa? customer service built the old bot on it and asks whether to keep it", "rasa"),
        (
            "For the architecture repository I need the classification of Evidently: quadrant, category, ring.",
            "evidently",
        ),
        ("what is olmOCR and could it read handwritten addresses off parcel labels?", "olmocr"),
    ],
)
def test_a_stance_or_the_placement_of_one_tool_asked_at_length_is_its_card(full, text, tool):
    question = full.understand(text)
    assert (question.intent, ids(question.tools)) == (Intent.LOOKUP, [tool])


def test_what_a_tool_would_start_from_asks_for_one(full):
    text = (
        "we're starting the handwritten-address recognition rewrite (the current one is a 2014 vendor black box). what "
        "model library / toolkit would you start from?"
    )
    assert full.understand(text).intent is Intent.RECOMMEND


@pytest.mark.parametrize("reaction", [":+1:", "\N{WAVING HAND SIGN}", "\N{PERSON WITH FOLDED HANDS}"])
def test_a_reaction_typed_as_the_whole_reply_is_small_talk(full, reaction):
    assert full.understand(reaction).intent is Intent.SOCIAL
    assert full.understand("").intent is Intent.HELP


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("stream processing options? we're kafka-heavy (phone events land in ~30 topics)", Intent.LIST),
        ("model serving frameworks we can self-host on k8s? not interested in hosted endpoints", Intent.LIST),
        ("beginner friendly RL libs? msc project, HVAC control in a simulator", Intent.RECOMMEND),
        ("which agent framework for NPCs that call game tools? backend is C# so .NET support counts", Intent.RECOMMEND),
        ("image annotation tools, OSS only - we label damage photos and the budget is zero", Intent.LIST),
        (
            "multi-user notebooks on-prem with LDAP login and per-user environments? people use laptops",
            Intent.RECOMMEND,
        ),
        ("big firm wont let their docs leave their servers. can we train across firms", Intent.RECOMMEND),
    ],
)
def test_a_kind_asked_in_the_plural_then_a_story_is_its_list(full, text, intent):
    assert full.understand(text).intent is intent


@pytest.mark.parametrize(
    ("text", "intent", "tools"),
    [
        ("what workflow orchestrators are on the radar apart from Airflow?", Intent.LIST, None),
        ("big data platforms on the radar - only the ones we could run on AWS", Intent.LIST, None),
        ("managed LLM on AWS for the chatbot so we dont host anything ourselves. opinions?", Intent.RECOMMEND, None),
        ("is sagemaker on the radar?", Intent.LOOKUP, ["sagemaker"]),
        ("what is Snowflake doing on an MLOps radar? isnt that just our data warehouse?", Intent.LOOKUP, ["snowflake"]),
        ("finance does all their revenue reports in Alteryx. is it on hold on the radar or what?", Intent.LOOKUP,
         ["alteryx"]),
        ("someone in finance builds models in RapidMiner. is it on our radar?", Intent.LOOKUP, ["altair-ai-studio"]),
    ],
)  # fmt: skip
def test_the_radar_asked_of_a_kind_or_of_one_tool(full, text, intent, tools):
    question = full.understand(text)
    assert question.intent is intent
    assert tools is None or ids(question.tools) == tools


def test_clouds_refused_beside_a_need_are_no_yardstick(full):
    text = "we want the price API as a managed endpoint. we're Azure only - please don't suggest AWS or GCP services"
    question = full.understand(text)
    assert question.intent is Intent.RECOMMEND and question.need.tags[0].tag.id == "serving"
    assert dict(full.roles(text))["aws"] is Role.REPLACE


@pytest.mark.parametrize(
    "text",
    [
        "experiment trackers: what's out there?",
        "which feature stores can be self-hosted? skip the SaaS-only ones",
        "orchestrators on our radar?",
        "annotation tools we could run ourselves (no managed-only stuff)",
        "vector databases we can host in house",
    ],
)
def test_a_kind_then_clauses_that_only_filter_it_is_its_list(full, text):
    assert full.understand(text).intent is Intent.LIST


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("legal rejected our W&B renewal. what's about as good?", "wandb"),
        ("our pilot ran on sagemaker and now it must come on-prem. what replaces sagemaker?", "sagemaker"),
        ("> vendors must not hold our metadata. so W&B is out. alternatives we can run ourselves?", "wandb"),
        ("something like W&B but self-hostable on EKS; the wandb seats are too pricey", "wandb"),
    ],
)
def test_a_tool_given_up_then_its_alternatives_asked_keeps_its_own_job(full, text, tool):
    question = full.understand(text)
    assert question.intent is Intent.RECOMMEND
    assert question.action == "alternatives" and ids(question.tools) == [tool]


def test_a_tool_kept_with_its_running_handed_over_asks_who_hosts_it(full):
    question = full.understand("we want to keep mlflow but have a vendor run it. hosted options?")
    assert question.action == "hosted" and ids(question.tools) == ["mlflow"]
    assert full.understand("mlflow is killing us. hosted options?").action != "hosted"


def test_self_hosted_names_how_it_runs_not_a_need_for_hosting(full):
    question = full.understand("MLflow feels heavy for my laptop project. something like it but lighter, self-hosted?")
    assert question.action == "alternatives" and ids(question.tools) == ["mlflow"]


def test_how_named_tools_differ_compares_them_and_why_their_names_rhyme_is_the_idea(full):
    question = full.understand("I always confuse kubeflow, mlflow and metaflow. how are they actually different?")
    assert question.intent is Intent.COMPARE and ids(question.tools) == ["kubeflow", "mlflow", "metaflow"]
    assert (
        full.understand("why do people mix up kubeflow / mlflow / metaflow? the -flow names").intent is Intent.CONCEPT
    )


@pytest.mark.parametrize(
    "text",
    [
        "we're building a search assistant over our manuals. which vector database can we host ourselves?",
        "is there an established tracing library for LLM calls or do we roll our own?",
        "we're allowed on AWS for the forecasts. what's the path of least resistance for training and serving there?",
    ],
)
def test_a_tool_asked_for_beside_building_words_is_a_recommendation(full, text):
    assert full.understand(text).intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("what's the radar position on Quuxdata?", "quuxdata"),
        ("do we have a stance on Harbor as the registry for our images?", "harbor"),
        ("harbor - it's our internal image registry, what ring is it?", "harbor"),
        ("should we move the batch jobs to AWS Step Functions?", "aws step functions"),
    ],
)
def test_a_product_the_catalog_lacks_asked_in_a_stance_or_a_move_is_unknown(full, text, name):
    question = full.understand(text)
    assert question.intent is Intent.UNKNOWN and question.unknown.lower() == name


def test_what_separates_two_kinds_asks_what_they_mean(full):
    assert (
        full.understand('what separates a "specialized ML tool" from a "standard SWE tool"?').intent is Intent.CONCEPT
    )


def test_the_other_people_or_places_point_at_no_tool(full):
    text = "the other 2 plants want to train the model together but data can't be pooled. federated learning options?"
    assert full.understand(text).intent is Intent.RECOMMEND


def test_a_brand_of_laptop_is_a_laptop(full):
    question = full.understand("what's the easiest way to run an open model on my macbook?")
    assert question.intent is Intent.RECOMMEND and question.need.tags[0].tag.id == "serving"


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("does anyone know what kitops is? a speaker mentioned it for packaging models", "kitops"),
        ("captum: tensorflow too?", "captum"),
    ],
)
def test_a_tool_asked_what_it_is_or_what_it_works_with_is_its_card(full, text, tool):
    question = full.understand(text)
    assert question.intent is Intent.LOOKUP and ids(question.tools) == [tool]


def test_a_kind_for_a_place_is_its_list_there(full):
    question = full.understand("which batch schedulers for kubernetes are on the radar?")
    assert question.intent is Intent.LIST and question.need.tags[0].tag.id == "gpu-scheduling"


@pytest.mark.parametrize(
    "text",
    [
        "orchestrators that are open source and that we could host ourselves on-prem?",
        "what's out there for serving models on our own hardware? just the list please, not a recommendation yet",
        "what feature stores exist that we could self-host?",
    ],
)
def test_a_kind_filtered_by_what_we_could_run_or_a_list_asked_in_so_many_words_is_a_list(full, text):
    assert full.understand(text).intent is Intent.LIST


def test_where_embeddings_should_live_asks_for_a_vector_store(full):
    question = full.understand("where should the embeddings for the support assistant live? we run postgres for it all")
    assert question.intent is Intent.RECOMMEND and question.need.tags[0].tag.id == "vector-search"


def test_a_stack_asked_for_by_someone_who_would_rather_not_build_it_is_a_recommendation(full):
    text = (
        "we want a chat assistant over our manuals that cites its sources. what stack would you start with? "
        "small team, we'd prefer not to build everything ourselves"
    )
    assert full.understand(text).intent is Intent.RECOMMEND


def test_the_sanest_format_for_a_model_is_a_recommendation_and_a_gpu_model_is_no_name(full):
    question = full.understand("what's the sanest format to hand a trained pytorch model to a team with no python?")
    assert question.intent is Intent.RECOMMEND and question.need.tags[0].tag.id == "model-formats"
    assert full.understand("k3s on the tractor computers, what's our take").intent is Intent.UNKNOWN


def test_a_tool_someone_else_suggested_is_weighed_unless_another_is_asked_for(full):
    question = full.understand("someone in standup suggested ClearML for our pipelines and tracking")
    assert question.intent is Intent.LOOKUP and ids(question.tools) == ["clearml"]
    text = "we need drift monitoring offline. someone pitched WhyLabs but it's hosted. what can we self-host?"
    assert full.understand(text).intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ('compliance asks: is "Ray Serve" an approved choice here?', "ray-serve"),
        ("quick q from the auditors: feast", "feast"),
        ("feast worth adopting for the churn features on our old laptops?", "feast"),
    ],
)
def test_a_name_set_in_quotes_after_a_colon_or_weighed_right_after_it_is_its_card(full, text, tool):
    question = full.understand(text)
    assert question.intent is Intent.LOOKUP and ids(question.tools)[:1] == [tool]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("what's our stance on Quux Glimmer for the dashboards?", "Quux Glimmer"),
        ("ring for Zorbly? sales saw a demo of its forecasting", "Zorbly"),
        ("Blorbix - the analysts swear by it for plant data, should we use it too?", "Blorbix"),
    ],
)
def test_a_name_written_in_capitals_or_asked_for_its_ring_is_a_name_the_catalog_lacks(full, text, name):
    question = full.understand(text)
    assert question.intent is Intent.UNKNOWN and question.unknown == name
    assert full.understand("what's Hugging Face on the radar?").intent is Intent.CLARIFY


def test_what_the_team_runs_with_a_move_asked_is_what_to_move_off(full):
    question = full.understand("we have run luigi for years and it creaks. what should we switch to?")
    assert (
        question.intent is Intent.RECOMMEND and question.action == "alternatives" and ids(question.tools) == ["luigi"]
    )
    assert full.understand("hey, what do we think of Langfuse these days?").intent is Intent.LOOKUP


@pytest.mark.parametrize(
    "text",
    [
        "feature stores, open source only (we host everything ourselves)",
        "anything for tabular drift in the catalog? list it",
    ],
)
def test_a_kind_with_a_story_aside_or_a_list_asked_for_it_is_a_list(full, text):
    assert full.understand(text).intent is Intent.LIST


@pytest.mark.parametrize(
    "text",
    [
        "optuna / hyperopt / ray tune - which for the pricing models and why",
        "the new PM mixes up metaflow and mlflow, can you put them side by side?",
    ],
)
def test_names_then_which_for_a_job_or_set_side_by_side_are_compared(full, text):
    assert full.understand(text).intent is Intent.COMPARE


def test_a_tool_weighed_then_something_else_asked_for_is_its_alternatives_and_a_crash_compares_nothing(full):
    text = (
        "our kafka-fed batch scorer falls over when volumes spike. is Ray the answer or is there something less heavy?"
    )
    question = full.understand(text)
    assert (question.intent, question.action, ids(question.tools)) == (Intent.RECOMMEND, "alternatives", ["ray"])


@pytest.mark.parametrize(
    "text",
    [
        "for the audit I need the complete set of feature stores you track. a list is fine, no recommendation needed",
        "which drift monitoring libraries would the radar know about? (ops want options)",
        "legal asked for an inventory of privacy toolkits we could use. what have you got?",
        "what schedulers exist besides slurm? open source ones please",
        "what counts as a 'feature store' on our radar, which tools sit in that bucket?",
    ],
)
def test_a_list_asked_for_a_register_by_what_the_radar_knows_or_what_exists_is_a_list(full, text):
    assert full.understand(text).intent is Intent.LIST


def test_what_exists_after_a_story_and_an_inventory_of_data_are_no_list(full):
    text = "we cannot move patient data between hospitals. what frameworks exist for training across sites?"
    assert full.understand(text).intent is Intent.RECOMMEND
    text = "the DPO needs an inventory of every column with PII and where it flows. what tool would you use?"
    assert full.understand(text).intent is Intent.RECOMMEND


def test_admin_rights_told_in_a_story_ask_no_help_but_asked_for_they_do(full):
    text = "laptops are locked down, admin rights only on request. any sane way to run small LLMs locally?"
    assert full.understand(text).intent is Intent.RECOMMEND
    assert full.understand("how do I get admin rights on the radar?").intent is Intent.HELP


def test_the_teams_own_pick_told_before_its_name_is_weighed(full):
    question = full.understand("thinking of going with Dagster for the nightly jobs")
    assert question.intent is Intent.LOOKUP and ids(question.tools) == ["dagster"]
    assert full.understand("we are thinking of using airflow, what should we use for tracking?").intent is (
        Intent.RECOMMEND
    )


def test_a_tool_whose_bill_hurts_asked_instead_of_where_we_run_is_to_be_replaced_there(full):
    question = full.understand("the wandb bill doubled this year. what could we self-host on EKS instead?")
    assert (question.intent, question.action, ids(question.tools)) == (Intent.RECOMMEND, "alternatives", ["wandb"])


def test_why_a_kind_sits_in_a_ring_automatically_is_an_idea_its_examples_do_not_compare(full):
    assert full.understand("why are the basic devops tools (gitlab, docker, ...) in Adopt from the start?").intent is (
        Intent.CONCEPT
    )


def test_a_tool_dropped_if_we_drop_it_asks_for_its_replacement(full):
    question = full.understand("finance flagged our renewal. what could replace weights & biases if we drop it?")
    assert (question.intent, ids(question.tools)) == (Intent.RECOMMEND, ["wandb"])
    assert full.understand("should we drop it, airflow I mean?").intent is Intent.LOOKUP


def test_a_tool_used_in_the_story_is_no_question_about_it(full):
    text = "Kubeflow is too heavy, we spent more time upgrading it than using it. lighter way to run ML pipelines?"
    assert full.understand(text).intent is Intent.RECOMMEND
    assert full.understand("RapidMiner is on hold?? the BI analytics folks still use it").intent is Intent.LOOKUP


def test_a_condition_compares_nothing(full):
    text = "weekly retraining on EKS: pull from snowflake, train, deploy if better. pipeline framework?"
    assert full.understand(text).intent is Intent.RECOMMEND
    assert full.understand("is dagster better than prefect for this?").intent is Intent.COMPARE


def test_an_everyday_name_in_a_clause_like_a_names_is_compared(full):
    text = "the R folks want shiny, the python folks want streamlit. how do they compare for internal dashboards?"
    question = full.understand(text)
    assert question.intent is Intent.COMPARE and {"shiny", "streamlit"} <= set(ids(question.tools))


def test_how_something_sounds_is_no_audio_need(full):
    question = full.understand("can we just use uber's Michelangelo? it sounds like exactly what we need")
    assert (question.intent, ids(question.tools)) == (Intent.LOOKUP, ["uber-michelangelo"])
    assert full.understand("the call audio sounds muffled, how do we clean it up?").need.tags[0].tag.id == (
        "speech-audio"
    )


@pytest.mark.parametrize(
    ("text", "tools"),
    [
        ("how does fiftyone stack up against lightly for curating camera data?", {"fiftyone", "lightly"}),
        ("volcano, yunikorn, kueue: what's actually different", {"volcano", "yunikorn", "kueue"}),
    ],
)
def test_everyday_names_weighed_against_names_are_compared(full, text, tools):
    question = full.understand(text)
    assert question.intent is Intent.COMPARE and set(ids(question.tools)) == tools


def test_what_comes_closest_to_a_tool_asks_for_its_alternatives(full):
    question = full.understand("we want to self-host instead. what's closest to the wandb UX?")
    assert (question.intent, question.action, ids(question.tools)) == (Intent.RECOMMEND, "alternatives", ["wandb"])


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("someone said kubeflow is a nightmare on a small EKS cluster. what does the radar say about it?", "kubeflow"),
        ("what does the radar say about astronomer (managed airflow)?", "astronomer"),
        ("`/radar shap` — need a one-liner for a customer-facing doc", "shap"),
    ],
)
def test_the_one_tool_asked_of_is_looked_up_whatever_else_is_told(full, text, tool):
    question = full.understand(text)
    assert (question.intent, ids(question.tools)[:1]) == (Intent.LOOKUP, [tool])


@pytest.mark.parametrize(
    "text",
    [
        "what's out there for labelling images? just the names pls",
        "can I get the rundown of vector databases you know about — open source ones only",
        "what are our options for data quality / validation tests? want the full menu before we pick",
    ],
)
def test_a_list_asked_in_other_words_is_a_list(full, text):
    assert full.understand(text).intent is Intent.LIST


@pytest.mark.parametrize(
    "text",
    [
        "what's sitting in Hold right now? want to make sure no one starts a new project on any of it",
        "before I pitch a no-code ML tool to my boss — what's sitting in Hold? show me the lot",
    ],
)
def test_a_rings_tools_asked_for_are_its_list_whatever_else_is_told(full, text):
    question = full.understand(text)
    assert (question.intent, question.action, question.ring.id if question.ring else None) == (
        Intent.LIST,
        "ring",
        "hold",
    )


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        ("curious what on-device / edge inference runtimes exist besides the usual onnx stuff", "onnx"),
        ("which GPU clouds / ML-focused IaaS are there besides AWS?", "aws"),
    ],
)
def test_a_kinds_list_asked_besides_a_tool_leaves_it_out(full, text, left_out):
    question = full.understand(text)
    assert question.intent is Intent.LIST and ids(question.tools) == [left_out]


def test_a_kinds_tools_all_of_them_is_a_list_whatever_story_follows(full):
    text = "labelling tools, all of them, the merch team wants to see what's out there"
    assert full.understand(text).intent is Intent.LIST


def test_where_the_bot_can_be_reached_is_asked_of_the_bot(full):
    assert full.understand("can I DM the radar or does it only work in channels?").intent is Intent.HELP


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("what does flyte actually do? it showed up in a design doc last week", "flyte"),
        ("can somebody explain cleanlab in two sentences? the label-error claims sound like magic", "cleanlab"),
        ("the Domino account manager keeps calling. what do we think of Domino?", "domino"),
        ("a vendor says Akkio can forecast our sales with no code. should we take that seriously?", "akkio"),
    ],
)
def test_a_question_asked_of_the_one_tool_named_is_its_lookup_whatever_the_story_says(full, text, tool):
    question = full.understand(text)
    assert question.intent is Intent.LOOKUP and ids(question.tools)[:1] == [tool]


@pytest.mark.parametrize(
    "text",
    [
        "pandas keeps running out of memory on the claims table. what's the least painful way to scale this?",
        "plain pytorch DDP is OOMing on the embedding tables. what's built for this?",
    ],
)
def test_a_question_pointing_at_the_trouble_is_no_lookup_of_the_tool_in_the_story(full, text):
    assert full.understand(text).intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("since kserve changed its license we need another way to serve models on EKS. ideas?", "kserve"),
        ("torchserve is in limited maintenance now. where do we move our pytorch services?", "torchserve"),
    ],
)
def test_a_tool_gone_stale_or_relicensed_asks_for_what_replaces_it(full, text, left):
    question = full.understand(text)
    assert question.intent is Intent.RECOMMEND and left in ids(question.tools)
    assert question.action in ("alternatives", "need")


def test_a_question_opening_on_what_is_wanted_asks_for_a_tool_beside_the_ones_it_has(full):
    text = "we use openai for most things and a local llama for private data. something that routes between them?"
    assert full.understand(text).intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    "text",
    [
        "experiment trackers, but only the ones we can self-host",
        "vector databases but skip the managed ones, we run everything ourselves",
        "model serving frameworks, excluding anything from AWS",
        "which of the all-in-one open platforms are open source? we need one to install on-prem at clients",
    ],
)
def test_a_kinds_list_with_some_of_it_left_out_is_still_its_list(full, text):
    assert full.understand(text).intent is Intent.LIST


@pytest.mark.parametrize(
    "text",
    [
        "what do we use for monitoring? the PM is asking",
        "we need tracking for the new project, suggestions?",
    ],
)
def test_who_asks_or_which_project_says_nothing_of_which_job_is_meant(full, text):
    assert full.understand(text).intent is Intent.CLARIFY


@pytest.mark.parametrize(
    "text",
    [
        "has anybody evaluated Quuxflow for feature pipelines?",
        "does the radar have an opinion on Zorblat for PII redaction?",
        "Acme pitched Zorblat-9 for deploying models onto their chips. where would that sit?",
        "do we have a card for quuxspacy? clinical NER for the care notes",
        "does the radar say anything about `zorblat`? thinking survival analysis for the pumps",
    ],
)
def test_a_name_the_catalog_lacks_asked_about_in_other_frames_is_unknown(full, text):
    assert full.understand(text).intent is Intent.UNKNOWN


@pytest.mark.parametrize(
    ("text", "tool_id"),
    [("do we have a card for kedro?", "kedro"), ("does the radar say anything about evidently?", "evidently")],
)
def test_a_tool_the_catalog_has_asked_about_in_those_frames_is_its_lookup(full, text, tool_id):
    question = full.understand(text)
    assert (question.intent, [t.id for t in question.tools]) == (Intent.LOOKUP, [tool_id])


def test_a_tool_the_team_piloted_is_told_not_asked_about(full):
    text = "we piloted Dataiku but the renewal is too pricey. cheaper routes to visual workflows for non-coders?"
    assert full.understand(text).intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    "text",
    [
        "you said 'the radar' and then 'the catalog' in your last answer. what's the difference?",
        "the bot says catalog sometimes and our radar other times, are those different things?",
        "is that tool from our radar or from some bigger list?",
    ],
)
def test_the_radar_and_the_catalog_told_apart_in_any_words_is_that_idea(full, text):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CONCEPT, "note:catalog-vs-radar")


def test_the_difference_between_two_rings_asked_first_is_the_rings_idea_whatever_examples_follow(full):
    text = "what's the real difference between Trial and Assess? we have kedro in Trial and zenml in Assess"
    assert full.understand(text).intent is Intent.CONCEPT


def test_a_use_case_sharing_only_ml_with_a_quadrant_is_listed_as_the_use_case(full):
    question = full.understand("which no-code ML tools does the catalog have?")
    assert (question.intent, question.action, question.need.tags[0].tag.id) == (Intent.LIST, "tag", "no-code")


def test_how_the_kind_asked_for_must_run_is_no_need_of_its_own(full):
    question = full.understand("which LLM eval frameworks exist that run fully locally?")
    assert question.intent is Intent.LIST and question.need.tags[0].tag.id == "llm-evaluation"


@pytest.mark.parametrize(
    "text",
    [
        "enumerate the vector databases you know, we have to pick one for the chatbot",
        "give me every stream processing thing you know that reads from kafka",
    ],
)
def test_a_list_commanded_is_a_list_whatever_pick_or_setting_follows(full, text):
    assert full.understand(text).intent is Intent.LIST


@pytest.mark.parametrize(
    "text",
    [
        "a bad model went out last week and broke pricing for hours. how do people roll out a new model gradually?",
        "we have years of sensor logs and want to try reinforcement learning. where would you even start tooling-wise?",
        "no visibility into GPU use or latency of our inference service. what monitoring stack?",
        "is there one open-source thing covering tracking and serving that a tiny team can self-host?",
    ],
)
def test_what_others_use_asked_after_a_story_is_a_recommendation_not_an_idea(full, text):
    assert full.understand(text).intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    "text",
    [
        "are you a robot or is someone on the data team typing this?",
        "you're way more opinionated than our architects :joy:",
    ],
)
def test_a_remark_about_the_bot_itself_is_small_talk_whatever_words_it_shares_with_tools(full, text):
    assert full.understand(text).intent is Intent.SOCIAL


def test_a_lookup_frame_after_a_greeting_still_asks_about_the_tool(full):
    question = full.understand("new here :wave: what's `kedro`? it's in the requirements.txt of the churn repo")
    assert question.intent is Intent.LOOKUP and ids(question.tools)[:1] == ["kedro"]


def test_a_kinds_list_skipping_the_ones_that_do_not_fit_is_its_list(full):
    assert (
        full.understand("give me the CI/CD tools, but skip the ones that only make sense on AWS").intent is Intent.LIST
    )


@pytest.mark.parametrize(
    "text",
    [
        "our whole setup is bash scripts, one Makefile and what Ines remembers, and she is off for two months. "
        "we need training runs reproducible with data, code and params versioned. where do we even start?",
        "before we re-index the help articles each release we want a regression suite: golden questions like "
        '"what is the Minijob limit" with expected answers, run in CI, and the build fails if faithfulness or answer '
        "correctness drops",
    ],
)
def test_a_name_told_in_the_story_of_a_need_is_no_unknown_product_asked_about(full, text):
    assert full.understand(text).intent is Intent.RECOMMEND


def test_a_name_the_catalog_lacks_asked_about_after_its_story_is_still_unknown(full):
    text = "we're evaluating Tarnwell for model monitoring because our drift alerts are noisy and slow. is it any good?"
    assert full.understand(text).intent is Intent.UNKNOWN


@pytest.mark.parametrize(
    "text",
    [
        "is there a better home than the PI historian for high-frequency data? fast range queries over 1 Hz signals",
        "IT approved one SaaS vendor per category, and for experiment tracking we get to pick. which would you go for "
        "and why?",
    ],
)
def test_a_pick_asked_with_its_reasons_or_signals_of_a_machine_ask_for_tools_not_an_idea(full, text):
    assert full.understand(text).intent is Intent.RECOMMEND


def test_the_signals_of_a_tool_are_still_the_idea(full):
    assert full.understand("what signals tell us a tool is mature enough to adopt?").intent is Intent.CONCEPT


@pytest.mark.parametrize(
    "text",
    [
        "shortlist for drift monitoring on the queue model is Evidently and NannyML",
        "we narrowed it down to dagster and prefect for the nightly jobs",
    ],
)
def test_a_shortlist_of_tools_weighs_them_side_by_side(full, text):
    assert full.understand(text).intent is Intent.COMPARE


@pytest.mark.parametrize(
    "text",
    [
        "anything sitting in Hold? curious what kinds of tools the radar tells us to stay away from",
        "which kinds of tools does the framework park in Hold? examples please",
    ],
)
def test_a_rings_tools_asked_for_in_other_words_are_its_list(full, text):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.LIST, "ring")


def test_where_to_see_why_a_tool_moved_rings_is_the_decision_trail(full):
    question = full.understand("where can I see the history of why a tool moved rings? asking for the audit trail")
    assert question.intent is Intent.CONCEPT


def test_a_picture_or_link_of_the_whole_team_radar_is_help(full):
    text = "can I get a picture or link of the whole team radar to paste into our quarterly review slides?"
    assert full.understand(text).intent is Intent.HELP


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ('my director asked me to "pick a platform" by next week. which one?', Intent.CLARIFY),
        ("we have to pick a framework before friday. which one", Intent.CLARIFY),
        ("how do we pick a platform?", Intent.CONCEPT),
    ],
)
def test_a_pick_of_a_kind_asked_for_is_no_question_of_how_to_judge_one(full, text, intent):
    assert full.understand(text).intent is intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("we need monitoring for the new stuff we're shipping, what do you suggest", Intent.CLARIFY),
        ("need a store for the fraud project, recs?", Intent.CLARIFY),
        ("how should we monitor the churn model once it's live", Intent.RECOMMEND),
    ],
)
def test_an_everyday_object_of_monitoring_or_storage_leaves_it_loose_but_a_named_model_does_not(full, text, intent):
    assert full.understand(text).intent is intent


@pytest.mark.parametrize(
    "text",
    [
        "off topic: does anyone know how to clean ink off a laptop keyboard?",
        "off topic but who won the match last night?",
    ],
)
def test_a_question_its_writer_calls_off_topic_is_small_talk(full, text):
    assert full.understand(text).intent is Intent.SOCIAL


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("which federated learning frameworks are actually usable?", Intent.RECOMMEND),
        ("which RL libs are sane to start with?", Intent.RECOMMEND),
        ("which experiment trackers are open source?", Intent.LIST),
    ],
)
def test_a_kind_judged_asks_for_a_pick_and_a_kind_filtered_for_its_list(full, text, intent):
    assert full.understand(text).intent is intent


@pytest.mark.parametrize(
    "text", ["do you ever sleep? asking for a friend on a deadline", "do you ever get tired of people asking about dbs"]
)
def test_a_question_of_the_bots_habits_is_small_talk(full, text):
    assert full.understand(text).intent is Intent.SOCIAL


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("\N{WAVING HAND SIGN}", "greeting"),
        (":wave:", "greeting"),
        ("\N{PERSON WITH FOLDED HANDS}", "thanks"),
        (":+1:", "chat"),
        ("do you ever sleep?", "offtopic"),
    ],
)
def test_small_talk_is_answered_as_what_it_says(full, text, kind):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.SOCIAL, kind)


@pytest.mark.parametrize(
    "text",
    ["need monitoring before the audit, what do you suggest", "we need monitoring set up by the next release. recs?"],
)
def test_when_a_need_is_due_says_nothing_of_which_job_is_meant(full, text):
    # ("before the audit": when it is needed, not what for; "audit" alone would read as fairness and compliance)
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CLARIFY, "need")


@pytest.mark.parametrize(
    "text",
    [
        "how many days of leave can i carry over into next year? hr portal is down again",
        "outlook keeps asking for my password every 5 min, any idea how to stop it?",
    ],
)
def test_an_idea_met_only_by_everyday_words_is_no_idea_asked(full, text):
    assert full.understand(text).intent is Intent.SOCIAL


def test_an_idea_met_by_the_words_of_the_radars_world_is_still_asked(full):
    question = full.understand("high-coverage vs single-component, what's the difference and why should I care?")
    assert question.intent is Intent.CONCEPT


@pytest.mark.parametrize(
    "text",
    [
        "anyone know how to fix shared drive permissions? a new volunteer can't open the donor folder",
        "printer on the 2nd floor has jammed again :face_palm: who do i call",
        "does anyone know if the 3rd floor printer is fixed? need to print proofs for the workbook",
    ],
)
def test_a_question_put_to_colleagues_that_only_brushes_a_job_is_off_topic(full, text):
    assert full.understand(text).intent is Intent.SOCIAL


@pytest.mark.parametrize(
    "text",
    [
        "my laptop vpn keeps disconnecting on the train, any idea why",
        "how do i claim the hotel for the offsite? is there an expense form",
        "teams keeps logging me out when i open the shared calendar",
    ],
)
def test_an_errand_of_the_office_that_only_brushes_a_job_is_off_topic(full, text):
    assert full.understand(text).intent is Intent.SOCIAL


@pytest.mark.parametrize(
    "text",
    [
        "the toner in the 3rd floor printer is empty again",
        "can you help me? my laptop won't connect to the guest wifi",
        "where do i apply for maternity leave in the new hr tool?",
        "how many pto days do new joiners get?",
        "who's ordering lunch today? i vote pizza",
        "who broke the coffee machine on floor 5 this time",
        "my windows laptop has been installing updates for 40 minutes, what do i do :sob:",
        "my monitor keeps flickering since the move, who do i ask?",
        "the VPN drops every time my laptop wakes up, any idea?",
    ],
)
def test_an_errand_of_the_office_or_hr_is_off_topic_even_when_help_or_a_vote_is_asked(full, text):
    assert full.understand(text).intent is Intent.SOCIAL


@pytest.mark.parametrize(
    "text",
    [
        "our inference api keeps crashing under load, what should serve it instead?",
        "we need to forecast sick leave per depot for the rota planners, what should we use?",
    ],
)
def test_a_need_of_ml_told_with_words_of_the_office_is_no_errand(full, text):
    assert full.understand(text).intent is Intent.RECOMMEND


def test_the_radars_view_of_a_name_for_an_office_job_is_asked_of_that_name(full):
    question = full.understand("what does the radar think of abbyy for the payslip scans?")
    assert (question.intent, question.unknown) == (Intent.UNKNOWN, "abbyy")


@pytest.mark.parametrize(
    "text",
    [
        "how do we stop the support assistant from leaking another customer's address?",
        "the model keeps returning broken json, how do we fix that properly?",
    ],
)
def test_a_problem_of_the_models_is_no_errand_of_the_office(full, text):
    assert full.understand(text).intent is Intent.RECOMMEND


def test_someone_in_a_story_is_no_question_put_to_colleagues(full):
    question = full.understand("someone overwrote the training CSV again and now we can't reproduce last month's model")
    assert question.intent is Intent.RECOMMEND


def test_recs_asked_for_a_job_are_the_ask_not_a_recommender(full):
    question = full.understand("hpo recs for lightgbm rankers?")
    assert question.need.tags[0].tag.id == "hyperparameter-tuning"


def test_a_tool_told_in_the_story_before_the_sentence_that_asks_is_the_needs_setting(full):
    question = full.understand(
        "shop staff keep calling the helpdesk about oven cleaning procedures. we'd like a chatbot over our SOP PDFs "
        "using Azure OpenAI for the model but an open source framework for the retrieval part. what stack?"
    )
    assert question.intent is Intent.RECOMMEND


def test_a_tool_pointed_back_at_after_its_story_is_still_looked_up(full):
    question = full.understand("vendor pitched us NVIDIA Run:ai for the GPU servers. what do we think of it?")
    assert question.intent is Intent.LOOKUP and ids(question.tools)[:1] == ["run-ai"]


@pytest.mark.parametrize(
    ("text", "idea"),
    [
        ("why is Adopt mostly boring SWE stuff like git and docker?", "ring:adopt"),
        ("why are tools like kubeflow always in assess or hold?", "rings"),
    ],
)
def test_why_a_ring_holds_the_tools_given_as_examples_is_the_rings_reasoning(full, text, idea):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.CONCEPT, idea)


@pytest.mark.parametrize(
    "text", ["can you compare tools? what else can you do?", "can I vote on rings through you, or is that elsewhere?"]
)
def test_what_else_the_bot_does_is_help(full, text):
    assert full.understand(text).intent is Intent.HELP


def test_a_long_description_of_the_model_a_job_is_done_to_is_no_job_of_its_own(full):
    question = full.understand("we need to serve our fine-tuned llama translation model on GKE")
    assert question.need.tags[0].tag.id == "serving"


def test_a_tool_named_by_an_everyday_word_in_the_names_place_is_looked_up(full):
    question = full.understand("what ring is evidently in and why? looking at it for flood model monitoring")
    assert (question.intent, [t.id for t in question.tools]) == (Intent.LOOKUP, ["evidently"])
    assert full.understand("what ring is power bi in?").intent is Intent.UNKNOWN


def test_a_tool_to_leave_and_an_example_of_the_kind_asked_are_no_comparison(full):
    question = full.understand(
        "gpu bill on gke is killing us, the detector runs on T4s over enormous tiles. what can we use to make the "
        "model itself faster/smaller? quantization, tensorrt, that kind of stuff"
    )
    assert question.intent is Intent.RECOMMEND
    assert question.need.tags[0].tag.id == "model-optimisation"


def test_a_question_that_opens_on_the_use_case_after_a_story_asks_for_it(full):
    question = full.understand(
        "clinical safety means every model that goes live needs a signed-off version, who approved it and what it "
        "was validated on. model registry with approval stages that runs on-prem?"
    )
    assert question.intent is Intent.RECOMMEND and question.need.tags[0].tag.id == "model-registry"


def test_a_why_inside_a_quote_is_no_idea_asked(full):
    question = full.understand(
        'validation wants explanations for the xgboost: per location "why is this loss so high" plus global '
        "importance for the annual report. what do you recomend"
    )
    assert question.intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "we'd love a PR comment that shows the new model's metrics vs the current one whenever someone changes "
            "the training code. is that a thing?",
            Intent.RECOMMEND,
        ),
        ("every time series / forecasting related thing we have?", Intent.LIST),
    ],
)
def test_a_thing_asked_for_or_every_thing_of_a_kind(full, text, intent):
    assert full.understand(text).intent is intent


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("what's litellm and why would we want it in front of bedrock", "litellm"),
        ("what's Feast and would it sit nicely next to Redshift?", "feast"),
        # (a vendor's people are no tool asked about)
        ("the outerbounds sales guy keeps emailing me. what is Metaflow really?", "metaflow"),
        ("AWS account manager call thursday. where does SageMaker sit for us?", "sagemaker"),
    ],
)
def test_a_tool_placed_beside_the_one_asked_about_is_no_second_subject(full, text, tool):
    question = full.understand(text)
    assert (question.intent, [t.id for t in question.tools][:1]) == (Intent.LOOKUP, [tool])


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        (
            "the bedrock bill for question gen is getting scary :chart_with_upwards_trend: if we self-host an open "
            "model on our own ec2 gpus, which inference server should we run?",
            "amazon-bedrock",
        ),
        (
            "legal sent an email about anaconda commercial licensing :scream: what should we move our python envs to?",
            "conda",
        ),
    ],
)
def test_a_pick_asked_after_the_one_tool_named_has_it_as_its_setting(full, text, tool):
    question = full.understand(text)
    assert (question.intent, [t.id for t in question.tools]) == (Intent.RECOMMEND, [tool])


@pytest.mark.parametrize(
    "text",
    [
        "Conceptually, which quadrant does a model registry belong to?",
        "hypothetically, which ring would a vector db land in?",
    ],
)
def test_an_adverb_that_opens_the_question_is_no_unknown_name(full, text):
    assert full.understand(text).intent is not Intent.UNKNOWN


@pytest.mark.parametrize(
    ("text", "tool"), [("is kubeflw's pipeline thing any good", "kubeflow"), ("mlfow's ring?", "mlflow")]
)
def test_a_misspelt_name_with_a_possessive_is_still_the_tool(full, text, tool):
    question = full.understand(text)
    assert question.intent is Intent.LOOKUP and ids(question.tools) == [tool]


@pytest.mark.parametrize(
    ("text", "intent", "tool"),
    [
        ("every model registry the radar knows about", Intent.LIST, ""),
        ("where does dash sit? half our reporting apps are dash apps built by analysts", Intent.LOOKUP, "dash"),
        ("what ring is tracer in? the platform team wants to trace the llm calls with it", Intent.UNKNOWN, ""),
        (
            "what should we use for pdf parsing before embedding? tried pdfminerx and it drops rows",
            Intent.RECOMMEND,
            "",
        ),
    ],
)
def test_the_ask_of_one_sentence_holds_whatever_the_next_tells(full, text, intent, tool):
    question = full.understand(text)
    assert question.intent is intent
    if tool:
        assert ids(question.tools)[:1] == [tool]


@pytest.mark.parametrize(
    "text",
    [
        "what's a sensible way to schedule the retrains? they are lightgbm scripts on a VM",
        "fairness metrics for an xgboost model, go-to lib?",
    ],
)
def test_a_way_or_a_go_to_asked_for_a_job_is_a_recommendation_not_the_tool_named(full, text):
    assert full.understand(text).intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "we need PII redaction for the call transcripts. is there tooling for this or do we roll our own?",
            Intent.RECOMMEND,
        ),
        ("should we build our own tracker or is there tooling for that?", Intent.CONCEPT),
    ],
)
def test_tooling_sought_with_building_as_the_fallback_is_a_recommendation(full, text, intent):
    assert full.understand(text).intent is intent


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("quick q: is google colab on hold or something? half our notebooks live there", "google-colab"),
        ("honest question - is kedro on hold? the pipelines team swears by it", "kedro"),
        ("pls show us the card for cloud run", "cloud-run"),
        ("the entry for cloud run please", "cloud-run"),
        ("marimo got demoed at the python meetup for reactive notebooks. what does the radar know about it?", "marimo"),
        ("/radar weights and biasses", "wandb"),
    ],
)
def test_a_tool_asked_about_past_an_announcement_a_story_or_a_typo_is_looked_up(full, text, tool):
    question = full.understand(text)
    assert question.intent is Intent.LOOKUP and ids(question.tools)[:1] == [tool]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "which open source vector database tools are on the radar? we self-host everything with user data",
            Intent.LIST,
        ),
        (
            "the meter feed keeps sending duplicated rows and null ids. what can we put in the pipeline to stop them?",
            Intent.RECOMMEND,
        ),
    ],
)
def test_a_kind_asked_in_many_words_or_something_put_in_a_pipeline_is_a_list_or_a_pick(full, text, intent):
    assert full.understand(text).intent is intent


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("a colleague recommended ray for the batch scoring. what is it exactly?", "ray"),
        ("our intern keeps mentioning evidently for the churn dashboards. what is it?", "evidently"),
    ],
)
def test_an_everyday_word_someone_mentioned_or_recommended_is_the_tool(full, text, tool):
    question = full.understand(text)
    assert question.intent is Intent.LOOKUP and ids(question.tools)[:1] == [tool]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("is there a good tool for testing the models?", Intent.CLARIFY),
        ("what should we use for model testing in CI?", Intent.RECOMMEND),
    ],
)
def test_testing_models_is_as_loose_as_monitoring_them_until_told_where_or_how(full, text, intent):
    assert full.understand(text).intent is intent


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("something to help with our documents pls", Intent.CLARIFY),
        ("how should we handle our documents?", Intent.CLARIFY),
        ("anything to help with the office party?", Intent.SOCIAL),
    ],
)
def test_help_asked_for_the_data_work_with_no_job_named_asks_what_for(full, text, intent):
    assert full.understand(text).intent is intent


def test_build_vs_buy_named_as_the_topic_of_what_the_framework_says_is_that_idea(full):
    text = "build vs buy: some of us want to build our own serving platform on eks. what does the radar say?"
    assert full.understand(text).intent is Intent.CONCEPT


def test_a_tool_and_co_is_an_example_of_a_group_not_the_subject(full):
    text = "why do the all-in-one platforms sit in assess while mlflow & co are in trial?"
    assert full.understand(text).intent is Intent.CONCEPT


@pytest.mark.parametrize(
    ("text", "tool_id"),
    [
        ("metaflow pls. someone said it's both an orchestrator and a project framework??", "metaflow"),
        ("explain where catboost sits. we have loads of categorical cols (machine id, customer)", "catboost"),
        ("has anyone here looked at lakeFS? the data eng guys keep bringing it up", "lakefs"),
    ],
)
def test_a_first_sentence_asking_for_one_tools_card_is_a_lookup_when_the_rest_only_tells_why(full, text, tool_id):
    question = full.understand(text)
    assert (question.intent, [t.id for t in question.tools]) == (Intent.LOOKUP, [tool_id])


@pytest.mark.parametrize(
    "text",
    [
        "our on-prem standard is OpenShift 4. what ML platform runs well on it?",
        "if the assistant writes pandas code and runs it on a client's data, where does that code run safely? i do not "
        "want LLM code touching the host",
    ],
)
def test_a_first_sentence_that_tells_the_setting_or_asks_at_length_is_no_card_asked(full, text):
    assert full.understand(text).intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    "text",
    [
        "every light recipe experiment takes a full 5 week grow cycle, so maybe 8 trials a year per rack. what can "
        "help us choose the next recipe to try with so few data points",
        "framework for building the SOP question-answering thing? nothing too heavy, the devs are two python people",
        "new agency contract = ~2000 new bureau fields. tool for profiling them quickly so we can decide what's used?",
    ],
)
def test_a_tool_asked_for_in_other_words_is_no_idea_its_story_brushes(full, text):
    assert full.understand(text).intent is Intent.RECOMMEND


def test_a_need_only_retrieval_guessed_is_no_need_beside_the_radars_own_words(full):
    question = full.understand("how are the categories mapped to default rings? is there a table somewhere")
    assert (question.intent, question.action) == (Intent.CONCEPT, "note:default-rings")


def test_a_use_cases_list_without_a_use_case_becomes_a_pick():
    # (a list of a use case needs one: with none found, there is nothing to list by)
    listed = Question(text="list what's covered", intent=Intent.LIST, action="tag", need=Need())
    question = Understander._listable(listed)
    assert (question.intent, question.action) == (Intent.RECOMMEND, "need")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        (
            "our clinicians want partial pooling across the five hospitals, they know brms from R already. what's on "
            "the radar for that kind of thing?",
            Intent.RECOMMEND,
        ),
        (
            "compliance wants a shortlist of every model explainability library the radar knows. can you list them?",
            Intent.LIST,
        ),
        ("which explainability libraries are on the radar?", Intent.LIST),
    ],
)
def test_a_long_story_before_the_ask_asks_for_a_pick_unless_the_ask_says_list(full, text, intent):
    assert full.understand(text).intent is intent


@pytest.mark.parametrize("text", ["power bi?", "/radar node-red", "what's our take on power bi?"])
def test_a_product_the_catalog_knows_it_lacks_is_a_name_it_lacks(full, text):
    question = full.understand(text.removeprefix("/radar "))
    assert question.intent is Intent.UNKNOWN


def test_a_product_the_catalog_lacks_named_as_the_setting_leaves_the_need(full):
    question = full.understand("we export the forecasts to power bi. what should we use to track our experiments?")
    assert question.intent is Intent.RECOMMEND and "experiment-tracking" in [m.tag.id for m in question.need.tags]


@pytest.mark.parametrize(
    "text", ["what does Adopt expect from us?", "what does the Hold ring ask of the team in practice?"]
)
def test_what_a_ring_asks_of_the_team_is_the_rings_idea(full, text):
    question = full.understand(text)
    assert question.intent is Intent.CONCEPT and question.action.startswith("ring:")


def test_why_a_category_sits_in_the_quadrant_named_is_the_categorys_idea(full):
    question = full.understand("why do data orchestrators sit under standard SWE tools rather than the ML stuff?")
    assert (question.intent, question.action) == (Intent.CONCEPT, "category:data-orchestrators")


def test_a_product_the_catalog_knows_it_lacks_asked_in_a_thread_is_a_name_it_lacks(full):
    card = full.understand("what is kedro?")
    memory = Memory(tools=tuple(t.id for t in card.tools), intent=card.intent.value)
    assert full.understand("power bi?", memory).intent is Intent.UNKNOWN


@pytest.mark.parametrize(
    "text",
    [
        "list vector databases, azure ones first since that's us",
        "list model serving tools, gcp ones first as we run there",
    ],
)
def test_a_list_commanded_is_a_list_whoever_asks(full, text):
    assert full.understand(text).intent is Intent.LIST


def test_an_idea_brushed_only_by_the_story_leaves_the_tool_asked_for(full):
    question = full.understand(
        "we want a small internal page where reviewers vote on which of two chatbot answers is better. anything off "
        "the shelf?"
    )
    assert question.intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("what's the deal with evidently? is it on our radar", "evidently"),
        ("what's the deal with kedro? someone at the aws summit kept going on about it", "kedro"),
        ("read a lot about feast at the databricks conference, what's the card say", "feast"),
    ],
)
def test_the_tool_asked_about_is_looked_up_not_where_it_was_heard_of(full, text, tool):
    question = full.understand(text)
    assert question.intent is Intent.LOOKUP and ids(question.tools)[:1] == [tool]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("power bi - where would it sit? finance lives in it", "power bi"),
        ("is google or-tools on the radar?", "google or-tools"),
    ],
)
def test_a_product_the_catalog_lacks_is_named_by_all_its_words(full, text, name):
    question = full.understand(text)
    assert (question.intent, question.unknown) == (Intent.UNKNOWN, name)


def test_the_go_to_tool_asked_for_is_a_pick(full):
    question = full.understand(
        "whats the go-to library for object detection on cctv these days? want to count people around the bar tables "
        "every 10 min, we have a couple of on-prem gpus"
    )
    assert question.intent is Intent.RECOMMEND


def test_a_tool_joined_to_a_likeness_word_is_the_yardstick_of_the_need(full):
    question = full.understand("what stream processing is on the radar? kafka-adjacent things mostly")
    assert question.intent in (Intent.LIST, Intent.RECOMMEND) and "streaming" in [m.tag.id for m in question.need.tags]


def test_the_radars_own_ring_names_no_need_and_asks_the_idea(full):
    question = full.understand(
        "every category starts with a default ring, right? when would a tool end up in a different ring?"
    )
    assert "graph-ml" not in [m.tag.id for m in question.need.tags]
    assert (question.intent, question.action) == (Intent.CONCEPT, "note:default-rings")


@pytest.mark.parametrize(
    "text",
    [
        "is the radar every tool in existence, or what our team actually picked?",
        "is all the bot knows really on our radar, or are some of those just tools it has heard of?",
    ],
)
def test_the_catalog_told_apart_from_the_teams_radar_in_other_words(full, text):
    assert (full.understand(text).intent, full.understand(text).action) == (Intent.CONCEPT, "note:catalog-vs-radar")


def test_the_people_who_work_with_a_tool_are_its_users_not_the_tool_asked_about(full):
    question = full.understand("what's on hold right now? I want to warn the SAS folks before they pick something")
    assert (question.intent, question.action) == (Intent.LIST, "ring")


def test_an_idea_asked_first_with_tools_only_in_the_story_after_it_is_the_idea(full):
    question = full.understand("what are the two axes? my manager asked why kedro and sagemaker sit so far apart")
    assert (question.intent, question.action) == (Intent.CONCEPT, "axes")


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        (
            "explain where dagster sits for us, it keeps coming up whenever we talk about nightly feature builds",
            "dagster",
        ),
        ("legal wants to know what label studio is before we upload any scans for annotation", "label-studio"),
    ],
)
def test_a_tool_inside_a_question_of_what_it_is_or_where_it_sits_is_looked_up(full, text, tool):
    question = full.understand(text)
    assert question.intent is Intent.LOOKUP and ids(question.tools)[:1] == [tool]


@pytest.mark.parametrize("text", ["power bi - where would it sit?", "is google or-tools on the radar?"])
def test_a_product_the_catalog_lacks_gets_no_did_you_mean(full, text):
    question = full.understand(text)
    assert question.intent is Intent.UNKNOWN and question.suggestions == ()


@pytest.mark.parametrize(
    "text",
    [
        "the ops board wants forecast vs actual per building on a dashboard, refreshed daily. open source, we can host "
        "it ourselves",
        "legal wants customer purchase history kept in house; what can build realistic fake tables from it?",
    ],
)
def test_words_that_only_brush_building_or_buying_leave_the_tool_asked_for(full, text):
    assert full.understand(text).intent is Intent.RECOMMEND


def test_building_something_ourselves_weighed_is_still_the_idea(full):
    question = full.understand("if buying comes first, what should a team still build ourselves?")
    assert (question.intent, question.action) == (Intent.CONCEPT, "build_vs_buy")


@pytest.mark.parametrize(
    "text",
    [
        "we run on gcp and want a single platform covering the whole ml lifecycle. what should we bet on?",
        "support keeps digging through 5k pages of runbooks. a chat assistant over them, what stack?",
        "legal wants contracts linked to the clauses they share, browsable as a graph. whats out there?",
        "something to build a small internal page where sales can tweak inputs and watch the score change",
    ],
)
def test_tools_asked_for_a_job_outweigh_an_idea_its_words_brush(full, text):
    assert full.understand(text).intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    "text", ["what is the ml lifecycle?", "what signals should we check before committing to an all-in-one platform?"]
)
def test_an_idea_asked_about_in_a_jobs_words_is_still_the_idea(full, text):
    assert full.understand(text).intent is Intent.CONCEPT


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("what is kubeflow? is it the same thing as mlflow?", "kubeflow"),
        ("whats mlflow exactly? i always confuse it with metaflow", "mlflow"),
    ],
)
def test_one_flow_tool_asked_what_it_is_is_looked_up_whatever_it_is_mistaken_for(full, text, tool):
    question = full.understand(text)
    assert question.intent is Intent.LOOKUP and ids(question.tools)[:1] == [tool]


def test_the_flow_tools_asked_apart_are_still_the_idea(full):
    question = full.understand("kubeflow, mlflow and metaflow: how do we tell them apart?")
    assert (question.intent, question.action) == (Intent.CONCEPT, "flow")


def test_a_category_asked_for_with_one_clouds_ones_is_that_categorys_list_there(full):
    question = full.understand("what vendor ai platforms do you have? only the aws ones, we're not going multi cloud")
    assert question.intent is Intent.LIST and question.action == "category"
    assert question.category is not None and question.category.id == "vendor-ai-platforms"
    assert ids(question.situation.stack) == ["aws"]
    # (a cloud left out is no place to list the category in)
    skipped = full.understand("list the vendor AI platforms but skip the AWS ones, we know those")
    assert skipped.action != "category" or "aws" not in ids(skipped.situation.stack)


@pytest.mark.parametrize(
    ("text", "memory", "intent", "cloud"),
    [
        ("what's the azure one for feature stores?", None, Intent.RECOMMEND, "azure"),
        ("and the aws one for hosted llm apis?", Memory(("sagemaker",), Intent.LOOKUP.value), Intent.FOLLOWUP, "aws"),
    ],
)
def test_a_cloud_named_as_the_maker_of_what_is_wanted_asks_for_its_own_services(full, text, memory, intent, cloud):
    question = full.understand(text, memory)
    assert (question.intent, question.action) == (intent, "need")
    assert question.situation.cloud is not None and question.situation.cloud.id == cloud
    assert question.situation.constraints.cloud_only


def test_a_cloud_told_as_where_the_team_runs_is_no_maker_asked_for(full):
    question = full.understand("we're on aws, what should we use for experiment tracking?")
    assert question.intent is Intent.RECOMMEND and not question.situation.constraints.cloud_only


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("where do we even store 1Hz engine telemetry? vanilla postgres is crying after 2 weeks of data", "postgresql"),
        (
            "a sensible framework for building RAG over our contracts? python shop, LLM will be on Bedrock",
            "amazon-bedrock",
        ),
        ("where should we keep the sensor readings? something cheap that grafana can read would be ideal", "grafana"),
    ],
)
def test_a_tool_asked_for_first_then_a_story_naming_tools_is_a_recommendation_in_that_setting(full, text, told):
    question = full.understand(text)
    assert (question.intent, question.action) == (Intent.RECOMMEND, "need")
    assert told in ids(question.situation.stack)


def test_a_tool_asked_about_after_the_opening_question_is_still_its_card(full):
    assert full.understand("what's a good orchestrator? is airflow still ok?").intent is Intent.LOOKUP


def test_a_tool_the_story_turns_away_from_is_left_out_not_the_setting(full):
    question = full.understand(
        "where can we rent cheap gpus for a two week test? finance says no more AWS spend this year"
    )
    assert (question.intent, question.action) == (Intent.RECOMMEND, "need")
    assert "aws" in ids(question.tools) and "aws" not in ids(question.situation.stack)


@pytest.mark.parametrize(
    "text",
    [
        "build vs buy: we're tempted to build our own feature store on bigtable. what does the radar's framework say?",
        "our architect wants to build our own ml platform on the k8s cluster. what's the radar's take on build vs buy?",
    ],
)
def test_the_radars_view_of_building_asked_outright_is_the_idea_whatever_it_would_be_built_on(full, text):
    question = full.understand(text)
    assert question.intent is Intent.CONCEPT and question.action == "build_vs_buy"


@pytest.mark.parametrize(
    "text",
    [
        "which in-house ml platforms are on the radar?",
        "what are examples of those bespoke in-house ml platforms big companies built?",
    ],
)
def test_a_category_asked_for_by_another_of_its_names_is_that_category(full, text):
    question = full.understand(text)
    assert question.intent is Intent.LIST and question.category is not None
    assert question.category.id == "custom-ml-platforms"


@pytest.mark.parametrize(
    "text",
    [
        "a vendor demoed zorblax to our ops director yesterday, do you have it?",
        "our cfo saw zorblax at a conference. is it in the catalog?",
    ],
)
def test_a_name_the_catalog_lacks_asked_back_whether_it_is_there_is_unknown(full, text):
    assert full.understand(text).intent is Intent.UNKNOWN


def test_people_named_after_a_product_the_catalog_lacks_are_who_asks(full):
    question = full.understand("the matlab folks keep asking for a no-code ml tool. which no-code platforms are there?")
    assert question.intent is Intent.LIST


def test_what_a_vendors_people_push_is_asked_about_not_the_vendor(full):
    question = full.understand("the aws account team keeps pushing sagemaker at us in every QBR. where does it sit?")
    assert question.intent is Intent.LOOKUP and [t.id for t in question.tools] == ["sagemaker"]


def test_a_shared_name_with_another_word_of_one_tools_name_is_that_tool(full):
    assert [t.id for t in full.understand("what's nemo (the nvidia toolkit) and where does it sit?").tools] == [
        "nvidia-nemo"
    ]
    assert full.understand("what's nemo?").intent is Intent.CLARIFY
