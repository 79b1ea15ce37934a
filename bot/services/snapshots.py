"""A team's radar as a snapshot: its rings now, the tools new to it, the latest poll's moves, each history."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.radar.snapshot import Snapshot, new_tools, poll_marks
from bot.services.workspace import Workspace
from bot.storage.snapshots import SnapshotStore


def take_snapshot(
    workspace: Workspace, team_id: str, moment: datetime | None = None, record: bool = True, whole: bool = False
) -> Snapshot:
    """The team's radar now (`whole`: the whole catalog, the team's rings where it placed tools). `record` notes
    tools the team sees for the first time (Slack and the command line do; page views only read, so that
    visiting a page never changes anything)."""
    moment = moment or datetime.now(UTC)
    store = SnapshotStore(workspace.store)
    team = workspace.whole_catalog(team_id) if whole else workspace.team(team_id)
    catalog = workspace.catalog
    first_seen = store.sightings(team_id, [t.id for t in team.placed()], moment, record)
    return Snapshot(
        team=team,
        as_of=moment,
        new=new_tools(first_seen, moment),
        moved=poll_marks(store.latest_poll_moves(team_id), catalog.rings),
        history=store.histories(team_id),
        first_seen=first_seen,
    )
