"""Set up and run the project with nothing but Python 3: `python3 tasks.py run|test [args...]`."""

# No `from __future__ import annotations` and only quoted compound annotations: this file must parse and
# run on an old Python 3 (3.6 on) far enough to say which Python is needed.
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")


NEEDED = (3, 11)


def check_python() -> None:
    if sys.version_info < NEEDED:
        found = ".".join(map(str, sys.version_info[:3]))
        sys.exit(f"tasks.py: Python {NEEDED[0]}.{NEEDED[1]} or newer is needed; this is Python {found}.")


def venv_python_version() -> "str | None":
    """The version the existing .venv was made with, from its pyvenv.cfg (None when there is none)."""
    config = VENV / "pyvenv.cfg"
    if not config.exists():
        return None
    for line in config.read_text().splitlines():
        key, _, value = line.partition("=")
        if key.strip() in {"version", "version_info"}:
            return value.strip()
    return ""


def ensure_venv(extras: str = "") -> None:
    check_python()
    made_with = venv_python_version()
    running = ".".join(map(str, sys.version_info[:2]))
    if made_with is not None and not made_with.startswith(running + "."):
        print(f"rebuilding .venv: it was made with Python {made_with or 'unknown'}, this is {running}", flush=True)
        shutil.rmtree(VENV)
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
            "Chromium is not installed and cannot be installed here (needs root and apt-get); the browser test will "
            "skip outside CI.",
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


def run(args: "list[str]") -> int:
    ensure_venv()
    return subprocess.call([str(BIN / "radar-bot"), *args], cwd=ROOT)


CHECKS = (
    ["ruff", "format", "--check", "."],
    ["ruff", "check", "."],
    ["mypy"],
)


def test(args: "list[str]") -> int:
    ensure_venv("test")
    ensure_chromium()
    for check in CHECKS:
        print("$", " ".join(check), flush=True)
        code = subprocess.call([str(BIN / check[0]), *check[1:]], cwd=ROOT)
        if code:
            return code
    # the whole suite runs on every core (pytest-xdist); named tests or options run as given
    parallel = [] if args else ["-n", "auto"]
    return subprocess.call([str(BIN / "python"), "-m", "pytest", *parallel, *args], cwd=ROOT)


TASKS = {"run": run, "test": test}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in TASKS:
        print("usage: python3 tasks.py run [radar-bot args...] | test [pytest args...]", file=sys.stderr)
        return 2
    return TASKS[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    raise SystemExit(main())
