"""The deployment files agree with each other, with the command line and with the README."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path, PurePosixPath

from bot.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()
DOCKERFILE = (ROOT / "Dockerfile").read_text()
FLY = tomllib.loads((ROOT / "fly.toml").read_text())


def docker_env() -> dict[str, str]:
    """Every KEY=VALUE of the Dockerfile's ENV instructions (continued lines joined)."""
    joined = DOCKERFILE.replace("\\\n", " ")
    found: dict[str, str] = {}
    for line in joined.splitlines():
        if line.startswith("ENV "):
            found.update(pair.split("=", 1) for pair in shlex.split(line[4:]))
    return found


def commands() -> set[str]:
    [subparsers] = [a for a in build_parser()._actions if a.__class__.__name__ == "_SubParsersAction"]
    return set(subparsers.choices)


def test_one_python_version_everywhere():
    pinned = (ROOT / ".python-version").read_text().strip()
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert pyproject["project"]["requires-python"] == f">={pinned}"
    assert re.findall(r"^FROM python:(\S+)-slim", DOCKERFILE, re.MULTILINE) == [pinned, pinned]
    assert f"({pinned})" in README


def test_the_database_sits_on_the_volume_in_the_image_fly_and_the_readme():
    db = docker_env()["RADAR_DB"]
    assert db == FLY["env"]["RADAR_DB"] == "/data/radar.db"
    volume = str(PurePosixPath(db).parent)
    assert f'VOLUME ["{volume}"]' in DOCKERFILE and f"mkdir -p {volume}" in DOCKERFILE  # the folder must exist
    [mount] = FLY["mounts"]
    assert mount["destination"] == volume
    assert f"fly volumes create {mount['source']}" in README and f"-v radar-data:{volume}" in README
    assert f"RADAR_DB={db}" in README


def test_the_image_runs_a_command_the_cli_has_on_the_port_fly_expects():
    cmd = json.loads(re.search(r"^CMD (\[.*\])$", DOCKERFILE, re.MULTILINE)[1])
    assert cmd[0] == "radar-bot" and cmd[1] in commands()
    port = int(docker_env()["PORT"])
    assert f"EXPOSE {port}" in DOCKERFILE and FLY["http_service"]["internal_port"] == port == int(FLY["env"]["PORT"])
    [check] = FLY["http_service"]["checks"]
    assert check["path"] == "/healthz" and 'add_get("/healthz"' in (ROOT / "bot/web/server.py").read_text()
    # the image installs the wheel the wheel test builds and runs (tests/e2e/test_wheel.py)
    assert (
        "pip wheel" in DOCKERFILE and "--no-deps" in DOCKERFILE and "pip install /tmp/dist/mlops_radar-" in DOCKERFILE
    )


def test_the_procfile_runs_commands_the_cli_has():
    for line in (ROOT / "Procfile").read_text().splitlines():
        kind, command = line.split(":", 1)
        words = command.split()
        assert words[0] == "radar-bot" and words[1] in commands(), line
        assert f"`{kind}: {command.strip()}`" in README
        build_parser().parse_args([w.replace("$PORT", "5000") for w in words[1:]])  # its options exist


def test_what_docker_may_not_see():
    ignored = set((ROOT / ".dockerignore").read_text().split())
    assert {".venv", ".git", "*.db", ".env", "*.env"} <= ignored
    # what the wheel is built from must reach the build
    assert not ignored & {"README.md", "catalog", "bot", "pyproject.toml"}


def test_requirements_txt_installs_this_project():
    lines = [
        line.strip()
        for line in (ROOT / "requirements.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert lines == ["."]
    report = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--dry-run", "--no-deps", "--no-build-isolation", "-q"]
        + ["--disable-pip-version-check", "--report", "-", "-r", "requirements.txt"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    [installed] = json.loads(report.stdout)["install"]
    assert installed["metadata"]["name"] == "mlops-radar"
    assert "python-dotenv>=1.0" in installed["metadata"]["requires_dist"]
    assert "radar-bot" in (ROOT / "pyproject.toml").read_text()  # the Procfile's command comes with it


def test_the_slack_app_steps_come_first_and_cover_a_first_try():
    steps = README.index("## Creating the Slack app")
    assert steps < README.index("## Slash command") < README.index("## Settings")
    section = README[steps : README.index("## Slash command")]
    assert "Socket Mode" in section and "no public URL" in section
    assert "/invite @radar" in section
    assert "Heroku has no persistent disk" in README and "Heroku-style platforms wipe" not in README
