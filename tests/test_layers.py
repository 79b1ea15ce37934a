"""The folders are the layers: each module imports only from its own layer and the ones below it."""

from __future__ import annotations

import ast
from pathlib import Path

BOT = Path(__file__).resolve().parents[1] / "bot"

# what each layer may import from bot/ (besides itself); see README, Development
ALLOWED = {
    "radar": set(),
    "messages": {"radar"},
    "storage": {"radar"},
    "services": {"radar", "messages", "storage", "config"},
    "slack": {"radar", "messages", "storage", "services", "config"},
    "web": {"radar", "messages", "storage", "services", "config", "slack"},
    "cli": {"radar", "messages", "storage", "services", "config", "slack", "web", "catalog"},
}


def layer_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("bot."):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("bot."))
    return found


def test_every_layer_imports_only_downwards() -> None:
    wrong = []
    for layer, allowed in ALLOWED.items():
        for path in (BOT / layer).rglob("*.py"):
            for module in imports_of(path):
                target = layer_of(module)
                if target != layer and target not in allowed:
                    wrong.append(f"{path.relative_to(BOT.parent)} imports {module}")
    assert not wrong, "\n".join(wrong)


def test_the_wheel_lists_every_package_of_the_source_tree() -> None:
    import tomllib

    listed = set(tomllib.loads((BOT.parent / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(BOT.parent).parts) for p in BOT.rglob("__init__.py")}
    assert found <= listed, f"add to pyproject.toml's packages: {sorted(found - listed)}"
