"""Running the bot: the local console, HTTP mode and Socket Mode."""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging

from aiohttp import web

from bot.cli.ask import USES as CONSOLE_USES
from bot.cli.common import add_command, open_service
from bot.cli.console import console_loop
from bot.config import SETTINGS, Settings, SettingsError
from bot.slack.app import SlackBot, build_app
from bot.slack.identity import TokenRefused
from bot.web.server import PathOnlyAccessLogger, build_web_app

log = logging.getLogger(__name__)

# the running bot reads every setting but the other mode's credential, and checks them all at start
SERVE_USES = tuple(s.name for s in SETTINGS if s.name != "SLACK_APP_TOKEN")
SOCKET_USES = tuple(s.name for s in SETTINGS if s.name != "SLACK_SIGNING_SECRET")
AT_START = "Every setting listed is checked at start."


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    serve = add_command(
        commands, "serve", SERVE_USES, AT_START, help="run in HTTP mode: POST /slack/events, GET /healthz"
    )
    serve.add_argument("--port", type=int, default=None, help="port to listen on (default: $PORT or 3000)")
    serve.add_argument("--host", default="0.0.0.0", help="interface to bind (default: 0.0.0.0)")
    serve.set_defaults(handler=serve_http)
    socket = add_command(commands, "socket", SOCKET_USES, AT_START, help="run in Socket Mode (needs SLACK_APP_TOKEN)")
    socket.set_defaults(handler=serve_socket)
    console = add_command(
        commands, "console", CONSOLE_USES, help="the local console, even when Slack credentials are set"
    )
    console.set_defaults(handler=lambda args, settings: console_loop(open_service(settings)))


def default(args: argparse.Namespace, settings: Settings) -> int:
    """No sub-command: the console without credentials, otherwise the bot in its configured mode."""
    if settings.mode == "console":
        return console_loop(open_service(settings))
    if settings.mode == "socket":
        return serve_socket(args, settings)
    return serve_http(argparse.Namespace(port=None, host="0.0.0.0"), settings)


def settle_heap() -> None:
    """Exempt the catalog and everything built at start-up from garbage collection.

    They live as long as the process; without this every full collection walks hundreds of
    thousands of catalog objects while requests wait."""
    gc.collect()
    gc.freeze()


def serve_http(args: argparse.Namespace, settings: Settings) -> int:
    settings.require_http()
    settings.check(SERVE_USES)
    service = open_service(settings, read_only_ok=False)
    slack = build_app(settings, service, verified_upstream=True)  # build_web_app checks every signature
    check_tokens(slack)
    app = build_web_app(slack)
    service.prepare_for_questions()
    settle_heap()
    port = args.port or settings.port
    log.info("serving %d tools on port %d (database %s)", len(service.catalog.tools), port, service.store.path)
    web.run_app(app, host=args.host, port=port, print=None, access_log_class=PathOnlyAccessLogger)
    return 0


def serve_socket(args: argparse.Namespace, settings: Settings) -> int:
    settings.require_socket()
    settings.check(SOCKET_USES)
    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

    service = open_service(settings, read_only_ok=False)
    service.prepare_for_questions()
    settle_heap()

    async def connect() -> None:
        slack = build_app(settings, service)
        await slack.identity.verify(slack.bolt.client)
        await slack.identity.verify_app_token(slack.bolt.client, settings.app_token)
        handler = AsyncSocketModeHandler(slack.bolt, settings.app_token)
        log.info(
            "connecting by Socket Mode with %d tools (database %s)", len(service.catalog.tools), service.store.path
        )
        async with slack.running():  # pooled connections to Slack and the weekly poll's schedule
            await handler.start_async()  # type: ignore[no-untyped-call]  # slack_bolt leaves it unannotated

    try:
        asyncio.run(connect())
    except TokenRefused as refused:
        raise SettingsError(str(refused)) from None
    return 0


def check_tokens(slack: SlackBot) -> None:
    """Fail at start-up, in one line, when Slack refuses the bot token (never on a user's first request)."""
    try:
        asyncio.run(slack.identity.verify(slack.bolt.client))
    except TokenRefused as refused:
        raise SettingsError(str(refused)) from None
