"""The local console: line editing, answers wrapped at the terminal's width, bold, one thread per session."""

from __future__ import annotations

import html
import os
import re
import shutil
import sys
import textwrap
import uuid
from contextlib import suppress
from dataclasses import dataclass
from typing import TextIO

from bot.cli.common import quiet_unless_asked
from bot.services.radar import LOCAL_TEAM, Caller, RadarService

EXIT_WORDS = {"quit", "exit", ":q", "bye"}
PROMPT = "radar> "
BOLD, NORMAL = "\033[1m", "\033[22m"
# stand-ins for the start and end of bold while wrapping: one character each, never a space, never in answers
_OPEN, _CLOSE = "\x01", "\x02"
SLACK_BOLD = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
# "Quadrant:", "Why here:", "1. DVC (Trial):" at the start of a line: the labels Slack's blocks show in bold
LABEL = re.compile(r"^(\s*(?:\d+\.\s+|[•-]\s+)?)([^:\n]{1,40}?:)(?=\s)", re.MULTILINE)
LIST_PREFIX = re.compile(r"\s*(?:(?:\d+\.|[•*-])\s+)?")


@dataclass(frozen=True)
class Terminal:
    """How answers are shown: wrapped at `width` columns (None: not wrapped) and with or without bold."""

    width: int | None = None
    bold: bool = False

    @classmethod
    def of(cls, stream: TextIO) -> Terminal:
        """Wrap and embolden only for a person at a terminal; a pipe or a file gets the plain lines."""
        if not stream.isatty():
            return cls()
        colour = not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"  # https://no-color.org
        return cls(width=max(20, shutil.get_terminal_size().columns), bold=colour)

    def render(self, text: str) -> str:
        # a message's text is escaped for Slack (&amp; &lt; &gt;); a terminal shows the characters themselves
        marked = SLACK_BOLD.sub(rf"{_OPEN}\1{_CLOSE}", html.unescape(text))
        if self.bold:
            marked = LABEL.sub(rf"\1{_OPEN}\2{_CLOSE}", marked)
        if self.width:
            marked = "\n".join(wrap(line, self.width) for line in marked.split("\n"))
        on, off = (BOLD, NORMAL) if self.bold else ("", "")
        return marked.replace(_OPEN, on).replace(_CLOSE, off)


def wrap(line: str, width: int) -> str:
    """One answer line in lines of at most `width` characters, broken between words only; list items hang."""
    if len(line) <= width:
        return line
    prefix = LIST_PREFIX.match(line)
    indent = " " * (prefix.end() if prefix else 0)
    # a word longer than the line (a URL) stays whole on a line of its own rather than being cut
    return textwrap.fill(line, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False)


def console_loop(
    service: RadarService,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    terminal: Terminal | None = None,
) -> int:
    quiet_unless_asked()
    stdin = stdin or sys.stdin  # read at call time, so that a redirected sys.stdin is honoured
    stdout = stdout or sys.stdout
    terminal = terminal or Terminal.of(stdout)
    interactive = stdin.isatty()
    # input() edits the line with readline (arrow keys, history) only when it owns both ends of the terminal
    edited = interactive and stdin is sys.stdin and stdout is sys.stdout
    if edited:
        with suppress(ImportError):  # not on every platform; the console works without it
            import readline  # noqa: F401
    # each session is its own conversation: "why is it on trial?" is about this session's tool, not yesterday's
    caller = Caller(LOCAL_TEAM, channel_id=f"console-{uuid.uuid4().hex[:12]}")
    if interactive:
        intro = (
            f"MLOps Radar console: {len(service.catalog.tools)} tools, database {service.store.source}.\n"
            "Type what you would type in Slack, e.g. `/radar kedro`, `/radar ring trial` or "
            "`@radar we need to version our datasets` (then `@radar why is it on trial?`); `quit` to leave."
        )
        stdout.write(terminal.render(intro) + "\n")
    while True:
        line = read_line(stdin, stdout, interactive, edited)
        if line is None:
            break
        text = line.strip()
        if not text:
            continue
        if text.lower() in EXIT_WORDS:
            break
        stdout.write(terminal.render(service.ask(caller, text).text) + "\n\n")
        stdout.flush()
    return 0


def read_line(stdin: TextIO, stdout: TextIO, interactive: bool, edited: bool) -> str | None:
    """The next line typed, or None at the end of the input."""
    if edited:
        try:
            return input(PROMPT)
        except EOFError:
            stdout.write("\n")
            return None
    if interactive:
        stdout.write(PROMPT)
        stdout.flush()
    line = stdin.readline()
    return line or None
