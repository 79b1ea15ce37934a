"""Set up and run the project with nothing but Python 3: `python3 tasks.py run|test [args...]`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")


def ensure_venv(extras: str = "") -> None:
    if not (BIN / "python").exists() and not (BIN / "python.exe").exists():
        print("creating .venv ...", flush=True)
        venv.create(VENV, with_pip=True)
    target = f".[{extras}]" if extras else "."
    print(f"installing {target} into .venv ...", flush=True)
    subprocess.run(
        [str(BIN / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-e", target],
        cwd=ROOT,
        check=True,
    )


def ensure_chromium() -> None:
    """The browser test drives Debian's Chromium; install it when missing and this machine allows (root, apt-get)."""
    if shutil.which("chromium") or Path("/usr/bin/chromium").exists():
        return
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("apt-get"):
        print(
            "Chromium is not installed and cannot be installed here (needs root and apt-get); the browser test will skip outside CI.",
            flush=True,
        )
        return
    print("installing chromium with apt-get ...", flush=True)
    quiet = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-q"], check=True, env=quiet)
    subprocess.run(
        ["apt-get", "install", "-y", "-q", "--no-install-recommends", "chromium", "fonts-dejavu-core"],
        check=True,
        env=quiet,
    )


def run(args: list[str]) -> int:
    ensure_venv()
    return subprocess.call([str(BIN / "radar-bot"), *args], cwd=ROOT)


def test(args: list[str]) -> int:
    ensure_venv("test")
    ensure_chromium()
    return subprocess.call([str(BIN / "python"), "-m", "pytest", *args], cwd=ROOT)


TASKS = {"run": run, "test": test}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in TASKS:
        print("usage: python3 tasks.py run [radar-bot args...] | test [pytest args...]", file=sys.stderr)
        return 2
    return TASKS[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    raise SystemExit(main())
