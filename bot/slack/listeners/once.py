"""State-changing requests applied once: a signed request replayed within Slack's five minutes is refused."""

from __future__ import annotations

import hashlib
import json
import logging
import time

from slack_bolt.async_app import AsyncBoltContext
from slack_bolt.request.async_request import AsyncBoltRequest

from bot.storage.replays import Replays

log = logging.getLogger(__name__)

KEY = "radar_replays"
# Bolt accepts a signature whose timestamp is up to five minutes off either way; a minute more for clock skew
SIGNATURE_LIFETIME = 6 * 60.0


def _header(request: AsyncBoltRequest, name: str) -> str:
    values = request.headers.get(name) or []
    return str(values[0]) if values else ""


def replay_key(request: AsyncBoltRequest) -> tuple[str, float]:
    """What a replay repeats byte for byte, and until when Slack's verification would still accept it.

    The signature is an HMAC of the timestamp and the whole body: a replay carries the same one, and
    nothing else can. Without signatures (Socket Mode, or verification off) the body itself is the key."""
    now = time.time()
    signature = _header(request, "x-slack-signature")
    try:
        timestamp = float(_header(request, "x-slack-request-timestamp"))
    except ValueError:
        timestamp = now
    if signature:
        return f"sig:{signature}", min(max(timestamp, now), now + SIGNATURE_LIFETIME) + SIGNATURE_LIFETIME
    raw = request.raw_body or json.dumps(request.body, sort_keys=True, default=str)
    return "body:" + hashlib.sha256(raw.encode()).hexdigest(), now + SIGNATURE_LIFETIME


def first_time(request: AsyncBoltRequest, context: AsyncBoltContext, what: str) -> bool:
    """True the first time this exact request arrives; False for a replay, which must change nothing."""
    replays = context.get(KEY)
    if not isinstance(replays, Replays):
        return True
    key, expires_at = replay_key(request)
    try:
        first = replays.first(key, expires_at)
    except Exception:  # the guard is a safety net: a database hiccup must not cost a real request
        log.exception("could not check %s for a replay; applying it", what)
        return True
    if not first:
        log.warning("a replayed %s was acknowledged and not applied again", what)
    return first
