"""Signed, expiring links to a team's radar page: an HMAC of the team and the expiry, nothing secret in the URL."""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import quote, urlencode

from bot.config import Settings

TEAM_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
PAGE_ROOT = "radar"
# the signature covers what it grants: this page, this team, until this moment
PURPOSE = "radar-page-v1"


class LinkUnavailable(Exception):
    """Links cannot be made: a setting they need is missing. The message names it."""


@dataclass(frozen=True)
class PageLink:
    url: str
    expires_at: datetime | None  # None: the team's page is public and the link never expires


def signature(secret: str, team_id: str, expires: int) -> str:
    message = f"{PURPOSE}:{team_id}:{expires}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def is_public(settings: Settings, team_id: str) -> bool:
    return "*" in settings.public_teams or team_id in settings.public_teams


def page_path(team_id: str, suffix: str = "") -> str:
    return f"/{PAGE_ROOT}/{quote(team_id, safe='')}{suffix}"


def base_url(settings: Settings, require_public: bool) -> str:
    if settings.public_url:
        return settings.public_url.rstrip("/")
    if require_public:
        raise LinkUnavailable(
            "RADAR_PUBLIC_URL is not set, so I cannot tell where the page lives (see README: The web page)."
        )
    return f"http://localhost:{settings.port}"


def page_link(
    settings: Settings, team_id: str, now: datetime | None = None, days: int | None = None, require_public: bool = True
) -> PageLink:
    """A link to `team_id`'s page, signed and valid for `days` (the RADAR_LINK_DAYS setting by default)."""
    if not TEAM_ID.fullmatch(team_id):
        raise LinkUnavailable(f"“{team_id}” is not a team id.")
    url = base_url(settings, require_public) + page_path(team_id)
    if is_public(settings, team_id):
        return PageLink(url, None)
    if not settings.link_secret:
        raise LinkUnavailable(
            "RADAR_LINK_SECRET is not set, so links to the page cannot be signed (see README: The web page)."
        )
    now = now or datetime.now(UTC)
    expires_at = (now + timedelta(days=days or settings.link_days)).replace(microsecond=0)
    expires = int(expires_at.timestamp())
    return PageLink(
        f"{url}?{urlencode({'expires': expires, 'sig': signature(settings.link_secret, team_id, expires)})}", expires_at
    )


def allowed(settings: Settings, team_id: str, query: Mapping[str, str], now: datetime | None = None) -> bool:
    """Whether a request for `team_id`'s page carries a valid, unexpired signature (or needs none)."""
    if not TEAM_ID.fullmatch(team_id):
        return False
    if is_public(settings, team_id):
        return True
    if not settings.link_secret:
        return False
    raw_expires, given = query.get("expires", ""), query.get("sig", "")
    if not raw_expires.isdigit() or len(raw_expires) > 12 or not given:
        return False
    expected = signature(settings.link_secret, team_id, int(raw_expires))
    if not hmac.compare_digest(expected, given):
        return False
    now = now or datetime.now(UTC)
    return int(raw_expires) > now.timestamp()


def same_access(query: Mapping[str, str]) -> str:
    """The query string that carries a page's access on to its images and downloads."""
    kept = {k: query[k] for k in ("expires", "sig") if k in query}
    return "?" + urlencode(kept) if kept else ""
