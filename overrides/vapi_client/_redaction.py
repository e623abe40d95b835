"""Keep secrets out of reprs, logs, error messages and everything an error keeps.

Three layers, one module:

* by name: `redact` masks every JSON property the spec marks sensitive (``format: password``), every name
  that looks like a credential (the spec's ``x-vapi-sensitive-names``), and, inside a map of HTTP headers
  (the spec's header-map properties, e.g. ``server.headers``), every credential header (`is_sensitive_header`);
* by value: a `Scrubber` replaces the secrets a request carried (API key, credential headers, sensitive body
  fields, a presigned query) wherever a server echoes them;
* on errors: `ErrorRedactor.redact` replaces the live `httpx.Request`/`httpx.Response` on an error and along
  its ``__cause__``/``__context__`` chain with copies whose credential headers are ``***``, whose bodies are
  masked, and whose URL keeps no query or userinfo when it points at another host than the API's;
* in frames: `forget_frame_locals` clears the local variables of the frames an error passed through inside
  the client, httpx and the libraries under it (error trackers record them: the live request, the body).
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import httpx

from . import _json_guard
from ._exceptions import VapiError
from ._spec import HEADER_MAPS, SENSITIVE, SENSITIVE_NAMES

REDACTED = "***"

# --- by name ----------------------------------------------------------------------------------------

#: JSON names the spec marks sensitive in any schema, plus transport secrets, plus the server URL
#: secrets of older API versions (``serverUrlSecret``, ``server.secret``): gone from the spec, Vapi may
#: still echo them in the assistant or phone number of a server message, kept as unknown properties.
SENSITIVE_KEYS: frozenset[str] = frozenset(
    {name for names in SENSITIVE.values() for name in names}
    | {"authorization", "x-vapi-secret", "serverUrlSecret", "secret"}
)

#: Credential-like names, the same pattern the spec rule `sensitive_properties` marks with
#: (spec/rules.yaml `sensitive.names`).
SENSITIVE_NAME = re.compile(
    r"(?i)(secret|password|token|apikey|privatekey|secretkey|accesskey|authkey|openaikey|subscriptionkey)$"
)

# Header names are case-insensitive, and a server may echo a property in another case.
_SENSITIVE_LOWER = frozenset(key.lower() for key in SENSITIVE_KEYS)

# Names that look like credentials (the spec's `info.x-vapi-sensitive-names`): a property the spec does
# not know (an older field such as serverUrlSecret, or a newer one) is redacted by its name.
_NAME_PATTERN = re.compile(SENSITIVE_NAMES["pattern"]) if SENSITIVE_NAMES.get("pattern") else None
_NOT_SECRET = frozenset(SENSITIVE_NAMES.get("except", ()))

#: JSON properties that hold a map of HTTP headers (``server.headers``, a custom LLM's ``headers``): read
#: from the spec by the generator. Their keys are header names, judged by `is_sensitive_header`.
_HEADER_MAPS = frozenset(HEADER_MAPS)

#: Header names that carry credentials by convention; `is_sensitive_header` also catches
#: custom ones (X-Api-Key, X-Auth-Token, Ocp-Apim-Subscription-Key, ...) by the words in their names.
_SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-vapi-secret"})
_SENSITIVE_HEADER_WORDS = ("key", "token", "secret", "password", "auth", "cookie", "signature")


def is_sensitive(key: object) -> bool:
    """Whether a JSON property or header name holds a secret (case-insensitive)."""
    if not isinstance(key, str):
        return False
    if key.lower() in _SENSITIVE_LOWER:
        return True
    return _NAME_PATTERN is not None and key not in _NOT_SECRET and _NAME_PATTERN.search(key) is not None


def is_sensitive_header(name: str) -> bool:
    """Whether an HTTP header's value is a credential, by its name (case-insensitive)."""
    lower = name.lower()
    return lower in _SENSITIVE_HEADERS or any(word in lower for word in _SENSITIVE_HEADER_WORDS)


