"""Entity roles (subject, stack, replace, compare), licence filters and needs found by retrieval."""

from __future__ import annotations

import re

import pytest

from bot.radar.language.lookup import ToolIndex, is_common_word
from bot.radar.language.question import Intent, Memory, Role
from bot.radar.language.recommend import Constraints, Need, NeedFinder, NeedMatch, constraints_in
from bot.radar.language.retrieval import Hit, terms
from bot.radar.language.text import clean, expand_contractions, tokens
from bot.radar.language.understanding import Understander


@pytest.fixture(scope="module")
def understander(bundled_catalog) -> Understander:
    return Understander(bundled_catalog, ToolIndex(bundled_catalog))


def test_a_tool_the_person_runs_is_their_stack(understander):
    assert ("kubernetes", Role.STACK) in understander.roles(
        "we run everything on kubernetes, what should serve models?"
    )


def test_what_the_person_has_stops_at_the_end_of_its_sentence(understander):
    roles = understander.roles("we have credits on both. vertex ai or azure ml for the retraining pipeline?")
    assert ("vertex-ai", Role.STACK) not in roles and ("vertex-ai", Role.SUBJECT) in roles


@pytest.mark.parametrize(
    "text",
    [
        "and if we never want the data to leave BigQuery?",
        "the data must not leave our bigquery project, which drift tool?",
    ],
)
def test_a_place_the_data_must_not_leave_is_the_stack(understander, text):
    assert understander.roles(text) == [("bigquery", Role.STACK)]


def test_a_place_to_put_it_instead_is_no_tool_to_replace(understander):
    assert understander.roles("and if IT forces us to put it in Azure instead?") == [("azure", Role.SUBJECT)]


def test_a_tool_to_move_away_from_is_to_replace(understander):
    assert understander.roles("what could we use instead of jenkins") == [("jenkins", Role.REPLACE)]


@pytest.mark.parametrize(
    "text",
    [
        "something lighter than airflow",
        "anything more reproducible than classic airflow",
        "what runs our pipelines nightly? airflow, that kind of thing",
    ],
)
def test_a_yardstick_is_compared_against(understander, text):
    assert understander.roles(text) == [("airflow", Role.COMPARE)]


def test_a_tool_asked_about_is_the_subject(understander):
    assert understander.roles("what is mlflow?") == [("mlflow", Role.SUBJECT)]
    # ("not" asked, or set beside another, refuses nothing)
    assert understander.roles("why not mlflow?") == [("mlflow", Role.SUBJECT)]
    assert ("sagemaker", Role.REPLACE) not in understander.roles("why are we on vertex ai and not sagemaker?")


def test_a_tool_that_does_not_serve_the_need_is_context(understander):
    question = understander.understand("hyperparameter tuning for pytorch models, what do people use?")
    assert question.intent is Intent.RECOMMEND
    # (the person's own models, built with it: their setting, left out of the picks)
    assert [t.id for t in (*question.tools, *question.situation.stack)] == ["pytorch"]


def test_open_source_and_commercial_constraints():
    assert constraints_in("which experiment trackers are open source?").license == "open-source"
    assert constraints_in("fully open source and self-hostable").license == "open-source"
    assert constraints_in("we want a managed saas, we would rather pay").license == "commercial"
    assert constraints_in("what should we use for tracking?").license is None
    assert constraints_in("a saas subscription is not possible for procurement reasons").license == "open-source"
    assert constraints_in("which of those could we run on our own vm for free").license == "open-source"
    assert constraints_in("which one can we self host without paying").license == "open-source"
    assert constraints_in("something similar but commercial").license == "commercial"
    assert constraints_in("what if we'd rather pay someone to run it for us?").license == "commercial"
    assert constraints_in("we pay someone to run the cluster already").license is None
    assert constraints_in("open source only (procurement takes 6 months for anything paid)").license == "open-source"
    assert constraints_in("what commercial experiment tracking options exist").license == "commercial"
    assert constraints_in("the commercial team wants to suggest carriers to shippers").license is None
    assert constraints_in("and if we're ok with managed on gcp after all?").license == "commercial"
    assert constraints_in("we started with managed kafka and it was fine").license is None
    # (the business's own vendors, and what a vendor does to you, ask for no licence)
    assert constraints_in("need to sanity check the vendor csv uploads before training").license is None
    assert constraints_in("any fairness tooling? the vendor recs are unfair to small vendors").license is None
    assert constraints_in("any vendor tools for this?").license == "commercial"


@pytest.mark.parametrize(
    ("text", "licence"),
    [
        ("procurement takes a year so anything commercial is off the table", "open-source"),
        ("anything paid is out", "open-source"),
        ("nothing commercial please", "open-source"),
        ("open source is out, we want a vendor", "commercial"),
        ("something managed, nothing we have to run ourselves", "commercial"),
        ("the commercial ones are out of the box", "commercial"),  # "out of" is no refusal of the kind
        # (the SaaS told after "open source only" is the hurdle, not the ask)
        ("open source toolkit only, we can't get budget for a vendor this quarter", "open-source"),
        ("open source only pls, a vendor risk review for a new saas takes ~6 months", "open-source"),
        ("open source only pls, no budget for a whylabs-style saas", "open-source"),
        ("must be oss, zero budget for yet another saas", "open-source"),
        ("inside our azure tenant. nothing phoning home to a vendor saas", "open-source"),
        ("open source only, guest features can't be sent to a third-party saas", "open-source"),
        ("open source, client data can't sit in someone else's saas", "open-source"),
        ("open source since security wont sign off on prompts going to a saas", "open-source"),
        ("we are going to a saas next year, what tracker?", "commercial"),
    ],
)
def test_a_kind_refused_asks_for_the_other(text, licence):
    assert constraints_in(" ".join(t.low for t in tokens(expand_contractions(clean(text).text)))).license == licence


def test_a_licence_constraint_filters_tools(bundled_catalog):
    open_only = Constraints("open-source")
    assert all(open_only.allows(t) == (t.license == "open-source") for t in bundled_catalog.tools)
    assert all(Constraints().allows(t) for t in bundled_catalog.tools)


def test_lists_honour_the_licence(understander):
    question = understander.understand("list monitoring tools that are open source")
    assert question.intent is Intent.LIST
    assert question.situation.constraints.license == "open-source"


def test_common_words_are_never_corrected_into_tools(understander):
    assert is_common_word("mostly") and is_common_word("together") and is_common_word("thanks")
    for text in ("our model goes haywire on outliers", "mostly tabular data", "we work together"):
        assert understander.roles(text) == [], text


def test_a_need_without_its_phrase_is_found_by_retrieval(understander):
    hits = understander.needs.ranker.rank(terms("validate incoming CSVs: nulls, value ranges, schema"))
    assert hits[0].key == "data-quality"


def test_an_idea_is_found_by_its_words(understander):
    assert understander.understand("what is self-serve ML?").action == "note:self-serve"
    assert understander.understand("how does a tool move from assess to trial?").intent is Intent.CONCEPT


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("what is a tech radar?", "note:tech-radar"),
        ("what are hard commitments?", "note:hard-commitment"),
        ("what's the waiter idea?", "note:waiter"),
        ("how do tools change rings on our radar? can we vote?", "note:team-votes"),
        ("what is self-serve ML?", "note:self-serve"),
        ("should we write our own experiment tracker?", "build_vs_buy"),
        ("what's the difference between a category and a quadrant?", "note:category-vs-quadrant"),
    ],
)
def test_the_radars_ideas_are_concepts(understander, text, action):
    question = understander.understand(text)
    assert (question.intent, question.action) == (Intent.CONCEPT, action)


