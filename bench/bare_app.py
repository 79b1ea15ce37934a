"""A bare Bolt AsyncApp on aiohttp, the baseline to compare with.

It acks /radar with fixed text, acks vote clicks and answers mentions with fixed text.
Usage: python -m bench.bare_app PORT [--process-before-response]
Without the flag Bolt's default runner polls for the ack every 10 ms; with it Bolt awaits the
listener, and the mention's reply goes out from a lazy listener after the ack.
"""

from __future__ import annotations

import argparse
import os
import re
from typing import Any

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncAck, AsyncApp
from slack_sdk.web.async_client import AsyncWebClient

ANSWER = "Kedro is on the radar."


def build(process_before_response: bool) -> AsyncApp:
    app = AsyncApp(
        client=AsyncWebClient(token=os.environ["SLACK_BOT_TOKEN"], base_url=os.environ["SLACK_API_URL"]),
        signing_secret=os.environ["SLACK_SIGNING_SECRET"],
        process_before_response=process_before_response,
    )

    @app.command("/radar")
    async def radar(ack: AsyncAck) -> None:
        await ack(text=ANSWER)

    @app.action(re.compile("^radar_vote_"))
    async def vote(ack: AsyncAck) -> None:
        await ack()

    async def acknowledge(ack: AsyncAck) -> None:
        await ack()

    async def reply(event: dict[str, Any], client: AsyncWebClient) -> None:
        await client.chat_postMessage(
            channel=event["channel"], thread_ts=event.get("thread_ts") or event["ts"], text=ANSWER
        )

    if process_before_response:  # the reply must not hold up the acknowledgement: Bolt's lazy listener
        app.event("app_mention")(ack=acknowledge, lazy=[reply])
    else:
        app.event("app_mention")(reply)
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("port", type=int)
    parser.add_argument("--process-before-response", action="store_true")
    args = parser.parse_args()
    app = build(args.process_before_response)

    async def events(request: web.Request) -> web.Response:
        return await to_aiohttp_response(await app.async_dispatch(await to_bolt_request(request)))

    async def healthz(request: web.Request) -> web.Response:
        return web.json_response({"ok": True})

    web_app = web.Application()
    web_app.router.add_post("/slack/events", events)
    web_app.router.add_get("/healthz", healthz)
    web.run_app(web_app, host="127.0.0.1", port=args.port, print=None)


if __name__ == "__main__":
    main()
