"""The cues a question is read by, on their own: what they catch and what they leave alone."""

from __future__ import annotations

import re

import pytest

from bot.radar.language.cues import ALL_ITEMS, LIST_ASK, NAME_ASK, NAME_FIRST, TROUBLE_AFTER, WHICH_OF_THEM


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("show me all the feature stores", True),
        ("list every experiment tracker", True),
        ("how do we use all of them for training", False),
        ("lineage all the way to the reports", False),
        ("which recommender libraries are worth a look", False),
    ],
)
def test_a_list_is_asked_for_only_when_the_whole_kind_is(text, asks):
    found = bool(LIST_ASK.search(text) or re.search(r"\b" + ALL_ITEMS + r"\b", text))
    assert found is asks


def test_a_name_written_first_is_split_from_its_question():
    framed = NAME_FIRST.match("MONAI - status? imaging wants it")
    assert framed is not None and framed.group("name") == "MONAI"
    assert NAME_ASK.match(framed.group("ask").lower())
    assert NAME_FIRST.match("we run kubeflow on gke") is None


@pytest.mark.parametrize("after", ["is going away", "keeps ooming on big files", "licence ends next year"])
def test_trouble_after_a_name_marks_it_for_replacing(after):
    assert TROUBLE_AFTER.search(after)


@pytest.mark.parametrize(
    ("text", "chooses"),
    [("ok which one can we self-host?", True), ("which of them runs in ci?", True), ("which tracker is best?", False)],
)
def test_choosing_among_the_threads_tools(text, chooses):
    assert bool(WHICH_OF_THEM.search(text)) is chooses


def test_every_ambiguous_need_is_keyed_by_the_stem_words_are_matched_by():
    from bot.radar.language.cues import AMBIGUOUS_NEEDS
    from bot.radar.language.text import stem

    # ("embed" is what "embedding" and "embeddings" stem to, though "embed" itself stems further)
    assert all(
        stem(key) == key or any(stem(key + end) == key for end in ("ding", "ing", "s")) for key in AMBIGUOUS_NEEDS
    )
