"""Every message shape the bot builds passes Block Kit validation and Slack's limits."""

from __future__ import annotations

import json

import pytest

from bot.messages import sharing, votes
from bot.messages.blocks import MAX_BLOCKS, Message, escape, fit, refusal, section
from bot.messages.render import render
from bot.radar.answers import NotFound, Radar, Refusal
from bot.radar.commands import parse
from bot.radar.language.conversation import Clarification, Unknown
from bot.radar.language.question import Option
from bot.radar.team import TeamRadar
from bot.slack.listeners.actions import context_line
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


# --- what a person typed never comes back as live markup -----------------------------------------

HOSTILE = "x<!channel>y <!here> <!everyone> <@U999> <#C999> <https://evil.example|click> &amp; W&B"
LIVE = ("<!channel>", "<!here>", "<!everyone>", "<@U999>", "<#C999>", "<https://evil")


def shown(value: object) -> str:
    """What Slack displays of blocks, as JSON: a button's value is data handed back on a click, never shown."""

    def strip(node: object) -> object:
        if isinstance(node, dict):
            return {k: strip(v) for k, v in node.items() if not (k == "value" and node.get("type") == "button")}
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    return json.dumps(strip(value), ensure_ascii=False)


def assert_nothing_live(message: Message) -> None:
    for where, text in (("text", message.text), ("fallback", message.fallback), ("blocks", shown(message.blocks))):
        for token in LIVE:
            assert token not in text, f"{token} live in the {where}: {text[:300]}"
    assert "&lt;!channel&gt;" in message.text or "&lt;!channel&gt;" in message.fallback  # escaped, still there


def test_typed_text_is_escaped_in_blocks_and_fallback_alike(bundled_catalog):
    radar = Radar(TeamRadar(bundled_catalog))
    answers = [
        NotFound(HOSTILE, "tool", ("Weights & Biases",)),
        NotFound(HOSTILE, "ring", ("Adopt", "Trial")),
        Refusal(f"“{HOSTILE}” is not on the radar.", f"/radar history {HOSTILE}"),
        Unknown(HOSTILE, "name"),
        Unknown(HOSTILE, "name", (bundled_catalog.tool("mlflow"),)),
        Clarification(
            f"“{HOSTILE}” could be A or B. Which one do you mean?", (Option("A & B", "a and b"), Option("C", "c"))
        ),
        radar.answer(parse(f"compare mlflow, kubeflow, {HOSTILE}", CORE_WORDS, {})),
    ]
    for answer in answers:
        message = render(answer, query=HOSTILE)
        assert_valid_message(message)
        assert_nothing_live(message)
    for message in (
        refusal(f"“{HOSTILE}” is not on the radar.", f"/radar propose {HOSTILE} trial why"),
        votes.candidate_recorded(HOSTILE, "Trial", ["Weights & Biases"]),
        sharing.chart_posted(HOSTILE),
        sharing.web_unavailable(HOSTILE),
    ):
        assert_valid_message(message)
        assert_nothing_live(message)


def test_a_shared_cards_context_line_names_the_sharer_but_not_what_they_typed():
    line = shown(context_line("U1", HOSTILE))
    assert "<@U1>" in line  # the bot's own mention of who shared stays live
    assert not any(token in line for token in LIVE)


def test_the_bots_own_markup_still_works():
    assert escape("a < b & c > d") == "a &lt; b &amp; c &gt; d"
    assert "<@U42>" in votes.plain("Proposed by <@U42>: “&lt;!here&gt;”")
    assert "&lt;!here&gt;" in votes.plain("Proposed by <@U42>: “&lt;!here&gt;”")
    assert votes.plain("<https://x.example|Results>") == "Results"


def test_a_comparison_of_four_names_the_one_left_out_and_how_to_see_it(bundled_catalog):
    radar = Radar(TeamRadar(bundled_catalog))
    message = render(radar.answer(parse("compare mlflow wandb comet neptune", CORE_WORDS, {})))
    notes = [e["text"] for b in message.blocks if b["type"] == "context" for e in b["elements"]]
    assert any("left out neptune.ai" in n and "/radar compare mlflow neptune" in n for n in notes)
    assert_valid_message(message)
