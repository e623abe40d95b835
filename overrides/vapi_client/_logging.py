"""The "vapi_client" logger: redacted request/response records.

Set ``VAPI_LOG=debug`` (or ``info``) to see them on stderr without configuring logging;
otherwise they go wherever your logging configuration sends the "vapi_client" logger.
Records never contain the API key, the Authorization header or a sensitive body field:
bodies go through `_redact.redact`, and non-JSON bodies are summarised, not shown.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from typing import Any

import httpx

from ._redact import redact

logger = logging.getLogger("vapi_client")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def configure_from_env() -> None:
    """Apply VAPI_LOG once per process: set the level and add a stderr handler if none is set up."""
    level = _LEVELS.get(os.environ.get("VAPI_LOG", "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


def log_request(request: httpx.Request, json_body: Any, attempt: int) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        body = "" if json_body is None else " " + json.dumps(redact(json_body))
        logger.debug("request %s %s (attempt %d)%s", request.method, request.url, attempt, body)


def log_response(request: httpx.Request, response: httpx.Response, elapsed: float, scrub: Callable[[str], str]) -> None:
    """`scrub` removes secrets we sent that the server may echo in places `redact` can't know."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "response %s %s -> %d in %.3fs %s",
            request.method,
            request.url,
            response.status_code,
            elapsed,
            scrub(_summary(response)),
        )


def log_failure(request: httpx.Request, reason: str, elapsed: float) -> None:
    logger.debug("no response %s %s after %.3fs: %s", request.method, request.url, elapsed, reason)


def log_retry(request: httpx.Request, reason: str, delay: float, retry: int, max_retries: int) -> None:
    logger.info(
        "retrying %s %s in %.2fs (retry %d of %d) after %s",
        request.method,
        request.url,
        delay,
        retry,
        max_retries,
        reason,
    )


def _summary(response: httpx.Response) -> str:
    try:
        return json.dumps(redact(json.loads(response.content)))
    except ValueError:
        kind = response.headers.get("content-type", "no content type")
        return f"<{len(response.content)} bytes, {kind}>"
