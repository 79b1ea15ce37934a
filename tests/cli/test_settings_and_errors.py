"""The command line in process: each setting checked where it is used, one-line errors, per-command help."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bot.cli import main
from bot.radar.schema import SCHEMA_DIR
from tests.conftest import make_catalog_dir
from tests.storage.test_store_files import a_database_with_a_move, make_read_only

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    """`radar-bot ARGS` in this process, with a clean environment, a fresh database and the tiny catalog."""
    for name in list(os.environ):
        if name.startswith(("SLACK_", "RADAR_")) or name in ("PORT", "LOG_LEVEL"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("RADAR_DB", str(tmp_path / "radar.db"))
    monkeypatch.setenv("RADAR_CATALOG", str(make_catalog_dir(tmp_path / "catalog")))
    monkeypatch.setenv("RADAR_STARTER", "catalog")  # the tiny catalog names no seed tools

    def run(*args: str, stdin: str = "", **env: str) -> tuple[int, str, str]:
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def one_line(err: str) -> str:
    assert "Traceback" not in err and err.count("\n") == 1 and err.startswith("radar-bot: "), err
    return err.strip()


# --- each setting where it is used ---------------------------------------------------------------


def test_a_bad_port_does_not_stop_ask_or_the_console(cli):
    code, out, err = cli("ask", "kedro", PORT="abc")
    assert code == 0 and out.startswith("Kedro:") and err == ""
    code, out, err = cli("console", stdin="/radar ring trial\nquit\n", PORT="abc")
    assert code == 0 and "Trial:" in out and err == ""
    code, out, err = cli(stdin="kedro\n", PORT="abc")  # no command and no token: the console
    assert code == 0 and out.startswith("Kedro:")


def test_a_bad_port_stops_what_uses_it(cli):
    code, _, err = cli("serve", PORT="abc", SLACK_BOT_TOKEN="xoxb-1", SLACK_SIGNING_SECRET="s")
    assert code == 2 and one_line(err) == "radar-bot: PORT must be a port number between 1 and 65535, got 'abc'"
    code, _, err = cli("validate", PORT="abc")  # validate checks every setting
    assert code == 2 and "PORT must be" in one_line(err)


def test_a_bad_link_setting_does_not_stop_export(cli):
    code, out, _ = cli("export", RADAR_LINK_DAYS="forever", RADAR_PUBLIC_URL="nowhere")
    assert code == 0 and json.loads(out)["tools"]


def test_poll_status_needs_no_token(cli):
    code, out, err = cli("poll", "status")
    assert code == 0 and "RADAR_POLL_CHANNEL" in out and err == ""
    code, out, err = cli("poll", "status", RADAR_POLL_CHANNEL="#mlops")
    assert code == 0 and out.strip() and "token" not in (out + err).lower()


def test_poll_open_and_close_say_what_they_need(cli):
    code, _, err = cli("poll", "close")
    assert (
        code == 2 and one_line(err) == "radar-bot: SLACK_BOT_TOKEN must be set to close a poll (see README: Settings)"
    )
    code, _, err = cli("poll", "open", SLACK_BOT_TOKEN="xoxb-1")
    assert code == 2 and "RADAR_POLL_CHANNEL must be set" in one_line(err)


# --- Slack that cannot be reached or refuses the token ----------------------------------------------


@pytest.fixture
def refusing_slack() -> Iterator[str]:
    """A Web API that answers every method like Slack does for a revoked token."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            body = json.dumps({"ok": False, "error": "invalid_auth"}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/api/"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("action", [["status"], ["open"], ["close"], ["close", "--now"]])
def test_wrong_credentials_are_one_line(cli, refusing_slack, action):
    code, _, err = cli(
        "poll", *action, SLACK_BOT_TOKEN="xoxb-revoked", SLACK_API_URL=refusing_slack, RADAR_POLL_CHANNEL="C1"
    )
    assert code == 1 and "Slack refused SLACK_BOT_TOKEN (invalid_auth)" in one_line(err)
    assert "xoxb-revoked" not in err


