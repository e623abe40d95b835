"""vapi_client.webhooks.verify_secret: constant-time, case-insensitive, and it never tells a secret."""

from __future__ import annotations

import email.parser
import hmac
import http.client
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vapi_client import VapiError, WebhookError, WebhookSecretError, webhooks

SECRET = "whsec-Expected-2b7e151628aed2a6abf7"
WRONG = "whsec-Received-9c4f1a0e7d3b5a2c8e61"


class StarletteLikeHeaders:
    """Starlette's Headers: not a dict, items() yields every pair, names lower-cased."""

    def __init__(self, raw: list[tuple[bytes, bytes]]) -> None:
        self._raw = raw

    def items(self) -> list[tuple[str, str]]:
        return [(k.decode("latin-1").lower(), v.decode("latin-1")) for k, v in self._raw]


def http_message(lines: str) -> http.client.HTTPMessage:
    """What http.server hands a handler as `self.headers`."""
    parsed: http.client.HTTPMessage = email.parser.Parser(_class=http.client.HTTPMessage).parsestr(lines + "\r\n")
    return parsed


def accepted_shapes(secret: str) -> Iterator[Any]:
    yield {"x-vapi-secret": secret}
    yield {"X-Vapi-Secret": secret, "content-type": "application/json"}
    yield {"X-VAPI-SECRET": secret.encode()}
    yield [("Content-Type", "application/json"), ("X-Vapi-Secret", secret)]
    yield [(b"x-vapi-secret", secret.encode())]  # ASGI scope["headers"]
    yield httpx.Headers({"X-Vapi-Secret": secret})
    yield StarletteLikeHeaders([(b"x-vapi-secret", secret.encode())])
    yield http_message(f"Host: example.com\r\nX-Vapi-Secret: {secret}\r\n")
    yield {"x-vapi-secret": f" {secret} "}  # optional whitespace around a header value


@pytest.mark.parametrize("headers", list(accepted_shapes(SECRET)), ids=lambda h: type(h).__name__)
def test_the_right_secret_is_accepted_from_any_header_shape(headers: Any) -> None:
    webhooks.verify_secret(headers, SECRET)
    webhooks.verify_secret(headers, SECRET.encode())


@pytest.mark.parametrize("headers", list(accepted_shapes(WRONG)), ids=lambda h: type(h).__name__)
def test_a_wrong_secret_is_refused_from_any_header_shape(headers: Any) -> None:
    with pytest.raises(WebhookSecretError, match="^x-vapi-secret header does not match the expected secret$"):
        webhooks.verify_secret(headers, SECRET)


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"authorization": f"Bearer {SECRET}"},
        [],
        httpx.Headers(),
        http_message("Host: example.com\r\n"),
        {"x-vapi-secrets": SECRET},
    ],
)
def test_a_missing_secret_is_refused(headers: Any) -> None:
    with pytest.raises(WebhookSecretError, match="^missing x-vapi-secret header$"):
        webhooks.verify_secret(headers, SECRET)


@pytest.mark.parametrize(
    "headers",
    [
        [("x-vapi-secret", SECRET), ("X-Vapi-Secret", SECRET)],
        [("x-vapi-secret", WRONG), ("x-vapi-secret", SECRET)],
        httpx.Headers([("x-vapi-secret", SECRET), ("x-vapi-secret", WRONG)]),
        http_message(f"X-Vapi-Secret: {WRONG}\r\nX-Vapi-Secret: {SECRET}\r\n"),
    ],
)
def test_a_repeated_header_is_refused(headers: Any) -> None:
    with pytest.raises(WebhookSecretError, match="^more than one x-vapi-secret header$"):
        webhooks.verify_secret(headers, SECRET)


@pytest.mark.parametrize("received", ["", SECRET[:-1], SECRET + "0", SECRET.upper(), "\u00e9" + SECRET[1:]])
def test_near_misses_are_refused(received: str) -> None:
    with pytest.raises(WebhookSecretError):
        webhooks.verify_secret({"x-vapi-secret": received}, SECRET)


def test_non_ascii_secrets_compare_as_utf8() -> None:
    webhooks.verify_secret({"x-vapi-secret": "sécret-ünïcode"}, "sécret-ünïcode".encode())
    webhooks.verify_secret([(b"x-vapi-secret", "sécret-ünïcode".encode())], "sécret-ünïcode")


def test_comparison_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, Any]] = []
    real = hmac.compare_digest

    def spy(a: Any, b: Any) -> bool:
        calls.append((type(a), type(b)))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    webhooks.verify_secret({"x-vapi-secret": SECRET}, SECRET)
    with pytest.raises(WebhookSecretError):
        webhooks.verify_secret({"x-vapi-secret": WRONG}, SECRET)
    assert calls == [(bytes, bytes), (bytes, bytes)]


def test_an_empty_expected_secret_is_a_configuration_error() -> None:
    # Otherwise an empty (or, worse, any) header would pass.
    for expected in ("", b""):
        with pytest.raises(ValueError, match="expected_secret is empty"):
            webhooks.verify_secret({"x-vapi-secret": ""}, expected)


