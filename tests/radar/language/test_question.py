"""A question as understood and what its thread remembers: a clarifying question's answer resolves it."""

from __future__ import annotations

from bot.radar.language.question import Intent, Memory, Option, concept_question


def test_a_buttons_label_resolves_the_pending_question_to_its_refined_text():
    memory = Memory(
        tools=("mlflow",),
        intent="clarify",
        pending=(Option("AWS", "tracking on AWS"), Option("GCP", "tracking on GCP")),
        asked="tracking?",
    )
    resolved = memory.resolve("gcp")
    assert resolved is not None and resolved[0] == "tracking on GCP"
    assert memory.resolve("something else entirely, about lunch plans") is None


def test_a_concept_question_carries_its_idea():
    question = concept_question("ring:trial", {"text": "what is trial?"})
    assert question.intent is Intent.CONCEPT and question.action == "ring:trial"
