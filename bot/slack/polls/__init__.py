"""Polls on Slack: the runner, the people who vote, the live counts and the private receipts."""

from bot.slack.polls.runner import PollRunner

__all__ = ["PollRunner"]
