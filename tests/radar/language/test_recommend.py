"""Recommending for a need: tags, categories, the person's cloud, stack and role, the team's rings."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.radar.catalog import Request
from bot.radar.language.recommend import (
    Constraints,
    Need,
    NeedFinder,
    NeedMatch,
    Recommender,
    Situation,
    constraints_in,
    licence_words,
    persona_named,
    personas_named,
    trade_off,
)
from bot.radar.language.text import tokens
from bot.radar.models import Tool
from bot.radar.team import RingMove, TeamRadar


@pytest.fixture(scope="module")
def finder(tiny_catalog) -> NeedFinder:
    return NeedFinder(tiny_catalog)


@pytest.fixture(scope="module")
def recommender(tiny_catalog) -> Recommender:
    return Recommender(tiny_catalog)


def need(finder: NeedFinder, text: str) -> Need:
    return finder.find(tokens(text))


def picks(recommendation) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.placed.tool.id for p in recommendation.picks]


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("version the training datasets", "data-versioning"),
        ("datasets we version", "data-versioning"),
        ("labelling images", "labelling"),
        ("tune hyperparameters", "hyperparameter-tuning"),
        ("we need CI", "ci-cd"),
        ("explain our model's predictions", "explainability"),
        ("something for serving", "serving"),
    ],
)
def test_needs_in_other_words_find_their_tag(finder, text, tag):
    assert need(finder, text).tags[0].tag.id == tag


def test_a_longer_phrase_outweighs_a_single_word(finder):
    found = need(finder, "we want a model registry")
    assert found.tags[0].tag.id == "model-registry" and found.strong


def test_a_category_name_is_a_need_too(finder):
    assert [c.id for c in need(finder, "which data orchestrator should we pick").categories] == ["data-orchestrators"]


def test_nothing_is_found_in_small_talk(finder):
    assert not need(finder, "good morning, how are you")


def test_the_teams_better_rings_come_first(tiny_catalog, finder, recommender):
    team = TeamRadar(tiny_catalog)
    result = recommender.recommend(team, need(finder, "experiment tracking"), Situation())
    assert picks(result)[0] == "wandb" and set(picks(result)[1:]) == {"clearml", "mlflow"}  # Trial before Assess
    assert [p.placed.ring.id for p in result.picks] == ["trial", "assess", "assess"]


def test_a_team_vote_changes_the_order(tiny_catalog, finder, recommender):
    moved = RingMove("mlflow", "assess", "adopt", datetime(2026, 1, 5, tzinfo=UTC), {"adopt": 5})
    team = TeamRadar(tiny_catalog, {"mlflow": moved})
    assert picks(recommender.recommend(team, need(finder, "experiment tracking"), Situation()))[0] == "mlflow"


def test_each_pick_has_a_reason_and_a_trade_off(tiny_catalog, finder, recommender):
    result = recommender.recommend(TeamRadar(tiny_catalog), need(finder, "experiment tracking"), Situation())
    by_id = {p.placed.tool.id: p for p in result.picks}
    assert "Experimentation Platforms" in by_id["wandb"].reason and "experiment tracking" in by_id["wandb"].reason
    assert "easy to swap" in by_id["wandb"].trade_off  # piecemeal
    assert "hard commitment" in by_id["clearml"].trade_off  # all-in-one
    assert result.need == "experiment tracking"


def test_the_persons_cloud_wins_and_other_clouds_are_left_out(tiny_catalog, finder, recommender):
    aws = tiny_catalog.tool("aws")
    assert recommender.cloud_of(tiny_catalog.tool("sagemaker")) == aws
    result = recommender.recommend(TeamRadar(tiny_catalog), need(finder, "ml platform"), Situation(cloud=aws))
    assert picks(result)[0] == "sagemaker"
    assert "native to Amazon Web Services" in result.picks[0].fits
    assert result.situation == ("you are on Amazon Web Services",)


def test_a_stack_tool_the_candidates_work_with_is_a_fit(tiny_catalog, finder, recommender):
    kubernetes = tiny_catalog.tool("kubernetes")
    result = recommender.recommend(
        TeamRadar(tiny_catalog), need(finder, "ml pipelines"), Situation(stack=(kubernetes,))
    )
    kubeflow = next(p for p in result.picks if p.placed.tool.id == "kubeflow")
    assert "works with Kubernetes" in kubeflow.fits


def test_hold_tools_are_held_back_when_something_else_fits(tiny_catalog, finder, recommender):
    result = recommender.recommend(TeamRadar(tiny_catalog), need(finder, "data science platform"), Situation())
    assert "michelangelo" not in picks(result)
    assert "michelangelo" in [p.tool.id for p in result.held_back]


def test_excluded_tools_are_not_recommended(tiny_catalog, finder, recommender):
    result = recommender.recommend(
        TeamRadar(tiny_catalog), need(finder, "experiment tracking"), Situation(), exclude=frozenset({"wandb"})
    )
    assert "wandb" not in picks(result) and picks(result)


def test_nothing_to_recommend_is_an_empty_answer(tiny_catalog, recommender):
    assert recommender.recommend(TeamRadar(tiny_catalog), Need(), Situation()).picks == ()


def test_personas_in_peoples_words(tiny_catalog):
    assert persona_named(tiny_catalog, "I'm a data scientist").id == "ml-researcher"  # type: ignore[union-attr]
    assert persona_named(tiny_catalog, "our backend developers").id == "software-engineer"  # type: ignore[union-attr]
    assert persona_named(tiny_catalog, "as an MLE").id == "ml-engineer"  # type: ignore[union-attr]
    assert [p.id for p in personas_named(tiny_catalog, "ML researcher vs software engineer")] == [
        "ml-researcher",
        "software-engineer",
    ]
    assert persona_named(tiny_catalog, "we need a feature store") is None


def test_trade_off_follows_the_scope_axis(tiny_catalog):
    kubeflow, optuna = tiny_catalog.tool("kubeflow"), tiny_catalog.tool("optuna")
    assert "hard commitment" in trade_off(kubeflow, tiny_catalog.category(kubeflow.category))
    assert "open source" in trade_off(optuna, tiny_catalog.category(optuna.category))


def test_within_a_need_the_tools_whose_descriptions_answer_the_question_lead(bundled_catalog):
    from bot.radar.language.lookup import ToolIndex
    from bot.radar.language.understanding import Understander

    understander = Understander(bundled_catalog, ToolIndex(bundled_catalog))
    tracers = {"langfuse", "helicone", "langsmith", "opik", "arize-phoenix", "openllmetry", "langtrace", "lunary"}
    question = understander.understand("we need to see every prompt and the token cost of each call in our LLM app")
    picks_ = understander.recommender.recommend(TeamRadar(bundled_catalog), question.need, question.situation).picks
    assert tracers & {p.placed.tool.id for p in picks_[:2]}


def test_within_the_stack_only_what_works_with_it_is_picked_when_anything_does(bundled_catalog):
    from bot.radar.language.lookup import ToolIndex
    from bot.radar.language.understanding import Understander
    from bot.radar.team import TeamRadar

    understander = Understander(bundled_catalog, ToolIndex(bundled_catalog))
    question = understander.understand(
        "we're on postgres and really don't want to run another database for similarity search"
    )
    picks = understander.recommender.recommend(TeamRadar(bundled_catalog), question.need, question.situation).picks
    assert "pgvector" in [p.placed.tool.id for p in picks]
    assert all(any(f.startswith("works with") for f in p.fits) for p in picks)


def test_without_gpus_what_runs_on_a_cpu_is_weighed_and_what_is_built_for_gpus_goes_last(bundled_catalog):
    from bot.radar.language.lookup import ToolIndex
    from bot.radar.language.understanding import Understander
    from bot.radar.team import TeamRadar

    understander = Understander(bundled_catalog, ToolIndex(bundled_catalog))
    question = understander.understand("an inference engine for llama 3 behind our API")
    without_gpus = replace(question.situation, constraints=replace(question.situation.constraints, cpu_only=True))
    team = TeamRadar(bundled_catalog)
    picks = understander.recommender.recommend(team, question.need, without_gpus).picks
    assert not {"vllm", "tensorrt-llm"} & {p.placed.tool.id for p in picks}
    assert "runs without a GPU" in picks[0].fits


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("orchestration for the nightly forecast runs", "orchestration"),
        ("serving options for the churn forecast API", "serving"),
        ("experiment tracking for our time series forecasting work", "experiment-tracking"),
    ],
)
def test_what_an_opening_kind_is_for_does_not_outweigh_the_kind(bundled_catalog, text, kind):
    assert NeedFinder(bundled_catalog).find(tokens(text)).tags[0].tag.id == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # (a device's name tells where the model must run: the edge)
        ("our detector has to run on a jetson orin, what runtime?", "edge-inference"),
        # (and a speech job by its own name)
        ("keyword spotting for the kiosk", "speech-audio"),
        ("we need time to failure estimates and half the data is censored", "probabilistic-modelling"),
        ("the whole account was click-ops'd, we want it in code", "infrastructure-as-code"),
        ("each evaluation is an expensive black-box objective, 10 minutes a run", "hyperparameter-tuning"),
        ("the hpc cluster has no docker daemon, how do we ship our images?", "containers"),
        ("we want the tenant and the servers described as code", "infrastructure-as-code"),
        ("what checks code style and unused imports automatically?", "ci-cd"),
        ("survival models for time until a customer comes back, lots of censoring", "probabilistic-modelling"),
    ],
)
def test_the_everyday_words_a_job_is_known_by_find_its_use_case(bundled_catalog, text, kind):
    assert NeedFinder(bundled_catalog).find(tokens(text)).tags[0].tag.id == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # (a participle that is the phrase's own word names the job as surely as any phrase: "federated" is how
        # federated learning is written, not a thing already federated)
        ("federated learning across the three hospitals, which frameworks?", "federated-learning"),
        # ("trained models" still names a thing, not the training asked for)
        ("our trained models drift after a month, how do we notice?", "monitoring"),
    ],
)
def test_a_participle_written_as_the_phrase_itself_keeps_the_phrase_whole(bundled_catalog, text, kind):
    assert NeedFinder(bundled_catalog).find(tokens(text)).tags[0].tag.id == kind


def test_one_word_shared_with_a_use_case_retrieves_no_need(bundled_catalog):
    from bot.radar.language.recommend import NeedFinder
    from bot.radar.language.text import tokens

    finder = NeedFinder(bundled_catalog)
    assert finder.retrieved(tokens("where does my lunch box sit on the radar?")) == []
    assert finder.retrieved(tokens("the model is a black box and nobody can say why it rejected this applicant"))


def test_a_use_case_either_index_ranks_first_is_the_messages_own(bundled_catalog, monkeypatch):
    # the problems' index ranks three other use cases above data quality on their summed shares; the tags' own
    # phrases rank it first, so the earlier requests' vote for it is kept
    from bot.radar.language.retrieval import Hit

    finder = NeedFinder(bundled_catalog)
    found = [
        (Hit("data-quality", 8.0, 1.0), 1.0),
        (Hit("visualisation", 5.2, 1.0), 1.3),
        (Hit("vector-search", 4.8, 0.9), 1.3),
        (Hit("model-testing", 4.5, 0.87), 1.3),
    ]
    monkeypatch.setattr(finder, "_index_hits", lambda stems, most: found)
    monkeypatch.setattr(finder, "_voted", lambda stems, most: [("data-quality", 1.0, 29.0)])
    text = "something to browse our photos and find near-duplicates, blurry ones and missing values"
    assert [m.tag.id for m in finder.retrieved(tokens(text))] == ["data-quality"]


def test_the_head_of_a_use_case_named_with_a_complement_is_the_word_before_it(bundled_catalog):
    # "data loading for training" is a kind of loading: a word of training alone does not hint at it
    found = NeedFinder(bundled_catalog).find(tokens("what should we use to train an object detector for parcels?"))
    assert "data-loading" not in [m.tag.id for m in found.tags]
    loading = NeedFinder(bundled_catalog).find(tokens("our loading is the slow part"))
    assert [m.tag.id for m in loading.tags][:1] == ["data-loading"]


def test_a_use_case_said_to_be_absent_is_hardly_the_need(bundled_catalog):
    finder = NeedFinder(bundled_catalog)
    said = finder.find(tokens("we want to see what themes are in the complaint notes without labelling anything"))
    plain = finder.find(tokens("we want labelling for the complaint notes"))
    weight = {m.tag.id: m.weight for m in said.tags}.get("labelling", 0.0)
    assert weight < {m.tag.id: m.weight for m in plain.tags}["labelling"] / 2


def test_a_hint_word_in_the_past_tense_tells_the_scene_not_the_need(bundled_catalog):
    finder = NeedFinder(bundled_catalog)
    told = {m.tag.id: m.weight for m in finder.find(tokens("we trained on bad rows")).tags}
    asked = {m.tag.id: m.weight for m in finder.find(tokens("we need training on new rows")).tags}
    assert told.get("training", 0.0) < asked["training"]


def test_a_discontinued_tool_is_never_recommended(bundled_catalog):
    """FloydHub shut down in 2021: asked for GPUs, it is no pick, though it can still be looked up."""
    recommender = Recommender(bundled_catalog)
    gone = [t for t in bundled_catalog.tools if t.discontinued]
    assert {t.id for t in gone} >= {"floydhub", "sigopt"}
    for tool in gone:
        need = Need((NeedMatch(bundled_catalog.tag(tool.tags[0]), 2.0, frozenset()),))
        picks = recommender.recommend(TeamRadar(bundled_catalog), need, Situation()).picks
        assert tool.id not in [p.placed.tool.id for p in picks]


def test_alike_requests_vote_for_the_use_cases_of_the_tools_that_answered_them(bundled_catalog):
    finder = NeedFinder(bundled_catalog)
    # an earlier request's words, changed: the tools that answered it say which use case it was
    stems = [
        t.stem for t in tokens("how can we pin which exact snapshot of the parquet data each model was trained on")
    ]
    votes = dict((tag_id, vote) for tag_id, vote, _ in finder._voted(stems, 3))
    assert votes.get("data-versioning") == 1.0


@pytest.mark.parametrize("text", ["which tools work with R?", "best platform to buy?"])
def test_a_short_question_has_no_alike_requests(bundled_catalog, text):
    finder = NeedFinder(bundled_catalog)
    assert finder._voted([t.stem for t in tokens(text)], 3) == []


def test_each_part_of_a_use_cases_name_joined_by_and_names_it(bundled_catalog):
    need = NeedFinder(bundled_catalog).find(tokens("graph ML libs for fault localisation on the grid"))
    assert need.tags[0].tag.id == "graph-ml"


def test_not_another_thing_to_babysit_keeps_the_answer_within_the_stack():
    assert constraints_in("ideally not another db to babysit, we already run postgres").within_stack


def test_a_second_job_almost_as_likely_gets_the_last_pick(bundled_catalog):
    recommender, team = Recommender(bundled_catalog), TeamRadar(bundled_catalog)
    tracking = bundled_catalog.tag("experiment-tracking")
    testing = bundled_catalog.tag("model-testing")
    assert tracking is not None and testing is not None
    close = Need((NeedMatch(testing, 2.0, frozenset()), NeedMatch(tracking, 1.8, frozenset())))
    shown = [bundled_catalog.tool(t) for t in picks(recommender.recommend(team, close, Situation()))]
    assert any("experiment-tracking" in t.tags[:2] for t in shown if t is not None)
    far = Need((NeedMatch(testing, 2.0, frozenset()), NeedMatch(tracking, 1.0, frozenset())))
    shown = [bundled_catalog.tool(t) for t in picks(recommender.recommend(team, far, Situation()))]
    assert not any(t is not None and t.tags[0] == "experiment-tracking" for t in shown)


FILLER_TOPICS = ("containers", "kubernetes clusters", "source control", "cloud bills", "gpu quotas", "label queues")


def test_the_tools_accepted_for_alike_requests_match_best(tiny_catalog):
    earlier = (
        Request("experiment tracking for scattered notebook runs on laptops, compare them in one place", ("clearml",)),
        Request("we want to version the datasets our pipelines read every night", ("dvc",)),
        Request("a scheduler that runs our nightly ETL jobs as DAGs", ("airflow",)),
        *(Request(f"filler request number {n} about {topic}", ("git",)) for n, topic in enumerate(FILLER_TOPICS)),
    )
    taught = replace(tiny_catalog, requests=earlier)
    finder, recommender = NeedFinder(taught), Recommender(taught)
    asked = need(finder, "experiment tracking for notebook runs scattered over laptops")
    assert dict(asked.alike) == {"clearml": 1.0}
    relevance = recommender.relevance(asked)
    assert max(relevance, key=relevance.__getitem__) == "clearml"
    untaught = need(NeedFinder(tiny_catalog), "experiment tracking for notebook runs scattered over laptops")
    assert untaught.alike == ()
    relevance = Recommender(tiny_catalog).relevance(untaught)
    assert max(relevance, key=relevance.__getitem__) != "clearml"


def test_the_named_clouds_own_service_is_weighed_though_it_lists_the_job_late(bundled_catalog):
    finder, recommender = NeedFinder(bundled_catalog), Recommender(bundled_catalog)
    azure = bundled_catalog.tool("azure")
    registry = finder.find(tokens("a model registry"))
    recommendation = recommender.recommend(TeamRadar(bundled_catalog), registry, Situation(azure, (azure,)))
    assert "azure-ml" in picks(recommendation)


def test_a_vendors_own_product_fits_like_a_clouds_own_service(bundled_catalog):
    recommender = Recommender(bundled_catalog)
    github = bundled_catalog.tool("github")
    own, said = recommender.fit(bundled_catalog.tool("github-actions"), Situation(stack=(github,)))
    other, _ = recommender.fit(bundled_catalog.tool("circleci"), Situation(stack=(github,)))
    assert own is not None and other is not None and own > other
    assert "GitHub's own" in said
    # (GitLab's own CI is a rival platform's: it drops out for a team on GitHub)
    assert recommender.fit(bundled_catalog.tool("gitlab-ci"), Situation(stack=(github,)))[0] is None


def test_the_persons_cloud_has_a_pick_of_its_own_when_it_does_the_job(bundled_catalog):
    finder, recommender = NeedFinder(bundled_catalog), Recommender(bundled_catalog)
    gcp = bundled_catalog.tool("gcp")
    gpus = finder.find(tokens("rent gpus for a training run"))
    team = TeamRadar(bundled_catalog)
    assert "gcp" not in picks(recommender.recommend(team, gpus, Situation()))
    on_gcp = picks(recommender.recommend(team, gpus, Situation(gcp, (gcp,))))
    assert "gcp" in on_gcp and len(on_gcp) == 3


def test_refusing_the_big_clouds_leaves_them_and_their_services_out(bundled_catalog):
    said = constraints_in("a gpu box from someone who is not one of the big three")
    assert said.off_big_clouds and constraints_in("no hyperscalers please").off_big_clouds
    assert not constraints_in("the big three clouds all sell gpus").off_big_clouds
    assert not said.allows(bundled_catalog.tool("aws")) and not said.allows(bundled_catalog.tool("sagemaker"))
    assert said.allows(bundled_catalog.tool("runpod"))
    assert "off-big-clouds" in said.as_tags() and type(said).from_tags(said.as_tags()) == said


def test_having_no_gpu_puts_what_runs_on_a_cpu_first(bundled_catalog):
    for text in ("we don't have gpus, only cpu", "cpu-only customer boxes", "any that work without a gpu?"):
        assert constraints_in(text.replace("don't", "do not")).cpu_only, text
    assert not constraints_in("we have 4 gpus and a cpu cluster").cpu_only
    said = constraints_in("no gpus this year")
    on_cpu, told = said.weigh(bundled_catalog.tool("llama-cpp"))
    gpu_bound, _ = said.weigh(bundled_catalog.tool("vllm"))
    assert on_cpu > 0 > gpu_bound and "runs without a GPU" in told
    assert "you have no GPUs" in said.notes()


def test_the_words_asking_for_a_licence_are_filters_not_description_words():
    found = licence_words("which of them can we run on our own laptops? the data can not leave the building")
    assert {"laptop", "build"} <= found and "which" not in found


def test_nothing_leaving_the_network_asks_for_what_runs_inside_it():
    assert constraints_in("security says nothing leaves our vpc").license == "open-source"


def test_data_that_must_stay_in_a_cloud_asks_for_its_own_services():
    assert constraints_in("the training data has to stay in gcp").cloud_only


def test_cpus_only_got_and_a_tool_ruled_out_for_being_saas():
    assert constraints_in("what if we only get cpus this budget year").cpu_only
    assert constraints_in("tecton is out it is saas others").license == "open-source"


def test_a_budget_of_nothing_and_the_only_language_known():
    assert constraints_in("budget for new tooling this year is basically 0 fyi").license == "open-source"
    assert constraints_in("they only know r").language == "R"


def test_data_refused_to_a_saas_by_someone_asks_for_open_source():
    said = constraints_in("must be self hosted in our tenant dpo will not approve guest features going to any saas")
    assert said.license == "open-source"


def test_a_tool_built_for_gpus_is_weighed_down_when_there_are_none_whatever_it_falls_back_to(bundled_catalog):
    def tool_described(description: str) -> Tool:
        return bundled_catalog.tools[0].model_copy(update={"description": description})

    said = Constraints(cpu_only=True)
    gpu_library = "A GPU dataframe library with a pandas-like API. It falls back to the CPU where needed."
    cpu_library = "A dataframe library that runs on a laptop CPU and scales to a cluster."
    assert said.weigh(tool_described(gpu_library))[0] < 0 < said.weigh(tool_described(cpu_library))[0]


@pytest.mark.parametrize(
    "text",
    [
        "forgot to say: zero euros until the new budget in spring",
        "finance froze all new SaaS spend this year",
        "plain k8s on-site and no vendor contracts",
    ],
)
def test_no_money_to_spend_asks_for_open_source(text):
    assert constraints_in(text).license == "open-source"


def test_time_spent_is_no_budget():
    assert constraints_in("we spend zero time on ops").license is None


def test_fine_tuning_a_model_is_no_hyperparameter_tuning(bundled_catalog):
    toks = tokens("how would we fine-tune a sentiment model on the reviews we labelled?")
    found = [m.tag.id for m in NeedFinder(bundled_catalog).find(toks).tags]
    assert "hyperparameter-tuning" not in found and "training" in found


def test_no_budget_for_another_saas_keeps_the_open_source_asked_for():
    assert constraints_in("it has to be open source, there is no budget line for another SaaS").license == "open-source"


def test_a_clouds_kubernetes_not_run_is_no_kubernetes_but_plain_kubernetes_told_is():
    assert constraints_in("we do not run gke and really do not want to start").no_kubernetes
    assert not constraints_in("this is the on-prem cluster, not EKS. plain k8s 1.29").no_kubernetes


@pytest.mark.parametrize(
    "text", ["what does the same job on plain vms?", "just docker compose on one box", "only ec2 instances for now"]
)
def test_plain_machines_told_as_where_it_runs_rule_out_kubernetes(text):
    assert constraints_in(text).no_kubernetes


@pytest.mark.parametrize(
    "text", ["we already run postgres for everything, can we just use that?", "could we simply reuse what we have?"]
)
def test_asking_to_just_use_what_they_run_keeps_the_answer_within_it(text):
    assert constraints_in(text).within_stack


def test_removing_duplicates_is_data_quality(bundled_catalog):
    found = NeedFinder(bundled_catalog).find(tokens("tool to dedupe product master data?"))
    assert found.tags and found.tags[0].tag.id == "data-quality"


def test_a_verb_and_its_particle_written_apart_read_as_the_compound_noun(bundled_catalog):
    # "roll out ... roll back" is a rollout and a rollback; "set up" stays two words when no use case says "setup"
    found = NeedFinder(bundled_catalog).find(
        tokens("how do we roll out the new model to 5% of clinics first and automatically roll back if it misbehaves?")
    )
    assert [m.tag.id for m in found.tags][:1] == ["progressive-delivery"]


def test_what_the_radar_tracks_or_knows_is_no_need_for_tracking(bundled_catalog):
    found = NeedFinder(bundled_catalog).find(tokens("which feature stores do you track, the feast kind?"))
    assert "experiment-tracking" not in [m.tag.id for m in found.tags]
    ours = NeedFinder(bundled_catalog).find(tokens("we track experiments in a spreadsheet"))
    assert [m.tag.id for m in ours.tags][:1] == ["experiment-tracking"]


def test_no_budget_for_a_saas_refuses_it():
    said = constraints_in("it has to be self hosted on our box and open source zero budget for saas seats")
    assert said.license == "open-source"


@pytest.mark.parametrize("text", ["is there a managed version of it?", "the enterprise version of it"])
def test_an_edition_of_a_tool_is_no_need_for_versioning(bundled_catalog, text):
    need = NeedFinder(bundled_catalog).find(tokens(text))
    assert "data-versioning" not in [m.tag.id for m in need.tags]


@pytest.mark.parametrize(
    ("text", "license"),
    [
        ("any cheaper? there is 0 budget for tooling this year", "open-source"),
        ("what if nobody here wants to manage the servers ourselves?", "commercial"),
        ("we do not want to maintain a cluster ourselves", "commercial"),
    ],
)
def test_no_budget_in_figures_asks_for_free_and_managing_it_refused_asks_for_managed(text, license):
    assert constraints_in(text).license == license


@pytest.mark.parametrize(
    ("text", "language"), [("anything the R people can use too?", "R"), ("for the java folks", "Java")]
)
def test_the_people_of_a_language_name_it(text, language):
    assert constraints_in(text.lower()).language == language


@pytest.mark.parametrize(
    "text",
    [
        "nobody wants another managed service to look after",
        "we do not want yet another saas bill for this",
    ],
)
def test_a_managed_service_nobody_wants_asks_for_open_source(text):
    assert constraints_in(text).license != "commercial"


@pytest.mark.parametrize(
    "text",
    [
        "open source only: anything commercial means six months of procurement",
        "oss please, a vendor contract needs legal",
    ],
)
def test_what_paying_would_bring_is_no_ask_for_a_commercial_tool(text):
    assert constraints_in(text).license == "open-source"


def test_an_extension_of_what_the_team_runs_is_weighed_as_adding_nothing_beside_it(bundled_catalog):
    from bot.radar.language.lookup import ToolIndex
    from bot.radar.language.understanding import Understander
    from bot.radar.team import TeamRadar

    understander = Understander(bundled_catalog, ToolIndex(bundled_catalog))
    question = understander.understand("which vector database would you suggest? we're on RDS postgres")
    picks = understander.recommender.recommend(TeamRadar(bundled_catalog), question.need, question.situation).picks
    assert "pgvector" in [p.placed.tool.id for p in picks[:3]]


@pytest.mark.parametrize(
    "text",
    [
        "how do we get the scoring to run every tuesday at 5am?",
        "the refresh should kick off at 11pm on weekdays",
        "what kicks the export off every friday?",
    ],
)
def test_a_time_that_recurs_asks_for_a_schedule(bundled_catalog, text):
    assert NeedFinder(bundled_catalog).find(tokens(text)).tags[0].tag.id == "orchestration"


def test_a_time_told_once_is_no_schedule(bundled_catalog):
    need = NeedFinder(bundled_catalog).find(tokens("the outage started at 5am and the model served stale scores"))
    assert need.tags[0].tag.id != "orchestration"


@pytest.mark.parametrize(
    ("text", "kind"), [("how do we serve it?", "serving"), ("what should monitor them?", "monitoring")]
)
def test_a_job_done_to_it_is_done_to_a_model(bundled_catalog, text, kind):
    need = NeedFinder(bundled_catalog).find(tokens(text))
    assert need.tags[0].tag.id == kind and need.tags[0].weight >= 1


@pytest.mark.parametrize(
    ("description", "speaks"),
    [
        ("Python, R and command-line interfaces.", True),
        ("An R interface wraps the same API.", True),
        ("Faster R-CNN and Mask R-CNN models for detection.", False),
    ],
)
def test_a_language_is_spoken_where_its_name_stands_alone(bundled_catalog, description, speaks):
    tool = bundled_catalog.tool("xgboost").model_copy(update={"description": description})
    weight, _ = Constraints(language="R").weigh(tool)
    assert (weight > 0) is speaks
