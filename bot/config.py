"""The one Settings object, read from the environment (or any mapping tests hand in)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Mapping, TypeVar
from urllib.parse import urlparse

T = TypeVar("T")

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class SettingsError(ValueError):
    """A setting is missing or malformed; the message is one line naming the variable."""


@dataclass(frozen=True)
class Setting:
    """Documentation of one environment variable, shown by `radar-bot --help` and the README."""

    name: str
    default: str
    what: str


SETTINGS: list[Setting] = [
    Setting("SLACK_BOT_TOKEN", "", "Bot token (xoxb-...). Without it `radar-bot` opens the local console."),
    Setting("SLACK_SIGNING_SECRET", "", "Signing secret, needed in HTTP mode to verify Slack's requests."),
    Setting("SLACK_APP_TOKEN", "", "App-level token (xapp-...); when set, the bot connects by Socket Mode."),
    Setting("SLACK_API_URL", "https://slack.com/api/", "Web API base URL (GovSlack, proxies, tests)."),
    Setting("RADAR_DB", "./radar.db", "SQLite database file: votes, ring moves, thread context."),
    Setting("RADAR_CATALOG", "(bundled)", "Catalog directory; defaults to the catalog shipped with the bot."),
    Setting("PORT", "3000", "HTTP port for `radar-bot serve`."),
    Setting("LOG_LEVEL", "INFO", "DEBUG, INFO, WARNING or ERROR."),
]


def _parse(env: Mapping[str, str], name: str, default: T, convert: Callable[[str], T], expected: str, secret: bool = False) -> T:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        return convert(raw)
    except (ValueError, TypeError):
        shown = "a value that does not fit" if secret else repr(raw)  # never echo a secret
        raise SettingsError(f"{name} must be {expected}, got {shown}") from None


def _port(raw: str) -> int:
    value = int(raw)
    if not 1 <= value <= 65535:
        raise ValueError
    return value


def _url(raw: str) -> str:
    parsed = urlparse(raw)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ValueError
    return raw if raw.endswith("/") else raw + "/"


def _prefixed(prefix: str) -> Callable[[str], str]:
    def check(raw: str) -> str:
        if not raw.startswith(prefix):
            raise ValueError
        return raw

    return check


def _level(raw: str) -> str:
    if raw.upper() not in LOG_LEVELS:
        raise ValueError
    return raw.upper()


@dataclass(frozen=True)
class Settings:
    bot_token: str = ""
    signing_secret: str = ""
    app_token: str = ""
    api_url: str = "https://slack.com/api/"
    db_path: Path = Path("./radar.db")
    catalog_dir: Path | None = None
    port: int = 3000
    log_level: str = "INFO"

    def __repr__(self) -> str:  # never show secrets, even in a debugger or a log line
        return f"Settings(api_url={self.api_url!r}, db_path={str(self.db_path)!r}, port={self.port}, mode={self.mode!r})"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "Settings":
        env = os.environ if env is None else env
        catalog = env.get("RADAR_CATALOG", "").strip()
        return cls(
            bot_token=_parse(env, "SLACK_BOT_TOKEN", "", _prefixed("xoxb-"), "a bot token starting with xoxb-", secret=True),
            signing_secret=env.get("SLACK_SIGNING_SECRET", "").strip(),
            app_token=_parse(env, "SLACK_APP_TOKEN", "", _prefixed("xapp-"), "an app-level token starting with xapp-", secret=True),
            api_url=_parse(env, "SLACK_API_URL", "https://slack.com/api/", _url, "an http(s) URL such as https://slack.com/api/"),
            db_path=Path(env.get("RADAR_DB", "").strip() or "./radar.db"),
            catalog_dir=Path(catalog) if catalog else None,
            port=_parse(env, "PORT", 3000, _port, "a port number between 1 and 65535"),
            log_level=_parse(env, "LOG_LEVEL", "INFO", _level, "one of " + ", ".join(LOG_LEVELS)),
        )

    @property
    def mode(self) -> str:
        """console without a bot token; socket when an app token is set; http otherwise."""
        if not self.bot_token:
            return "console"
        return "socket" if self.app_token else "http"

    def require_http(self) -> None:
        missing = [n for n, v in (("SLACK_BOT_TOKEN", self.bot_token), ("SLACK_SIGNING_SECRET", self.signing_secret)) if not v]
        if missing:
            raise SettingsError(f"{' and '.join(missing)} must be set for HTTP mode (see README: Settings)")

    def require_socket(self) -> None:
        missing = [n for n, v in (("SLACK_BOT_TOKEN", self.bot_token), ("SLACK_APP_TOKEN", self.app_token)) if not v]
        if missing:
            raise SettingsError(f"{' and '.join(missing)} must be set for Socket Mode (see README: Settings)")
