"""tasks.py: it stops on a Python older than 3.11 with one line, and rebuilds a .venv another Python made."""

from __future__ import annotations

import ast
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

import tasks


@pytest.fixture
def fake_venv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SimpleNamespace:
    """tasks.py pointed at a .venv in a temporary folder; creating venvs and running pip are only recorded."""
    made: list[Path] = []
    commands: list[list[str]] = []
    root = tmp_path / ".venv"
    monkeypatch.setattr(tasks, "VENV", root)
    monkeypatch.setattr(tasks, "BIN", root / "bin")

    def create(path: Path, with_pip: bool = False) -> None:
        made.append(Path(path))
        (Path(path) / "bin").mkdir(parents=True)
        (Path(path) / "bin" / "python").write_text("")

    monkeypatch.setattr(tasks.venv, "create", create)
    monkeypatch.setattr(tasks.subprocess, "run", lambda command, **kwargs: commands.append(command))
    return SimpleNamespace(root=root, made=made, commands=commands)


def running(monkeypatch: pytest.MonkeyPatch, *version: int, argv: list[str] | None = None) -> None:
    """tasks.py sees this version of Python (only its own `sys` name is replaced)."""
    fake = SimpleNamespace(version_info=version, exit=sys.exit, stderr=sys.stderr, argv=argv or ["tasks.py"])
    monkeypatch.setattr(tasks, "sys", fake)


def make_venv(root: Path, version: str) -> None:
    (root / "bin").mkdir(parents=True)
    (root / "bin" / "python").write_text("")
    (root / "pyvenv.cfg").write_text(f"home = /usr/bin\ninclude-system-site-packages = false\nversion = {version}\n")


@pytest.mark.parametrize("version", [(3, 10, 12), (3, 8, 0), (3, 6, 15)])
def test_an_old_python_is_stopped_with_one_line_naming_both_versions(fake_venv, monkeypatch, version):
    make_venv(fake_venv.root, "3.11.7")
    running(monkeypatch, *version, argv=["tasks.py", "run"])
    with pytest.raises(SystemExit) as stopped:
        tasks.main()
    found = ".".join(map(str, version))
    assert stopped.value.code == f"tasks.py: Python 3.11 or newer is needed; this is Python {found}."
    # nothing was touched: a later run with the right Python still finds the venv as it was
    assert fake_venv.made == [] and fake_venv.commands == [] and (fake_venv.root / "pyvenv.cfg").exists()


def test_a_venv_made_by_another_python_is_rebuilt(fake_venv, monkeypatch, capsys):
    make_venv(fake_venv.root, "3.10.12")
    (fake_venv.root / "stale-marker").write_text("left by the old Python")
    running(monkeypatch, 3, 11, 7)
    tasks.ensure_venv()
    assert "rebuilding .venv: it was made with Python 3.10.12, this is 3.11" in capsys.readouterr().out
    assert fake_venv.made == [fake_venv.root] and not (fake_venv.root / "stale-marker").exists()
    [install] = fake_venv.commands
    assert install[1:5] == ["-m", "pip", "install", "--quiet"] and install[-2:] == ["-e", "."]


def test_a_venv_of_this_python_is_kept(fake_venv, monkeypatch, capsys):
    make_venv(fake_venv.root, "3.11.2")
    running(monkeypatch, 3, 11, 7)
    tasks.ensure_venv("test")
    assert fake_venv.made == [] and "rebuilding" not in capsys.readouterr().out
    assert fake_venv.commands[0][-1] == ".[test]"


def test_no_venv_yet_is_created(fake_venv, monkeypatch):
    running(monkeypatch, 3, 12, 1)
    assert tasks.venv_python_version() is None
    tasks.ensure_venv()
    assert fake_venv.made == [fake_venv.root] and len(fake_venv.commands) == 1


def test_tasks_py_parses_on_an_old_python():
    """The version check can only speak if the file gets that far: no syntax or annotation newer than 3.6."""
    source = Path(tasks.__file__).read_text()
    tree = ast.parse(source, feature_version=(3, 6))
    assert not any(isinstance(n, ast.ImportFrom) and n.module == "__future__" for n in tree.body)
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            annotations = [a.annotation for a in node.args.args] + [node.returns]
            for annotation in annotations:
                # evaluated when the def runs: only a plain name, None or a string is safe before 3.9/3.10
                assert annotation is None or isinstance(annotation, ast.Name | ast.Constant), (node.name, annotation)


def test_readme_states_the_requirement():
    readme = (Path(tasks.__file__).parent / "README.md").read_text()
    assert "Python 3.11 or newer" in readme and tasks.NEEDED == (3, 11)
