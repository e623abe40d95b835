"""Keep a presigned URL's credentials out of httpx's and httpcore's own log records.

httpx logs every request's URL at INFO ("HTTP Request: GET https://storage/...?X-Amz-Signature=...") and
httpcore, at DEBUG, every response's headers (the API's ``Location`` holds the presigned URL). With
``logging.basicConfig(level=logging.DEBUG)`` both reach the root handlers, outside the redaction of the
"vapi_client" logger. So the first download installs `PresignedURLFilter` on the "httpx" logger and on
httpcore's (filters of a logger see only its own records, so each of httpcore's is named). It rewrites a record
only when its text holds one of these; every other record passes untouched:

* a secret the client learned from a redirect (the presigned query and each of its values);
* the query of a ``Location`` header in httpcore's header dumps (logged before the client sees the answer);
* the user name and password of any URL (``https://user:password@host``).
"""

from __future__ import annotations

import logging
import re
import threading
from collections import deque
from collections.abc import Iterable

from .._redaction import REDACTED

#: The loggers of httpx and httpcore (`logging.getLogger` names in their sources).
LOGGER_NAMES = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)
#: Presigned URLs expire within minutes: the latest secrets are enough, and memory stays bounded.
_REMEMBERED = 256

_LOCATION_QUERY = re.compile(r"(\(b['\"]location['\"], b['\"][^'\"?]*)\?[^'\"]*", re.IGNORECASE)
_USERINFO = re.compile(r"(\b[a-zA-Z][a-zA-Z0-9+.-]*://)[^/?#@\s'\"]+@")


class PresignedURLFilter(logging.Filter):
    def __init__(self) -> None:
        super().__init__("vapi_client.presigned")
        self._lock = threading.Lock()
        self._secrets: deque[str] = deque(maxlen=_REMEMBERED)

    def remember(self, secrets: Iterable[str]) -> None:
        with self._lock:
            for secret in secrets:
                if secret and secret not in self._secrets:
                    self._secrets.append(secret)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            text = record.getMessage()
        except Exception:  # a record that cannot be formatted is left to logging's own error handling
            return True
        clean = self.scrub(text)
        if clean != text:
            record.msg, record.args = clean, None
        return True

    def scrub(self, text: str) -> str:
        with self._lock:
            secrets = sorted(self._secrets, key=len, reverse=True)
        for secret in secrets:
            if secret in text:
                text = text.replace(secret, REDACTED)
        text = _LOCATION_QUERY.sub(rf"\1?{REDACTED}", text)
        return _USERINFO.sub(rf"\1{REDACTED}@", text)


FILTER = PresignedURLFilter()
_installed = False
_install_lock = threading.Lock()


def install() -> None:
    """Put `FILTER` on httpx's and httpcore's loggers (once per process)."""
    global _installed
    if _installed:
        return
    with _install_lock:
        if not _installed:
            for name in LOGGER_NAMES:
                logging.getLogger(name).addFilter(FILTER)
            _installed = True


def remember(secrets: Iterable[str]) -> None:
    """Secrets of a presigned URL about to be requested: scrubbed from httpx's and httpcore's records."""
    install()
    FILTER.remember(secrets)
