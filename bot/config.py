"""The one Settings object, read from the environment (or any mapping tests hand in).

Each environment variable is declared once, as a `Var` on `Settings`: its name, the parser that
turns its text into a value, its default (written as the variable's text) and its help line.
The attribute, the `radar-bot --help` epilog and the validation all come from that declaration.

A value is parsed the first time it is read, so a malformed variable only stops the commands
that use it (`PORT=abc` does not stop `radar-bot ask`). `Settings.from_env` checks them all.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import time, timedelta
from pathlib import Path
from typing import Any, Generic, NoReturn, TypeVar, cast, overload
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

T = TypeVar("T")

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class SettingsError(ValueError):
    """A setting is missing or malformed; the message is one line naming the variable."""


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


def _seconds(raw: str) -> float:
    value = float(raw)
    if not 0 <= value <= 60:
        raise ValueError
    return value


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


def _optional(check: Callable[[str], str]) -> Callable[[str], str]:
    """Unset stays "" (the feature is off); anything else must pass `check`."""

    def parse(raw: str) -> str:
        return check(raw) if raw else ""

    return parse


def _text(raw: str) -> str:
    return raw


def _starter(raw: str) -> str:
    if raw in ("seeds", "empty", "catalog") or raw.lower().endswith(".csv"):
        return raw
    raise ValueError


def _optional_path(raw: str) -> Path | None:
    return Path(raw) if raw else None


class Var(Generic[T]):
    """One environment variable, declared once: name, parser, default and help line.

    Used as a class attribute of `Settings`, it reads as the parsed value on an instance."""

    def __init__(
        self,
        name: str,
        parse: Callable[[str], T],
        default: str,
        what: str,
        expected: str = "",
        *,
        secret: bool = False,
        shown: str = "",
    ) -> None:
        self.name = name
        self.parse = parse
        self.default = default  # the text an unset variable behaves like
        self.what = what
        self.expected = expected  # completes "NAME must be ..." when the text does not parse
        self.secret = secret  # never echoed back in an error
        self.shown = shown or default or "unset"  # the default as `--help` shows it
        self.attr = ""

    def __set_name__(self, owner: type, attr: str) -> None:
        self.attr = attr

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Var[T]: ...

    @overload
    def __get__(self, obj: Settings, owner: type | None = None) -> T: ...

    def __get__(self, obj: Settings | None, owner: type | None = None) -> Var[T] | T:
        if obj is None:
            return self
        return obj.value(self)

    def __set__(self, obj: Settings, value: object) -> NoReturn:
        raise AttributeError(f"settings are read-only: {self.attr}")

    def read(self, env: Mapping[str, str]) -> T:
        """The value `env` gives this variable; SettingsError (one line naming it) if it does not parse."""
        raw = env.get(self.name, "").strip()
        if not raw:
            return self.parse(self.default)
        try:
            return self.parse(raw)
        except (ValueError, TypeError):
            shown = "a value that does not fit" if self.secret else repr(raw)  # never echo a secret
            raise SettingsError(f"{self.name} must be {self.expected}, got {shown}") from None


class Settings:
    """Every setting the bot reads. `Settings()` has the defaults; `Settings.from_env()` reads and
    checks the environment; `Settings.lazy()` reads it and checks each value on first use."""

    bot_token = Var(
        "SLACK_BOT_TOKEN",
        _optional(_prefixed("xoxb-")),
        "",
        "Bot token (xoxb-...). Without it `radar-bot` opens the local console.",
        "a bot token starting with xoxb-",
        secret=True,
    )
    signing_secret = Var(
        "SLACK_SIGNING_SECRET", _text, "", "Signing secret, needed in HTTP mode to verify Slack's requests."
    )
    app_token = Var(
        "SLACK_APP_TOKEN",
        _optional(_prefixed("xapp-")),
        "",
        "App-level token (xapp-...); when set, the bot connects by Socket Mode.",
        "an app-level token starting with xapp-",
        secret=True,
    )
    api_url = Var(
        "SLACK_API_URL",
        _url,
        "https://slack.com/api/",
        "Web API base URL (GovSlack, proxies, tests).",
        "an http(s) URL such as https://slack.com/api/",
    )
    retry_backoff = Var(
        "SLACK_RETRY_BACKOFF",
        _seconds,
        "0.5",
        "Seconds before the first retry of a failed Web API call; each later retry waits twice as long.",
        "a number of seconds from 0 to 60, such as 0.5",
    )
    db_path = Var("RADAR_DB", Path, "./radar.db", "SQLite database file: votes, ring moves, thread context.")
    catalog_dir = Var(
        "RADAR_CATALOG",
        _optional_path,
        "",
        "Catalog directory; defaults to the catalog shipped with the bot.",
        shown="(bundled)",
    )
    port = Var("PORT", _port, "3000", "HTTP port for `radar-bot serve`.", "a port number between 1 and 65535")
    log_level = Var("LOG_LEVEL", _level, "INFO", "DEBUG, INFO, WARNING or ERROR.", "one of " + ", ".join(LOG_LEVELS))
    poll_channel = Var(
        "RADAR_POLL_CHANNEL",
        _optional(_channel),
        "",
        "Channel for the weekly poll (an ID like C0123ABC, or #name); unset: no polls.",
        "a channel ID such as C0123ABC or a name such as #mlops",
    )
    poll_day = Var("RADAR_POLL_DAY", _weekday, "monday", "Weekday the poll opens.", "a weekday such as monday or mon")
    poll_time = Var(
        "RADAR_POLL_TIME",
        _clock,
        "10:00",
        "Time of day the poll opens (HH:MM, 24-hour clock).",
        "a time of day such as 10:00 or 09:30",
    )
    poll_timezone = Var(
        "RADAR_POLL_TIMEZONE",
        _timezone,
        "UTC",
        "Time zone of the day and time (an IANA name such as Europe/Berlin).",
        "an IANA time zone such as UTC or Europe/Berlin",
    )
    poll_duration = Var(
        "RADAR_POLL_DURATION",
        _duration,
        "3d",
        "How long a poll stays open: days, hours, minutes (3d, 36h, 1d12h, 90m); at most 7d.",
        "a duration from 1m to 7d such as 3d, 36h or 1d12h",
    )
    poll_size = Var(
        "RADAR_POLL_SIZE",
        _int_between(1, 10),
        "5",
        "Tools per ballot, 1 to 10: proposed ones first, then those reviewed longest ago.",
        "a whole number from 1 to 10",
    )
    poll_quorum = Var(
        "RADAR_POLL_QUORUM",
        _int_between(1, 10000),
        "3",
        "Voters a tool needs before it can move.",
        "a whole number of voters, at least 1",
    )
    poll_majority = Var(
        "RADAR_POLL_MAJORITY",
        _share,
        "50%",
        "Share of the voters a new ring must exceed to win (50% means a strict majority).",
        "a share from 0% up to (not including) 100%, such as 50% or 0.66",
    )
    starter = Var(
        "RADAR_STARTER",
        _starter,
        "seeds",
        "A workspace's first radar: seeds (the tools the seed posts name, as they place them), empty, catalog, "
        "or the path of a BYOR CSV.",
        "seeds, empty, catalog or the path of a .csv file",
    )
    stale_months = Var(
        "RADAR_STALE_MONTHS",
        _int_between(1, 120),
        "6",
        "Months after which a tool not moved or confirmed comes back on the ballot.",
        "a whole number of months from 1 to 120",
    )
    poll_schedule = Var(
        "RADAR_POLL_SCHEDULE",
        _switch,
        "on",
        "on: the running bot opens and closes polls itself; off: leave it to cron (`radar-bot poll`).",
        "on or off",
    )
    admins = Var(
        "RADAR_ADMINS",
        _user_ids,
        "",
        "Comma-separated user ids (U0123ABC) who may open and close polls early and edit the radar, besides workspace "
        "admins and owners.",
        "comma-separated Slack user ids such as U0123ABC,U0456DEF",
    )
    public_url = Var(
        "RADAR_PUBLIC_URL",
        _optional(_url),
        "",
        "Public base URL of this server (https://radar.example.com/), used in links to the radar's web page.",
        "an http(s) URL such as https://radar.example.com/",
    )
    link_secret = Var(
        "RADAR_LINK_SECRET",
        _optional(_link_secret),
        "",
        "Secret (16+ characters) that signs links to the web page; unset: no links, the page answers 403.",
        "at least 16 characters long",
        secret=True,
    )
    link_days = Var(
        "RADAR_LINK_DAYS",
        _int_between(1, 365),
        "7",
        "Days a web page link stays valid, 1 to 365.",
        "a whole number of days from 1 to 365",
    )
    public_teams = Var(
        "RADAR_PUBLIC_TEAMS",
        _team_ids,
        "",
        "Team ids (T0123ABC, comma-separated) whose page opens without a signed link; * for every team.",
        "comma-separated team ids such as T0123ABC,T0456DEF, or *",
    )

    def __init__(self, env: Mapping[str, str] | None = None) -> None:
        # a copy of this bot's variables only: later changes to os.environ do not leak in
        given = {v.name: env[v.name] for v in SETTINGS if env and v.name in env}
        object.__setattr__(self, "_env", given)
        object.__setattr__(self, "_values", {})

    @classmethod
    def lazy(cls, env: Mapping[str, str] | None = None) -> Settings:
        """The environment's settings, each checked when first read (the command line)."""
        return cls(os.environ if env is None else env)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """The environment's settings, every one checked now."""
        return cls.lazy(env).check()

    def value(self, var: Var[T]) -> T:
        values: dict[str, Any] = self._values  # type: ignore[attr-defined]  # set in __init__
        if var.name not in values:
            values[var.name] = var.read(self._env)  # type: ignore[attr-defined]
        return cast(T, values[var.name])

    def check(self, names: Iterable[str] | None = None) -> Settings:
        """Parse the named settings (default: all) now; SettingsError names the first that does not parse."""
        wanted = None if names is None else set(names)
        for var in SETTINGS:
            if wanted is None or var.name in wanted:
                self.value(var)
        return self

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError(f"settings are read-only: {name}")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Settings) and self._env == other._env  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(tuple(sorted(self._env.items())))  # type: ignore[attr-defined]

    def __repr__(self) -> str:  # never show secrets, even in a debugger or a log line
        return (
            f"Settings(api_url={self.api_url!r}, db_path={str(self.db_path)!r}, port={self.port}, mode={self.mode!r})"
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


# every variable in declaration order: the `--help` epilog, the README table and `check()` read this
SETTINGS: tuple[Var[Any], ...] = tuple(v for v in vars(Settings).values() if isinstance(v, Var))
BY_NAME: dict[str, Var[Any]] = {v.name: v for v in SETTINGS}
