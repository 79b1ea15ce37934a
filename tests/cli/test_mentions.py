"""`@radar <question>` in the console and in `radar-bot ask`: the same answers as a mention in Slack."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

from bot.cli.run import console_loop
from bot.services.radar import LOCAL_TEAM, Caller, RadarService, mention_text
from bot.storage.store import Store

ROOT = Path(__file__).resolve().parents[2]


def test_mention_text_finds_the_question():
    assert mention_text("@radar what's kedro?") == "what's kedro?"
    assert mention_text("@Radar, dvc or pachyderm?") == "dvc or pachyderm?"
    assert mention_text("<@U0BOT> hi") == "<@U0BOT> hi"
    assert mention_text("@radar") == ""
    assert mention_text("/radar kedro") is None
    assert mention_text("@radarish") is None
    assert mention_text("kedro") is None


def test_the_console_answers_mentions_and_follow_ups(tiny_catalog):
    service = RadarService(tiny_catalog, Store())
    out = io.StringIO()
    console_loop(
        service,
        io.StringIO("@radar what for experiment tracking?\n@radar why is it on trial?\n/radar kedro\nquit\n"),
        out,
    )
    text = out.getvalue()
    assert text.startswith("For experiment tracking, my picks")
    assert "Weights & Biases is on Trial." in text
    assert "\nKedro:" in text


def test_console_and_slack_give_the_same_answer(tiny_catalog):
    service = RadarService(tiny_catalog, Store())
    console = service.ask(Caller(LOCAL_TEAM), "@radar we need to version our datasets")
    slack = service.mention(
        Caller("T1", "U1", "C1"), "1700000000.000100", "<@U0BOT> we need to version our datasets"
    ).message
    assert (console.text, console.blocks, console.tool_ids) == (slack.text, slack.blocks, slack.tool_ids)


def test_ask_json_keeps_the_contract_and_the_thread(catalog_dir, tmp_path):
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "RADAR_"))}
    environment.update({"RADAR_DB": str(tmp_path / "radar.db"), "RADAR_CATALOG": str(catalog_dir)})
    stdin = "@radar what for experiment tracking?\n@radar how does the first one compare to kedro?\n"
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json"],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert set(first) == {"tools", "text", "blocks"}
    assert first["tools"][0] == "wandb" and set(first["tools"][1:3]) == {"clearml", "mlflow"}
    assert second["tools"] == ["wandb", "kedro"] and second["text"].startswith("Weights & Biases vs Kedro")
