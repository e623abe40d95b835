"""The one place the API's base URL is checked, once, when a client is made.

Requests are sent to ``base_url + path``, so anything that would make that string mean
something else is refused here rather than discovered per request: a URL httpx cannot parse
(``http://[::1``), a scheme other than http(s), no host, a port outside 1-65535, a query or ``#fragment`` (the path
would land inside it and requests would silently go to the wrong place), or credentials
(they would be written to every log record that shows a URL).
"""

from __future__ import annotations

import os

import httpx

from .._exceptions import InvalidBaseURLError

DEFAULT_BASE_URL = "https://api.vapi.ai"
MAX_PORT = 65535


def resolve_base_url(given: str | None) -> str:
    """`given`, else VAPI_BASE_URL, else the default; checked, without a trailing slash."""
    source = "base_url" if given else ("VAPI_BASE_URL" if os.environ.get("VAPI_BASE_URL") else None)
    raw = given or os.environ.get("VAPI_BASE_URL") or DEFAULT_BASE_URL
    if not isinstance(raw, str):
        raise InvalidBaseURLError(f"base_url must be a str, not {type(raw).__name__}")
    text = raw.strip().rstrip("/")
    where = f"{source} " if source else ""
    try:
        url = httpx.URL(text)
    except httpx.InvalidURL as error:
        raise InvalidBaseURLError(
            f"{where}is not a valid URL ({_hide_userinfo(str(error), text)}): {_shown(text)!r}"
        ) from None
    if url.scheme not in ("http", "https"):
        raise InvalidBaseURLError(f"{where}must start with https:// or http://, got {_shown(text)!r}")
    if not url.host:
        raise InvalidBaseURLError(f"{where}has no host: {_shown(text)!r}")
    if url.port is not None and not 0 < url.port <= MAX_PORT:
        # httpx accepts any number; the socket layer would fail on each request (async: an OverflowError).
        raise InvalidBaseURLError(f"{where}has port {url.port}, outside 1 to {MAX_PORT}: {_shown(text)!r}")
    if url.userinfo:
        raise InvalidBaseURLError(
            f"{where}must not hold credentials (they would be logged); "
            "pass http_client=httpx.Client(auth=...) for a proxy that needs them"
        )
    if "#" in text:
        raise InvalidBaseURLError(f"{where}must not have a #fragment: requests would not reach {_shown(text)!r}")
    if url.query or "?" in text:
        raise InvalidBaseURLError(f"{where}must not have a ?query: the request path would be appended to it")
    return text


def _shown(text: str) -> str:
    """The URL with any credentials in it replaced by ***."""
    userinfo = _userinfo(text)
    return text.replace(userinfo + "@", "***@", 1) if userinfo else text


def _hide_userinfo(message: str, text: str) -> str:
    # httpx may quote the part it could not parse, which may be the password.
    userinfo = _userinfo(text)
    for part in (userinfo, *userinfo.split(":")) if userinfo else ():
        if part:
            message = message.replace(part, "***")
    return message


def _userinfo(text: str) -> str:
    _scheme, sep, rest = text.partition("://")
    authority = rest.split("/", 1)[0] if sep else ""
    return authority.rpartition("@")[0]