def test_a_list_in_a_ring_keeps_the_use_case_and_filters_by_ring(bundled_catalog, understander):
    question = understander.understand("which data version control tools are in Trial?")
    assert question.intent is Intent.LIST
    assert understander.ideas.ring_in(question.text).id == "trial"  # type: ignore[union-attr]


def test_a_cloud_named_as_the_setting_is_the_situation(understander):
    question = understander.understand("we're on GCP, what should we use for model serving?")
    assert question.intent is Intent.RECOMMEND and question.situation.cloud.id == "gcp"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "our kubeflow cluster is too complex for three people, what should we move to?",
        "jenkins keeps falling over on big builds, what now?",
        "any good dvc alternatives?",
        "we are fed up with airflow, what would you pick?",
        "kubeflow is a lot for a team our size, anything simpler?",
        "comet is going away for us, where should we move our runs?",
        "the team pastes tensorboard screenshots into the wiki to compare curves, there has to be a better way",
        "legal flagged terraform's licence for new projects, so what do we use for infrastructure as code instead",
        "labelbox pricing is not happening for us, what else does polygon labelling?",
        "we don't want to babysit a kafka cluster, what else does event streaming?",
        "porting the whole nightly scoring job from jenkins to something else, what would you pick for ci?",
    ],
)
def test_a_tool_in_trouble_or_with_an_alternative_asked_for_is_to_replace(understander, text):
    roles = understander.roles(text)
    assert [role for _, role in roles] == [Role.REPLACE], roles
    question = understander.understand(text)
    # recommended past: the tool is the one left out of the picks, whether its own use case or the one named is asked
    assert question.intent is Intent.RECOMMEND and [t.id for t in question.tools] == [roles[0][0]]


def test_an_api_the_person_calls_is_their_stack(understander):
    roles = understander.roles("we are calling openai from four services, what gives us one gateway with budgets?")
    assert roles == [("openai-api", Role.STACK)]


@pytest.mark.parametrize(
    "text", ["how do we fine-tune a small model cheaply?", "an openai-compatible server for llama"]
)
def test_a_tool_name_inside_a_hyphenated_word_is_not_a_mention(understander, text):
    assert understander.roles(text) == []


def test_the_later_licence_is_the_ask():
    assert constraints_in("our self-hosted grafana is fine but is there something managed for tracing?").license == (
        "commercial"
    )
    assert constraints_in("we pay for a managed tracker today; want something open source").license == "open-source"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("we are an r shop, what tracks experiments?", "R"),
        ("our backend is all java, what serves models?", "Java"),
        ("we write scala on spark", "Scala"),
        ("we go with whatever is simplest", None),
        ("let us go to production next week", None),
        ("the mes integration is all c#/.net and they want it in-process", "C#"),
        ("the integration team only does java and .net", "Java"),
        ("we are a .net shop", ".NET"),
        ("i do go to the gym", None),
        ("the plant code base is c# and python is not allowed there", "C#"),
    ],
)
def test_the_teams_own_language_is_read(text, language):
    assert constraints_in(text).language == language


def test_a_small_team_and_no_budget_are_read():
    assert constraints_in("we are three data scientists and no platform team").small_team
    assert constraints_in("tiny team here").small_team
    assert not constraints_in("a team of thirty engineers").small_team
    assert constraints_in("budget is basically zero").license == "open-source"


def test_staying_off_kubernetes_filters_and_a_language_weighs(bundled_catalog):
    no_cluster = constraints_in("what should serve models? we do not want to run kubernetes")
    assert no_cluster.no_kubernetes
    kserve, ollama = bundled_catalog.tool("kserve"), bundled_catalog.tool("ollama")
    assert not no_cluster.allows(kserve) and no_cluster.allows(ollama)
    spoken = Constraints(language="Java")
    java_tools = [t for t in bundled_catalog.tools if re.search(r"\bJava\b(?!Script)", t.description)]
    assert java_tools and all(spoken.weigh(t)[0] > 0 and "supports Java" in spoken.weigh(t)[1] for t in java_tools)
    assert spoken.weigh(bundled_catalog.tool("pandas"))[0] == 0


def test_a_small_team_is_steered_away_from_platforms_to_run(bundled_catalog):
    small = Constraints(small_team=True)
    assert small.weigh(bundled_catalog.tool("kubeflow"))[0] < 0 < small.weigh(bundled_catalog.tool("cloud-run"))[0]


def test_the_no_kubernetes_filter_reaches_the_picks(understander, bundled_catalog):
    from bot.radar.team import TeamRadar

    question = understander.understand("what should serve our models? we do not want to run kubernetes")
    picks = understander.recommender.recommend(TeamRadar(bundled_catalog), question.need, question.situation).picks
    # (a pick may name Kubernetes as one place among others it runs, never as what it needs)
    assert picks and all(Constraints(no_kubernetes=True).allows(p.placed.tool) for p in picks)
    assert not any(p.placed.tool.id in {"kserve", "seldon-core", "kubeflow"} for p in picks)


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        ("comet got too expensive for us, what else?", "comet"),
        ("the jenkins licence went up again. what is the usual open source replacement?", "jenkins"),
        ("our platform team runs prometheus for everything; we need drift alerts on model inputs", "prometheus"),
        ("spark keeps running out of memory on our 50GB joins, we have one big machine", "apache-spark"),
        ("data validation for pandas dataframes before training", "pandas"),
    ],
)
def test_a_need_told_around_a_tool_is_recommended_past_it(understander, text, left_out):
    question = understander.understand(text)
    assert question.intent is Intent.RECOMMEND, (question.intent, question.action)
    assert left_out in [t.id for t in question.tools] or left_out in [t.id for t in question.situation.stack]


@pytest.mark.parametrize(
    ("text", "bystander"),
    [
        ("which serving layer handles dynamic batching for a mix of onnx and tensorrt engines?", "onnx"),
        ("cheapest way to get a few gpus for a weekend of fine-tuning, gcp quotas keep blocking us", "gcp"),
        (
            "need a scheduler for 30 nightly jobs, all of them run from cron on one vm today with a bit of airflow",
            "airflow",
        ),
    ],
)
def test_a_tool_of_the_needed_kind_told_in_the_story_is_no_subject(understander, text, bystander):
    question = understander.understand(text)
    assert question.intent is Intent.RECOMMEND, (question.intent, [t.id for t in question.tools])
    assert bystander in [t.id for t in question.tools]  # left out of the picks


@pytest.mark.parametrize(
    "text",
    [
        "should we use dvc to version 10TB of video?",
        "what do you think of tensorboard for tracking our experiments",
        "mlflow for tracking a team of 12, worth it?",
    ],
)
def test_a_tool_weighed_by_a_need_question_is_still_its_subject(understander, text):
    assert understander.understand(text).intent is Intent.LOOKUP


