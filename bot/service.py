"""The one object listeners and the command line call: catalog + store + the radar core."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable

from bot.blocks import Message, render
from bot.config import Settings
from bot.radar.answers import Radar
from bot.radar.catalog import Catalog, load_catalog
from bot.radar.commands import parse
from bot.radar.lookup import ToolIndex
from bot.radar.team import TeamRadar
from bot.store import Store

log = logging.getLogger(__name__)

LOCAL_TEAM = "local"  # the team id the console and command line use without Slack


@dataclass(frozen=True)
class Caller:
    """Who is asking, and where: enough to keep each workspace's radar its own."""

    team_id: str
    user_id: str = ""
    channel_id: str = ""


# A sub-command that needs more than the pure core (the store, settings): (caller, argument) -> reply
CommandHandler = Callable[[Caller, str], Message]


@dataclass
class RadarService:
    catalog: Catalog
    store: Store
    index: ToolIndex = field(init=False)
    handlers: dict[str, CommandHandler] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.index = ToolIndex(self.catalog)

    @classmethod
    def from_settings(cls, settings: Settings) -> "RadarService":
        return cls(load_catalog(settings.catalog_dir), Store(settings.db_path))

    def team(self, team_id: str) -> TeamRadar:
        return TeamRadar(self.catalog, self.store.latest_moves(team_id))

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

    def command(self, caller: Caller, text: str) -> Message:
        """Answer `/radar <text>` for a workspace."""
        parsed = parse(text)
        handler = self.handlers.get(parsed.name)
        if handler:
            return handler(caller, parsed.argument)
        return render(self.radar(caller.team_id).answer(parsed), query=text.strip())
