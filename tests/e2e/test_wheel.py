"""A wheel built from the checkout installs without `-e` and runs from outside the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_wheel_validates_its_catalog_and_answers_from_outside_the_checkout(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist), str(ROOT)],
        check=True,
        cwd=tmp_path,
    )
    [wheel] = dist.glob("mlops_radar-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # the dependencies come from this environment's site-packages; the bot itself only from the wheel
    # (a plain .pth line adds a folder, but the editable install's finder in it is never run)
    Path(site, "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", site, str(wheel)],
        check=True,
        cwd=tmp_path,
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RADAR_", "SLACK_", "PYTHON"))}
    env["RADAR_DB"] = str(tmp_path / "radar.db")
    bot = [str(python), "-m", "bot"]
    checked = subprocess.run([*bot, "validate"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert checked.returncode == 0 and "Catalog OK" in checked.stdout, checked.stderr
    located = subprocess.run(
        [str(python), "-c", "import bot; print(bot.__file__)"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert str(ROOT) not in located.stdout, "the bot must come from the wheel, not the checkout"
    asked = subprocess.run([*bot, "ask", "kedro"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert asked.returncode == 0 and "Kedro" in asked.stdout, asked.stderr