def test_a_tool_framed_as_the_question_is_still_looked_up(understander):
    assert understander.understand("is kedro any good for our data pipelines?").intent is Intent.LOOKUP
    assert understander.understand("what is feast, is it a feature store?").intent is Intent.LOOKUP


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("we lost the old version of our training files when someone replaced them", "data-versioning"),
        ("our GPUs sit idle while other jobs wait in a queue", "gpu-scheduling"),
        ("people have to tag thousands of call recordings by hand first", "labelling"),
        ("someone must draw boxes around cars on ten thousand photos", "labelling"),
    ],
)
def test_a_need_told_by_its_problem_is_found_by_retrieval(understander, text, tag):
    assert understander.understand(text).need.tags[0].tag.id == tag


def test_this_and_that_before_a_noun_point_at_nothing(understander):
    question = understander.understand("why did the model turn down this loan application?")
    assert question.intent is not Intent.CLARIFY
    assert understander.understand("is that any good?").intent is Intent.CLARIFY  # nothing discussed yet


def test_constraints_round_trip_and_a_message_overrides_the_thread():
    said = Constraints("open-source", "R", True, True)
    assert Constraints.from_tags(said.as_tags()) == said
    assert Constraints("commercial").over(said) == Constraints("commercial", "R", True, True)


def test_a_tool_named_before_the_answer_must_fit_is_the_setting(understander):
    assert ("pytorch", Role.STACK) in understander.roles("which framework for detection models? pytorch preferred")


def test_a_tool_not_to_run_or_pay_for_is_to_replace_even_after_an_article(understander):
    roles = understander.roles(
        "a feature store we can run without a kubernetes cluster, we would rather not pay for tecton"
    )
    assert roles == [("kubernetes", Role.REPLACE), ("tecton", Role.REPLACE)]


@pytest.mark.parametrize(
    "text, scene_tool",
    [
        (
            "every squad has its own Azure OpenAI key and nobody knows the spend. we want one gateway with budgets",
            "azure-openai",
        ),
        (
            "30 data scientists, everyone running jupyter on laptops with real data. central notebook environment?",
            "jupyter",
        ),
        ("is there an open-source feature store we can run ourselves? tecton is out of budget", "tecton"),
    ],
)
def test_a_tool_named_while_setting_the_scene_is_context_for_the_need_asked_after(understander, text, scene_tool):
    question = understander.understand(text)
    assert question.intent is Intent.RECOMMEND, question
    # left out of the picks, or the setting they fit
    assert scene_tool in [t.id for t in (*question.tools, *question.situation.stack)]


def test_a_makers_generic_product_words_are_not_a_tool(understander):
    """ "Microsoft Agent Framework" without its maker is words anyone writes for a kind of tool."""
    question = understander.understand("we want an agent that calls our internal APIs. which agent framework?")
    assert question.intent is Intent.RECOMMEND and not question.tools


def test_the_whole_message_tips_the_balance_between_two_phrases_it_wrote(understander):
    question = understander.understand(
        "which version of the readmission model is serving right now? nobody knows. we need a proper place to "
        "register and promote models"
    )
    first, second = question.need.tags[:2]
    assert question.intent is Intent.RECOMMEND and first.tag.id == "model-registry"
    assert first.weight - second.weight >= 0.5  # not a near tie with "serving", which the message only mentions


def test_a_tool_that_costs_a_fortune_is_to_replace(understander):
    assert understander.roles("our SageMaker endpoints cost a fortune. cheaper way to serve?") == [
        ("sagemaker", Role.REPLACE)
    ]


def test_a_use_case_both_indexes_find_leads_one_only_one_finds(bundled_catalog, monkeypatch):
    """Each index's best has a share of 1.0; agreement, not the alphabet, decides between them."""
    finder = NeedFinder(bundled_catalog)
    tags = [Hit("computer-vision", 4.5, 1.0), Hit("feature-store", 4.0, 0.9)]
    problems = [Hit("feature-store", 6.5, 1.0), Hit("model-testing", 4.3, 0.7)]
    monkeypatch.setattr(finder.ranker, "rank", lambda stems, most: tags)
    monkeypatch.setattr(finder.problems, "rank", lambda stems, most: problems)
    hits = finder._hits(["features"], 3)
    assert [h.key for h in hits] == ["feature-store", "computer-vision", "model-testing"]
    assert hits[0].share == 1.0


def test_a_cloud_said_to_be_ours_after_its_name_is_the_setting(understander):
    question = understander.understand("GCP is our cloud. looking for somewhere to train and deploy models")
    assert question.situation.cloud is not None and question.situation.cloud.id == "gcp"


@pytest.mark.parametrize(
    "text",
    [
        "need a quick internal UI so PMs can poke at our classifier without bugging us",
        "every night we score 30M claim lines with a python for-loop that takes 9 hours. batch scoring options?",
    ],
)
def test_a_need_told_at_length_is_not_asked_back_as_one_verb(understander, text):
    assert understander.understand(text).intent is Intent.RECOMMEND


def test_kubernetes_itself_is_no_answer_when_kubernetes_is_ruled_out(bundled_catalog):
    kubernetes = bundled_catalog.tool("kubernetes")
    assert kubernetes is not None and not Constraints(no_kubernetes=True).allows(kubernetes)


def test_something_lighter_weighs_what_a_small_team_can_run():
    assert constraints_in("anything lighter for four cron jobs?").small_team
    assert not constraints_in("what should we use for pipelines?").small_team


def test_alternatives_with_kubernetes_ruled_out_still_find_some(understander, bundled_catalog):
    """What the person rules out goes before the cut to the best matches, so the cut never leaves nothing."""
    from bot.radar.team import TeamRadar

    memory = Memory(("kubeflow",), Intent.LOOKUP.value)
    question = understander.understand("that sounds heavy. something lighter that does not need k8s?", memory)
    assert question.intent is Intent.FOLLOWUP and [t.id for t in question.tools] == ["kubeflow"]
    kubeflow = bundled_catalog.tool("kubeflow")
    need = Need((NeedMatch(bundled_catalog.tag("ml-pipelines"), 2.0, frozenset()),))
    picks = understander.recommender.recommend(
        TeamRadar(bundled_catalog), need, question.situation, exclude=frozenset({"kubeflow"}), instead_of=kubeflow
    ).tool_ids
    assert picks and "kubernetes" not in picks


def test_a_clouds_equivalent_of_the_threads_tool_is_that_clouds_alternative(understander):
    question = understander.understand("is there a gcp equivalent", Memory(("sagemaker",), Intent.LOOKUP.value))
    assert question.intent is Intent.FOLLOWUP and question.action == "alternatives"
    assert [t.id for t in question.tools] == ["sagemaker"] and question.situation.cloud.id == "gcp"


def test_a_tool_named_with_its_own_kind_is_asked_about(understander):
    question = understander.understand("marimo notebooks, heard good things at a meetup. radar says?")
    assert question.intent is Intent.LOOKUP and [t.id for t in question.tools] == ["marimo"]


def test_the_whole_messages_words_do_not_undo_the_asking_sentences_lead(understander):
    """The scene ("we host our code on GitHub") yields to the ask ("what should run CI"), BM25 included."""
    question = understander.understand("we host our code on GitHub. what should run CI for our ML repo?")
    assert question.need.tags[0].tag.id == "ci-cd"


@pytest.mark.parametrize(
    ("text", "tool_id"),
    [
        ("our engineers live in Excel and will never learn git. they still need to keep versions of datasets", "git"),
        ("turn a pytorch model into a container image without handwriting Dockerfiles", "docker"),
    ],
)
def test_a_tool_the_person_will_not_use_is_to_replace(understander, text, tool_id):
    assert (tool_id, Role.REPLACE) in understander.roles(text)


