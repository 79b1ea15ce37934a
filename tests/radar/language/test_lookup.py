"""Lookup forgives case, spacing, punctuation, aliases, package names and typos."""

from __future__ import annotations

import pytest

from bot.radar.catalog import normalise
from bot.radar.language.lookup import ToolIndex, find_category, find_quadrant, find_ring, slip_of


@pytest.fixture(scope="module")
def index(bundled_catalog) -> ToolIndex:
    return ToolIndex(bundled_catalog)


@pytest.mark.parametrize(
    "typed, tool_id",
    [
        ("ml flow", "mlflow"),
        ("MLFlow", "mlflow"),
        ("mlflow", "mlflow"),
        ("wandb", "wandb"),
        ("W&B", "wandb"),
        ("weights and biases", "wandb"),
        ("k8s", "kubernetes"),
        ("kubeflw", "kubeflow"),
        ("Sagemaker", "sagemaker"),
        ("kedro", "kedro"),
        ("KEDRO", "kedro"),
        ("kedro?", "kedro"),
        ("Air flow", "airflow"),
        ("airflw", "airflow"),
        ("metaflw", "metaflow"),
        ("kfserving", "kserve"),
        ("TRAINS", "clearml"),
        ("dvc", "dvc"),
        ("optuna", "optuna"),
        ("jenkins-x", "jenkins-x"),
        ("Paperspace Gradient", "paperspace-gradient"),
        ("GCP", "gcp"),
        ("Azure ML", "azure-ml"),
        # (a name's last word, a plural, written in the singular)
        ("great expectation", "great-expectations"),
        ("kubeflow pipeline", "kubeflow-pipelines"),
        # (a maker written short)
        ("ms fabric", "microsoft-fabric"),
        ("aws athena", "amazon-athena"),
    ],
)
def test_spellings_find_their_tool(index, typed, tool_id):
    match = index.find(typed)
    assert match.tool is not None and match.tool.id == tool_id, (typed, match)


def test_unknown_name_offers_at_most_three_close_names(index):
    match = index.find("kubeflop pipelinez")
    assert match.tool is None or match.tool.id == "kubeflow-pipelines"
    nothing = index.find("zzzzzz")
    assert nothing.tool is None and len(nothing.suggestions) <= 3


def test_a_near_miss_suggests_without_guessing(index):
    match = index.find("flowz")
    assert match.tool is None
    assert len(match.suggestions) <= 3


def test_every_tool_is_found_first_by_its_name_id_and_aliases(bundled_catalog, index):
    for tool in bundled_catalog.tools:
        for spelling in (tool.id, tool.name, *tool.aliases):
            found = index.find(spelling).tool
            assert found is not None and found.id == tool.id, (
                f"{spelling!r} should find {tool.id}, found {found and found.id}"
            )


def test_split_many_reads_names_with_or_without_separators(index):
    assert [m.tool.id for m in index.split_many("ml flow kedro")] == ["mlflow", "kedro"]
    assert [m.tool.id for m in index.split_many("dvc, pachyderm")] == ["dvc", "pachyderm"]
    assert [m.tool.id for m in index.split_many("kubeflow vs mlflow vs metaflow")] == ["kubeflow", "mlflow", "metaflow"]


def test_rings_quadrants_and_categories_by_loose_names(bundled_catalog):
    assert find_ring(bundled_catalog, "Trial").id == "trial"
    assert find_ring(bundled_catalog, "adopted").id == "adopt"
    assert find_ring(bundled_catalog, "nope") is None
    assert find_quadrant(bundled_catalog, "swe").id == "standard-swe-tools"
    assert find_quadrant(bundled_catalog, "Machine Learning Platforms").id == "ml-platforms"
    assert find_category(bundled_catalog, "data orchestrator").id == "data-orchestrators"
    assert find_category(bundled_catalog, "Experimentation platforms").id == "experimentation-platforms"
    assert normalise("CI/CD") == "cicd" and find_category(bundled_catalog, "ci/cd pipelines").id == "ci-cd-pipelines"


@pytest.mark.parametrize(
    "typed, tool_ids",
    [
        ("lambda", {"aws-lambda", "lambda-cloud"}),  # AWS Lambda only by a dropped prefix; Lambda Cloud by name
        ("altair", {"vega-altair", "altair-ai-studio"}),
        ("paperspace", {"paperspace-core", "paperspace-gradient"}),
        ("jina", {"jina-serve", "jina-reader"}),  # a brand with two products, neither its brand and "AI"
        ("h2o", {"h2o-3", "h2o-ai-cloud"}),  # H2O-3's alias, and H2O AI Cloud carries the maker's name (H2O.ai)
    ],
)
def test_a_short_name_two_unrelated_tools_answer_to_is_shared(index, typed, tool_ids):
    assert {t.id for t in index.sharing(typed)} == tool_ids


@pytest.mark.parametrize("typed", ["spark", "aws", "openai", "arize", "ray", "mlflow"])
def test_a_family_head_or_a_brand_is_not_shared(index, typed):
    """Spark NLP's description names Spark, AWS Glue is of AWS's family, Arize is Arize AI's own first word."""
    assert len(index.sharing(typed)) <= 1


@pytest.mark.parametrize(
    ("typed", "name", "slip"),
    [
        ("kubeflw", "kubeflow", True),  # a letter dropped
        ("evidenlty", "evidently", True),  # two swapped
        ("mlflpw", "mlflow", True),  # the key next to the right one
        ("sentance", "sentence", True),  # a vowel spelt by ear
        ("kedr0", "kedro", True),  # a digit for the letter it looks like
        ("vanta", "vanna", False),  # t is nowhere near n: another name
        ("deepstream", "deepteam", False),  # two letters too many: another name
    ],
)
def test_only_a_slip_on_a_name_is_corrected_into_it(typed, name, slip):
    assert slip_of(typed, name) is slip


def test_another_products_name_one_letter_off_is_not_corrected(bundled_catalog):
    index = ToolIndex(bundled_catalog)
    assert index.find("vanta").tool is None and index.find("atlan").tool is None
    assert index.find("pachiderm").tool is not None and index.find("pachiderm").tool.id == "pachyderm"


@pytest.mark.parametrize("typed", ["oss", "OSS", "saas", "enterprise"])
def test_how_an_edition_is_licensed_is_no_name_tools_share(index, typed):
    """A licence word names no tool ("OSS only"): OSS Vizier starts with it, Unity Catalog OSS ends with it."""
    assert index.sharing(typed) == []
