"""MLOps Radar: a Slack bot that serves a team's MLOps technology radar."""

__version__ = "0.1.0"
