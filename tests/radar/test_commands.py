"""Slash-command text is split into sub-commands; anything else is a tool lookup."""

from bot.radar.commands import Command, parse


def test_empty_text_is_help():
    assert parse("") == Command("help") and parse("   ") == Command("help")


def test_subcommands_and_arguments():
    assert parse("ring trial") == Command("ring", "trial")
    assert parse("RING   Trial") == Command("ring", "Trial")
    assert parse("compare mlflow kubeflow") == Command("compare", "mlflow kubeflow")
    assert parse("category data orchestrators") == Command("category", "data orchestrators")
    assert parse("rings") == Command("rings") and parse("quadrants") == Command("quadrants")


def test_bare_ring_and_quadrant_mean_the_overviews():
    assert parse("ring") == Command("rings") and parse("quadrant") == Command("quadrants")


def test_other_text_is_a_lookup():
    assert parse("kedro") == Command("lookup", "kedro")
    assert parse("ml flow") == Command("lookup", "ml flow")
    assert parse("vs kedro mlflow") == Command("compare", "kedro mlflow")