def test_a_need_to_compare_runs_with_one_tool_named_still_asks_for_a_tool(understander):
    question = understander.understand(
        "W&B renewal quote came in and finance said nope. need something with similar run comparison"
    )
    assert question.intent is Intent.RECOMMEND and [t.id for t in question.tools] == ["wandb"]


def test_the_commercial_ones_asked_for_filter_a_list():
    assert constraints_in("list the commercial model monitoring tools").license == "commercial"
    assert constraints_in("which commercial feature stores are there?").license == "commercial"


def test_a_managed_service_refused_is_no_ask_for_one():
    text = "open source only pls. we want drift metrics in our own grafana, not in yet another saas"
    assert constraints_in(text).license == "open-source"


@pytest.mark.parametrize(
    "text",
    ["we want to host an open-weight model ourselves on two GPUs", "it has to run in our own data center"],
)
def test_hosting_it_yourself_asks_for_what_you_can_run(text):
    assert constraints_in(text).license == "open-source"


def test_no_devops_capacity_is_a_small_team():
    assert constraints_in("cheap hosting for a tiny model service, we have zero devops capacity").small_team


def test_running_on_a_laptop_rules_out_kubernetes():
    assert constraints_in("something smarter than grid search that just runs on a laptop").no_kubernetes


@pytest.mark.parametrize(
    ("text", "tool_id", "role"),
    [
        ("our analysts are ex SAS Viya people and want something automl-ish", "sas-viya", Role.REPLACE),
        ("pandas keeps OOMing on 400M rows, what now", "pandas", Role.REPLACE),
        ("multi-user notebooks on-prem? right now people run jupyter on laptops", "jupyter", Role.STACK),
        ("MLflow is fine for logging but its UI is painful. something nicer we can self-host?", "mlflow", Role.REPLACE),
        ("we want model drift metrics in our own grafana, open source only", "grafana", Role.STACK),
        # told without a subject, or with a word between
        ("where do we keep model versions? already use mlflow for tracking", "mlflow", Role.STACK),
        ("which detector framework? we're pytorch people", "pytorch", Role.STACK),
        ("a small team of julia folks needs a model API", "julia", Role.STACK),
        ("we need a better scheduler. slurm today, open to something nicer", "slurm", Role.STACK),
        ("two MLEs who know pytorch well need a training stack", "pytorch", Role.STACK),
        ("need tracing for prompts, we are not paying for langsmith", "langsmith", Role.REPLACE),
        ("is there a training framework with more structure than raw pytorch loops?", "pytorch", Role.COMPARE),
        # the person's own work, built with the tool; a part of the tool is still the tool
        ("what about the pytorch detector? saliency maps, attributions", "pytorch", Role.STACK),
        ("the spark jobs take hours, which profiler would you use?", "apache-spark", Role.STACK),
        ("the mlflow model registry or the one in w&b?", "mlflow", Role.SUBJECT),
        # what the pick must work with
        ("anything lightweight that works natively on pandas dataframes?", "pandas", Role.STACK),
        # the instance of a tool told between the cue and its name
        ("what about something that isn't classic jupyter?", "jupyter", Role.REPLACE),
        ("an interactive dashboard rather than static matplotlib plots?", "matplotlib", Role.COMPARE),
        ("anything cheaper than hitting azure openai embeddings on every query?", "azure-openai", Role.COMPARE),
        # trouble told after the name
        ("the main table is 300M rows in sql server, pandas will just fall over", "pandas", Role.REPLACE),
        ("any cheaper route? azure ml compute is eating our whole budget", "azure-ml", Role.REPLACE),
        ("something they can click around in? raw shap plots just confuse them", "shap", Role.REPLACE),
        # refused after the need, at a clause's end
        ("we need ones that can use our local llm as the judge, not openai", "openai-api", Role.REPLACE),
        # where the answer will have to work
        ("we might move to gitlab next year, anything that works on both?", "gitlab", Role.STACK),
        ("we'd rather keep it all inside bigquery if at all possible", "bigquery", Role.STACK),
    ],
)
def test_roles_told_by_what_people_did_do_or_hate(understander, text, tool_id, role):
    assert (tool_id, role) in understander.roles(text)


def test_a_tool_the_need_is_about_is_the_setting_its_answers_should_fit(understander):
    question = understander.understand("quickest way to wrap a sklearn model in a REST API for a pilot")
    assert question.intent is Intent.RECOMMEND
    assert [t.id for t in question.situation.stack] == ["scikit-learn"]  # what the answers should work with


def test_every_use_case_is_found_when_asked_for_by_its_name_or_first_phrases(understander, bundled_catalog):
    asked = missed = 0
    for tag in bundled_catalog.tags:
        for frame in ("what should we use for {}?", "we need something for {}", "any good {} tools?"):
            for phrase in (tag.name, *tag.phrases[:4]):
                question = understander.understand(frame.format(phrase))
                top = question.need.tags[0].tag.id if question.need.tags else None
                asked += 1
                missed += question.intent is not Intent.CLARIFY and top != tag.id
    assert missed <= 0.01 * asked, (missed, asked)


def test_a_use_case_the_message_describes_beats_a_category_guessed_from_two_words(understander):
    question = understander.understand(
        "people keep committing 2GB parquet files straight into git. "
        "lightweight way to keep big files next to the code?"
    )
    assert question.need.tags and not question.need.areas


@pytest.mark.parametrize(
    "text",
    ["we cant send images to a SaaS, addresses are visible", "we are not allowed to upload patient data to any vendor"],
)
def test_data_that_may_not_go_to_a_saas_asks_for_open_source(text):
    assert constraints_in(" ".join(re.findall(r"[a-z0-9]+", text.lower()))).license == "open-source"


@pytest.mark.parametrize("text", ["drop the commercial ones", "legal says no bsl licences, alternative?"])
def test_refusing_what_is_paid_for_or_source_available_asks_for_open_source(text):
    assert constraints_in(" ".join(re.findall(r"[a-z0-9]+", text.lower()))).license == "open-source"


@pytest.mark.parametrize(
    "text",
    ["we are on postgres and really do not want to run another database", "without buying or installing a new product"],
)
def test_refusing_one_more_thing_to_run_keeps_the_answer_within_the_stack(text):
    assert constraints_in(text).within_stack
    assert Constraints.from_tags(constraints_in(text).as_tags()).within_stack


@pytest.mark.parametrize(
    "text", ["must run in our own data centre, saas is a non-starter", "a vendor product is not an option"]
)
def test_what_is_paid_for_refused_after_it_is_named_asks_for_open_source(text):
    assert constraints_in(" ".join(re.findall(r"[a-z0-9]+", text.lower()))).license == "open-source"


@pytest.mark.parametrize(
    "text", ["we can not use anything that only exists as saas", "we cannot use tools that only exist as saas"]
)
def test_refusing_to_use_anything_of_a_paid_kind_asks_for_open_source(text):
    assert constraints_in(text).license == "open-source"


@pytest.mark.parametrize(
    "text", ["and on azure instead of on prem", "run it anywhere but absolutely not on our servers"]
)
def test_moving_away_from_one_s_own_servers_asks_for_no_open_source(text):
    assert constraints_in(text).license == "commercial"


