"""A database written before the team's radar existed migrates in place, and nothing is lost."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.radar.catalog import load_catalog
from bot.services.radar import RadarService
from bot.storage.store import Store

# made by the code of main before this change (votes moved Kedro, an imported sheet moved DVC, MLflow is
# proposed, a thread remembers Kedro); see tests/fixtures/README.md
BEFORE = Path(__file__).resolve().parents[1] / "fixtures" / "radar-before-team-radar.db"


def test_an_old_database_migrates_in_place_and_keeps_every_decision(tmp_path: Path) -> None:
    path = tmp_path / "radar.db"
    shutil.copy(BEFORE, path)
    store = Store(path)
    assert "0005_team_radar" in {row["name"] for row in store.db["migrations"].rows}
    service = RadarService(load_catalog(), store)
    team = service.team("T1")
    kedro, dvc = service.catalog.tool("kedro"), service.catalog.tool("dvc")
    # what the team voted on or imported is on its radar, in the ring it chose, with its history
    assert team.on_radar(kedro) and team.ring_of(kedro).id == "trial"
    assert team.on_radar(dvc) and team.ring_of(dvc).id == "adopt"
    [voted] = service.store.history("T1", "kedro")
    assert (voted.from_ring, voted.to_ring, voted.what, voted.tally["trial"]) == ("assess", "trial", "moved", 3)
    assert voted.poll_link == "https://example.slack.com/archives/C1/p10001"
    [imported] = service.store.history("T1", "dvc")
    assert (imported.from_ring, imported.to_ring) == ("trial", "adopt")
    # the rest of the first radar comes from the starter set; the votes were not overwritten by it
    seeds = {s.tool for s in service.catalog.seeds}
    assert seeds <= {t.id for t in team.placed()} | {"kedro"}
    assert team.ring_of(kedro).id == "trial"
    # the pending proposal is still waiting for the next ballot, and the thread still remembers
    assert [p.tool_id for p in service.votes.polls.pending_proposals("T1")] == ["mlflow"]
    store.close()
    again = Store(path)
    assert again.migrate() == []
    again.close()
