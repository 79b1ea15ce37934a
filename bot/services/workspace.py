"""What every use case reads: the catalog and its index, the store, the settings, and each team's radar."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from bot.config import Settings
from bot.radar.answers import Radar
from bot.radar.catalog import Catalog
from bot.radar.language.lookup import ToolIndex
from bot.radar.models import Tool
from bot.radar.team import OFF_RADAR, STARTER, RingMove, TeamRadar, fold, starter_placements, team_tool
from bot.storage.store import Store, now
from bot.storage.teams import TeamStore

LOCAL_TEAM = "local"  # the team id the console and command line use without Slack

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Caller:
    """Who is asking, and where: enough to keep each workspace's radar its own."""

    team_id: str
    user_id: str = ""
    channel_id: str = ""
    trigger_id: str = ""  # a slash command's or click's, for opening a modal; empty elsewhere


@dataclass
class Workspace:
    """The catalog, the store and the settings one process serves, shared by every feature."""

    catalog: Catalog
    store: Store
    settings: Settings = field(default_factory=Settings)
    clock: Callable[[], datetime] = now
    index: ToolIndex = field(init=False)
    teams: TeamStore = field(init=False)
    _teams: dict[str, tuple[int, TeamRadar]] = field(default_factory=dict, init=False, repr=False)
    _started: set[str] = field(default_factory=set, init=False, repr=False)

    def __post_init__(self) -> None:
        self.index = ToolIndex(self.catalog)
        self.teams = TeamStore(self.store)

    def team(self, team_id: str) -> TeamRadar:
        """The team's radar: its entries over the catalog. A workspace seen for the first time starts from
        the starter set (RADAR_STARTER)."""
        if team_id not in self._started:
            self.start(team_id)
        # the radar only changes when the database does; a cheap version check spares a query per request
        version = self.store.version()
        cached = self._teams.get(team_id)
        if cached and cached[0] == version:
            return cached[1]
        moves = self.teams.moves(team_id)
        latest: dict[str, RingMove] = {}
        for move in moves:
            if move.changes_ring:
                latest[move.tool_id] = move
        team = TeamRadar(self.catalog, latest, fold(moves), self.team_tools(team_id))
        self._teams[team_id] = (version, team)
        return team

    def whole_catalog(self, team_id: str) -> TeamRadar:
        """Every catalog tool (and the team's own) as one radar: the team's ring where it placed a tool."""
        team = self.team(team_id)
        rings = {t.id: team.ring_of(t).id for t in team.placed()}
        moves = {
            tool_id: RingMove(tool_id, OFF_RADAR, ring, self.clock(), {}, kind="placed")
            for tool_id, ring in rings.items()
        }
        latest = {k: v for k, v in team.latest_moves.items() if v.to_ring}
        return TeamRadar(self.catalog, {**moves, **latest}, None, team.team_tools)

    def start(self, team_id: str, starter: str | None = None, moment: datetime | None = None) -> bool:
        """Place the team's first radar unless it has one; True when this call placed it."""
        starter = starter or self.settings.starter
        moment = moment or self.clock()
        if self.teams.started(team_id):
            self._started.add(team_id)
            return False
        placements = self.starter_placements(starter, moment)
        started = self.teams.start(team_id, starter, placements, moment)
        self._started.add(team_id)
        if started:
            log.info("started the radar of %s from %s: %d tools", team_id, starter, len(placements))
        return started

    def starter_placements(self, starter: str, moment: datetime) -> list[RingMove]:
        if not starter.lower().endswith(".csv"):
            return starter_placements(self.catalog, starter, moment)
        from bot.radar.formats import read_byor_csv

        reading = read_byor_csv(Path(starter).read_text(encoding="utf-8"), self.catalog, self.index)
        note = f"Placed from {Path(starter).name}"
        return [
            RingMove(row.tool_id, OFF_RADAR, row.ring_id, moment, {}, kind="placed", by=STARTER, note=note)
            for row in reading.rings
        ]

    def team_tools(self, team_id: str) -> tuple[Tool, ...]:
        return tuple(
            team_tool(self.catalog, r.tool_id, r.name, r.category, r.description, r.link, r.created_at.year)
            for r in self.teams.tools(team_id)
        )

    def radar(self, team_id: str) -> Radar:
        return Radar(self.team(team_id), self.index)

    def default_team(self) -> str:
        """The workspace the command line speaks for: the only one with votes, else the local one."""
        teams = self.store.teams()
        return teams[0] if len(teams) == 1 else LOCAL_TEAM