@pytest.mark.parametrize(
    ("text", "licence"),
    [
        ("which one can we run ourselves?", "open-source"),
        ("only the free ones pls", "open-source"),
        ("no budget, free stuff only", "open-source"),
        ("anything hosted instead? we do not want to run it ourselves", "commercial"),
        ("rather not self-host", "commercial"),
        ("what about on azure instead fully managed", "commercial"),
    ],
)
def test_running_it_ourselves_asks_for_open_source_and_refusing_to_asks_for_hosted(text, licence):
    assert constraints_in(text).license == licence


def test_kubernetes_named_as_one_place_among_others_does_not_rule_a_tool_out(bundled_catalog):
    """BentoML runs "locally, on Kubernetes or on the vendor's managed BentoCloud": no cluster needed."""
    bentoml = bundled_catalog.tool("bentoml")
    kserve = bundled_catalog.tool("kserve")
    staying_off = Constraints(no_kubernetes=True)
    assert staying_off.allows(bentoml) and not staying_off.allows(kserve)


def test_a_dash_after_a_name_does_not_make_the_next_words_its_people(understander):
    roles = dict(understander.roles("kubeflow vs mlflow vs metaflow - people keep mixing them up"))
    assert roles["metaflow"] is Role.SUBJECT


def test_a_tool_named_in_a_sentence_after_the_ask_is_the_setting(understander):
    question = understander.understand(
        "how do we share GPUs between 25 people without fights? slurm on our nodes, open to something on top."
    )
    assert question.intent is Intent.RECOMMEND
    assert question.need.tags[0].tag.id == "gpu-scheduling"


@pytest.mark.parametrize(
    "text",
    [
        "drift monitoring with alerts. it must be self-hosted, we are not sending feature values to a vendor",
        "tracing for every chatbot call, must be self-hostable, SaaS is a hard no",
        "nothing goes to a saas, we need a labelling tool",
    ],
)
def test_refusing_to_let_data_go_to_a_vendor_asks_for_open_source(text):
    assert constraints_in(text.lower()).license == "open-source"


def test_a_list_in_the_data_is_no_request_for_a_list(understander):
    question = understander.understand(
        "we need the LLM to return strict json (genre list, mood tags) and some fail to parse. any libs that force it?"
    )
    assert question.intent is Intent.RECOMMEND


def test_signal_words_describing_the_data_ask_for_tools_not_for_the_signals_idea(understander):
    question = understander.understand(
        "vehicle signal time series - we want to flag anomalous drives. which libraries?"
    )
    assert question.intent is Intent.RECOMMEND


def test_a_homegrown_system_with_a_tool_asked_for_is_no_build_vs_buy_question(understander):
    question = understander.understand(
        "our homegrown model server is painful to maintain. what's a good model server with dynamic batching?"
    )
    assert question.intent is Intent.RECOMMEND
    assert understander.understand("should we build our own model server or buy one?").intent is Intent.CONCEPT


@pytest.mark.parametrize(
    "text", ["data labelling but the data can't leave our building", "the scans must not leave the hospital"]
)
def test_data_that_may_not_leave_the_premises_asks_for_what_we_can_run_ourselves(text):
    assert constraints_in(text.lower().replace("can't", "can not")).license == "open-source"


@pytest.mark.parametrize(
    ("text", "tool_id"),
    [
        ("containers w/o root on the cluster (docker is banned) — what do ppl use", "docker"),
        ("legal says no BSL stuff so terraform itself is out. options?", "terraform"),
        ("data quality checks before training, `dbt test` isn't cutting it anymore", "dbt"),
        ("embedding server for our docs? anything beyond just calling openai", "openai-api"),
    ],
)
def test_a_tool_refused_or_outgrown_in_other_words_is_to_be_replaced(understander, text, tool_id):
    assert dict(understander.roles(text))[tool_id] in (Role.REPLACE, Role.COMPARE)


def test_kubernetes_said_to_be_off_the_table_rules_it_out():
    assert constraints_in("how do we serve it if k8s is off the table?").no_kubernetes


@pytest.mark.parametrize(
    ("text", "only"),
    [
        ("and if we stick to azure-native stuff only?", True),
        ("we're AWS-only, procurement won't onboard another cloud", True),
        ("open source or azure-native, nothing else gets through procurement", False),
    ],
)
def test_a_clouds_own_services_only_is_a_constraint(text, only):
    assert constraints_in(text.lower().replace("-", " ")).cloud_only is only


def test_a_clouds_own_services_are_its_picks_or_its_ml_platform(bundled_catalog):
    from bot.radar.language.recommend import Need, NeedMatch, Recommender, Situation
    from bot.radar.team import TeamRadar

    recommender = Recommender(bundled_catalog)
    tracking = Need((NeedMatch(bundled_catalog.tag("experiment-tracking"), 2.0, frozenset()),))
    azure = bundled_catalog.tool("azure")
    picks = recommender.recommend(
        TeamRadar(bundled_catalog), tracking, Situation(azure, constraints=Constraints(cloud_only=True))
    )
    assert picks.tool_ids[0] == "azure-ml"


def test_a_need_asked_after_the_stack_is_told_leads(understander):
    question = understander.understand("we track experiments in mlflow already, how about model monitoring?")
    assert question.need.tags[0].tag.id == "monitoring"


@pytest.mark.parametrize(
    "text", ["any recommendations for tracking?", "best tool for evals?", "some kind of monitoring?"]
)
def test_a_need_several_jobs_share_is_asked_back(understander, text):
    assert understander.understand(text).intent is Intent.CLARIFY


def test_every_answer_to_an_ambiguous_need_is_a_clear_need(understander):
    from bot.radar.language.cues import AMBIGUOUS_NEEDS

    for options in AMBIGUOUS_NEEDS.values():
        for label, text in options:
            question = understander.understand(text)
            assert question.intent is Intent.RECOMMEND and question.need.tags, label


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("whats the story with travis ci, are we still recommending it for new repos?", "travis-ci"),
        ("pachyderm (the HPE one) still recommended?", "pachyderm"),
        ("why is torchserve on hold?? we have 3 models running on it", "torchserve"),
    ],
)
def test_the_radars_stand_on_the_one_tool_named_is_a_lookup(understander, text, tool):
    question = understander.understand(text)
    assert question.intent is Intent.LOOKUP and [t.id for t in question.tools] == [tool]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("blorpflow any good for drift detection?", Intent.UNKNOWN),
        ("kedro any good for our pipelines?", Intent.LOOKUP),
        ("feast still maintained?", Intent.LOOKUP),
    ],
)
def test_a_name_with_an_opinion_asked_right_after_it_is_the_question(understander, text, intent):
    assert understander.understand(text).intent is intent


@pytest.mark.parametrize(
    ("text", "stack", "unwanted"),
    [
        ("gitlab self-managed, forgot to say", "gitlab", None),
        ("we use Jenkins, definitely not github", "jenkins", "github"),
    ],
)
def test_a_setting_told_plainly_after_a_recommendation_asks_its_need_again(understander, text, stack, unwanted):
    memory = Memory(("argo", "tekton", "github-actions"), Intent.RECOMMEND.value, ("ci-cd",))
    question = understander.understand(text, memory)
    assert question.intent is Intent.FOLLOWUP and question.action == "need"
    assert question.need.tags[0].tag.id == "ci-cd"
    assert stack in [t.id for t in question.situation.stack]
    assert unwanted not in [t.id for t in question.situation.stack]


