"""Cleaning Slack's markup out of questions, splitting words and stemming them."""

from __future__ import annotations

import pytest

from bot.radar.language.text import clean, expand_contractions, stem, tokens


@pytest.mark.parametrize(
    ("raw", "text", "code"),
    [
        ("<@U0BOT> what's kedro?", "what's kedro?", ()),
        ("<@U0BOT|radar> hi <@U123> and <!here>", "hi and", ()),
        ("what's <https://dvc.org|DVC>?", "what's DVC ?", ()),
        ("what about <https://github.com/kedro-org/kedro>", "what about kedro", ("kedro",)),
        ("see <https://www.mlflow.org/docs>", "see mlflow", ("mlflow",)),
        # (Slack labels a pasted address with the address itself, without its scheme)
        (
            "<https://github.com/vllm-project/vllm|github.com/vllm-project/vllm> on the radar?",
            "vllm on the radar?",
            ("vllm",),
        ),
        ("see <https://www.dvc.org/|dvc.org>", "see dvc", ("dvc",)),
        ("mail <mailto:a@b.com|a@b.com> now", "mail a@b.com now", ()),
        ("is `feast` good? ```optuna```", "is feast good? optuna", ("optuna", "feast")),
        (":thinking_face: is *Metaflow* or _Flyte_ ~better~?", "is Metaflow or Flyte better?", ()),
        ("W&amp;B vs &lt;tool&gt;", "W&B vs <tool>", ()),
        ("in <#C0123|mlops> what\u2019s new", "in what's new", ()),
        ("the waiter idea people quote in #ml-platform", "the waiter idea people quote in", ()),
        ("we write C# services", "we write C# services", ()),
        ("@radar what is ray", "what is ray", ()),
        ("", "", ()),
    ],
)
def test_clean_leaves_plain_words(raw, text, code):
    cleaned = clean(raw)
    assert cleaned.text == text
    assert cleaned.code == code


def test_times_and_snake_case_survive_cleaning():
    assert clean("meet at 10:30:00 about comet_ml").text == "meet at 10:30:00 about comet_ml"


def test_contractions_are_spelled_out():
    assert (
        expand_contractions("What's kedro? We're on AWS and don't know")
        == "what is kedro? we are on AWS and do not know"
    )
    assert expand_contractions("we dont use kubernetes and cant pay") == "we do not use kubernetes and can not pay"


def test_tokens_know_what_is_written_together():
    toks = tokens("Is W&B better than Run:ai, or kedro?")
    by_word = {t.low: t for t in toks}
    assert by_word["w"].glued_to_next and not by_word["b"].glued_to_next
    assert by_word["run"].glued_to_next
    assert not by_word["ai"].glued_to_next  # a comma separates
    assert by_word["is"].sentence_start and not by_word["kedro"].sentence_start


@pytest.mark.parametrize(
    "forms",
    [
        ("version", "versions", "versioning", "versioned"),
        ("label", "labels", "labelling", "labeling", "labelled"),
        ("serve", "serving", "serves", "server"),
        ("optimise", "optimize", "optimisation", "optimization"),
        ("dataset", "datasets"),
        ("tune", "tuning"),
        ("annotate", "annotation"),
        ("interpretable", "interpretability"),
        ("reproducible", "reproducibility"),
        ("h100", "H100s"),
        ("a100", "a100s"),
        ("automatic", "automatically"),
        ("programmatic", "programmatically"),
    ],
)
def test_word_forms_share_a_stem(forms):
    assert len({stem(f) for f in forms}) == 1, {f: stem(f) for f in forms}


def test_processor_acronyms_lose_their_plural_but_latin_words_keep_theirs():
    assert [stem(w) for w in ("gpus", "GPUs", "tpus", "cpus")] == ["gpu", "gpu", "tpu", "cpu"]
    assert [stem(w) for w in ("status", "corpus", "bonus")] == ["status", "corpus", "bonus"]


def test_short_forms_stem_like_the_words_they_stand_for():
    assert stem("dbs") == stem("db") == stem("databases")
    assert stem("evals") == stem("evaluations") and stem("prod") == stem("production")
    assert stem("vms") == "vm"
    assert stem("env") == stem("envs") == stem("environments") and stem("deps") == stem("dependencies")


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("replicate.com - can you tell me about it", ("replicate",)),
        ("see <http://replicate.com|replicate.com> pls", ("replicate",)),
        ("what's modal.com/docs?", ("modal",)),
        ("runpod vs vast.ai", ("vast",)),
        ("is Accord.NET any good?", ()),
        ("mail a@b.com", ()),
    ],
)
def test_a_typed_address_names_its_product_as_code_does(raw, code):
    assert clean(raw).code == code


def test_have_are_and_will_are_spelled_out_after_any_word():
    assert expand_contractions("orchestrators, what've we got? who're the vendors") == (
        "orchestrators, what have we got? who are the vendors"
    )


def test_words_in_parentheses_are_an_aside():
    asides = [t.in_aside for t in tokens("shap tools (for the paper) please")]
    assert asides == [False, False, True, True, True, False]


def test_the_apps_own_name_typed_after_an_at_is_no_word_of_the_question():
    assert clean("@MLOps Radar what is olmOCR?").text.strip() == "what is olmOCR?"


def test_a_pasted_repository_address_names_its_project_as_code_does():
    cleaned = clean("saw it in a talk (https://github.com/evidentlyai/evidently), any good?")
    assert "evidently" in cleaned.code and "evidently" in cleaned.text


def test_the_command_typed_in_code_is_not_part_of_the_question():
    assert clean("`/radar shap` - need a one-liner").text == "shap - need a one-liner"


def test_an_adverb_about_what_is_said_keeps_its_own_stem():
    assert stem("specifically") != stem("specific") and stem("basically") != stem("basic")


def test_a_languages_sign_stays_with_its_name_and_a_names_dot_does_not():
    assert [t.low for t in tokens("the code is C#/.NET, ML.NET too, F# once, see issue #42")] == [
        "the", "code", "is", "c#", ".net", "ml", "net", "too", "f#", "once", "see", "issue", "42",
    ]  # fmt: skip
