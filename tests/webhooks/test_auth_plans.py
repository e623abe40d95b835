"""Authentication plans: bearer and HMAC, as Vapi's credentials configure them.

Every expected signature is computed here with `hmac`, from the plan's documented format,
independently of the library's code.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import pickle
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from vapi_client import VapiError, models, webhooks
from vapi_client._spec import SENSITIVE
from vapi_client.webhooks import (
    BearerPlan,
    HmacPlan,
    WebhookAuthenticationError,
    WebhookSecretError,
    WebhookSignatureError,
    WebhookTimestampError,
)

from tests.webhooks._spec import example

SPEC_PLANS = json.loads((Path(__file__).parents[1] / "data" / "webhook-auth-plans-2026-08.json").read_text())
KEY = "whsec-HmacKey-51c0e4b7a2f9d8c6"
TOKEN = "tok-Bearer-7d1e9a4c3b2f8e60"
BODY = json.dumps(example("tool-calls"), separators=(",", ":")).encode()
NOW = 1_786_000_000.0  # 2026-08-06T07:06:40Z
STAMP = str(int(NOW))


def sign(key: bytes, payload: bytes, algorithm: str = "sha256", encoding: str = "hex") -> str:
    digest = hmac.new(key, payload, getattr(hashlib, algorithm)).digest()
    return digest.hex() if encoding == "hex" else base64.b64encode(digest).decode()


def hmac_headers(signature: str, timestamp: str | None = STAMP, **extra: str) -> dict[str, str]:
    headers = {"x-signature": signature, **extra}
    if timestamp is not None:
        headers["x-timestamp"] = timestamp
    return headers


# --- bearer ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("plan", "headers"),
    [
        (BearerPlan(token=TOKEN), {"Authorization": f"Bearer {TOKEN}"}),
        (BearerPlan(token=TOKEN), {"authorization": f"bearer  {TOKEN} "}),
        (BearerPlan(token=TOKEN, header_name="X-Api-Key", bearer_prefix_enabled=False), {"x-api-key": TOKEN}),
        (BearerPlan(token=TOKEN, header_name="X-Auth"), [(b"x-auth", f"Bearer {TOKEN}".encode())]),
        (webhooks.secret_plan(TOKEN), {"X-Vapi-Secret": TOKEN}),
    ],
)
def test_bearer_accepts_the_token(plan: BearerPlan, headers: Any) -> None:
    plan.verify(headers, BODY)
    webhooks.verify(headers, BODY, plan)


@pytest.mark.parametrize(
    ("plan", "headers", "reason"),
    [
        (BearerPlan(token=TOKEN), {}, "missing authorization header"),
        (BearerPlan(token=TOKEN), {"authorization": TOKEN}, "authorization header is not 'Bearer <token>'"),
        (BearerPlan(token=TOKEN), {"authorization": f"Basic {TOKEN}"}, "authorization header is not 'Bearer <token>'"),
        (BearerPlan(token=TOKEN), {"authorization": "Bearer x" + TOKEN}, "authorization header does not match"),
        (
            BearerPlan(token=TOKEN, bearer_prefix_enabled=False),
            {"authorization": f"Bearer {TOKEN}"},
            "authorization header does not match",
        ),
        (BearerPlan(token=TOKEN, header_name="x-key"), {"authorization": f"Bearer {TOKEN}"}, "missing x-key header"),
        (BearerPlan(token=TOKEN), [("authorization", f"Bearer {TOKEN}")] * 2, "more than one authorization header"),
    ],
)
def test_bearer_refuses(plan: BearerPlan, headers: Any, reason: str) -> None:
    with pytest.raises(WebhookSecretError) as caught:
        plan.verify(headers, BODY)
    assert caught.value.reason.startswith(reason)
    assert isinstance(caught.value, WebhookAuthenticationError) and TOKEN not in str(caught.value)


def test_a_non_ascii_secret_passes_whoever_decoded_the_header() -> None:
    secret = "clé-sécrète-ünï-✓"
    wire = secret.encode()
    plan = webhooks.secret_plan(secret)
    plan.verify({"x-vapi-secret": wire.decode("latin-1")}, b"")  # http.server, Starlette
    plan.verify({"x-vapi-secret": secret}, b"")  # a framework that decoded UTF-8
    plan.verify([(b"x-vapi-secret", wire)], b"")  # ASGI bytes
    with pytest.raises(WebhookSecretError):
        plan.verify({"x-vapi-secret": "clé-sécrète-ünï-x"}, b"")


@pytest.mark.parametrize("token", ["", "  \n", b"\t"])
def test_a_blank_token_is_a_configuration_error(token: str | bytes) -> None:
    with pytest.raises(ValueError, match="empty"):
        BearerPlan(token=token)
    with pytest.raises(ValueError, match="empty"):
        webhooks.as_plan(secret=token)


# --- HMAC: independent test vectors ---------------------------------------------------------------


@pytest.mark.parametrize("algorithm", ["sha1", "sha256", "sha512"])
@pytest.mark.parametrize("encoding", ["hex", "base64"])
def test_hmac_default_format_is_timestamp_dot_body(algorithm: str, encoding: str) -> None:
    plan = HmacPlan(secret_key=KEY, algorithm=algorithm, signature_encoding=encoding)
    signature = sign(KEY.encode(), f"{STAMP}.".encode() + BODY, algorithm, encoding)
    plan.verify(hmac_headers(signature), BODY, now=NOW)
    # The wrong key, a tampered body, another algorithm: refused.
    with pytest.raises(WebhookSignatureError, match="^x-signature header does not match the body$"):
        plan.verify(hmac_headers(sign(b"whsec-other", f"{STAMP}.".encode() + BODY, algorithm, encoding)), BODY, now=NOW)
    with pytest.raises(WebhookSignatureError, match="does not match the body"):
        plan.verify(hmac_headers(signature), BODY.replace(b"Berlin", b"Berlim"), now=NOW)
    other = "sha512" if algorithm != "sha512" else "sha1"
    with pytest.raises(WebhookSignatureError, match="does not match the body"):
        plan.verify(hmac_headers(sign(KEY.encode(), f"{STAMP}.".encode() + BODY, other, encoding)), BODY, now=NOW)


def test_hmac_signature_bound_to_its_timestamp() -> None:
    plan = HmacPlan(secret_key=KEY, algorithm="sha256")
    signature = sign(KEY.encode(), f"{STAMP}.".encode() + BODY)
    with pytest.raises(WebhookSignatureError, match="does not match the body"):
        plan.verify(hmac_headers(signature, timestamp=str(int(NOW) + 1)), BODY, now=NOW)


# --- HMAC: the replay window is real only for a signed timestamp ---------------------------------


@pytest.mark.parametrize(
    "config",
    [
        {"include_timestamp": False},
        {"payload_format": "{body}"},  # include_timestamp stays True: the header would be sent, unsigned
        {"payload_format": "{method}.{url}.{body}"},
        {"include_timestamp": False, "tolerance_seconds": 60},
    ],
)
def test_a_window_over_an_unsigned_timestamp_is_refused(config: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="does not sign the timestamp.*tolerance_seconds=None"):
        HmacPlan(secret_key=KEY, algorithm="sha256", **config)
    with pytest.raises(ValueError, match="does not sign the timestamp"):
        webhooks.as_plan({"type": "hmac", "secretKey": KEY, "algorithm": "sha256", **_camel(config)})


def _camel(config: dict[str, Any]) -> dict[str, Any]:
    names = {"include_timestamp": "includeTimestamp", "payload_format": "payloadFormat"}
    return {names[key]: value for key, value in config.items() if key in names}


def test_a_replayed_message_with_a_fresh_unsigned_timestamp_never_passes_a_window() -> None:
    # The attack: a message captured long ago, resent with today's timestamp header.
    old_signature = sign(KEY.encode(), BODY)
    with pytest.warns(webhooks.WebhookReplayWarning, match="replayed messages are accepted"):
        plan = HmacPlan(secret_key=KEY, algorithm="sha256", payload_format="{body}", tolerance_seconds=None)
    plan.verify(hmac_headers(old_signature, timestamp=STAMP), BODY, now=NOW)  # accepted: the caller opted out
    assert plan.tolerance_seconds is None  # and nothing pretends otherwise


def test_a_signed_timestamp_keeps_its_window_in_any_format() -> None:
    plan = HmacPlan(secret_key=KEY, algorithm="sha256", payload_format="{body}|{timestamp}", tolerance_seconds=60)
    signature = sign(KEY.encode(), BODY + f"|{STAMP}".encode())
    plan.verify(hmac_headers(signature), BODY, now=NOW)
    with pytest.raises(webhooks.WebhookTimestampError, match="replay window: 60 s"):
        plan.verify(hmac_headers(signature), BODY, now=NOW + 61)


def test_hmac_without_timestamp_signs_the_body_alone() -> None:
    with pytest.warns(webhooks.WebhookReplayWarning):
        plan = HmacPlan(secret_key=KEY, algorithm="sha256", include_timestamp=False, tolerance_seconds=None)
    plan.verify(hmac_headers(sign(KEY.encode(), BODY), timestamp=None), BODY)
    with pytest.raises(WebhookSignatureError):
        plan.verify(hmac_headers(sign(KEY.encode(), f"{STAMP}.".encode() + BODY)), BODY, now=NOW)


@pytest.mark.filterwarnings("ignore::vapi_client.webhooks.WebhookReplayWarning")
def test_hmac_github_style_prefix_and_headers() -> None:
    plan = HmacPlan(
        secret_key=KEY,
        algorithm="sha256",
        signature_header="X-Hub-Signature-256",
        signature_prefix="sha256=",
        include_timestamp=False,
        tolerance_seconds=None,
    )
    signature = "sha256=" + sign(KEY.encode(), BODY)
    plan.verify({"X-Hub-Signature-256": signature}, BODY)
    plan.verify({"X-Hub-Signature-256": signature.upper().replace("SHA256=", "sha256=")}, BODY)  # hex in any case
    with pytest.raises(WebhookSignatureError, match="does not start with the signature prefix"):
        plan.verify({"X-Hub-Signature-256": sign(KEY.encode(), BODY)}, BODY)


def test_hmac_svix_style_every_placeholder() -> None:
    secret = base64.b64encode(b"\x00\x01binary-key\xff").decode()
    plan = HmacPlan(
        secret_key=secret,
        secret_is_base64=True,
        algorithm="sha256",
        signature_header="svix-signature",
        timestamp_header="svix-timestamp",
        message_id_header="svix-id",
        signature_prefix="v1,",
        signature_encoding="base64",
        payload_format="{svix-id}.{timestamp}.{method}.{url}.{body}",
    )
    url = "https://hooks.example.com/vapi?tenant=7"
    payload = f"msg_2Lq8.{STAMP}.POST.{url}.".encode() + BODY
    signature = sign(b"\x00\x01binary-key\xff", payload, encoding="base64")
    headers = {"svix-id": "msg_2Lq8", "svix-timestamp": STAMP, "svix-signature": f"v1,bm90LXRoaXM= v1,{signature}"}
    plan.verify(headers, BODY, method="post", url=url, now=NOW)  # one of several signatures (key rotation)
    with pytest.raises(WebhookSignatureError):
        plan.verify({**headers, "svix-id": "msg_other"}, BODY, url=url, now=NOW)
    with pytest.raises(WebhookSignatureError):
        plan.verify(headers, BODY, url=url + "&x=1", now=NOW)
    with pytest.raises(TypeError, match="pass url="):
        plan.verify(headers, BODY, now=NOW)


@pytest.mark.parametrize(
    ("headers", "error", "reason"),
    [
        ({"x-timestamp": STAMP}, WebhookSignatureError, "missing x-signature header"),
        ({"x-signature": "zz", "x-timestamp": STAMP}, WebhookSignatureError, "x-signature header is not hex"),
        ({"x-signature": " ", "x-timestamp": STAMP}, WebhookSignatureError, "x-signature header is empty"),
        ({"x-signature": "00"}, WebhookTimestampError, "missing x-timestamp header"),
        ({"x-signature": "00", "x-timestamp": "yesterday"}, WebhookTimestampError, "x-timestamp header is not a Unix"),
        ({"x-signature": "00", "x-timestamp": "nan"}, WebhookTimestampError, "x-timestamp header is not a Unix"),
    ],
)
def test_hmac_refuses_malformed_headers(headers: dict[str, str], error: type[Exception], reason: str) -> None:
    with pytest.raises(error) as caught:
        HmacPlan(secret_key=KEY, algorithm="sha256").verify(headers, BODY, now=NOW)
    assert str(caught.value).startswith(reason)


# --- replay window ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "stamp",
    [
        str(int(NOW) - 299),
        str(int(NOW) + 299),
        str(int(NOW * 1000)),  # milliseconds
        "2026-08-06T07:06:40Z",  # ISO 8601, == NOW
    ],
)
def test_a_fresh_timestamp_in_any_format_passes(stamp: str) -> None:
    plan = HmacPlan(secret_key=KEY, algorithm="sha256")
    plan.verify(hmac_headers(sign(KEY.encode(), f"{stamp}.".encode() + BODY), timestamp=stamp), BODY, now=NOW)


@pytest.mark.parametrize(
    ("stamp", "reason"),
    [(str(int(NOW) - 301), "301 s old"), (str(int(NOW) + 3600), "3600 s far in the future")],
)
def test_a_stale_timestamp_is_refused_even_when_correctly_signed(stamp: str, reason: str) -> None:
    plan = HmacPlan(secret_key=KEY, algorithm="sha256")
    headers = hmac_headers(sign(KEY.encode(), f"{stamp}.".encode() + BODY), timestamp=stamp)
    with pytest.raises(WebhookTimestampError, match=f"^x-timestamp header is {reason} \\(replay window: 300 s\\)$"):
        plan.verify(headers, BODY, now=NOW)
    HmacPlan(secret_key=KEY, algorithm="sha256", tolerance_seconds=None).verify(headers, BODY, now=NOW)
    HmacPlan(secret_key=KEY, algorithm="sha256", tolerance_seconds=7200).verify(headers, BODY, now=NOW)


def test_check_headers_refuses_before_the_body_is_read() -> None:
    plan = HmacPlan(secret_key=KEY, algorithm="sha256")
    plan.check_headers(hmac_headers("00"), now=NOW)  # the signature itself needs the body
    with pytest.raises(WebhookTimestampError):
        plan.check_headers(hmac_headers("00", timestamp=str(int(NOW) - 3600)), now=NOW)
    with pytest.raises(WebhookSecretError):
        BearerPlan(token=TOKEN).check_headers({"authorization": "Bearer nope"})


# --- configuring a plan like the spec does --------------------------------------------------------


def test_as_plan_takes_the_spec_dicts_with_every_documented_field() -> None:
    bearer_fields = set(SPEC_PLANS["BearerAuthenticationPlan"]["properties"])
    hmac_fields = set(SPEC_PLANS["HMACAuthenticationPlan"]["properties"])
    bearer = {"type": "bearer", "token": TOKEN, "headerName": "X-Token", "bearerPrefixEnabled": False}
    hmac_plan = {
        "type": "hmac",
        "secretKey": base64.b64encode(KEY.encode()).decode(),
        "algorithm": "sha512",
        "signatureHeader": "X-Sig",
        "timestampHeader": "X-Time",
        "signaturePrefix": "v1=",
        "includeTimestamp": True,
        "payloadFormat": "{timestamp}:{body}",
        "messageIdHeader": "X-Id",
        "signatureEncoding": "base64",
        "secretIsBase64": True,
    }
    assert set(bearer) == bearer_fields and set(hmac_plan) == hmac_fields  # every field of the spec
    assert webhooks.as_plan(bearer) == BearerPlan(token=TOKEN, header_name="X-Token", bearer_prefix_enabled=False)
    plan = webhooks.as_plan(hmac_plan)
    assert isinstance(plan, HmacPlan) and plan.signature_header == "X-Sig"
    signature = "v1=" + sign(KEY.encode(), f"{STAMP}:".encode() + BODY, "sha512", "base64")
    plan.verify({"x-sig": signature, "x-time": STAMP}, BODY, now=NOW)
    # A webhook credential (CreateWebhookCredentialDTO / WebhookCredential) is unwrapped.
    credential = {"provider": "webhook", "authenticationPlan": hmac_plan, "name": "prod"}
    assert webhooks.as_plan(credential) == plan
    # Keywords override (and add the receiver-only replay window).
    assert webhooks.as_plan(hmac_plan, tolerance_seconds=60).tolerance_seconds == 60


def test_as_plan_takes_the_generated_plan_models_and_their_dicts() -> None:
    bearer_json = {"type": "bearer", "token": TOKEN, "headerName": "X-Token", "bearerPrefixEnabled": False}
    bearer_model = models.BearerAuthenticationPlan.from_dict(bearer_json, strict=True)
    expected_bearer = BearerPlan(token=TOKEN, header_name="X-Token", bearer_prefix_enabled=False)
    assert webhooks.as_plan(bearer_model) == webhooks.as_plan(bearer_model.to_dict()) == expected_bearer
    webhooks.as_plan(bearer_model).verify({"x-token": TOKEN}, BODY)
    hmac_json = {
        "type": "hmac",
        "secretKey": base64.b64encode(KEY.encode()).decode(),
        "algorithm": "sha512",
        "signatureHeader": "X-Sig",
        "signaturePrefix": "v1=",
        "payloadFormat": "{timestamp}:{body}",
        "signatureEncoding": "base64",
        "secretIsBase64": True,
    }
    hmac_model = models.HMACAuthenticationPlan.from_dict(hmac_json, strict=True)
    assert hmac_model.algorithm is models.HMACAuthenticationPlanAlgorithm.SHA512  # an enum member, not a str
    plan = webhooks.as_plan(hmac_model)
    assert plan == webhooks.as_plan(hmac_model.to_dict()) == webhooks.as_plan(hmac_json)
    assert isinstance(plan, HmacPlan) and (plan.algorithm, plan.signature_encoding) == ("sha512", "base64")
    signature = "v1=" + sign(KEY.encode(), f"{STAMP}:".encode() + BODY, "sha512", "base64")
    plan.verify({"x-sig": signature, "x-timestamp": STAMP}, BODY, now=NOW)
    # A generated webhook credential model is unwrapped too.
    credential = models.CreateWebhookCredentialDTO.from_dict(
        {"provider": "webhook", "authenticationPlan": hmac_json, "name": "prod"}, strict=True
    )
    assert webhooks.as_plan(credential) == plan
    assert webhooks.as_plan(credential, tolerance_seconds=60).tolerance_seconds == 60


def test_the_generated_plan_models_match_upstream_and_redact_their_secrets() -> None:
    for name in ("BearerAuthenticationPlan", "HMACAuthenticationPlan"):
        fields = {json_name for json_name, _ in getattr(models, name)._json_fields}
        assert fields == set(SPEC_PLANS[name]["properties"]), name
    # spec/rules.yaml `sensitive` makes these format: password, hence redacted everywhere.
    assert SENSITIVE["BearerAuthenticationPlan"] == ("token",)
    assert SENSITIVE["HMACAuthenticationPlan"] == ("secretKey",)
    bearer = models.BearerAuthenticationPlan.from_dict({"type": "bearer", "token": TOKEN})
    hmac_model = models.HMACAuthenticationPlan.from_dict({"type": "hmac", "secretKey": KEY, "algorithm": "sha256"})
    credential = models.CreateWebhookCredentialDTO.from_dict(
        {"provider": "webhook", "authenticationPlan": hmac_model.to_dict()}, strict=True
    )
    assert isinstance(credential.authentication_plan, models.HMACAuthenticationPlan)
    for model, secret in [(bearer, TOKEN), (hmac_model, KEY), (credential, KEY)]:
        assert secret not in repr(model) and secret not in str(model) and "'***'" in repr(model)
    assert (bearer.token, hmac_model.secret_key) == (TOKEN, KEY)  # kept, only not shown
    assert bearer.to_dict()["token"] == TOKEN


class GeneratedLikeModel:
    """Any object with to_dict() in JSON names (a model of a newer client, say), not only the generated ones."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def to_dict(self) -> dict[str, Any]:
        return dict(self._data)