def test_a_tool_written_before_another_jobs_name_is_where_it_runs(understander):
    question = understander.understand("which k8s batch schedulers are on the radar?")
    assert question.intent is Intent.LIST
    assert "kubernetes" in [t.id for t in question.situation.stack]
    # (the tool's own job after its name keeps it the subject)
    assert understander.understand("mlflow tracking server any good?").tools[0].id == "mlflow"


def test_a_kind_of_tool_on_the_radar_is_its_list(understander):
    assert understander.understand("CI/CD tools on the radar (not the k8s-native ones)").intent is Intent.LIST
    assert understander.understand("monitoring options on the radar?").intent is Intent.LIST


@pytest.mark.parametrize(
    "text",
    [
        "vector db we can run in-house for 50M embeddings",
        "it has to run inside the customer's air-gapped k8s",
        "model registry that works fully offline",
        "which one works offline on a laptop in the greenhouse? the wifi there is a joke",
        "labelling tool that runs offline on a workstation?",
        "any that run on our own network?",
        "we can't justify per-seat pricing right now",
        "cheaper? we can not pay per seat for yet another saas",
    ],
)
def test_running_it_on_our_own_machines_asks_for_open_source(text):
    assert constraints_in(expand_contractions(text)).license == "open-source"


@pytest.mark.parametrize(
    "text",
    ["we do offline inference every night", "a feature store with an offline store", "it runs offline scoring nightly"],
)
def test_offline_batch_work_is_no_place_to_run(text):
    assert constraints_in(text).license is None


@pytest.mark.parametrize(
    "text", ["vendor ai platforms, only the aws ones", "which managed platform? we're not going multi-cloud"]
)
def test_one_clouds_own_ones_asked_for(text):
    assert constraints_in(expand_contractions(text)).cloud_only


def test_building_in_house_is_no_licence(text="should we build our own tracker in-house?"):
    assert constraints_in(text).license is None


@pytest.mark.parametrize(
    ("description", "allowed"),
    [
        ("Runs each step on cloud compute or Kubernetes, whichever the team has.", True),
        ("Launches jobs across clouds, Kubernetes and on-premise fleets from one file.", True),
        ("The same code runs on a laptop or on a cluster, including GPU nodes on Kubernetes.", True),
        ("A lighter alternative to Kubernetes for small ML teams.", True),
        ("Serverless inference on Kubernetes, with autoscaling to zero.", False),
        ("A Kubernetes operator that schedules gang jobs.", False),
    ],
)
def test_a_tool_needs_kubernetes_only_when_no_other_place_is_named_beside_it(bundled_catalog, description, allowed):
    tool = bundled_catalog.tool("optuna").model_copy(update={"description": description})
    assert Constraints(no_kubernetes=True).allows(tool) is allowed


@pytest.mark.parametrize(
    ("text", "licence"),
    [
        ("has to be free there is zero licence budget this fy", "open-source"),
        ("are there free no code low code ml tools the analysts could use", "open-source"),
        ("we have zero licence budget", "open-source"),
        ("feel free to suggest tools", None),
        ("nothing self hosted pls", "commercial"),
    ],
)
def test_what_a_free_or_refused_setting_asks_of_the_licence(text, licence):
    assert constraints_in(text).license == licence


@pytest.mark.parametrize(
    ("text", "tool_id"),
    [
        ("numpy but for gpus?", "numpy"),
        ("airflow but for event streams", "airflow"),
        ("a kafka-ish thing?", "apache-kafka"),
    ],
)
def test_a_tool_opening_with_but_or_written_ish_is_the_yardstick(understander, text, tool_id):
    assert dict(understander.roles(text))[tool_id] is Role.COMPARE
    assert understander.understand(text).intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    "text",
    ["orchestrators, minus the GCP ones", "serving tools but skip the gcp ones", "experiment trackers except GCP"],
)
def test_a_cloud_left_out_of_a_list_is_to_replace(understander, text):
    assert ("gcp", Role.REPLACE) in understander.roles(text)


def test_a_cluster_a_tool_is_meant_for_is_where_it_runs(understander):
    question = understander.understand("where does flyte sit on the radar? thinking of it for AKS")
    assert (question.intent, ids(question.tools)) == (Intent.LOOKUP, ["flyte"])


def test_a_job_for_a_cluster_asks_for_the_jobs_tools(understander):
    question = understander.understand("canary rollouts for gke?")
    assert question.intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("does the radar know about dash? our analysts build apps in it", "dash"),
        ("dash still ok for internal apps?", "dash"),
    ],
)
def test_an_everyday_word_asked_about_as_a_thing_is_a_name(understander, text, tool):
    question = understander.understand(text)
    assert (question.intent, ids(question.tools)) == (Intent.LOOKUP, [tool])


def ids(tools) -> list[str]:  # type: ignore[no-untyped-def]
    return [t.id for t in tools]


def test_names_listed_after_one_ruled_out_are_ruled_out_too(full):
    roles = dict(full.roles("which AWS services are in the catalog? we can't use azure or gcp stuff"))
    assert roles["azure"] is Role.REPLACE and roles["gcp"] is Role.REPLACE and roles["aws"] is Role.SUBJECT


def test_half_of_us_using_a_tool_is_our_stack(full):
    roles = dict(full.roles("shared notebooks, self-hosted. half of us use VS Code, the other half live in Jupyter"))
    assert roles["vs-code"] is Role.STACK and roles["jupyter"] is Role.STACK


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("we only write sql", "SQL"),
        ("and if we want to stay 100% in sql?", "SQL"),
        ("data quality checks on sql server tables?", None),
        ("in sql queries we trust", None),
    ],
)
def test_sql_is_a_language_the_team_works_in(text, language):
    assert constraints_in(text).language == language


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("langsmith is a no: another vendor. what can we self-host?", "langsmith"),
        ("and please not the whole kubeflow thing, we tried it in 2022", "kubeflow"),
        ("not ray tune please, we don't run ray", "ray-tune"),
    ],
)
def test_a_tool_refused_in_so_many_words_is_to_replace(full, text, tool):
    assert dict(full.roles(text))[tool] is Role.REPLACE


def test_a_no_brainer_is_no_refusal(full):
    assert dict(full.roles("kedro is a no brainer"))["kedro"] is Role.SUBJECT


def test_data_not_let_go_to_a_saas_asks_for_open_source():
    text = "open source and self hosted, infosec will not let player level data or even feature names go to a saas"
    assert constraints_in(text).license == "open-source"


def test_clouds_refused_as_nothing_from_them_are_to_replace(full):
    roles = dict(
        full.roles("every AWS service you have in the catalog pls, we're an AWS shop so nothing from GCP/Azure")
    )
    assert roles["gcp"] is Role.REPLACE and roles["azure"] is Role.REPLACE


def test_clouds_refused_as_nothing_on_them_are_to_replace(full):
    roles = dict(full.roles("managed vector databases, but nothing on GCP or Azure please"))
    assert roles["gcp"] is Role.REPLACE and roles["azure"] is Role.REPLACE


def test_staying_managed_inside_a_cloud_or_no_other_vendors_asks_for_the_clouds_own():
    assert constraints_in("we would rather stay fully managed inside azure").cloud_only
    assert constraints_in("on aws, and no extra vendors please").cloud_only
    assert not constraints_in("we would rather stay inside our azure tenant").cloud_only


