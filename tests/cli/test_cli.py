"""The command line: ask (text and JSON), the console, validate, export, and clear errors."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
import traceback
from pathlib import Path

import pytest

from bot.cli import build_parser, main
from bot.cli.run import console_loop
from bot.services.radar import RadarService
from bot.storage.store import Store

ROOT = Path(__file__).resolve().parents[2]


def cli_environment(env: dict[str, str] | None, tmp_path: Path) -> dict[str, str]:
    """This process's environment without the bot's settings, a fresh database and `env` on top."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "RADAR_"))}
    environment.update({"RADAR_DB": str(tmp_path / "radar.db"), **(env or {})})
    return environment


def run_cli(
    *args: str, stdin: str = "", env: dict[str, str] | None = None, tmp_path: Path
) -> subprocess.CompletedProcess:
    """`radar-bot ARGS` in this process, as a subprocess would see it: its own environment, standard streams,
    exit status, and a traceback on standard error if one escapes (which the tests then catch)."""
    environment = cli_environment(env, tmp_path)
    saved = dict(os.environ)
    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    try:
        os.environ.clear()
        os.environ.update(environment)
        sys.stdin = io.StringIO(stdin)
        with contextlib.chdir(ROOT), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as stop:  # argparse's usage errors and --help
                code = stop.code if isinstance(stop.code, int) else 1
            except Exception:
                traceback.print_exc()
                code = 1
    finally:
        sys.stdin = old_stdin
        os.environ.clear()
        os.environ.update(saved)
    return subprocess.CompletedProcess(["radar-bot", *args], code, out.getvalue(), err.getvalue())


def run_cli_process(
    *args: str, stdin: str = "", env: dict[str, str] | None = None, tmp_path: Path
) -> subprocess.CompletedProcess:
    """`python -m bot ARGS` as its own process: the smoke tests that the real entry point starts and exits."""
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=cli_environment(env, tmp_path),
        cwd=ROOT,
        timeout=120,
    )


def test_ask_json_puts_each_seed_tool_first(bundled_catalog, tmp_path):
    names = [bundled_catalog.tool(s.tool).name for s in bundled_catalog.seeds]
    result = run_cli("ask", "--json", stdin="\n".join(names) + "\n", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == len(names)
    for seed, answer in zip(bundled_catalog.seeds, lines, strict=True):
        assert answer["tools"][:1] == [seed.tool], (seed.tool, answer["text"][:80])
        assert answer["blocks"] and answer["text"]


def test_ask_accepts_slash_command_syntax(tmp_path):
    result = run_cli_process("ask", "/radar", "ring", "hold", tmp_path=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("Hold:")


def test_console_reads_what_you_would_type_in_slack(bundled_catalog):
    service = RadarService(bundled_catalog, Store())
    out = io.StringIO()
    console_loop(service, io.StringIO("/radar kedro\n\n/radar ring trial\nquit\n/radar never reached\n"), out)
    text = out.getvalue()
    assert text.startswith("Kedro:") and "Trial:" in text and "never" not in text


def test_validate_reports_counts(tmp_path):
    result = run_cli("validate", tmp_path=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("Catalog OK:")


def test_validate_names_file_line_and_fix_for_a_broken_catalog(catalog_dir, tmp_path):
    (catalog_dir / "tools" / "tools.yml").write_text("tools:\n  - id: x\n    name: [oops\n")
    result = run_cli("validate", str(catalog_dir), tmp_path=tmp_path)
    assert result.returncode == 1
    assert "tools/tools.yml:3" in result.stderr and "YAML syntax error" in result.stderr and "Fix:" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_setting_is_one_clear_line(tmp_path):
    result = run_cli_process("validate", env={"PORT": "abc"}, tmp_path=tmp_path)
    assert (
        result.returncode == 2
        and result.stderr.strip() == "radar-bot: PORT must be a port number between 1 and 65535, got 'abc'"
    )


def test_serve_without_credentials_says_what_is_missing(tmp_path):
    result = run_cli("serve", tmp_path=tmp_path)
    assert result.returncode == 2 and "SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET must be set" in result.stderr


def test_export_json_has_every_tool_with_its_fields(bundled_catalog, tmp_path):
    result = run_cli("export", "--format", "json", "--all", tmp_path=tmp_path)
    data = json.loads(result.stdout)
    assert len(data["tools"]) == len(bundled_catalog.tools)
    metaflow = next(t for t in data["tools"] if t["id"] == "metaflow")
    assert metaflow["categories"] == ["ML Project Frameworks", "ML Task Orchestrators"]
    assert {"id", "name", "aliases", "quadrant", "category", "ring", "description", "links"} <= set(metaflow)


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    parser = build_parser()
    [subparsers] = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
    for name in subparsers.choices:
        assert f"radar-bot {name}" in readme, f"README does not mention `radar-bot {name}`"


def test_help_lists_settings(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for name in ("SLACK_BOT_TOKEN", "SLACK_API_URL", "RADAR_DB", "RADAR_CATALOG", "PORT", "LOG_LEVEL"):
        assert name in out


def test_ask_follows_up_within_a_run_but_each_run_starts_afresh(tmp_path):
    first = "@radar what should we use for experiment tracking?"
    follow_up = "@radar which of those are open source?"
    together = run_cli("ask", "--json", stdin=f"{first}\n{follow_up}\n", tmp_path=tmp_path)
    shown, narrowed = (json.loads(line) for line in together.stdout.splitlines())
    # the thread's picks, narrowed to the open-source ones
    assert set(narrowed["tools"]) & set(shown["tools"]) and shown["tools"][0] not in narrowed["tools"]
    assert run_cli("ask", first, tmp_path=tmp_path).returncode == 0
    # the same database, a later run: no thread to follow up on, so "those" points at nothing
    alone = json.loads(run_cli("ask", "--json", follow_up, tmp_path=tmp_path).stdout)
    assert not alone["tools"], alone["text"]
