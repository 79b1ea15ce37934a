"""Block Kit for thread answers: every shape valid within Slack's limits, with a plain-text fallback."""

from __future__ import annotations

import json

import pytest

from bot.messages import conversation  # noqa: F401  (registers the renderers tested here)
from bot.messages.render import render
from bot.radar.answers import Radar
from bot.radar.language.conversation import Waiter
from bot.radar.language.lookup import ToolIndex
from bot.radar.language.question import Memory
from bot.radar.team import TeamRadar
from tests.support.blockkit import assert_valid_message

QUESTIONS = [
    "we need to version our datasets",
    "we're all-in on AWS, which ML platform?",
    "why is kedro on assess?",
    "what does trial mean?",
    "what helps an ML researcher?",
    "ML researcher vs software engineer",
    "build or buy?",
    "how do I tell Kubeflow, MLflow and Metaflow apart?",
    "what signals should we look for when judging a platform?",
    "what is the ML lifecycle?",
    "hi",
    "what's kedr0flow?",
    "tell me a joke",
    "list every tool for model serving",
    "what's on trial?",
    "ML project frameworks vs ML task orchestrators: what's the difference?",
]


@pytest.fixture(scope="module", params=["tiny", "bundled"])
def answer(request, tiny_catalog, bundled_catalog):
    catalog = tiny_catalog if request.param == "tiny" else bundled_catalog
    waiter, radar = Waiter(catalog, ToolIndex(catalog)), Radar(TeamRadar(catalog))
    return lambda text: waiter.reply(radar, text).answer


@pytest.mark.parametrize("question", QUESTIONS)
def test_every_thread_answer_is_valid_block_kit(answer, question):
    message = render(answer(question))
    assert_valid_message(message)
    assert "Traceback" not in message.text


def test_a_recommendation_shows_reasons_trade_offs_and_rings(tiny_catalog):
    waiter, radar = Waiter(tiny_catalog, ToolIndex(tiny_catalog)), Radar(TeamRadar(tiny_catalog))
    message = render(waiter.reply(radar, "what for experiment tracking?").answer)
    blocks = json.dumps(message.blocks)
    assert message.tool_ids[0] == "wandb" and set(message.tool_ids[1:3]) == {"clearml", "mlflow"}
    assert message.text.startswith("For experiment tracking, my picks, the team's better rings first.")
    # the text is escaped for Slack, which shows "&amp;" as "&"
    assert "1. Weights &amp; Biases (Trial)" in message.text and "Trade-off:" in message.text
    assert "<https://wandb.ai/|Weights &amp; Biases>" in blocks  # linked, escaped for mrkdwn
    assert "Trial: Pick it for a mid-sized" in message.text  # what the ring asks of the team


def test_the_cloud_the_person_named_is_acknowledged(tiny_catalog):
    waiter, radar = Waiter(tiny_catalog, ToolIndex(tiny_catalog)), Radar(TeamRadar(tiny_catalog))
    message = render(waiter.reply(radar, "we're on AWS, which ML platform?").answer)
    assert "Since you are on Amazon Web Services, I took that into account." in message.text
    assert "Fits: native to Amazon Web Services." in message.text


def test_help_lists_examples_and_the_slash_command(tiny_catalog):
    waiter, radar = Waiter(tiny_catalog, ToolIndex(tiny_catalog)), Radar(TeamRadar(tiny_catalog))
    message = render(waiter.reply(radar, "help").answer)
    assert all(example in message.text for example in waiter.examples)
    assert "/radar help" in json.dumps(message.blocks)


def test_tools_chosen_among_a_threads_are_listed_with_those_left_out(bundled_catalog):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    memory = Memory(tools=("mlflow", "wandb"), intent="compare")
    message = render(waiter.reply(radar, "which one can we self-host?", memory).answer)
    assert_valid_message(message)
    assert message.tool_ids == ["mlflow"] and message.text.startswith("1. MLflow (Assess)")
    assert "Left out, as they do not fit what you asked: Weights &amp; Biases (Trial)." in message.text
    # nothing fits: said so, naming what was ruled out
    nothing = render(waiter.reply(radar, "which of them is open source?", Memory(("wandb", "comet"), "compare")).answer)
    assert_valid_message(nothing)
    assert nothing.tool_ids == [] and nothing.text.startswith("None of them fits that")
    # met only beyond the thread's tools: said so before them
    beyond = Memory(("shap", "lime"), "recommend", ("explainability",))
    wider = render(waiter.reply(radar, "which of them work from R?", beyond).answer)
    assert_valid_message(wider)
    assert wider.text.startswith("None of those answers that well. For the same need, these do:")


def test_a_recommendation_led_by_what_the_team_runs_does_not_claim_ring_order(bundled_catalog):
    waiter, radar = Waiter(bundled_catalog, ToolIndex(bundled_catalog)), Radar(TeamRadar(bundled_catalog))
    memory = waiter.reply(radar, "experiment tracking for the pytorch image model?").memory
    reply = waiter.reply(radar, "we already run mlflow for the fraud model btw, can we just reuse that?", memory)
    message = render(reply.answer)
    orders = [p.placed.ring.order for p in reply.answer.picks]
    assert orders != sorted(orders)  # MLflow (Assess) first, before better-ringed trackers
    assert "the best fit first" in message.text and "better rings first" not in message.text
