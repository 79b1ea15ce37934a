"""Every message shape the bot builds passes Block Kit validation and Slack's limits."""

from __future__ import annotations

import pytest

from bot.messages.blocks import MAX_BLOCKS, Message, fit, section
from bot.messages.render import render
from bot.radar.answers import Radar
from bot.radar.commands import parse
from bot.radar.team import TeamRadar
from tests.radar.test_answers import CORE_WORDS
from tests.support.blockkit import assert_valid_blocks, assert_valid_message

QUERIES = [
    "kedro",
    "mlflow",
    "metaflow",
    "compare mlflow kubeflow metaflow",
    "compare dvc pachyderm",
    "ring adopt",
    "ring trial",
    "ring assess",
    "ring hold",
    "quadrant cloud",
    "quadrant ml platforms",
    "quadrant specialized",
    "quadrant swe",
    "category single-component ml tools",
    "category data orchestrators",
    "rings",
    "quadrants",
    "help",
    "",
    "no-such-tool-anywhere",
    "ring nonsense",
    "quadrant nowhere",
    "category of nothing",
    "compare",
    "compare kedro",
]


@pytest.mark.parametrize("query", QUERIES)
def test_every_answer_is_valid_block_kit(bundled_catalog, query):
    radar = Radar(TeamRadar(bundled_catalog))
    assert_valid_message(render(radar.answer(parse(query, CORE_WORDS, {})), query=query))


def test_every_tool_card_is_valid_block_kit(bundled_catalog):
    radar = Radar(TeamRadar(bundled_catalog))
    for tool in bundled_catalog.tools:
        assert_valid_message(render(radar.card(tool), query=tool.name))


def test_fit_cuts_long_messages_and_says_so():
    blocks = fit([section(str(i)) for i in range(80)])
    assert len(blocks) == MAX_BLOCKS
    assert blocks[-1]["type"] == "context"


def test_the_block_kit_check_catches_a_field_slack_sdk_does_not_know():
    misspelt = {**section("hi"), "acessory": {"type": "image", "image_url": "https://example.com/a.png"}}
    with pytest.raises(AssertionError, match="reads block section differently"):
        assert_valid_blocks([misspelt])


def test_section_text_is_clipped_to_slacks_limit():
    assert len(section("x" * 5000)["text"]["text"]) == 3000


def test_json_output_carries_tools_text_and_blocks():
    message = Message("hi", [section("hi")], ["kedro"])
    assert message.to_json() == (
        '{"tools": ["kedro"], "text": "hi", "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "hi"}}]}'
    )


def test_fallback_is_the_opening_words_when_blocks_carry_the_message():
    long = Message("Kedro: a framework.\n" + "word " * 200, [section("x")])
    assert (
        long.fallback.startswith("Kedro: a framework. word") and len(long.fallback) <= 300 and "\n" not in long.fallback
    )
    assert Message("plain only\nsecond line").fallback == "plain only\nsecond line"