@pytest.mark.parametrize("action", [["status"], ["open"], ["close"]])
def test_unreachable_slack_is_one_line(cli, monkeypatch, action):
    from bot.cli import poll
    from bot.slack.app import web_client

    def without_retries(settings):  # the real client, minus the back-off between attempts
        client = web_client(settings)
        client.retry_handlers = []
        return client

    monkeypatch.setattr(poll, "web_client", without_retries)
    code, _, err = cli(
        "poll", *action, SLACK_BOT_TOKEN="xoxb-1", SLACK_API_URL="http://127.0.0.1:9/api/", RADAR_POLL_CHANNEL="C1"
    )
    assert code == 1 and one_line(err).startswith("radar-bot: cannot reach Slack at http://127.0.0.1:9/api/")


# --- RADAR_DB ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "where, says",
    [
        (lambda tmp: str(tmp), "is a directory"),
        (lambda tmp: os.devnull, "is not a regular file"),
        (lambda tmp: str(tmp / "missing" / "radar.db"), "does not exist (create it first)"),
    ],
)
@pytest.mark.parametrize(
    "command", [["ask", "kedro"], ["export"], ["poll", "status"], ["import", "--format", "byor-csv", "-"]]
)
def test_an_unusable_database_is_one_line(cli, tmp_path, where, says, command):
    code, out, err = cli(*command, stdin="name,ring,quadrant\n", RADAR_DB=where(tmp_path))
    assert code == 1 and out == ""
    assert one_line(err).startswith("radar-bot: RADAR_DB: ") and says in err
    assert not (tmp_path / "missing").exists()


def test_lookups_work_from_a_read_only_database(cli, tmp_path, monkeypatch):
    path = tmp_path / "readonly.db"
    a_database_with_a_move(path)
    make_read_only(path, monkeypatch)
    before = path.read_bytes()
    code, out, err = cli(
        "ask", "--team", "T1", stdin="kedro\n@radar we need to version datasets\n@radar why?\n", RADAR_DB=str(path)
    )
    assert code == 0 and out.startswith("Kedro:") and "Adopt" in out.split("\n\n")[0]
    assert one_line(err) == (
        f"radar-bot: {path} is read-only: answering from it; "
        "what this run records (thread memory) is kept in memory only"
    )
    code, out, err = cli("export", RADAR_DB=str(path))
    assert code == 0 and next(t for t in json.loads(out)["tools"] if t["id"] == "kedro")["ring"] == "Adopt"
    code, _, err = cli("import", "--format", "byor-csv", "-", stdin="name,ring,quadrant\n", RADAR_DB=str(path))
    assert code == 1 and "read-only" in one_line(err)
    assert path.read_bytes() == before


