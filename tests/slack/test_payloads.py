"""Reading payloads: Slack's entities decoded once, every text bounded, bodies of the wrong shape refused."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest

from bot.radar.language.lookup import ToolIndex
from bot.slack.payloads import MAX_TEXT, Malformed, bounded, parse_body, settle_text, typed_text


def test_slack_entities_are_decoded_once():
    assert typed_text("W&amp;B") == "W&B"
    assert typed_text("compare W&amp;B mlflow") == "compare W&B mlflow"
    assert typed_text("&lt;!channel&gt; a &gt; b") == "<!channel> a > b"
    # a typed "&lt;" arrives as "&amp;lt;": one decoding gives back what was typed, never "<"
    assert typed_text("&amp;lt;!here&amp;gt;") == "&lt;!here&gt;"
    assert typed_text("&quot; &#60; &nbsp;") == "&quot; &#60; &nbsp;"  # Slack encodes only &, < and >


def test_texts_are_bounded_and_printable():
    assert len(typed_text("x" * 10**6)) == MAX_TEXT
    assert len(typed_text("&amp;" * 10**5)) == MAX_TEXT
    assert typed_text("a\x00b\x1bc\u0085d\ud800e\tf\ng") == "a b c d e\tf\ng"
    assert bounded("v" * 5000) == "v" * MAX_TEXT
    assert bounded("&amp;") == "&amp;"  # a button value comes back as the bot set it: not decoded
    assert typed_text(None) == "" and typed_text(["a"]) == "" and bounded(5) == ""


def test_settle_text_decodes_typed_text_and_bounds_values_in_place():
    command = {"command": "/radar", "text": "compare W&amp;B mlflow"}
    settle_text(command)
    assert command["text"] == "compare W&B mlflow"
    event = {"type": "event_callback", "event": {"type": "app_mention", "text": "&lt;@U1&gt; W&amp;B"}}
    settle_text(event)
    assert event["event"]["text"] == "<@U1> W&B"
    actions = {"type": "block_actions", "actions": [{"action_id": "radar_share", "value": "W&amp;B" + "x" * 5000}]}
    settle_text(actions)
    assert actions["actions"][0]["value"] == ("W&amp;B" + "x" * 5000)[:MAX_TEXT]
    view = {"type": "view_submission", "view": {"state": {"values": {"why": {"why": {"value": "y\x00" * 3000}}}}}}
    settle_text(view)
    assert view["view"]["state"]["values"]["why"]["why"]["value"] == ("y " * 3000)[:MAX_TEXT]


def test_well_formed_bodies_parse():
    form = urlencode({"command": "/radar", "text": "what is a payload", "response_url": "https://x/payload"})
    assert parse_body(form, "application/x-www-form-urlencoded")["text"] == "what is a payload"
    interaction = urlencode({"payload": json.dumps({"type": "block_actions", "actions": [{"action_id": "a"}]})})
    assert parse_body(interaction, "application/x-www-form-urlencoded")["actions"] == [{"action_id": "a"}]
    event = {"type": "event_callback", "event": {"type": "app_mention", "text": "hi", "user": "U1"}, "x": [1]}
    assert parse_body(json.dumps(event), "application/json") == event


@pytest.mark.parametrize(
    "raw",
    [
        "{",
        "[1]",
        "null",
        '"text"',
        "1" * 5000,
        "[" * 100000,
        "payload=%7B",
        "payload=null",
        json.dumps({"type": "block_actions"}),
        json.dumps({"type": "block_actions", "actions": [{"value": "x"}]}),
        json.dumps({"type": "view_submission", "view": "V1"}),
        json.dumps({"type": "view_submission", "view": {"state": {"values": {"why": 3}}}}),
        json.dumps({"type": "event_callback", "event": "app_mention"}),
        json.dumps({"type": "event_callback", "event": {"type": "message", "text": ["hi"]}}),
        json.dumps({"user": {"id": 7}}),
        json.dumps({"channel": ["C1"]}),
        json.dumps({"authorizations": [None]}),
        json.dumps({"response_urls": ["https://x"]}),
        json.dumps({"type": "event_callback", "event": {"type": "message", "text": "\ud800"}}),
    ],
)
def test_malformed_bodies_are_refused_in_one_line(raw):
    with pytest.raises(Malformed) as refused:
        parse_body(raw, None if raw.startswith("payload=") else "application/json")
    assert "\n" not in str(refused.value) and len(str(refused.value)) < 200


def test_splitting_names_does_a_bounded_number_of_lookups_however_many_names(bundled_catalog):
    # the split once tried every run of words against every other (quadratic): 600 names took minutes
    index = ToolIndex(bundled_catalog)
    names = [t.name for t in bundled_catalog.tools][:600]
    calls = []
    find = index.find
    index.find = lambda text: calls.append(text) or find(text)  # type: ignore[method-assign]
    for separator in (" ", ", ", " vs "):
        for count in (6, 60, 600):
            calls.clear()
            matches = index.split_many(separator.join(names[:count]))
            assert 1 <= len(matches) <= 3
            assert len(calls) <= 12, (separator, count, len(calls))
