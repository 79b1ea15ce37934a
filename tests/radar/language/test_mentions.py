"""Tools named in a message, read on their own: names and aliases, the common-word guard, and each one's role."""

from __future__ import annotations

import pytest

from bot.radar.language.lookup import ToolIndex
from bot.radar.language.mentions import ToolMentions
from bot.radar.language.question import Intent, Role


@pytest.fixture(scope="module")
def mentions(bundled_catalog) -> ToolMentions:
    return ToolMentions(bundled_catalog, ToolIndex(bundled_catalog))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we already run kubernetes, what should serve models?", [("kubernetes", Role.STACK)]),
        ("what could replace jenkins for us", [("jenkins", Role.REPLACE)]),
        ("anything lighter than airflow?", [("airflow", Role.COMPARE)]),
        ("tell me about feast", [("feast", Role.SUBJECT)]),
    ],
)
def test_each_tool_named_gets_its_role(mentions, text, expected):
    assert mentions.roles(text) == expected


def test_everyday_words_name_no_tool(mentions):
    assert mentions.roles("thanks, mostly together with the engineer for the demo") == []


def test_an_everyday_name_told_as_what_the_team_runs_is_the_tool(mentions):
    assert mentions.roles("we have evidently in place, what else for llm monitoring?") == [("evidently", Role.STACK)]
    assert mentions.roles("we have evidently not decided yet") == []


def test_an_article_and_a_word_are_no_name_written_apart(mentions):
    assert mentions.roles("are you a real bot?") == []
    assert [tool for tool, _ in mentions.roles("what is areal?")] == ["areal"]


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("we're moving our repos from azure devops to github", "azure-pipelines"),
        ("AWS says no H100 quota for 3 months", "aws"),
        ("our azure GPU quota request has been stuck for 6 weeks", "azure"),
    ],
)
def test_what_is_moved_off_or_out_of_quota_is_to_be_replaced(mentions, text, tool):
    assert dict(mentions.roles(text))[tool] is Role.REPLACE


def test_a_decision_told_makes_the_tool_the_setting(mentions):
    assert dict(mentions.roles("ok mlflow then. what do we use to deploy from the registry?"))["mlflow"] is Role.STACK
    assert dict(mentions.roles("how is that different from mlflow then?"))["mlflow"] is not Role.STACK


def test_a_tool_that_changed_its_licence_is_one_to_leave(mentions):
    text = "which one would you go with given the whole terraform licence change thing?"
    assert dict(mentions.roles(text))["terraform"] is Role.REPLACE


def test_names_listed_after_a_yardstick_share_it(mentions):
    assert {role for _, role in mentions.roles("general cloud providers besides azure/aws/gcp?")} == {Role.COMPARE}


@pytest.mark.parametrize(
    "text",
    ["we went with evidently for the drift reports", "we picked evidently", "the team settled on evidently and dash"],
)
def test_an_everyday_word_the_team_chose_or_runs_is_a_name(mentions, text):
    assert "evidently" in [tool for tool, _ in mentions.roles(text)]


def test_an_everyday_word_after_a_verb_of_choosing_is_still_english_when_it_is_no_name(mentions):
    assert mentions.roles("we use great care for good reasons") == []


@pytest.mark.parametrize(
    ("text", "tools"),
    [
        ("everything runs on SageMaker Pipelines today", ["sagemaker"]),
        ("we use Vertex Pipelines for training", ["vertex-ai"]),
    ],
)
def test_an_everyday_word_after_a_platforms_name_is_a_part_of_it_not_another_tool(mentions, text, tools):
    assert [tool for tool, _ in mentions.roles(text)] == tools


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("what is evidently?", "evidently"),
        ("what even is ray", "ray"),
        ("what is ray exactly, and would it help our batch jobs?", "ray"),
        ("what is evidently and does it need a server?", "evidently"),
    ],
)
def test_an_everyday_word_closing_what_is_is_asked_about_as_a_tool(full, text, tool):
    question = full.understand(text)
    assert question.intent is Intent.LOOKUP and [t.id for t in question.tools] == [tool]


def test_a_tools_name_quoted_is_the_tool_not_an_idea_its_words_brush(full):
    question = full.understand('manager question: what is "Unity Catalog"? the databricks rep keeps mentioning it')
    assert question.intent is not Intent.CONCEPT
