"""Place one call per customer from a Celery queue, never twice, even when workers die (README: "Exactly once").

Needs `pip install 'vapi-client[celery]'`. The broker is a SQLite file by default (no server); set
CELERY_BROKER_URL to use Redis (`redis://localhost:6379/0`) or RabbitMQ (`amqp://guest@localhost//`), and
CELERY_RESULT_BACKEND to keep each job's call id (none by default). Against a mock, with VAPI_BASE_URL and
VAPI_API_KEY set:

    celery -A examples.celery_calls worker --concurrency=2                  # one or more workers
    python -m examples.celery_calls ASSISTANT_ID PHONE_NUMBER_ID +14155550123 +14155550124   # enqueue

How a job stays exactly once:
- `acks_late` and `reject_on_worker_lost`: a job is acknowledged when it ends, so one whose process dies is
  requeued, never lost. The broker must keep unacknowledged jobs to survive a whole worker dying: Redis and
  RabbitMQ do; the SQLite default does not (it survives a task's process being killed, not its worker).
- The task id is the create's `request_id`, stored on the call; the job carries the time it was enqueued
  (before any attempt) as `attempted_since`.
- Only a job that ran before (redelivered, or retried) looks for its call before creating it: a first
  attempt costs no extra request.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from functools import cache
from typing import Any

from celery import Celery, Task
from celery.result import AsyncResult
from kombu.transport import sqlalchemy as kombu_sqlalchemy
from vapi_client import (
    APIConnectionError,
    CallCreationUncertainError,
    InternalServerError,
    RateLimitError,
    VapiClient,
)

PLACE_CALL = "celery_calls.place_call"
#: Seconds before a job whose outcome is unknown tries again (and looks for its call first).
RETRY_AFTER = 5.0
#: Errors after which a job tries again: the call may exist (uncertain) or was surely not placed.
TRANSIENT = (CallCreationUncertainError, APIConnectionError, RateLimitError, InternalServerError)


class _SQLiteChannel(kombu_sqlalchemy.Channel):
    def _restore(self, message: Any) -> None:
        # kombu's virtual transports mark a requeued message outside the delivery_info a worker reads: mark it
        # there too, so a job requeued after its process died knows it may have created its call.
        message.delivery_info["redelivered"] = True
        super()._restore(message)


class SQLiteTransport(kombu_sqlalchemy.Transport):
    """Celery's SQLAlchemy transport, with requeued jobs marked as redelivered (as Redis and RabbitMQ do)."""

    Channel = _SQLiteChannel
    polling_interval = 0.1  # seconds between looks at an empty queue (kombu: 1)


def make_app(
    broker_url: str | None = None, result_backend: str | None = None, transport_options: dict[str, Any] | None = None
) -> Celery:
    """The Celery app: the broker and result backend from the arguments, the environment, or the defaults.

    With Redis, a dead worker's unacknowledged jobs come back after `visibility_timeout` seconds (kombu's
    default: an hour; CELERY_VISIBILITY_TIMEOUT): keep it above your longest job, or a running job is
    delivered a second time while it runs.
    """
    broker_url = broker_url or os.environ.get("CELERY_BROKER_URL") or "sqlite:///celery-broker.sqlite"
    result_backend = result_backend or os.environ.get("CELERY_RESULT_BACKEND")  # e.g. redis://..., file:///dir
    visibility = {"visibility_timeout": float(v)} if (v := os.environ.get("CELERY_VISIBILITY_TIMEOUT")) else {}
    app = Celery("celery_calls", broker=broker_url, backend=result_backend)
    app.conf.update(
        broker_transport=SQLiteTransport if broker_url.startswith("sqlite:") else None,
        broker_transport_options={**visibility, **(transport_options or {})},  # SQLite: create_engine() arguments
        task_acks_late=True,  # acknowledged when the job ends: a job whose worker dies is redelivered
        task_reject_on_worker_lost=True,  # ...and requeued when its process is killed
        worker_prefetch_multiplier=1,  # a dead worker held at most one job per process
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        broker_connection_retry_on_startup=True,
    )
    app.task(bind=True, name=PLACE_CALL, max_retries=5)(place_call)
    return app


@cache
def client() -> VapiClient:
    """One client per worker process, made after the fork (VAPI_API_KEY, VAPI_BASE_URL)."""
    return make_client()


def make_client() -> VapiClient:
    return VapiClient()


def ran_before(task: Task) -> bool:
    """Whether this job may have run before: redelivered by the broker (its worker died) or retried."""
    delivery = task.request.delivery_info or {}
    return bool(task.request.retries or delivery.get("redelivered"))


def place_call(task: Task, assistant_id: str, phone_number_id: str, number: str, enqueued_at: str) -> str:
    """Call one customer; the call's id. A job that ran before looks for its call first."""
    attempted_since = datetime.fromisoformat(enqueued_at) if ran_before(task) else None
    try:
        call = client().calls.create(
            assistant_id=assistant_id,
            phone_number_id=phone_number_id,
            customer={"number": number},
            request_id=task.request.id,  # the job's own id: stored on the call, found again by it
            attempted_since=attempted_since,
        )
    except TRANSIENT as error:
        raise task.retry(exc=error, countdown=RETRY_AFTER) from error
    return str(call.id)


def enqueue(app: Celery, assistant_id: str, phone_number_id: str, numbers: list[str]) -> list[AsyncResult]:
    """One job per customer, each carrying when it was enqueued: no attempt can have been sent before."""
    enqueued_at = datetime.now(UTC).isoformat()
    return [app.send_task(PLACE_CALL, args=[assistant_id, phone_number_id, n, enqueued_at]) for n in numbers]


app = make_app()

if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit("usage: python -m examples.celery_calls ASSISTANT_ID PHONE_NUMBER_ID NUMBER [NUMBER ...]")
    for result in enqueue(app, sys.argv[1], sys.argv[2], sys.argv[3:]):
        print(result.id)
