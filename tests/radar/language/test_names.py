"""Names asked about in so many words: a tool told of and pointed back at, a product the catalog lacks."""

from __future__ import annotations

import pytest

from bot.radar.language.question import Intent, Memory


def ids(tools) -> list[str]:  # type: ignore[no-untyped-def]
    return [t.id for t in tools]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quuxtrace vs our langfuse setup for evals, worth switching?", "Quuxtrace"),
        ("what's our position on Zorbly for red-teaming the LLM features before the release?", "Zorbly"),
        ("should we move our hand-rolled forecasting pipelines to fooseries? the API looks nicer", "fooseries"),
        ("ops use Blimpq for historian analytics. is that something we should integrate with? what ring?", "Blimpq"),
        ("a vendor pitched Monte Carlo to our data lead for data observability. good idea or hype?", "Monte Carlo"),
        # its place asked by the sentence it sits in, after a scene that tells a job
        ("the plant engineers chart their sensor trends in Quuxview. where is Quuxview on our radar?", "Quuxview"),
        ("we keep all our container images in Zorbhub. is Zorbhub on the radar anywhere?", "Zorbhub"),
        ("the agency renders the banners with Blimpflow workflows. do we have Blimpflow on the radar?", "Blimpflow"),
        # weighed by who tried it, pointed back at, or pitched by a vendor the catalog has
        ("anyone evaluated Quuxwatch? the dbt-native data observability thing", "Quuxwatch"),
        ("zorbctl for managing the edge boxes - do you know it?", "zorbctl"),
        ("AWS pitched Amazon Blimpwise for the gift recommendations. does the radar say anything about it?",
         "Amazon Blimpwise"),
    ],
)  # fmt: skip
def test_a_name_the_catalog_lacks_weighed_by_the_radars_view_is_unknown(full, text, name):
    question = full.understand(text)
    assert question.intent is Intent.UNKNOWN and question.unknown == name


@pytest.mark.parametrize(
    "text",
    [
        "thoughts on Paperspace?",
        "want to test SMS vs WhatsApp reminder wording and measure the lift properly",
        "biostats already have SAS Viya licences. where does it sit on the radar?",
    ],
)
def test_a_word_of_a_tools_name_or_a_name_weighed_against_no_tool_is_not_unknown(full, text):
    assert full.understand(text).intent is not Intent.UNKNOWN


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("new here, someone in standup said we use 'darts' for the load models. what is it?", "darts"),
        ("planning has a KNIME champion who wants it rolled out to the whole team. should we?", "knime"),
        ("our CISO wants to know what Langfuse actually is before she signs off", "langfuse"),
        ("saw KAITO mentioned in an AKS blog post. what is it and does it matter for us?", "kaito"),
        ("is PyOD legit or just some random github project", "pyod"),
        ("saw this in a talk (https://github.com/evidentlyai/evidently), is it any good?", "evidently"),
        # (a verdict asked as a sentence of its own, or passed on from someone who asked it)
        ("heard NannyML can estimate accuracy without labels. legit? ours arrive weeks late", "nannyml"),
        ('my manager forwarded a whitepaper on NannyML and asked "should we use this?". what do I tell her', "nannyml"),
        ("my boss read about SHAP for the credit model. what do I tell him?", "shap"),
    ],
)
def test_one_tool_told_of_then_asked_about_by_pointing_back_is_its_card(full, text, tool):
    question = full.understand(text)
    assert question.intent is Intent.LOOKUP and ids(question.tools) == [tool]


@pytest.mark.parametrize(
    "text",
    [
        "merlin - is it any good?",
        "what ring is cortex in?",
        "We use Evidently but it's clunky. What else is out there?",
    ],
)
def test_a_shared_name_or_a_wish_for_another_tool_is_no_card(full, text):
    assert full.understand(text).intent is not Intent.LOOKUP


@pytest.mark.parametrize(
    "text",
    [
        "where does Google OR-Tools sit on the radar? eyeing it for the stand allocation optimiser",
        "ring for Microsoft Purview? the governance people want it for lineage",
    ],
)
def test_a_makers_product_the_catalog_lacks_asked_a_place_is_unknown(full, text):
    assert full.understand(text).intent is Intent.UNKNOWN


def test_a_ring_asked_for_a_tool_of_the_catalog_is_still_its_card(full):
    question = full.understand("ring for airflow?")
    assert question.intent is Intent.LOOKUP and ids(question.tools) == ["airflow"]


@pytest.mark.parametrize("text", ["amazon quuxlytics", "azure zorb search", "google blimp api"])
def test_a_makers_product_the_catalog_lacks_written_alone_is_unknown(full, text):
    question = full.understand(text)
    assert question.intent is Intent.UNKNOWN and question.unknown == text


@pytest.mark.parametrize(("text", "tool"), [("aws lambda", "aws-lambda"), ("kubeflow placement?", "kubeflow")])
def test_a_makers_product_the_catalog_has_or_a_tool_asked_after_is_its_card(full, text, tool):
    assert ids(full.understand(text).tools) == [tool]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hightouch - any opinion? want to push churn scores into the ad platforms", "hightouch"),
        ("Control-M is our enterprise scheduler, where does it sit?", "Control-M"),
        ("Node-RED? the OT team moves PLC data around with it", "Node-RED"),
        ("is google or-tools any good for the shift planning?", "google or-tools"),
    ],
)
def test_a_product_the_catalog_knows_it_lacks_named_first_then_judged_is_unknown(full, text, name):
    question = full.understand(text)
    assert (question.intent, question.unknown) == (Intent.UNKNOWN, name)


@pytest.mark.parametrize(
    "text",
    [
        # a tool asked for beside it, or the product named later as where data goes
        "power bi: what should feed it drift metrics? any opinion welcome",
        "we export everything to power bi, what should we use for model monitoring?",
    ],
)
def test_a_lacked_product_beside_a_tool_asked_for_leaves_the_need(full, text):
    assert full.understand(text).intent is Intent.RECOMMEND


def test_a_quantity_in_a_story_is_no_product_asked_about(full):
    text = 'sku data is a mess: "Pils 0,33", "Pilsner 33cl" are one product. tooling to clean + dedupe this?'
    question = full.understand(text)
    assert question.intent is Intent.RECOMMEND and question.need.tags[0].tag.id == "data-quality"


def test_a_capitalised_place_of_theirs_in_a_follow_up_is_no_product(full):
    thread = Memory(("ansible", "pulumi", "opentofu"), Intent.RECOMMEND.value, ("infrastructure-as-code",))
    question = full.understand(
        "and for setting up the linux boxes at the Bergstation (packages, users, cron jobs)?", thread
    )
    assert question.intent is Intent.FOLLOWUP