def redact(value: Any) -> Any:
    """A copy of a JSON-like value with every sensitive key's value replaced."""
    if isinstance(value, Mapping):
        return {
            key: REDACTED if is_sensitive(key) else _redact_headers(item) if key in _HEADER_MAPS else redact(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [redact(item) for item in value]
    return value


def redact_property(name: str, value: Any) -> Any:
    """`redact` for the value of property `name` (a header map's credential headers are masked too)."""
    return _redact_headers(value) if name in _HEADER_MAPS else redact(value)


def _redact_headers(value: Any) -> Any:
    if not isinstance(value, Mapping):
        return redact(value)
    return {
        name: REDACTED if isinstance(name, str) and (is_sensitive_header(name) or is_sensitive(name)) else redact(item)
        for name, item in value.items()
    }


def mask_key(api_key: str) -> str:
    """Enough of an API key to tell two apart, never enough to use one."""
    return f"{api_key[:4]}...{REDACTED}" if len(api_key) > 12 else REDACTED


# --- by value ---------------------------------------------------------------------------------------


class Scrubber:
    """Replaces known secret values in text and in parsed JSON (a server may echo what we sent)."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self._known = frozenset(secret for secret in secrets if secret)
        spellings = {spelling for secret in self._known for spelling in _spellings(secret)}
        # Longest first, so a secret containing another is replaced whole.
        self._secrets = sorted(spellings, key=len, reverse=True)

    @property
    def size(self) -> int:
        """How many secrets it knows."""
        return len(self._known)

    def with_secrets(self, secrets: Iterable[str]) -> Scrubber:
        """This scrubber, or a new one that also knows `secrets` (shared when nothing is new)."""
        new = {secret for secret in secrets if secret} - self._known
        return Scrubber(self._known | new) if new else self

    def __call__(self, text: str) -> str:
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, REDACTED)
        return text

    def json(self, value: Any) -> Any:
        """A copy of a parsed JSON value with every string (keys too) scrubbed.

        Scrub before serialising: `json.dumps` escapes quotes, backslashes and non-ASCII
        characters, so a secret holding any of them would no longer match in the dumped text.
        """
        if isinstance(value, str):
            return self(value)
        if isinstance(value, Mapping):
            return {self(key) if isinstance(key, str) else key: self.json(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.json(item) for item in value]
        return value


def _spellings(secret: str) -> set[str]:
    """How a secret may appear in text: as is, JSON-escaped, or in a Python repr of it (str or bytes)."""
    return {
        secret,
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        repr(secret)[1:-1],
        repr(secret.encode("utf-8", "surrogatepass"))[2:-1],
    }


def sensitive_values(value: Any) -> set[str]:
    """Every string stored under a sensitive key (or a credential header of a header map) in a JSON-like value."""
    found: set[str] = set()
    if isinstance(value, Mapping):
        for key, item in value.items():
            if is_sensitive(key) and isinstance(item, str):
                found.add(item)
            elif key in _HEADER_MAPS and isinstance(item, Mapping):
                found |= header_secrets((k, v) for k, v in item.items() if isinstance(k, str) and isinstance(v, str))
                found |= sensitive_values(item)
            else:
                found |= sensitive_values(item)
    elif isinstance(value, list):
        for item in value:
            found |= sensitive_values(item)
    return found


#: Shorter header values are masked in the copies errors keep (by header name), but not searched
#: for in text: replacing every "42" of a message would make it unreadable, and no real
#: credential is that short.
MIN_SCRUBBED_HEADER_VALUE = 8


def header_secrets(headers: Iterable[tuple[str, str]]) -> set[str]:
    """The values of credential headers, and the credential alone (``Bearer <key>`` -> ``<key>``)."""
    found: set[str] = set()
    for name, value in headers:
        if is_sensitive_header(name):
            scheme, _, credential = value.strip().partition(" ")
            found |= {text for text in (value, credential.strip()) if len(text) >= MIN_SCRUBBED_HEADER_VALUE}
            if scheme.lower() == "basic":
                found |= _basic_secrets(credential.strip())
            # A cookie's value without its name (``session=<value>``).
            if name.lower() in ("cookie", "set-cookie"):
                for pair in value.split(";"):
                    _name, _, cookie = pair.partition("=")
                    if len(cookie.strip()) >= MIN_SCRUBBED_HEADER_VALUE:
                        found.add(cookie.strip())
    return found


def _basic_secrets(credential: str) -> set[str]:
    """Basic auth's ``user:password`` and the password, decoded: a server may echo them in clear."""
    try:
        pair = base64.b64decode(credential, validate=True).decode("utf-8")
    except ValueError:
        return set()
    _user, _, password = pair.partition(":")
    return {text for text in (pair, password) if len(text) >= MIN_SCRUBBED_HEADER_VALUE}


def url_secrets(url: httpx.URL) -> set[str]:
    """A presigned URL's query (its signature) and each of its values, and its userinfo: credentials too."""
    query = url.query.decode("ascii", "replace")
    found = {query} if query else set()
    found |= {value for _, value in url.params.multi_items() if len(value) >= MIN_SCRUBBED_HEADER_VALUE}
    userinfo = url.userinfo.decode("ascii", "replace")
    password = url.password or ""
    found |= {text for text in (userinfo, password) if len(text) >= MIN_SCRUBBED_HEADER_VALUE}
    return found


# --- on errors ---

#: Scheme, host and port: the API's credentials go to its origin only.
Origin = tuple[str, str, int | None]


def origin(url: httpx.URL) -> Origin:
    return (url.scheme, url.host, url.port)


# -----------------------------------------------------------------------------------

#: Headers that describe how the body was framed on the wire, not the (decoded) body a copy keeps.
_FRAMING_HEADERS = frozenset({b"content-encoding", b"content-length", b"transfer-encoding"})


class ErrorRedactor:
    """Makes errors safe to keep, given the secrets of the request they came from.

    `api_origin`: a request copy for any other origin (a presigned storage URL) keeps no query.
    """

    def __init__(self, scrub: Scrubber, api_origin: Origin | None = None) -> None:
        self._scrub = scrub
        self._api_origin = api_origin
        # One copy per live object, so error.request is error.response.request again; the
        # original is kept alongside so its id cannot be reused while the redactor lives.
        self._copies: dict[int, tuple[Any, Any]] = {}

    def redact(self, error: BaseException) -> None:
        """Replace, in place, every secret-holding part of `error` and of its chain."""
        for current in error_chain(error):
            self._redact_one(current)

    def request(self, request: httpx.Request) -> httpx.Request:
        if id(request) not in self._copies:
            try:
                content = request.content
            except httpx.RequestNotRead:  # a streamed upload: nothing to show
                content = b""
            url = request.url
            if self._api_origin is not None and origin(url) != self._api_origin:
                url = url.copy_with(query=None, username=None, password=None)
            self._copies[id(request)] = (
                request,
                httpx.Request(
                    request.method,
                    self._scrub(str(url)),
                    headers=self._headers(request.headers),
                    content=self.body(content),
                ),
            )
        copy: httpx.Request = self._copies[id(request)][1]
        return copy

    def response(self, response: httpx.Response) -> httpx.Response:
        if id(response) not in self._copies:
            try:
                content = response.content
            except httpx.ResponseNotRead:  # an event hook raised before the body was read
                content = b""
            request = _request_of(response)
            self._copies[id(response)] = (
                response,
                httpx.Response(
                    response.status_code,
                    headers=self._headers(response.headers),
                    content=self.body(content),
                    request=self.request(request) if request is not None else None,
                    # Only plain values: the live extensions hold the network stream.
                    extensions={
                        name: response.extensions[name]
                        for name in ("http_version", "reason_phrase")
                        if name in response.extensions
                    },
                ),
            )
        copy: httpx.Response = self._copies[id(response)][1]
        return copy

    def body(self, content: bytes) -> bytes:
        """`content` with secrets masked: JSON under sensitive keys and wherever ours are echoed."""
        if not content:
            return content
        try:
            data = _json_guard.parse(content)
        except (ValueError, RecursionError):  # not JSON, NaN, or too deep to walk: scrubbed as text
            pass
        else:
            clean = redact(self._scrub.json(data))
            return content if clean == data else json.dumps(clean, ensure_ascii=False).encode("utf-8")
        text = content.decode("utf-8", "surrogateescape")
        clean_text = self._scrub(text)
        return content if clean_text == text else clean_text.encode("utf-8", "surrogateescape")

    def _headers(self, headers: httpx.Headers) -> list[tuple[bytes, bytes]]:
        kept = []
        for raw_name, raw_value in headers.raw:
            if raw_name.lower() in _FRAMING_HEADERS:
                continue
            name = raw_name.decode("latin-1")
            value = raw_value.decode("utf-8", "surrogateescape")
            if is_sensitive_header(name):
                masked = REDACTED
            elif name.lower() == "location" and self._api_origin is not None:
                masked = self._scrub(_without_foreign_query(value, self._api_origin))
            else:
                masked = self._scrub(value)
            kept.append((raw_name, masked.encode("utf-8", "surrogateescape")))
        return kept

    def _redact_one(self, error: BaseException) -> None:
        error.args = tuple(self._scrub(arg) if isinstance(arg, str) else arg for arg in error.args)
        # Text kept beside the message, e.g. the whole document on a json.JSONDecodeError.
        attributes = vars(error)
        for name, value in list(attributes.items()):
            if isinstance(value, str):
                attributes[name] = self._scrub(value)
            elif isinstance(value, bytes):
                attributes[name] = self.body(value)
        if isinstance(error, VapiError):
            self._redact_vapi_error(error)
        elif isinstance(error, httpx.HTTPStatusError):  # from the caller's own event hook
            error.request = self.request(error.request)
            error.response = self.response(error.response)
        elif isinstance(error, httpx.RequestError):
            live = _live_request(error)
            if live is not None:
                error.request = self.request(live)

    def _redact_vapi_error(self, error: VapiError) -> None:
        attributes = vars(error)
        if isinstance(attributes.get("request"), httpx.Request):
            attributes["request"] = self.request(attributes["request"])
        response = attributes.get("response")
        if isinstance(response, httpx.Response):
            attributes["response"] = copy = self.response(response)
            if "headers" in attributes:
                attributes["headers"] = copy.headers
            if isinstance(attributes.get("body"), bytes):  # ResponseValidationError keeps the raw body
                attributes["body"] = copy.content
        if isinstance(attributes.get("messages"), list):
            attributes["messages"] = [self._scrub(m) if isinstance(m, str) else m for m in attributes["messages"]]


def _without_foreign_query(location: str, api_origin: Origin) -> str:
    """A redirect target without its query when it points at another origin (a presigned URL's signature)."""
    try:
        url = httpx.URL(location)
    except httpx.InvalidURL:
        return location.partition("?")[0]
    if url.is_relative_url or origin(url) == api_origin:
        return location
    return str(url.copy_with(query=None, username=None, password=None))


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a response built by hand has none
        return None


def _live_request(error: httpx.RequestError) -> httpx.Request | None:
    try:
        return error.request
    except RuntimeError:  # raised before a request was attached
        return None


# --- in frames ---

#: Modules whose frames an error passes through on its way out of a request, holding the live request
#: (Authorization, a presigned URL), the body sent or bytes on the wire in their local variables.
_FRAME_MODULES = ("vapi_client", "httpx", "httpcore", "h11", "h2", "anyio", "json", "ssl", "socket")


def forget_frame_locals(error: BaseException) -> None:
    """Clear the locals of every finished frame of `error` and its chain that belongs to `_FRAME_MODULES`.

    The traceback keeps each frame (file, line, function) but no longer what it held: an error tracker that
    records local variables (Sentry does) sees no secret. A frame still running (the caller's, the method
    called) cannot be cleared and is skipped; frames of other modules (the caller's own code) are left alone.
    """
    for current in error_chain(error):
        traceback = current.__traceback__
        while traceback is not None:
            frame = traceback.tb_frame
            if _in_frame_modules(frame.f_globals.get("__name__", "")):
                try:
                    frame.clear()
                except RuntimeError:  # still running
                    pass
            traceback = traceback.tb_next


def error_chain(error: BaseException) -> Iterator[BaseException]:
    """`error` and everything reachable from it (cause, context, a group's members), each once."""
    pending: list[BaseException | None] = [error]
    seen: set[int] = set()
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        pending += [current.__cause__, current.__context__]
        if isinstance(current, BaseExceptionGroup):
            pending += current.exceptions


def _in_frame_modules(module: object) -> bool:
    return isinstance(module, str) and module.partition(".")[0] in _FRAME_MODULES
