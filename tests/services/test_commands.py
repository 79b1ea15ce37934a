"""The command table: slash-command text split into sub-commands; anything else is a tool or a question."""

from __future__ import annotations

import pytest

from bot.messages.blocks import Message
from bot.radar.commands import Command
from bot.services.commands import CommandTable
from bot.services.radar import RadarService
from bot.services.workspace import Caller
from bot.storage.store import Store


@pytest.fixture(scope="module")
def table(tiny_catalog) -> CommandTable:
    return RadarService(tiny_catalog, Store()).commands


def test_empty_text_is_help(table):
    parse = table.parse
    assert parse("") == Command("help") and parse("   ") == Command("help")


def test_subcommands_and_arguments(table):
    parse = table.parse
    assert parse("ring trial") == Command("ring", "trial")
    assert parse("RING   Trial") == Command("ring", "Trial")
    assert parse("compare mlflow kubeflow") == Command("compare", "mlflow kubeflow")
    assert parse("category data orchestrators") == Command("category", "data orchestrators")
    assert parse("rings") == Command("rings") and parse("quadrants") == Command("quadrants")


def test_bare_ring_and_quadrant_mean_the_overviews(table):
    parse = table.parse
    assert parse("ring") == Command("rings") and parse("quadrant") == Command("quadrants")


def test_other_text_is_a_lookup(table):
    parse = table.parse
    assert parse("kedro") == Command("lookup", "kedro")
    assert parse("ml flow") == Command("lookup", "ml flow")
    assert parse("vs kedro mlflow") == Command("compare", "kedro mlflow")


def test_a_keyword_whose_argument_does_not_fit_is_read_as_a_question(table):
    assert table.resolve("compare kedro mlflow").command.name == "compare"
    assert table.resolve("compare it").command.name == "lookup"
    assert table.resolve("list trial").command.name == "ring"
    assert table.resolve("list the feature stores") == table.resolve("list the feature stores")
    assert table.resolve("list the feature stores").command.name == "lookup"
    assert table.resolve("help me pick an orchestrator").command.name == "lookup"
    assert table.resolve("help").command.name == "help"


class RecordingWebApi:
    """Stands in for the Slack side: records which Web API answer was asked for, with what."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    async def post_chart(self, caller: Caller, argument: str) -> Message:
        self.calls.append(("post_chart", argument))
        return Message("chart", [])

    async def close_poll(self, caller: Caller, argument: str) -> Message:
        self.calls.append(("close_poll", argument))
        return Message("closed", [])

    async def open_poll(self, caller: Caller, argument: str) -> Message:
        self.calls.append(("open_poll", argument))
        return Message("opened", [])


async def test_second_words_have_their_own_web_api_answers(table):
    api = RecordingWebApi()
    caller = Caller("T1", "U1", "C1")
    close = table.resolve("poll close")
    assert close.command.name == "close"
    await close.later(api)(caller)
    assert table.resolve("poll").later(api) is None
    await table.resolve("chart cloud").later(api)(caller)
    assert api.calls == [("close_poll", ""), ("post_chart", "cloud")]
    # without Slack there is nothing to answer later through: the acknowledgement answers
    assert table.resolve("chart").later(None) is None


def test_every_usage_is_listed_once_in_help_order(table):
    usages = [u.usage for u in table.usages()]
    assert usages[0] == "/radar <tool or question>" and len(usages) == len(set(usages))
    assert "/radar poll close" in usages and "/radar poll open" in usages
