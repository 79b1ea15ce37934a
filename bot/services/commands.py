"""The one table of what `/radar` understands: each sub-command's usage, its answer, and what needs the Web API."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from bot.messages.blocks import Message
from bot.radar.commands import Command, Usage, parse
from bot.services.workspace import Caller

# (caller, argument) -> the reply, given in the acknowledgement
Handler = Callable[[Caller, str], Message]


class WebApiCommands(Protocol):
    """Sub-commands answered after the acknowledgement because they call Slack's Web API (bot.slack.commands)."""

    async def post_chart(self, caller: Caller, argument: str) -> Message: ...

    async def close_poll(self, caller: Caller, argument: str) -> Message: ...

    async def open_poll(self, caller: Caller, argument: str) -> Message: ...

    async def edit_tool(self, caller: Caller, argument: str) -> Message: ...


# picks the Web API answer from the Slack side: `lambda api: api.post_chart`
LaterHandler = Callable[[WebApiCommands], Callable[[Caller, str], Awaitable[Message]]]


@dataclass(frozen=True)
class SubCommand:
    """One thing `/radar` understands."""

    name: str
    usage: str
    what: str
    answer: Handler  # in the acknowledgement; without Slack (console, `ask`) the whole answer
    later: LaterHandler | None = None  # with Slack: after the acknowledgement, through the Web API
    words: tuple[SubCommand, ...] = ()  # second words with answers of their own ("poll close")
    # whether the argument fits this sub-command; if not, the words are read as a question
    fits: Callable[[str], bool] | None = None


@dataclass(frozen=True)
class Resolved:
    """A sub-command picked from `/radar` text, with its argument."""

    command: SubCommand
    argument: str

    def answer(self, caller: Caller) -> Message:
        return self.command.answer(caller, self.argument)

    def later(self, web_api: WebApiCommands | None) -> Callable[[Caller], Awaitable[Message]] | None:
        """The Web API answer bound to its argument, when there is Slack to answer through."""
        later = self.command.later
        if later is None or web_api is None:
            return None
        handler, argument = later(web_api), self.argument
        return lambda caller: handler(caller, argument)


class CommandTable:
    """Sub-commands in the order help shows them, and the short words that stand for them."""

    def __init__(self, commands: Sequence[SubCommand], aliases: Mapping[str, str]) -> None:
        self.commands = tuple(commands)
        self.aliases = dict(aliases)
        self._by_name = {c.name: c for c in self.commands}

    def __iter__(self) -> object:
        return iter(self.commands)

    def names(self) -> tuple[str, ...]:
        return tuple(self._by_name)

    def usages(self) -> tuple[Usage, ...]:
        return tuple(Usage(c.usage, c.what) for c in self.commands) + tuple(
            Usage(w.usage, w.what) for c in self.commands for w in c.words
        )

    def parse(self, text: str) -> Command:
        return parse(text, self._by_name, self.aliases)

    def resolve(self, text: str) -> Resolved:
        """The sub-command `/radar <text>` asks for; anything that is not one (or does not fit) is `lookup`."""
        parsed = self.parse(text)
        command = self._by_name.get(parsed.name) or self._by_name["lookup"]
        if command.name != "lookup" and command.fits is not None and not command.fits(parsed.argument):
            return Resolved(self._by_name["lookup"], " ".join(text.split()))
        first, _, rest = parsed.argument.partition(" ")
        for word in command.words:
            if word.name == first.lower():
                return Resolved(word, rest.strip())
        argument = parsed.argument if command.name != "lookup" else " ".join(text.split())
        return Resolved(command, argument)
