"""What every use case reads: the catalog and its index, the store, the settings, and each team's radar."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.config import Settings
from bot.radar.answers import Radar
from bot.radar.catalog import Catalog
from bot.radar.language.lookup import ToolIndex
from bot.radar.team import TeamRadar
from bot.storage.store import Store

LOCAL_TEAM = "local"  # the team id the console and command line use without Slack


@dataclass(frozen=True)
class Caller:
    """Who is asking, and where: enough to keep each workspace's radar its own."""

    team_id: str
    user_id: str = ""
    channel_id: str = ""


@dataclass
class Workspace:
    """The catalog, the store and the settings one process serves, shared by every feature."""

    catalog: Catalog
    store: Store
    settings: Settings = field(default_factory=Settings)
    index: ToolIndex = field(init=False)
    _teams: dict[str, tuple[int, TeamRadar]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self.index = ToolIndex(self.catalog)

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
