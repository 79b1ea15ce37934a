"""The console in process with a fake terminal: readline, wrapping at the width, bold, a thread per session."""

from __future__ import annotations

import io
import re
import sys

import pytest

from bot.cli.console import BOLD, NORMAL, Terminal, console_loop, wrap
from bot.services.radar import RadarService
from bot.storage.store import Store

ANSI = re.compile(r"\033\[\d+m")


class FakeTerminal(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def answers(out: str) -> list[str]:
    return [block for block in out.split("\n\n") if block.strip()]


def test_lines_wrap_at_the_width_between_words_only(tiny_catalog):
    service = RadarService(tiny_catalog, Store())
    out = io.StringIO()
    console_loop(service, io.StringIO("/radar kedro\n/radar ring trial\n"), out, Terminal(width=50))
    text = out.getvalue()
    lines = text.splitlines()
    assert lines and all(len(line) <= 50 or " " not in line.strip() for line in lines), [
        line for line in lines if len(line) > 50
    ]
    # no word is cut: every word printed is a word of the unwrapped answer
    plain = io.StringIO()
    console_loop(RadarService(tiny_catalog, Store()), io.StringIO("/radar kedro\n/radar ring trial\n"), plain)
    assert text.split() == plain.getvalue().split()
    assert max(len(line) for line in plain.getvalue().splitlines()) > 50  # there was something to wrap


def test_list_items_hang_under_their_text():
    item = "• " + "word " * 30
    wrapped = wrap(item.strip(), 40).splitlines()
    assert wrapped[0].startswith("• ") and all(line.startswith("  ") for line in wrapped[1:])
    numbered = wrap("1. " + "pipeline " * 12, 30).splitlines()
    assert all(line.startswith("   ") for line in numbered[1:])
    url = "https://example.com/" + "x" * 60
    assert wrap(f"Links: {url} next", 30).splitlines() == ["Links:", url, "next"]


def test_bold_for_labels_and_slack_bold_only_on_a_terminal(tiny_catalog, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    rendered = Terminal.of(FakeTerminal()).render("Ring: *Trial* is fine: really\nplain line")
    assert rendered.splitlines()[0] == f"{BOLD}Ring:{NORMAL} {BOLD}Trial{NORMAL} is fine: really"
    assert rendered.splitlines()[1] == "plain line"
    monkeypatch.setenv("NO_COLOR", "1")
    assert Terminal.of(FakeTerminal()).render("Ring: *Trial*") == "Ring: Trial"
    monkeypatch.delenv("NO_COLOR")
    assert Terminal.of(io.StringIO()) == Terminal()  # a pipe: not wrapped, no escape codes
    assert Terminal().render("a *b* c 2*3*4") == "a b c 2*3*4"


def test_a_terminal_session_greets_prompts_and_emboldens(tiny_catalog, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setenv("COLUMNS", "60")
    out = FakeTerminal()
    console_loop(RadarService(tiny_catalog, Store()), FakeTerminal("/radar kedro\nquit\n"), out)
    text = out.getvalue()
    assert ANSI.sub("", text).startswith("MLOps Radar console:") and "radar> " in text
    assert f"{BOLD}Kedro:{NORMAL}" in text
    assert all(len(ANSI.sub("", line)) <= 60 or " " not in line for line in text.splitlines())


def test_readline_edits_the_line_when_the_console_owns_the_terminal(tiny_catalog, monkeypatch):
    """Arrow keys and history come from readline through input(), imported only for a terminal."""
    monkeypatch.delitem(sys.modules, "readline", raising=False)
    imported = []
    real_import = __builtins__["__import__"] if isinstance(__builtins__, dict) else __builtins__.__import__

    def spy(name, *args, **kwargs):
        if name == "readline":
            imported.append(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr("builtins.__import__", spy)
    prompts: list[str] = []
    typed = iter(["/radar ring trial", "quit"])

    def fake_input(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(typed)

    monkeypatch.setattr("builtins.input", fake_input)
    stdin, stdout = FakeTerminal(), FakeTerminal()
    monkeypatch.setattr("sys.stdin", stdin)
    monkeypatch.setattr("sys.stdout", stdout)
    console_loop(RadarService(tiny_catalog, Store()), terminal=Terminal())
    assert imported == ["readline"] and prompts == ["radar> ", "radar> "]
    assert "Trial:" in stdout.getvalue()
    imported.clear()
    console_loop(RadarService(tiny_catalog, Store()), io.StringIO("kedro\n"), io.StringIO())
    assert imported == []  # piped input: no readline, no prompt


def test_each_session_is_a_new_thread(tiny_catalog, tmp_path):
    """Yesterday's tool is not today's "it": a new console session starts a new conversation."""
    path = tmp_path / "radar.db"
    first = io.StringIO()
    console_loop(RadarService(tiny_catalog, Store(path)), io.StringIO("@radar what for experiment tracking?\n"), first)
    assert first.getvalue().startswith("For experiment tracking, my picks")
    same = io.StringIO()
    console_loop(
        RadarService(tiny_catalog, Store(path)),
        io.StringIO("@radar what for experiment tracking?\n@radar why is it on trial?\n"),
        same,
    )
    assert "Weights & Biases is on Trial." in answers(same.getvalue())[1]  # within a session: follow-ups work
    later = io.StringIO()
    console_loop(RadarService(tiny_catalog, Store(path)), io.StringIO("@radar why is it on trial?\n"), later)
    assert "Weights & Biases" not in later.getvalue()


@pytest.mark.parametrize("word", ["quit", "exit", ":q", "bye"])
def test_exit_words_end_the_session(tiny_catalog, word):
    out = io.StringIO()
    console_loop(RadarService(tiny_catalog, Store()), io.StringIO(f"{word}\n/radar kedro\n"), out)
    assert out.getvalue() == ""
