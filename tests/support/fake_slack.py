"""A fake Slack Web API on 127.0.0.1 that records calls and can be told to fail."""

from __future__ import annotations

import asyncio
import itertools
import json
from collections import defaultdict, deque
from contextlib import suppress
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import web


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    headers: dict[str, str]


@dataclass
class FakeSlack:
    """Answers Web API methods like Slack would, and `response_url` posts at /respond/<id>."""

    calls: list[Call] = field(default_factory=list)
    responses: list[dict[str, Any]] = field(default_factory=list)
    failures: dict[str, deque[tuple[int, dict[str, str], str | None]]] = field(
        default_factory=lambda: defaultdict(deque)
    )
    base_url: str = ""
    # seconds every Web API call and response_url post waits before answering: a slow Slack
    delay: float = 0.0
    # messages posted per channel, newest last, as conversations.history reads them
    history: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    # methods whose next failures are answered only after the call took effect (the post is in the channel)
    taken: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    _ts: itertools.count = field(default_factory=lambda: itertools.count(1))
    _runner: web.AppRunner | None = None

    def fail(
        self, method: str, status: int, times: int = 1, retry_after: int | None = None, error: str | None = None
    ) -> None:
        """Make the next `times` calls of `method` answer with `status` (429 with Retry-After), or with
        Slack's `error` (`not_in_channel`, ...) under `"ok": false`."""
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        for _ in range(times):
            self.failures[method].append((status, headers, error))

    def take_then_fail(self, method: str, status: int = 500, times: int = 1) -> None:
        """Make the next `times` calls of `method` take effect, then answer `status` as if Slack broke after."""
        self.fail(method, status, times)
        self.taken[method] += times

    def called(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    async def start(self) -> FakeSlack:
        app = web.Application()
        app.router.add_post("/api/{method}", self._api)
        app.router.add_get("/api/{method}", self._api)  # slack_sdk sends a few methods (chat.getPermalink) as GET
        app.router.add_post("/respond/{id}", self._respond)
        app.router.add_put("/upload/{id}", self._upload)
        app.router.add_post("/upload/{id}", self._upload)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.base_url = f"http://127.0.0.1:{port}"
        return self

    async def stop(self) -> None:
        if self._runner:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/api/"

    def response_url(self, key: str = "1") -> str:
        return f"{self.base_url}/respond/{key}"

    async def _params(self, request: web.Request) -> dict[str, Any]:
        if request.method == "GET":
            return dict(request.query)
        raw = await request.read()
        if request.content_type == "application/json":
            return json.loads(raw or b"{}")
        # slack_sdk sends some methods' arguments in the query string (files.getUploadURLExternal)
        params: dict[str, Any] = {**dict(request.query), **dict(parse_qsl(raw.decode()))}
        for key in ("blocks", "attachments", "view"):
            if isinstance(params.get(key), str):
                with suppress(ValueError):
                    params[key] = json.loads(params[key])
        return params

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await self._params(request)
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.failures[method]:
            status, headers, error = self.failures[method].popleft()
            self.calls.append(Call(method + "!failed", params, dict(request.headers)))
            if self.taken[method]:
                self.taken[method] -= 1
                self._answer(method, params)
            error = error or ("ratelimited" if status == 429 else "internal_error")
            return web.json_response({"ok": False, "error": error}, status=status, headers=headers)
        self.calls.append(Call(method, params, dict(request.headers)))
        return web.json_response(self._answer(method, params))

    def _answer(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        ts = f"1700000000.{next(self._ts):06d}"
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://example.slack.com/",
                "team": "Example",
                "user": "radar",
                "team_id": "T0001",
                "user_id": "UBOT",
                "bot_id": "BBOT",
            }
        if method == "chat.postMessage":
            metadata = params.get("metadata")
            self.history[str(params.get("channel", "C1"))].append(
                {
                    "type": "message",
                    "ts": ts,
                    "bot_id": "BBOT",
                    "text": params.get("text", ""),
                    **(
                        {"metadata": json.loads(metadata) if isinstance(metadata, str) else metadata}
                        if metadata
                        else {}
                    ),
                }
            )
        if method == "conversations.history":
            newest_first = list(reversed(self.history.get(str(params.get("channel")), [])))
            limit = int(params.get("limit") or 100)
            oldest = float(params.get("oldest") or 0)
            return {"ok": True, "messages": [m for m in newest_first if float(m["ts"]) > oldest][:limit]}
        if method in ("chat.postMessage", "chat.update", "chat.postEphemeral"):
            return {
                "ok": True,
                "channel": params.get("channel", "C1"),
                "ts": params.get("ts") or ts,
                "message": {"ts": params.get("ts") or ts, "text": params.get("text", "")},
            }
        if method == "chat.getPermalink":
            message_id = "p" + str(params.get("message_ts", "")).replace(".", "")
            return {
                "ok": True,
                "permalink": f"https://example.slack.com/archives/{params.get('channel')}/{message_id}",
            }
        if method == "users.info":
            user = params.get("user", "")
            return {
                "ok": True,
                "user": {
                    "id": user,
                    "is_bot": user.startswith("B"),
                    "is_admin": user.startswith("UADMIN"),
                    "is_owner": False,
                    "deleted": False,
                },
            }
        if method == "files.getUploadURLExternal":
            return {"ok": True, "upload_url": f"{self.base_url}/upload/F{ts}", "file_id": f"F{ts.replace('.', '')}"}
        if method == "files.completeUploadExternal":
            return {
                "ok": True,
                "files": [{"id": f["id"]} for f in json.loads(params.get("files", "[]"))]
                if isinstance(params.get("files"), str)
                else [{"id": "F1"}],
            }
        return {"ok": True}

    async def _respond(self, request: web.Request) -> web.Response:
        body = await request.json()
        if self.delay:
            await asyncio.sleep(self.delay)
        self.responses.append(body)
        return web.Response(text="ok")

    async def _upload(self, request: web.Request) -> web.Response:
        data = await request.read()
        self.calls.append(Call("upload", {"bytes": len(data)}, dict(request.headers)))
        return web.Response(text="OK - " + str(len(data)))
