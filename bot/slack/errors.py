"""Slack's failures in a few words, for logs and replies (never a token)."""

from __future__ import annotations

from slack_sdk.errors import SlackApiError


def describe(error: BaseException) -> str:
    """A short reason for logs and replies, never a token."""
    if isinstance(error, SlackApiError):
        data = error.response.data if isinstance(error.response.data, dict) else {}
        return str(data.get("error") or f"HTTP {error.response.status_code}")
    return type(error).__name__
