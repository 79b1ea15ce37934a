"""Thread memory and answered events in SQLite: recall, expiry, one claim per key, survival on disk."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.radar.language.question import Memory
from bot.services.threads import ThreadKey, Threads
from bot.storage.store import Store

NOON = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
KEY = ThreadKey("T1", "C1", "1700000000.000100")


def test_a_thread_remembers_its_tools_intent_and_need():
    threads = Threads(Store())
    memory = Memory(("wandb", "mlflow"), "recommend", ("experiment-tracking",))
    threads.remember(KEY, memory, at=NOON)
    assert threads.recall(KEY, at=NOON + timedelta(hours=1)) == memory
    assert threads.recall(ThreadKey("T1", "C1", "1700000000.000200"), at=NOON) is None
    assert threads.recall(ThreadKey("T2", "C1", KEY.thread_ts), at=NOON) is None  # another workspace


def test_what_the_person_insisted_on_is_remembered_with_the_thread():
    threads = Threads(Store())
    memory = Memory(("cvat",), "recommend", ("labelling",), insists=("license:open-source", "no-kubernetes"))
    threads.remember(KEY, memory, at=NOON)
    assert threads.recall(KEY, at=NOON + timedelta(hours=1)) == memory


def test_the_words_a_need_was_told_in_are_remembered_with_the_thread():
    threads = Threads(Store())
    memory = Memory(("vllm", "ollama"), "recommend", ("serving",), words=("llm", "npc", "prototyp", "serv"))
    threads.remember(KEY, memory, at=NOON)
    assert threads.recall(KEY, at=NOON + timedelta(hours=1)) == memory


def test_a_ring_just_explained_is_remembered_with_the_thread():
    threads = Threads(Store())
    memory = Memory((), "concept", idea="ring:hold")
    threads.remember(KEY, memory, at=NOON)
    assert threads.recall(KEY, at=NOON + timedelta(hours=1)) == memory


def test_the_latest_answer_replaces_the_memory_and_renews_it():
    threads = Threads(Store())
    threads.remember(KEY, Memory(("dvc",), "lookup"), at=NOON)
    threads.remember(KEY, Memory(("kedro",), "lookup"), at=NOON + timedelta(hours=20))
    assert threads.recall(KEY, at=NOON + timedelta(hours=30)) == Memory(("kedro",), "lookup")


def test_a_quiet_thread_forgets():
    threads = Threads(Store(), ttl=timedelta(hours=24))
    threads.remember(KEY, Memory(("dvc",), "lookup"), at=NOON)
    assert threads.recall(KEY, at=NOON + timedelta(hours=23)) is not None
    assert threads.recall(KEY, at=NOON + timedelta(hours=24, seconds=1)) is None


def test_each_key_is_claimed_once():
    threads = Threads(Store())
    assert threads.first_time("event:Ev1", "message:T1:C1:1.1")
    assert not threads.first_time("event:Ev1", "message:T1:C1:1.1")  # a retry
    assert not threads.first_time("event:Ev2", "message:T1:C1:1.1")  # the same message as another event
    assert threads.first_time("event:Ev3", "message:T1:C1:1.2")


def test_a_released_claim_can_be_taken_again():
    threads = Threads(Store())
    assert threads.first_time("event:Ev1")
    threads.release("event:Ev1")
    assert threads.first_time("event:Ev1")


def test_memory_and_claims_survive_a_restart(tmp_path):
    path = tmp_path / "radar.db"
    store = Store(path)
    Threads(store).remember(KEY, Memory(("dvc",), "lookup"))
    assert Threads(store).first_time("event:Ev1")
    store.close()
    reopened = Threads(Store(path))
    assert reopened.recall(KEY) == Memory(("dvc",), "lookup")
    assert not reopened.first_time("event:Ev1")


def test_old_rows_are_pruned():
    store = Store()
    threads = Threads(store)
    threads.first_time("event:old", at=NOON - timedelta(days=2))
    threads.remember(KEY, Memory(("dvc",), "lookup"), at=NOON - timedelta(days=2))
    threads.remember(ThreadKey("T1", "C1", "2"), Memory(("kedro",), "lookup"), at=NOON)
    threads.prune(NOON)
    assert store.db.execute("SELECT COUNT(*) FROM seen_events").fetchone()[0] == 0
    assert store.db.execute("SELECT COUNT(*) FROM thread_memory").fetchone()[0] == 1


def test_a_damaged_row_reads_as_no_memory():
    store = Store()
    threads = Threads(store)
    threads.remember(KEY, Memory(("dvc",), "lookup"), at=NOON)
    store.db.execute("UPDATE thread_memory SET tools = 'not json'")
    assert threads.recall(KEY, at=NOON) is None


def test_the_tools_ruled_out_are_remembered_with_the_thread():
    threads = Threads(Store())
    memory = Memory(("litellm", "helicone"), "recommend", ("llm-gateway",), refused=("portkey-ai-gateway",))
    threads.remember(KEY, memory, at=NOON)
    assert threads.recall(KEY, at=NOON + timedelta(hours=1)) == memory