def test_as_plan_takes_a_model_keywords_or_a_plan() -> None:
    model = GeneratedLikeModel({"type": "bearer", "token": TOKEN, "somethingNewer": 1})
    assert webhooks.as_plan(model) == BearerPlan(token=TOKEN)
    assert webhooks.as_plan(type="bearer", token=TOKEN) == BearerPlan(token=TOKEN)
    assert webhooks.as_plan(token=TOKEN) == BearerPlan(token=TOKEN)
    assert webhooks.as_plan(secret_key=KEY, algorithm="sha1") == HmacPlan(secret_key=KEY, algorithm="sha1")
    assert webhooks.as_plan(secret=TOKEN) == webhooks.secret_plan(TOKEN)
    plan = HmacPlan(secret_key=KEY, algorithm="sha256")
    assert webhooks.as_plan(plan) is plan
    assert webhooks.as_plan(plan, tolerance_seconds=10) == HmacPlan(
        secret_key=KEY, algorithm="sha256", tolerance_seconds=10
    )


@pytest.mark.parametrize(
    ("config", "error", "match"),
    [
        ({"type": "oauth2", "url": "https://x", "clientId": "a", "clientSecret": "b"}, ValueError, "OAuth2"),
        ({"type": "basic"}, ValueError, "unknown authentication plan type 'basic'"),
        ({"type": "hmac", "secretKey": KEY, "algorithm": "md5"}, ValueError, "algorithm must be one of"),
        ({"type": "hmac", "secretKey": KEY, "algorithm": "sha1", "signatureEncoding": "b32"}, ValueError, "hex or"),
        ({"type": "hmac", "secretKey": "!!", "algorithm": "sha1", "secretIsBase64": True}, ValueError, "base64"),
        ({"type": "hmac", "secretKey": " ", "algorithm": "sha1"}, ValueError, "empty"),
        ({"type": "bearer", "token": TOKEN, "headerName": "bad header"}, ValueError, "header name"),
        ({"type": "hmac", "secretKey": 5, "algorithm": "sha1"}, TypeError, "str or bytes"),
    ],
)
def test_bad_configuration_fails_at_start_up(config: dict[str, Any], error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match) as caught:
        webhooks.as_plan(config)
    assert KEY not in str(caught.value) and TOKEN not in str(caught.value)


