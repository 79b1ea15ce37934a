"""Reading Slack's payloads: who is asking, from where, what they typed (decoded and bounded), and whether a body
has the shape the bot and Bolt read at all."""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from typing import Any, Literal
from urllib.parse import parse_qsl

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from slack_bolt.middleware.async_middleware import AsyncMiddleware
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse

from bot.services.workspace import Caller

# characters of typed text the bot reads: a question is never longer (the understanding reads 2000), and no
# text past the cap costs anything
MAX_TEXT = 2000

# C0 and C1 control characters except tab and newline, and lone surrogates (valid in JSON escapes, but no
# UTF-8 encoder, SQLite included, accepts them)
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def bounded(value: Any, limit: int = MAX_TEXT) -> str:
    """A payload's string as the bot may read it: at most `limit` characters, no control characters.

    For strings Slack hands back as the bot set them (button values, modal inputs); anything else reads as ""."""
    if not isinstance(value, str):
        return ""
    return _UNPRINTABLE.sub(" ", value[:limit])


def typed_text(value: Any, limit: int = MAX_TEXT) -> str:
    """What a person typed (a slash command's or a message's `text`): Slack's entities decoded once, then bounded.

    Slack sends a typed `&`, `<` and `>` as `&amp;`, `&lt;` and `&gt;`; decoded here, before anything reads the
    text, `W&amp;B` is `W&B` again. Whatever the bot echoes of it is escaped again where it enters a message."""
    if not isinstance(value, str):
        return ""
    # one pass, so an `&amp;lt;` (a typed "&lt;") becomes "&lt;" and never "<"; the raw text is cut first so
    # the decoding costs nothing on a huge text, then again as decoding shortens it
    decoded = _ENTITY.sub(lambda m: _ENTITIES[m.group(0)], value[: limit * 5])
    return bounded(decoded, limit)


_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">"}
_ENTITY = re.compile("&(?:amp|lt|gt);")


def settle_text(body: dict[str, Any]) -> None:
    """Every text of a request as the bot reads it, in place: typed text decoded and bounded, the strings Slack
    hands back as the bot set them (button values, modal inputs) bounded only."""
    if "command" in body and "text" in body:
        body["text"] = typed_text(body["text"])
    event = body.get("event")
    if isinstance(event, dict) and "text" in event:
        event["text"] = typed_text(event["text"])
    for action in body.get("actions") or []:
        if isinstance(action, dict) and "value" in action:
            action["value"] = bounded(action["value"])
    view = body.get("view")
    values = (view.get("state") or {}).get("values") if isinstance(view, dict) else None
    for block in values.values() if isinstance(values, dict) else []:
        for state in block.values() if isinstance(block, dict) else []:
            if isinstance(state, dict) and "value" in state:
                state["value"] = bounded(state["value"])


class ReadTextOnce(AsyncMiddleware):
    """A global Bolt middleware, so that over HTTP and Socket Mode alike no listener sees text unsettled.

    A class, not a function: Bolt calls it directly instead of building every keyword argument for it."""

    async def async_process(
        self, *, req: AsyncBoltRequest, resp: BoltResponse, next: Callable[[], Awaitable[BoltResponse]]
    ) -> BoltResponse | None:
        settle_text(req.body)
        return await next()


read_text_once = ReadTextOnce()


def team_of(body: dict[str, Any]) -> str:
    user = body.get("user")
    team = body.get("team")
    return str(
        body.get("team_id")
        or (team.get("id") if isinstance(team, dict) else None)
        or (user.get("team_id") if isinstance(user, dict) else None)
        or "unknown"
    )


def caller_of(body: dict[str, Any]) -> Caller:
    """Team, user and channel of a slash command, action or event payload."""
    user = body.get("user")
    user_id = body.get("user_id") or (user.get("id") if isinstance(user, dict) else user) or ""
    channel = body.get("channel")
    channel_id = body.get("channel_id") or (channel.get("id") if isinstance(channel, dict) else channel) or ""
    return Caller(team_of(body), str(user_id), str(channel_id), str(body.get("trigger_id") or ""))


# --- parsing and shape ----------------------------------------------------------------------


class Malformed(ValueError):
    """A body that is not a Slack request the bot can read; its message is one line for the log."""


def parse_body(raw: str, content_type: str | None) -> dict[str, Any]:
    """A request body as Slack sends it: JSON (events), a form (slash commands) or a form with a JSON `payload`
    (interactions). Raises Malformed for anything else.

    Bolt's own parser takes any form that merely contains the word "payload" (a slash command asking about
    one) for an interaction and reads it as empty, and it raises on what it cannot parse."""
    try:
        if content_type == "application/json" or raw.lstrip().startswith("{"):
            body = json.loads(raw)
        else:
            form = dict(parse_qsl(raw, keep_blank_values=True))
            if "command" in form and not {"payload", "type", "event"} & form.keys():
                # a slash command: every value is a string parse_qsl decoded (invalid bytes become U+FFFD, so
                # no lone surrogates), which is every shape a slash command has
                return form
            body = json.loads(form["payload"]) if "payload" in form else form
    except ValueError as error:  # JSONDecodeError included
        raise Malformed(f"not JSON: {str(error)[:80]}") from None
    except RecursionError:
        raise Malformed("JSON nested too deep") from None
    if not isinstance(body, dict):
        raise Malformed(f"a JSON {type(body).__name__}, not an object")
    _refuse_lone_surrogates(body)
    check_shape(body)
    return body


