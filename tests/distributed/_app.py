"""The Celery app the kill test's workers run (`celery -A tests.distributed._app worker`): the recipe in
examples/celery_calls.py as it is, with a client tuned for a fast local run and the test's broker options."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from celery.signals import task_postrun, task_prerun
from vapi_client import ReconcilePolicy, VapiClient

from examples import celery_calls

#: A job's longest run: a resumed look (window) + a create that times out + its reconcile (window), well
#: under the Redis visibility timeout the test sets, so a running job is never delivered twice.
POLICY = ReconcilePolicy(window=2.0, interval=0.25, clock_skew=5.0)


def _client() -> VapiClient:
    return VapiClient(timeout=1.5, max_retries=2, reconcile=POLICY)


celery_calls.make_client = _client
celery_calls.RETRY_AFTER = 0.5
app = celery_calls.make_app(transport_options=json.loads(os.environ.get("TEST_TRANSPORT_OPTIONS", "{}")))
# How long a worker waits for a killed pool process's last word before requeueing its job (Celery: 10 s).
app.conf.worker_lost_wait = 0.5

#: Where each pool process running a job keeps a file named by its pid, for the test to aim its kills at; the
#: job stays open GUARD seconds after the file is gone, so a kill aimed just before still lands inside it.
RUNNING = Path(os.environ.get("TEST_RUNNING_DIR", ""))
GUARD = float(os.environ.get("TEST_KILL_GUARD", "0"))


@task_prerun.connect
def _running(**_: Any) -> None:
    if RUNNING.name:
        (RUNNING / str(os.getpid())).touch()


@task_postrun.connect
def _done(**_: Any) -> None:
    if RUNNING.name:
        (RUNNING / str(os.getpid())).unlink(missing_ok=True)
        time.sleep(GUARD)  # still inside the job: its result has not reached the worker