def test_what_runs_containers_instead_of_kubernetes_needs_no_cluster(full):
    question = full.understand("moving off k8s, it is too much for three of us. what do we run things on instead?")
    assert question.tools[0].id == "kubernetes" and question.situation.constraints.no_kubernetes
    assert not full.understand("alternatives to argo workflows?").situation.constraints.no_kubernetes


@pytest.mark.parametrize(
    ("text", "licence"),
    [
        ("open source and self-hosted. security won't sign off on any SaaS that sees the data", "open-source"),
        ("open source only, we can't send prompts to a US SaaS", "open-source"),
        ("management wants a managed ML platform rather than stitching open source together", "commercial"),
    ],
)
def test_a_saas_or_open_source_turned_down_at_some_length_is_still_turned_down(text, licence):
    assert constraints_in(expand_contractions(text.lower())).license == licence


def test_no_public_cloud_rules_out_the_big_clouds():
    assert constraints_in("nothing may phone home, no public cloud. options?").off_big_clouds
    assert constraints_in("on-prem only, no cloud.").off_big_clouds
    assert not constraints_in("no cloud budget this year").off_big_clouds


def test_a_clouds_ml_platform_answers_only_for_jobs_platforms_do(bundled_catalog):
    from bot.radar.language.recommend import Need, NeedMatch, Recommender, Situation
    from bot.radar.team import TeamRadar

    recommender = Recommender(bundled_catalog)
    metrics = Need((NeedMatch(bundled_catalog.tag("time-series-database"), 2.0, frozenset()),))
    aws = bundled_catalog.tool("aws")
    picks = recommender.recommend(
        TeamRadar(bundled_catalog), metrics, Situation(aws, constraints=Constraints(cloud_only=True))
    )
    assert not {"sagemaker", "amazon-bedrock"} & set(picks.tool_ids)
    assert {"prometheus", "influxdb", "timescaledb"} & set(picks.tool_ids)


def test_a_model_sized_in_billions_of_parameters_is_a_language_model_to_host(full):
    question = full.understand("how would we self-host an 8B model for the coach?")
    assert question.intent is Intent.RECOMMEND and question.need.tags[0].tag.id == "serving"
    from bot.radar.language.recommend import _parameter_count
    from bot.radar.language.text import tokens

    assert _parameter_count(tokens("an 8b model"), 1)
    assert not _parameter_count(tokens("scoring 2b flow records"), 1)


def test_a_saas_ruled_out_by_a_contract_asks_for_open_source():
    text = (
        "it has to be self-hosted, the trust contract rules out third-party saas for anything derived from their data"
    )
    assert constraints_in(text).license == "open-source"


def test_a_csharp_team_can_use_what_says_it_is_for_dotnet(bundled_catalog):
    assert Constraints(language="C#").weigh(bundled_catalog.tool("ml-net"))[0] > 0


def test_a_tool_set_against_the_one_the_person_runs_is_to_replace(understander):
    assert understander.roles("what do we use for CI? we are on azure devops, not github") == [
        ("azure-pipelines", Role.STACK),
        ("github", Role.REPLACE),
    ]


def test_the_cloud_the_team_is_on_is_its_stack(understander):
    assert ("azure", Role.STACK) in understander.roles("what should the analytics layer be? we're azure")


@pytest.mark.parametrize(
    "text",
    [
        "pandas falls over on 2 TB of parquet. what's the next step up?",
        "serving is on AKS. what gives us canary rollouts without building it ourselves?",
    ],
)
def test_what_comes_next_or_what_gives_us_a_job_asks_for_tools(understander, text):
    assert understander.understand(text).intent is Intent.RECOMMEND


@pytest.mark.parametrize(
    ("text", "licence"),
    [
        ("would rather self-host on an azure vm than sign up for yet another saas", "open-source"),
        ("we would rather pay for saas than run it ourselves", "commercial"),
        ("prefer a managed service over self-hosting", "commercial"),
    ],
)
def test_what_is_set_after_than_in_a_preference_is_refused(text, licence):
    assert constraints_in(text).license == licence


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("it has no nvidia cards, only xeon boxes", "cpu_only"),
        ("nobody on the team wants to run kubernetes", "no_kubernetes"),
        ("honestly it is 2 of us who would maintain it", "small_team"),
        ("it is 2 servers per plant and one person (me) doing all the ops", "small_team"),
        ("what if the gpus are busy - anything that runs ok on cpu?", "cpu_only"),
    ],
)
def test_a_setting_told_in_other_words_is_read(text, field):
    assert getattr(constraints_in(text), field)


def test_a_card_is_no_graphics_card():
    assert not constraints_in("we pay with our credit cards").cpu_only


def test_a_kind_someone_is_allergic_to_is_refused():
    low = "list llm evaluation tools, open source only - legal is allergic to new saas contracts"
    assert constraints_in(low).license == "open-source"


@pytest.mark.parametrize(
    "text",
    [
        "need an anomaly detection library for the sensor data. catch: the code base is C#/.NET, no python there",
        "the claims UI team is all .NET. can they run ML natively in C#?",
    ],
)
def test_a_language_written_with_its_sign_is_the_setting(full, text):
    question = full.understand(text)
    assert question.intent is Intent.RECOMMEND and question.situation.constraints.language in {"C#", ".NET"}


def test_names_joined_by_a_plus_share_the_refusal(full):
    roles = dict(full.roles("something lighter? we don't want knative + istio just for 3 models"))
    assert roles.get("knative") is Role.REPLACE and roles.get("istio") is Role.REPLACE


def test_what_a_team_would_standardise_on_is_chosen_not_run(full):
    question = full.understand("should the data team standardise on Prefect or Dagster? side by side please")
    assert question.intent is Intent.COMPARE and [t.id for t in question.tools] == ["prefect", "dagster"]
    assert ("mlflow", Role.STACK) in full.roles("we standardised on mlflow last year. what registry goes with it?")


@pytest.mark.parametrize(
    "text", ["tools for catching cheaters in match telemetry?", "how do we detect cheating in ranked games?"]
)
def test_cheating_is_anomaly_detection_not_small_talk_about_a_match(understander, text):
    question = understander.understand(text)
    assert question.intent is Intent.RECOMMEND
    assert question.need.tags[0].tag.id == "anomaly-detection"


def test_ingesting_sources_is_etl(understander):
    question = understander.understand("how do we ingest stripe + hubspot into our warehouse?")
    assert question.intent is Intent.RECOMMEND and question.need.tags[0].tag.id == "etl"


def test_the_least_painful_way_asked_is_no_trouble_with_the_tool_before_it(understander):
    roles = understander.roles("we are on azure. least painful way to get gpus for a week of training?")
    assert roles == [("azure", Role.STACK)]


def test_a_cloud_told_of_beside_the_question_about_its_own_product_is_where_it_runs(understander):
    question = understander.understand(
        "should we go all-in on sagemaker or piece it together from open source? the aws bill is watched closely"
    )
    assert question.intent is not Intent.COMPARE and "aws" in ids(question.situation.stack)
    # (asked about in the same sentence, the cloud is a subject: "gcp tools on the radar? we use bigquery")
    assert understander.understand("gcp tools on the radar? we use bigquery").intent is Intent.LIST