def test_a_broken_database_is_one_line(cli, tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("not a database")
    code, _, err = cli("ask", "kedro", RADAR_DB=str(path))
    assert code == 1 and "not a SQLite database" in one_line(err)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT 1 FROM sqlite_master").fetchall()


# --- chart, export, schema, validate -----------------------------------------------------------------


def test_chart_refuses_what_it_cannot_write(cli, tmp_path):
    code, _, err = cli("chart", "-o", str(tmp_path / "x.jpg"))
    assert code == 2 and one_line(err).endswith("chart writes .png or .svg files, not .jpg")
    assert not (tmp_path / "x.jpg").exists()
    code, _, err = cli("chart", "-o", str(tmp_path / "x.png"), "--format", "svg")
    assert code == 2 and "--format says svg" in one_line(err)
    code, _, err = cli("chart", "-o", str(tmp_path / "missing" / "x.png"))
    assert code == 1 and "does not exist" in one_line(err)
    code, out, _ = cli("chart", "-o", str(tmp_path / "plain"), "--format", "svg")
    assert code == 0 and (tmp_path / "plain").read_text().startswith("<svg")


def test_export_and_chart_refuse_an_unknown_team(cli, tmp_path):
    for command in (["export"], ["export", "--format", "byor-csv"], ["chart", "-o", str(tmp_path / "r.png")]):
        code, out, err = cli(*command, "--team", "TNOPE")
        assert code == 1 and out == "" and "no workspace 'TNOPE'" in one_line(err)
    code, out, _ = cli("export", "--team", "local")
    assert code == 0 and json.loads(out)["tools"]


def test_schema_writes_into_the_configured_catalog(cli, tmp_path):
    before = {p.name: p.stat().st_mtime_ns for p in SCHEMA_DIR.glob("*.json")}
    code, out, _ = cli("schema")
    assert code == 0 and str(tmp_path / "catalog" / "schema") in out
    assert sorted(p.name for p in (tmp_path / "catalog" / "schema").glob("*.json")) == sorted(before)
    assert {p.name: p.stat().st_mtime_ns for p in SCHEMA_DIR.glob("*.json")} == before


def test_validate_dir_does_not_send_you_to_radar_catalog(cli, tmp_path):
    code, _, err = cli("validate", str(tmp_path / "nowhere"))
    assert code == 1 and "RADAR_CATALOG" not in err and "nowhere" in one_line(err)
    code, out, _ = cli("validate", str(tmp_path / "catalog"), PORT="abc")  # a directory only: settings unchecked
    assert code == 0 and out.startswith("Catalog OK:")


# --- help ----------------------------------------------------------------------------------------------


def help_of(*command: str, capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit):
        main([*command, "--help"])
    return capsys.readouterr().out


@pytest.mark.parametrize(
    "command, listed, absent",
    [
        (["ask"], ["RADAR_DB", "RADAR_CATALOG", "RADAR_POLL_DAY", "RADAR_LINK_SECRET"], ["SLACK_BOT_TOKEN"]),
        (["console"], ["RADAR_DB"], ["SLACK_SIGNING_SECRET"]),
        (["serve"], ["PORT", "SLACK_SIGNING_SECRET", "RADAR_DB"], ["SLACK_APP_TOKEN"]),
        (["socket"], ["SLACK_APP_TOKEN"], ["SLACK_SIGNING_SECRET"]),
        (["poll", "status"], ["SLACK_BOT_TOKEN", "SLACK_API_URL", "RADAR_POLL_CHANNEL"], ["PORT"]),
        (["chart"], ["RADAR_DB"], ["PORT", "SLACK_BOT_TOKEN"]),
        (["schema"], ["RADAR_CATALOG"], ["RADAR_DB"]),
        (["link"], ["RADAR_LINK_SECRET", "PORT"], ["SLACK_BOT_TOKEN"]),
    ],
)
def test_each_command_lists_the_settings_it_reads(capsys, command, listed, absent):
    text = help_of(*command, capsys=capsys)
    settings = text.split("settings this command reads:")[1]
    for name in listed:
        assert f"  {name} " in settings, name
    for name in absent:
        assert f"  {name} " not in settings, name


def test_help_says_what_happens_to_a_missing_database_folder(capsys):
    for command in (["ask"], ["export"], ["chart"], ["import"]):
        assert "folder must exist: a missing one is refused" in help_of(*command, capsys=capsys)


@pytest.mark.parametrize(
    ("command", "env"),
    [
        (["serve"], {"SLACK_SIGNING_SECRET": "s3cret"}),
        (["socket"], {"SLACK_APP_TOKEN": "xapp-1-revoked"}),
    ],
)
def test_serving_with_a_token_slack_refuses_stops_at_start_in_one_line(cli, refusing_slack, command, env):
    code, _, err = cli(*command, SLACK_BOT_TOKEN="xoxb-revoked", SLACK_API_URL=refusing_slack, **env)
    assert code == 2 and "Slack refused SLACK_BOT_TOKEN (invalid_auth)" in one_line(err)
    assert "xoxb-revoked" not in err and "Traceback" not in err