def _refuse_lone_surrogates(body: dict[str, Any]) -> None:
    # a JSON escape such as \ud800 (alone) gives a string no UTF-8 encoder (SQLite's, the HTTP client's) accepts
    try:
        json.dumps(body, ensure_ascii=False).encode()
    except UnicodeEncodeError:
        raise Malformed("a lone surrogate in a string") from None


class _Loose(BaseModel):
    # Slack adds fields freely: only what the bot and Bolt read is checked, and checked strictly (no coercion)
    model_config = ConfigDict(extra="allow", strict=True)


class _Ref(_Loose):
    id: str | None = None
    team_id: str | None = None
    enterprise_id: str | None = None


class _Authorization(_Loose):
    team_id: str | None = None
    user_id: str | None = None
    enterprise_id: str | None = None
    is_enterprise_install: bool | None = None


class _ResponseUrl(_Loose):
    response_url: str | None = None


class _Event(_Loose):
    type: str
    user: str | _Ref | None = None
    user_id: str | None = None
    team: str | None = None
    user_team: str | None = None
    channel: str | _Ref | None = None
    channel_type: str | None = None
    subtype: str | None = None
    text: str | None = None
    ts: str | None = None
    thread_ts: str | None = None
    event_ts: str | None = None
    bot_id: str | None = None
    bot_profile: dict[str, Any] | None = None
    tab: str | None = None
    message: dict[str, Any] | None = None
    previous_message: dict[str, Any] | None = None
    item: dict[str, Any] | None = None
    assistant_thread: dict[str, Any] | None = None


class _Action(_Loose):
    action_id: str
    block_id: str | None = None
    type: str | None = None
    value: str | None = None
    action_ts: str | None = None


class _InputState(_Loose):
    value: str | None = None
    selected_option: dict[str, Any] | None = None


class _State(_Loose):
    values: dict[str, dict[str, _InputState]] = Field(default_factory=dict)


class _View(_Loose):
    type: str | None = None
    id: str | None = None
    callback_id: str | None = None
    team_id: str | None = None
    app_installed_team_id: str | None = None
    private_metadata: str | None = None
    state: _State | None = None


class _Body(_Loose):
    """Every field Bolt reads on every request (to build its context) or the listeners read."""

    type: str | None = None
    command: str | None = None
    text: str | None = None
    challenge: str | None = None
    callback_id: str | None = None
    team: str | _Ref | None = None
    user: str | _Ref | None = None
    channel: str | _Ref | None = None
    enterprise: str | _Ref | None = None
    team_id: str | None = None
    user_id: str | None = None
    channel_id: str | None = None
    enterprise_id: str | None = None
    thread_ts: str | None = None
    trigger_id: str | None = None
    response_url: str | None = None
    response_urls: list[_ResponseUrl] | None = None
    authorizations: list[_Authorization] | None = None
    is_ext_shared_channel: bool | None = None
    event_id: str | None = None
    event: _Event | None = None
    view: _View | None = None
    actions: list[_Action] | None = None
    message: dict[str, Any] | None = None
    previous_message: dict[str, Any] | None = None
    item: dict[str, Any] | None = None
    assistant_thread: dict[str, Any] | None = None
    function_data: dict[str, Any] | None = None


class _EventCallback(_Body):
    type: Literal["event_callback"]
    event: _Event


class _BlockActions(_Body):
    type: Literal["block_actions"]
    actions: list[_Action] = Field(min_length=1)


class _ViewOfPayload(_View):
    type: str  # Bolt reads view["type"] of every view payload (for workflow steps)
    callback_id: str


class _ViewPayload(_Body):
    type: Literal["view_submission", "view_closed"]
    view: _ViewOfPayload


_BY_TYPE: dict[str, type[_Body]] = {
    "event_callback": _EventCallback,
    "block_actions": _BlockActions,
    "view_submission": _ViewPayload,
    "view_closed": _ViewPayload,
}


def check_shape(body: dict[str, Any]) -> None:
    """Raise Malformed unless every field Bolt or a listener reads has the type Slack documents for it."""
    kind = body.get("type")
    model = _BY_TYPE.get(kind, _Body) if isinstance(kind, str) else _Body
    try:
        model.model_validate(body)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "body"
        raise Malformed(f"{kind if isinstance(kind, str) else 'request'} with a bad {where}: {first['msg']}") from None
