"""Checks every message against slack_sdk's Block Kit models and Slack's documented limits."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import Block

from bot.messages.blocks import Message


def assert_valid_blocks(blocks: list[dict[str, Any]], max_blocks: int = 50) -> None:
    assert 0 < len(blocks) <= max_blocks, f"{len(blocks)} blocks"
    for raw in blocks:
        block = Block.parse(raw)
        assert block is not None, f"slack_sdk does not know block {raw.get('type')}"
        block.validate_json()  # raises SlackObjectFormationError past Slack's limits
        # slack_sdk gives back exactly what we send: no field it drops as unknown, none it rewrites
        assert block.to_dict() == raw, f"slack_sdk reads block {raw.get('type')} differently: {block.to_dict()}"
        if raw["type"] == "section":
            assert len(raw["text"]["text"]) <= 3000
            for field in raw.get("fields", []):
                assert len(field["text"]) <= 2000
        if raw["type"] == "header":
            assert len(raw["text"]["text"]) <= 150
        if raw["type"] == "actions":
            assert len(raw["elements"]) <= 25
            for element in raw["elements"]:
                assert len(element["text"]["text"]) <= 75
                assert len(element.get("value", "")) <= 2000
                assert len(element["action_id"]) <= 255


def assert_valid_message(message: Message) -> None:
    assert message.text.strip(), "a message needs its plain-text fallback"
    assert_valid_blocks(message.blocks)
