"""The one object listeners and the command line call: catalog + store + the radar core."""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Awaitable, Callable

from bot.blocks import Message, render
from bot import sharing
from bot.config import Settings
from bot.radar.answers import Radar
from bot.radar.catalog import Catalog, load_catalog
from bot.radar.commands import parse
from bot.radar.lookup import ToolIndex
from bot.radar.team import TeamRadar
from bot.store import Store
from bot.team_votes import PollConfig, TeamVotes

log = logging.getLogger(__name__)

ANSWER_CACHE_SIZE = 1024
LOCAL_TEAM = "local"  # the team id the console and command line use without Slack


@dataclass(frozen=True)
class Caller:
    """Who is asking, and where: enough to keep each workspace's radar its own."""

    team_id: str
    user_id: str = ""
    channel_id: str = ""


# A sub-command that needs more than the pure core (the store, settings): (caller, argument) -> reply
CommandHandler = Callable[[Caller, str], Message]
# A sub-command that calls the Web API, answered after the acknowledgement: (caller, argument) -> reply
SlackCommandHandler = Callable[[Caller, str], Awaitable[Message]]


@dataclass
class RadarService:
    catalog: Catalog
    store: Store
    settings: Settings = field(default_factory=Settings)
    index: ToolIndex = field(init=False)
    handlers: dict[str, CommandHandler] = field(default_factory=dict)
    # keyed by sub-command ("chart") or sub-command and first word ("poll close")
    slack_handlers: dict[str, SlackCommandHandler] = field(default_factory=dict)
    votes: TeamVotes = field(init=False)
    _teams: dict[str, tuple[tuple[int, int], TeamRadar]] = field(default_factory=dict, init=False, repr=False)
    _answers: OrderedDict[tuple[str, str, tuple[int, int]], Message] = field(default_factory=OrderedDict, init=False, repr=False)

    def __post_init__(self) -> None:
        self.index = ToolIndex(self.catalog)
        self.votes = TeamVotes(self, PollConfig.from_settings(self.settings))
        self.votes.install()
        sharing.install(self)

    @classmethod
    def from_settings(cls, settings: Settings) -> "RadarService":
        return cls(load_catalog(settings.catalog_dir), Store(settings.db_path), settings)

    def team(self, team_id: str) -> TeamRadar:
        # the radar only changes when the database does; a cheap version check spares a query per request
        version = self.store.version()
        cached = self._teams.get(team_id)
        if cached and cached[0] == version:
            return cached[1]
        team = TeamRadar(self.catalog, self.store.latest_moves(team_id))
        self._teams[team_id] = (version, team)
        return team

    def radar(self, team_id: str) -> Radar:
        return Radar(self.team(team_id), self.index)

    def default_team(self) -> str:
        """The workspace the command line speaks for: the only one with votes, else the local one."""
        teams = self.store.teams()
        return teams[0] if len(teams) == 1 else LOCAL_TEAM

    def ask(self, caller: Caller, text: str) -> Message:
        """Answer console or command-line input: `/radar ...` or a plain tool name."""
        stripped = text.strip()
        if stripped.lower().startswith("/radar"):
            stripped = stripped[len("/radar"):]
        return self.command(caller, stripped)

    def slack_handler(self, text: str) -> Callable[[Caller], Awaitable[Message]] | None:
        """The Web API handler for `/radar <text>`, if one is registered, bound to its argument."""
        parsed = parse(text)
        first, _, rest = parsed.argument.partition(" ")
        for key, argument in ((f"{parsed.name} {first.lower()}", rest.strip()), (parsed.name, parsed.argument)):
            handler = self.slack_handlers.get(key)
            if handler:
                return lambda caller: handler(caller, argument)
        return None

    def command(self, caller: Caller, text: str) -> Message:
        """Answer `/radar <text>` for a workspace."""
        parsed = parse(text)
        handler = self.handlers.get(parsed.name)
        if handler:
            return handler(caller, parsed.argument)
        # answers are pure functions of (team radar, text): repeated questions are served from memory
        key = (caller.team_id, text.strip(), self.store.version())
        message = self._answers.get(key)
        if message is None:
            message = render(self.radar(caller.team_id).answer(parsed), query=text.strip())
            self._answers[key] = message
            if len(self._answers) > ANSWER_CACHE_SIZE:
                self._answers.popitem(last=False)
        return message