# --- no secret anywhere ----------------------------------------------------------------------------


def test_no_secret_or_expected_signature_in_errors_reprs_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    plan = HmacPlan(secret_key=KEY, algorithm="sha256")
    expected = sign(KEY.encode(), f"{STAMP}.".encode() + BODY)
    forged = sign(b"forger", f"{STAMP}.".encode() + BODY)
    with pytest.raises(WebhookSignatureError) as caught:
        plan.verify(hmac_headers(forged), BODY, now=NOW)
    bearer = BearerPlan(token=TOKEN)
    with pytest.raises(WebhookSecretError) as caught_bearer:
        bearer.verify({"authorization": "Bearer forged-token"}, BODY)
    texts = [repr(plan), repr(bearer), caplog.text]
    for error in (caught.value, caught_bearer.value):
        texts += [str(error), repr(error), repr(pickle.loads(pickle.dumps(error)).__dict__)]
        assert isinstance(error, VapiError) and error.__context__ is None
    for text in texts:
        for secret in (KEY, TOKEN, expected, expected[:16], forged[:16], "forged-token"):
            assert secret not in text


def test_the_body_must_be_raw_bytes() -> None:
    plan = HmacPlan(secret_key=KEY, algorithm="sha256")
    with pytest.raises(TypeError, match="raw request bytes"):
        plan.verify(hmac_headers("00"), BODY.decode(), now=NOW)  # type: ignore[arg-type]


