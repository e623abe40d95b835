"""The "vapi_client" logger: redacted request/response records.

Set ``VAPI_LOG=debug`` (or ``info``) to see them on stderr without configuring logging;
otherwise they go wherever your logging configuration sends the "vapi_client" logger.
Records never contain the API key, the Authorization header or a sensitive body field:
bodies go through `_redaction.redact` and then the request's `Scrubber` (which replaces the
secrets we sent wherever the server echoes them), and non-JSON bodies are summarised, not shown.
"""

from __future__ import annotations

import json
import logging
import os
from typing import TYPE_CHECKING, Any

import httpx

from .. import _json_guard
from .._redaction import redact

if TYPE_CHECKING:
    from .._redaction import Scrubber

logger = logging.getLogger("vapi_client")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}

#: The VAPI_LOG value last applied, so constructing many clients configures logging once.
_applied: str | None = None


def configure_from_env() -> None:
    """Apply VAPI_LOG: set the logger's level and, if logging is not set up at all, a stderr handler.

    Runs once per VAPI_LOG value. A handler is added only when neither the "vapi_client" logger
    nor the root logger has one: with logging configured, records already go somewhere, and
    a second handler would print each line twice.
    """
    global _applied
    setting = os.environ.get("VAPI_LOG", "").strip().lower()
    level = _LEVELS.get(setting)
    if level is None or setting == _applied:
        return
    _applied = setting
    logger.setLevel(level)
    if not logger.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


def debugging() -> bool:
    """Whether request and response records are kept: callers skip building what they would show."""
    return logger.isEnabledFor(logging.DEBUG)


def log_request(shown: str, json_body: Any, attempt: int, scrub: Scrubber) -> None:
    """`shown`: the method and URL, already made safe to show (see `Attempts._shown`)."""
    if logger.isEnabledFor(logging.DEBUG):
        body = "" if json_body is None else " " + _dump(json_body, scrub)
        logger.debug("request %s (attempt %d)%s", shown, attempt, body)


def log_response(shown: str, response: httpx.Response, elapsed: float, scrub: Scrubber) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("response %s -> %d in %.3fs %s", shown, response.status_code, elapsed, _summary(response, scrub))


def log_failure(shown: str, reason: str, elapsed: float) -> None:
    logger.debug("no response %s after %.3fs: %s", shown, elapsed, reason)


def log_retry(shown: str, reason: str, delay: float, retry: int, max_retries: int) -> None:
    logger.info("retrying %s in %.2fs (retry %d of %d) after %s", shown, delay, retry, max_retries, reason)


def _dump(value: Any, scrub: Scrubber) -> str:
    # Scrubbed before dumping: json.dumps escapes characters, and an escaped secret would not match.
    return json.dumps(scrub.json(redact(value)))


def _summary(response: httpx.Response, scrub: Scrubber) -> str:
    try:
        return _dump(_json_guard.parse(response.content), scrub)
    except (ValueError, RecursionError, httpx.ResponseNotRead):  # not JSON (NaN, too deep), or not read
        pass
    kind = response.headers.get("content-type", "no content type")
    try:
        size = f"{len(response.content)} bytes"
    except httpx.ResponseNotRead:
        size = "body not read"
    return f"<{size}, {kind}>"