def test_a_phrase_is_not_made_of_words_far_apart_in_two_clauses(understander):
    question = understander.understand("every vector database that runs on gcp pls, need it for a comparison doc")
    assert question.need.tags[0].tag.id == "vector-search"
    assert "experiment-tracking" not in {m.tag.id for m in question.need.tags if m.weight >= 2}


def test_a_possessive_splits_no_phrase(understander):
    question = understander.understand("need to explain the model's predictions to customers")
    assert question.intent is Intent.RECOMMEND and question.need.tags[0].tag.id == "explainability"


def test_a_vendor_that_acts_in_a_fear_is_no_commercial_tool_asked_for():
    assert constraints_in("which are open source, so a vendor that hikes prices can't lock us in?").license == (
        "open-source"
    )


@pytest.mark.parametrize(
    "text",
    [
        "anything cheaper? the managed ones are way over our budget",
        "any cheaper? the vendor quotes we got were wild",
        "saas tools cost too much for us",
        "the commercial ones are out of budget",
    ],
)
def test_a_paid_kind_priced_out_asks_for_open_source(text):
    assert constraints_in(" ".join(re.findall(r"[a-z0-9]+", text.lower()))).license == "open-source"


def test_a_paid_kind_asked_for_with_its_price_accepted_stays_paid():
    assert constraints_in("we want a managed one the budget is there").license == "commercial"


@pytest.mark.parametrize(
    "text",
    ["a tracker that does not cost money", "nothing that costs a licence, no license fees", "free of charge please"],
)
def test_a_tool_that_costs_nothing_asks_for_open_source(text):
    assert constraints_in(text).license == "open-source"


@pytest.mark.parametrize(
    "text", ["bayesian tooling for our small commercial loans, the team wants uncertainty", "our commercial fleet only"]
)
def test_commercial_telling_the_business_asks_for_no_licence(text):
    assert constraints_in(text).license is None


@pytest.mark.parametrize(
    "text", ["we pay aws for everything. anything native there?", "which of those integrates natively?", "gcp native"]
)
def test_the_clouds_native_services_asked_for_are_the_clouds_own(text):
    assert constraints_in(text).cloud_only


def test_a_cloud_native_or_open_source_asks_for_neither_alone():
    assert not constraints_in("open to azure native or oss").cloud_only


def test_the_clouds_own_asked_for_drops_an_open_source_licence_told_earlier():
    earlier = Constraints(license="open-source")
    assert constraints_in("anything native there").over(earlier).license is None
    assert constraints_in("which of them are free").over(earlier).license == "open-source"


@pytest.mark.parametrize(
    "text",
    [
        "we already picked mlflow for tracking, does that cover it?",
        "does it handle that too?",
        "or is what we have enough?",
    ],
)
def test_asking_whether_what_the_team_runs_covers_the_job_keeps_it_in_the_answer(text):
    assert constraints_in(text).within_stack


def test_who_asks_is_no_product_the_catalog_lacks(full):
    question = full.understand('we want to "do mlops" next quarter (quote from the COO). where do we start?')
    assert question.intent is Intent.CLARIFY  # no job told yet; "COO" is who said it, not a product


def test_a_makers_product_the_catalog_leaves_out_is_unknown(full):
    question = full.understand("google or-tools for the truck routing, what ring?")
    assert question.intent is Intent.UNKNOWN  # not Google Cloud, nor a need the maker's name brushes


@pytest.mark.parametrize(
    "text",
    [
        "batch re-scoring 300M photos with the new model, what framework?",
        "batch scoring 3M customers nightly for risk, a single ec2 box takes 5 hours",
    ],
)
def test_scoring_everything_on_a_schedule_is_batch_scoring(full, text):
    question = full.understand(text)
    assert question.intent is Intent.RECOMMEND
    assert question.need.tags[0].tag.id == "batch-scoring"


@pytest.mark.parametrize(
    ("text", "ruled_out"),
    [
        ("which azure services for ML are on the radar? we don't care about aws or gcp", {"aws", "gcp"}),
        ("what gcp-native stuff is on the radar? nothing aws/azure", {"aws", "azure"}),
    ],
)
def test_clouds_the_person_does_not_care_about_are_ruled_out_not_compared(understander, text, ruled_out):
    roles = dict(understander.roles(text))
    assert {tool for tool, role in roles.items() if role is Role.REPLACE} == ruled_out
    assert understander.understand(text).intent is Intent.LIST


@pytest.mark.parametrize(
    ("text", "replaced"),
    [
        ("we use airflow and hate it. what could replace it?", "airflow"),
        ("we pay for a dataiku seat nobody really uses. what could replace it for a python team?", "dataiku"),
    ],
)
def test_the_one_tool_run_then_pointed_back_at_as_what_goes_is_replaced(understander, text, replaced):
    assert (replaced, Role.REPLACE) in understander.roles(text)
    assert understander.understand(text).intent is Intent.RECOMMEND  # not the card of what is to go


def test_a_pointer_to_what_goes_leaves_where_the_data_goes_alone(understander):
    text = "we load hubspot exports into snowflake with python scripts on cron. what should replace it?"
    assert ("snowflake", Role.REPLACE) not in understander.roles(text)


def test_the_kind_asked_for_leads_what_it_is_for(understander):
    need = understander.understand("what are good hpo libs for gradient boosting?").need
    assert need.tags[0].tag.id == "hyperparameter-tuning"


def test_a_subject_and_its_verb_turned_round_is_no_phrase(understander):
    need = understander.understand("we need something ops can click around in").need
    assert "infrastructure-as-code" not in [m.tag.id for m in need.tags if not m.retrieved]  # not "click ops"


def test_a_refusal_does_not_reach_across_the_question_that_follows_it():
    assert constraints_in("we re on aws not gcp azure which vendor ml platform").license == "commercial"
    assert constraints_in("not another vendor platform please").license == "open-source"


@pytest.mark.parametrize(
    "text",
    [
        "which of them run fine on a single laptop, no cluster?",
        "it's all on one big VM, no cluster",
        "what if kubernetes is completely off the table",
    ],
)
def test_no_cluster_rules_out_kubernetes(text):
    assert constraints_in(expand_contractions(text.lower())).no_kubernetes


@pytest.mark.parametrize(
    "text", ["only the ones that live inside postgres", "we'd rather stay inside supabase postgres than add a database"]
)
def test_staying_inside_what_they_run_keeps_to_it(text):
    assert constraints_in(expand_contractions(text.lower())).within_stack


def test_a_python_library_is_no_answer_for_a_team_that_must_work_in_another_language(bundled_catalog):
    crewai = bundled_catalog.tool("crewai")
    assert crewai is not None
    assert not Constraints(language="TypeScript").allows(crewai)
    assert Constraints(language="R").allows(crewai)  # an R team may still run a Python library beside its own
    assert Constraints().allows(crewai)
    netron = bundled_catalog.tool("netron")
    assert netron is not None and Constraints(language="Java").allows(netron)  # an app that also ships for Python


@pytest.mark.parametrize(
    "text", ["notebook tools that are not cloud-hosted", "notebook environments we run (so no hosted stuff)"]
)
def test_not_hosted_in_the_cloud_asks_for_what_the_team_can_run(text):
    assert constraints_in(text).license == "open-source"


def test_a_tool_free_way_rules_the_tool_out(understander):
    assert ("kubernetes", Role.REPLACE) in understander.roles("a kubernetes-free way to run airflow?")
    assert constraints_in("a k8s free way to run ray").no_kubernetes
