"""Requests signed and shaped like Slack's: slash commands, event callbacks, block actions."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any
from urllib.parse import urlencode

SECRET = "test-signing-secret"


def sign(body: str, secret: str = SECRET, timestamp: int | None = None) -> dict[str, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def slash_command(
    text: str,
    *,
    response_url: str,
    team_id: str = "T0001",
    user_id: str = "U1",
    channel_id: str = "C1",
    command: str = "/radar",
) -> str:
    return urlencode(
        {
            "token": "legacy-verification-token",
            "team_id": team_id,
            "team_domain": "example",
            "channel_id": channel_id,
            "channel_name": "mlops",
            "user_id": user_id,
            "user_name": "someone",
            "command": command,
            "text": text,
            "api_app_id": "A0001",
            "is_enterprise_install": "false",
            "response_url": response_url,
            "trigger_id": "13345224609.738474920.8088930838d88f008e0",
        }
    )


def event_callback(event: dict[str, Any], *, event_id: str = "Ev0001", team_id: str = "T0001") -> str:
    return json.dumps(
        {
            "token": "legacy-verification-token",
            "team_id": team_id,
            "api_app_id": "A0001",
            "event": event,
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
            "authorizations": [{"team_id": team_id, "user_id": "UBOT", "is_bot": True}],
        }
    )


def block_actions(
    actions: list[dict[str, Any]],
    *,
    response_url: str,
    team_id: str = "T0001",
    user_id: str = "U1",
    channel_id: str = "C1",
    message: dict[str, Any] | None = None,
) -> str:
    payload = {
        "type": "block_actions",
        "team": {"id": team_id, "domain": "example"},
        "user": {"id": user_id, "username": "someone", "team_id": team_id},
        "api_app_id": "A0001",
        "token": "legacy-verification-token",
        "container": {
            "type": "message",
            "message_ts": (message or {}).get("ts", "1700000000.000001"),
            "channel_id": channel_id,
            "is_ephemeral": False,
        },
        "trigger_id": "13345224609.738474920.8088930838d88f008e0",
        "channel": {"id": channel_id, "name": "mlops"},
        "message": message or {"ts": "1700000000.000001", "text": "", "blocks": []},
        "response_url": response_url,
        "actions": actions,
    }
    return urlencode({"payload": json.dumps(payload)})


def view_submission(view: dict[str, Any], *, team_id: str = "T0001", user_id: str = "U1") -> str:
    """A modal's submit button: the view with its `state.values`, as Slack posts it."""
    payload = {
        "type": "view_submission",
        "team": {"id": team_id, "domain": "example"},
        "user": {"id": user_id, "username": "someone", "team_id": team_id},
        "api_app_id": "A0001",
        "token": "legacy-verification-token",
        "trigger_id": "13345224609.738474920.8088930838d88f008e0",
        "view": {"id": "V0001", "type": "modal", "team_id": team_id, "app_id": "A0001", "hash": "1.abc", **view},
        "response_urls": [],
    }
    return urlencode({"payload": json.dumps(payload)})