@pytest.mark.parametrize(
    "headers",
    [
        {"x-vapi-secret": None},  # e.g. {"x-vapi-secret": environ.get("HTTP_X_VAPI_SECRET")}
        {"x-vapi-secret": []},
        [("x-vapi-secret", None)],
    ],
)
def test_a_header_value_of_none_or_an_empty_list_is_a_missing_header(headers: Any) -> None:
    with pytest.raises(WebhookSecretError, match="^missing x-vapi-secret header$"):
        webhooks.verify_secret(headers, SECRET)


@pytest.mark.parametrize("value", [[SECRET], (SECRET,), [SECRET.encode()]])
def test_a_list_of_one_value_is_that_value(value: Any) -> None:
    # API Gateway's multiValueHeaders and similar: {"x-vapi-secret": ["..."]}.
    webhooks.verify_secret({"x-vapi-secret": value}, SECRET)
    with pytest.raises(WebhookSecretError, match="^x-vapi-secret header does not match"):
        webhooks.verify_secret({"X-Vapi-Secret": value}, WRONG)


def test_a_list_of_several_values_is_a_repeated_header() -> None:
    with pytest.raises(WebhookSecretError, match="^more than one x-vapi-secret header$"):
        webhooks.verify_secret({"x-vapi-secret": [SECRET, SECRET]}, SECRET)


@pytest.mark.parametrize("value", [12345, 1.5, {"value": SECRET}, object()])
def test_a_header_value_that_is_not_text_is_refused_not_a_crash(value: Any) -> None:
    with pytest.raises(WebhookSecretError, match="^x-vapi-secret header value is not text$") as caught:
        webhooks.verify_secret({"x-vapi-secret": value}, SECRET)
    assert SECRET not in str(caught.value) and "12345" not in str(caught.value)


@pytest.mark.parametrize("expected", [SECRET + "\n", SECRET + "\r\n", f" {SECRET}\t", (SECRET + "\n").encode()])
def test_whitespace_around_the_expected_secret_is_ignored_like_around_the_header(expected: str | bytes) -> None:
    # A secret read from a file or the environment often ends in a newline.
    webhooks.verify_secret({"x-vapi-secret": SECRET}, expected)
    webhooks.verify_secret({"x-vapi-secret": f"  {SECRET}\t"}, expected)
    with pytest.raises(WebhookSecretError, match="does not match"):
        webhooks.verify_secret({"x-vapi-secret": WRONG}, expected)


def test_whitespace_inside_a_secret_still_counts() -> None:
    with pytest.raises(WebhookSecretError, match="does not match"):
        webhooks.verify_secret({"x-vapi-secret": SECRET.replace("-", " ", 1)}, SECRET)


def test_a_blank_expected_secret_is_a_configuration_error() -> None:
    for expected in ("\n", " \t", b"\r\n"):
        with pytest.raises(ValueError, match="expected_secret is empty"):
            webhooks.verify_secret({"x-vapi-secret": expected}, expected)


def test_bad_argument_types_name_no_value() -> None:
    with pytest.raises(TypeError) as caught:
        webhooks.verify_secret({"x-vapi-secret": SECRET}, 12345)  # type: ignore[arg-type]
    assert "12345" not in str(caught.value)
    with pytest.raises(TypeError):
        webhooks.verify_secret(f"x-vapi-secret: {SECRET}", SECRET)  # type: ignore[arg-type]


def test_error_is_part_of_the_exception_tree() -> None:
    assert issubclass(WebhookSecretError, WebhookError) and issubclass(WebhookError, VapiError)
    assert webhooks.SECRET_HEADER == "x-vapi-secret"


@pytest.mark.parametrize("headers", [{"x-vapi-secret": WRONG}, {}, [("x-vapi-secret", WRONG)] * 2])
def test_no_secret_in_the_error_the_traceback_or_the_logs(headers: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(WebhookSecretError) as caught:
        webhooks.verify_secret(headers, SECRET)
    error = caught.value
    texts = [str(error), repr(error), *map(str, error.args), caught.getrepr(showlocals=False).__str__()]
    assert error.__cause__ is None and error.__context__ is None
    assert caplog.records, "a rejection is logged (at DEBUG), without the secrets"
    texts += [record.getMessage() for record in caplog.records] + [caplog.text]
    for text in texts:
        assert SECRET not in text and WRONG not in text
        assert SECRET[6:20] not in text and WRONG[6:20] not in text  # no fragment either


# No ASCII whitespace: it is stripped from both ends of both secrets (see the tests above).
_SECRET_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_characters=" \t\n\r\x0b\x0c"), min_size=12, max_size=40
)


@settings(max_examples=50, deadline=None)
@given(expected=_SECRET_TEXT, received=_SECRET_TEXT)
def test_errors_never_contain_either_secret(expected: str, received: str) -> None:
    if expected == received:
        webhooks.verify_secret({"x-vapi-secret": received}, expected)
        return
    for headers in ({"x-vapi-secret": received}, {}):
        with pytest.raises(WebhookSecretError) as caught:
            webhooks.verify_secret(headers, expected)
        message = str(caught.value)
        assert expected not in message and received not in message
