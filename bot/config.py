"""The one Settings object, read from the environment (or any mapping tests hand in)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import time, timedelta
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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
    Setting("RADAR_POLL_CHANNEL", "", "Channel for the weekly poll (an ID like C0123ABC, or #name); unset: no polls."),
    Setting("RADAR_POLL_DAY", "monday", "Weekday the poll opens."),
    Setting("RADAR_POLL_TIME", "10:00", "Time of day the poll opens (HH:MM, 24-hour clock)."),
    Setting("RADAR_POLL_TIMEZONE", "UTC", "Time zone of the day and time (an IANA name such as Europe/Berlin)."),
    Setting(
        "RADAR_POLL_DURATION",
        "3d",
        "How long a poll stays open: days, hours, minutes (3d, 36h, 1d12h, 90m); at most 7d.",
    ),
    Setting("RADAR_POLL_SIZE", "5", "Tools per ballot, 1 to 10: proposed ones first, then those reviewed longest ago."),
    Setting("RADAR_POLL_QUORUM", "3", "Voters a tool needs before it can move."),
    Setting(
        "RADAR_POLL_MAJORITY", "50%", "Share of the voters a new ring must exceed to win (50% means a strict majority)."
    ),
    Setting(
        "RADAR_POLL_SCHEDULE",
        "on",
        "on: the running bot opens and closes polls itself; off: leave it to cron (`radar-bot poll`).",
    ),
    Setting(
        "RADAR_ADMINS",
        "",
        "Comma-separated user ids (U0123ABC) who may close polls early, besides workspace admins and owners.",
    ),
    Setting(
        "RADAR_PUBLIC_URL",
        "",
        "Public base URL of this server (https://radar.example.com/), used in links to the radar's web page.",
    ),
    Setting(
        "RADAR_LINK_SECRET",
        "",
        "Secret (16+ characters) that signs links to the web page; unset: no links, the page answers 403.",
    ),
    Setting("RADAR_LINK_DAYS", "7", "Days a web page link stays valid, 1 to 365."),
    Setting(
        "RADAR_PUBLIC_TEAMS",
        "",
        "Team ids (T0123ABC, comma-separated) whose page opens without a signed link; * for every team.",
    ),
]


def _parse(
    env: Mapping[str, str], name: str, default: T, convert: Callable[[str], T], expected: str, secret: bool = False
) -> T:
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


WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday(raw: str) -> int:
    word = raw.lower()
    matches = [i for i, day in enumerate(WEEKDAY_NAMES) if len(word) >= 3 and day.startswith(word)]
    if len(matches) != 1:
        raise ValueError
    return matches[0]


def _clock(raw: str) -> time:
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", raw)
    if not match:
        raise ValueError
    return time(int(match[1]), int(match[2]))  # out-of-range hours or minutes raise ValueError


def _timezone(raw: str) -> str:
    try:
        ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError from None
    return raw


def _duration(raw: str) -> timedelta:
    match = re.fullmatch(r"(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?", raw.lower().replace(" ", ""))
    if not match or not any(match.groups()):
        raise ValueError
    days, hours, minutes = (int(g or 0) for g in match.groups())
    value = timedelta(days=days, hours=hours, minutes=minutes)
    # a poll longer than a week would still be open when the next week's should open
    if not timedelta(minutes=1) <= value <= timedelta(days=7):
        raise ValueError
    return value


def _int_between(low: int, high: int) -> Callable[[str], int]:
    def check(raw: str) -> int:
        value = int(raw)
        if not low <= value <= high:
            raise ValueError
        return value

    return check


def _share(raw: str) -> float:
    value = float(raw[:-1]) / 100 if raw.endswith("%") else float(raw)
    if not 0 <= value < 1:
        raise ValueError
    return value


def _switch(raw: str) -> bool:
    word = raw.lower()
    if word in ("on", "true", "yes", "1"):
        return True
    if word in ("off", "false", "no", "0"):
        return False
    raise ValueError


def _channel(raw: str) -> str:
    if not re.fullmatch(r"#?[\w.-]{1,80}", raw):
        raise ValueError
    return raw


def _user_ids(raw: str) -> frozenset[str]:
    ids = [part.strip() for part in raw.split(",") if part.strip()]
    if not all(re.fullmatch(r"[UW][A-Z0-9]{2,}", i) for i in ids):
        raise ValueError
    return frozenset(ids)


def _link_secret(raw: str) -> str:
    if len(raw) < 16:
        raise ValueError
    return raw


def _team_ids(raw: str) -> frozenset[str]:
    ids = [part.strip() for part in raw.split(",") if part.strip()]
    if ids != ["*"] and not all(re.fullmatch(r"[A-Za-z0-9_-]{1,64}", i) for i in ids):
        raise ValueError
    return frozenset(ids)


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
    poll_channel: str = ""
    poll_day: int = 0
    poll_time: time = time(10, 0)
    poll_timezone: str = "UTC"
    poll_duration: timedelta = timedelta(days=3)
    poll_size: int = 5
    poll_quorum: int = 3
    poll_majority: float = 0.5
    poll_schedule: bool = True
    admins: frozenset[str] = frozenset()
    public_url: str = ""
    link_secret: str = ""
    link_days: int = 7
    public_teams: frozenset[str] = frozenset()

    def __repr__(self) -> str:  # never show secrets, even in a debugger or a log line
        return (
            f"Settings(api_url={self.api_url!r}, db_path={str(self.db_path)!r}, port={self.port}, mode={self.mode!r})"
        )

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        catalog = env.get("RADAR_CATALOG", "").strip()
        return cls(
            bot_token=_parse(
                env, "SLACK_BOT_TOKEN", "", _prefixed("xoxb-"), "a bot token starting with xoxb-", secret=True
            ),
            signing_secret=env.get("SLACK_SIGNING_SECRET", "").strip(),
            app_token=_parse(
                env, "SLACK_APP_TOKEN", "", _prefixed("xapp-"), "an app-level token starting with xapp-", secret=True
            ),
            api_url=_parse(
                env, "SLACK_API_URL", "https://slack.com/api/", _url, "an http(s) URL such as https://slack.com/api/"
            ),
            db_path=Path(env.get("RADAR_DB", "").strip() or "./radar.db"),
            catalog_dir=Path(catalog) if catalog else None,
            port=_parse(env, "PORT", 3000, _port, "a port number between 1 and 65535"),
            log_level=_parse(env, "LOG_LEVEL", "INFO", _level, "one of " + ", ".join(LOG_LEVELS)),
            poll_channel=_parse(
                env, "RADAR_POLL_CHANNEL", "", _channel, "a channel ID such as C0123ABC or a name such as #mlops"
            ),
            poll_day=_parse(env, "RADAR_POLL_DAY", 0, _weekday, "a weekday such as monday or mon"),
            poll_time=_parse(env, "RADAR_POLL_TIME", time(10, 0), _clock, "a time of day such as 10:00 or 09:30"),
            poll_timezone=_parse(
                env, "RADAR_POLL_TIMEZONE", "UTC", _timezone, "an IANA time zone such as UTC or Europe/Berlin"
            ),
            poll_duration=_parse(
                env,
                "RADAR_POLL_DURATION",
                timedelta(days=3),
                _duration,
                "a duration from 1m to 7d such as 3d, 36h or 1d12h",
            ),
            poll_size=_parse(env, "RADAR_POLL_SIZE", 5, _int_between(1, 10), "a whole number from 1 to 10"),
            poll_quorum=_parse(
                env, "RADAR_POLL_QUORUM", 3, _int_between(1, 10000), "a whole number of voters, at least 1"
            ),
            poll_majority=_parse(
                env,
                "RADAR_POLL_MAJORITY",
                0.5,
                _share,
                "a share from 0% up to (not including) 100%, such as 50% or 0.66",
            ),
            poll_schedule=_parse(env, "RADAR_POLL_SCHEDULE", True, _switch, "on or off"),
            admins=_parse(
                env, "RADAR_ADMINS", frozenset(), _user_ids, "comma-separated Slack user ids such as U0123ABC,U0456DEF"
            ),
            public_url=_parse(env, "RADAR_PUBLIC_URL", "", _url, "an http(s) URL such as https://radar.example.com/"),
            link_secret=_parse(env, "RADAR_LINK_SECRET", "", _link_secret, "at least 16 characters long", secret=True),
            link_days=_parse(env, "RADAR_LINK_DAYS", 7, _int_between(1, 365), "a whole number of days from 1 to 365"),
            public_teams=_parse(
                env,
                "RADAR_PUBLIC_TEAMS",
                frozenset(),
                _team_ids,
                "comma-separated team ids such as T0123ABC,T0456DEF, or *",
            ),
        )

    @property
    def mode(self) -> str:
        """console without a bot token; socket when an app token is set; http otherwise."""
        if not self.bot_token:
            return "console"
        return "socket" if self.app_token else "http"

    def require_http(self) -> None:
        missing = [
            n for n, v in (("SLACK_BOT_TOKEN", self.bot_token), ("SLACK_SIGNING_SECRET", self.signing_secret)) if not v
        ]
        if missing:
            raise SettingsError(f"{' and '.join(missing)} must be set for HTTP mode (see README: Settings)")

    def require_socket(self) -> None:
        missing = [n for n, v in (("SLACK_BOT_TOKEN", self.bot_token), ("SLACK_APP_TOKEN", self.app_token)) if not v]
        if missing:
            raise SettingsError(f"{' and '.join(missing)} must be set for Socket Mode (see README: Settings)")
