"""The README's cron recipe run the way cron runs it: `env -i`, PATH=/usr/bin:/bin, another working folder."""

from __future__ import annotations

import asyncio
import io
import sys
from pathlib import Path

import pytest

from bot.cli.common import CommandError
from bot.cli.envfile import read_env_file
from bot.storage.store import Store
from tests.conftest import make_catalog_dir
from tests.storage.test_store_files import a_database_with_a_move

RADAR_BOT = Path(sys.executable).parent / "radar-bot"  # the venv's console script, as the crontab names it
CRON_PATH = "PATH=/usr/bin:/bin"

pytestmark = pytest.mark.skipif(not RADAR_BOT.exists(), reason="radar-bot is not installed beside this Python")


def deployment(tmp_path: Path, *lines: str) -> Path:
    """A folder holding the env file, the catalog and the database, named relative to the file."""
    folder = tmp_path / "srv" / "radar"
    make_catalog_dir(folder / "catalog")
    a_database_with_a_move(folder / "radar.db")  # T1 voted Kedro from Assess to Adopt
    env_file = folder / "radar.env"
    env_file.write_text(
        "\n".join(["# read by radar-bot --env-file", "RADAR_DB=radar.db", "RADAR_CATALOG=catalog", *lines])
    )
    return env_file


async def cron(env_file: Path, cwd: Path, *args: str) -> tuple[int, str, str]:
    """One crontab line: nothing of this test's environment reaches the command."""
    proc = await asyncio.create_subprocess_exec(
        "/usr/bin/env",
        "-i",
        CRON_PATH,
        str(RADAR_BOT),
        "--env-file",
        str(env_file),
        *args,
        cwd=cwd,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout=120)
    return proc.returncode or 0, out.decode(), err.decode()


async def test_the_cron_recipe_reads_the_env_file_and_its_database(tmp_path):
    env_file = deployment(tmp_path, "LOG_LEVEL=ERROR")
    elsewhere = tmp_path / "home"
    elsewhere.mkdir()
    code, out, err = await cron(env_file, elsewhere, "ask", "kedro")
    assert code == 0 and out.startswith("Kedro:"), err
    assert "Adopt" in out  # the team's vote, which only the database next to the env file holds
    code, out, err = await cron(env_file, elsewhere, "poll", "status")
    assert code == 0 and err == "" and "RADAR_POLL_CHANNEL" in out
    assert list(elsewhere.iterdir()) == [], "nothing may be written to cron's working folder"


async def test_poll_open_from_cron_posts_the_ballot(tmp_path, fake_slack):
    env_file = deployment(
        tmp_path,
        "SLACK_BOT_TOKEN=xoxb-cron-test",
        f"SLACK_API_URL={fake_slack.api_url}",
        "RADAR_POLL_CHANNEL=C0POLL",
        "RADAR_STARTER=catalog",
        "RADAR_POLL_SCHEDULE=off",
        "LOG_LEVEL=ERROR",
    )
    code, out, err = await cron(env_file, tmp_path, "poll", "open")
    assert code == 0, out + err
    [ballot] = [c.params for c in fake_slack.called("chat.postMessage")]
    assert ballot["channel"] == "C0POLL"
    assert out.startswith("Opened the poll for week") and "<#C0POLL>" in out
    code, out, _ = await cron(env_file, tmp_path, "poll", "status")
    assert code == 0 and "Open until" in out
    # the poll is in the database beside the env file, for the token's workspace
    assert Store(env_file.parent / "radar.db").known_teams() == ["T0001", "T1"]


def test_values_in_the_file_win_and_relative_paths_follow_the_file(tmp_path, monkeypatch, capsys):
    from bot.cli import main

    env_file = deployment(tmp_path, "export RADAR_POLL_CHANNEL='#mlops'", "EMPTY_LINE_BELOW=", "")
    monkeypatch.setenv("RADAR_DB", str(tmp_path / "other.db"))
    monkeypatch.chdir(tmp_path)
    values = read_env_file(env_file)
    assert values["RADAR_DB"] == str(env_file.parent / "radar.db")
    assert values["RADAR_CATALOG"] == str(env_file.parent / "catalog")
    assert values["RADAR_POLL_CHANNEL"] == "#mlops"
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["--env-file", str(env_file), "ask", "kedro"]) == 0
    assert "Adopt" in capsys.readouterr().out and not (tmp_path / "other.db").exists()


def test_an_unreadable_or_malformed_env_file_is_one_line(tmp_path, capsys):
    from bot.cli import main

    assert main(["--env-file", str(tmp_path / "missing.env"), "ask", "kedro"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("radar-bot: --env-file: cannot read") and err.count("\n") == 1
    bad = tmp_path / "bad.env"
    bad.write_text("RADAR_DB=x.db\nthis is not a setting\n")
    with pytest.raises(CommandError, match=r"bad.env:2 is not a KEY=VALUE line"):
        read_env_file(bad)