@pytest.mark.filterwarnings("ignore::vapi_client.webhooks.WebhookReplayWarning")
def test_receive_verifies_before_parsing() -> None:
    plan = HmacPlan(secret_key=KEY, algorithm="sha256", include_timestamp=False, tolerance_seconds=None)
    message = webhooks.receive({"x-signature": sign(KEY.encode(), BODY)}, BODY, plan)
    assert message.to_dict() == json.loads(BODY)["message"]
    with pytest.raises(WebhookSignatureError):  # not a ValidationError: never parsed
        webhooks.receive({"x-signature": sign(b"other", b"{")}, b"{", plan)


@settings(max_examples=50, deadline=None)
@given(
    key=st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N"]), min_size=12, max_size=40),
    body=st.binary(max_size=200),
    algorithm=st.sampled_from(["sha1", "sha256", "sha512"]),
    encoding=st.sampled_from(["hex", "base64"]),
)
def test_hmac_property_right_passes_wrong_fails_and_nothing_leaks(
    key: str, body: bytes, algorithm: str, encoding: str
) -> None:
    plan = HmacPlan(secret_key=key, algorithm=algorithm, signature_encoding=encoding)
    payload = f"{STAMP}.".encode() + body
    expected = sign(key.encode(), payload, algorithm, encoding)
    plan.verify(hmac_headers(expected), body, now=NOW)
    for headers, content in [
        (hmac_headers(sign(key.encode() + b"x", payload, algorithm, encoding)), body),
        (hmac_headers(expected), body + b"\x00"),
    ]:
        with pytest.raises(WebhookSignatureError) as caught:
            plan.verify(headers, content, now=NOW)
        assert key not in str(caught.value) and expected not in str(caught.value) and key not in repr(plan)
