"""A vendored client against a newer Vapi: what the client parsed goes back as received; a hand-written
unknown value is refused with a hint, unless `validate="warn"` (per call or per client) sends it anyway.

Over HTTP to the fault server, which records each request body as bytes.
"""

from __future__ import annotations

import asyncio
import json
import math
import warnings
from collections.abc import Callable
from typing import Any

import pytest
from vapi_client import UnknownValueWarning, ValidationError, ValidationWarning, VapiClient
from vapi_client.models import CreateAssistantDTO, CreateCallDTO
from vapi_client.models.unknown_variants import UnknownVoice

from tests.client.conftest import CALL

MakeClient = Callable[..., VapiClient]
CALL_ID = CALL["id"]
#: A voice provider and an enum value Vapi added after this client was generated, with values of
#: every JSON kind, key order that must survive, and a nested object.
NEW_VOICE = {"provider": "vapi-next", "voiceId": "aurora", "speed": 1.25, "styles": [{"b": 1, "a": None}], "on": True}
ASSISTANT = {"name": "Ann's assistant", "voice": NEW_VOICE, "firstMessageMode": "assistant-waits-forever"}
FETCHED = {**CALL, "assistant": ASSISTANT}
CREATE = {"assistantId": "asst_1", "phoneNumberId": "pn_1", "customer": {"number": "+14155550123"}}


def rule(method: str, path: str, *responses: dict[str, Any]) -> dict[str, Any]:
    return {"method": method, "path": path, "responses": list(responses)}


def _script(faults: Any) -> None:
    faults.script(
        [
            rule("GET", "/call/*", {"status": 200, "json": FETCHED}),
            rule("POST", "/call", {"status": 201, "json": CALL}),
        ]
    )


def _sent(faults: Any) -> Any:
    [*_, request] = faults.requests()
    assert request["method"] == "POST"
    return json.loads(request["body"])


def test_an_assistant_it_parsed_goes_back_unchanged(faults: Any, make_client: MakeClient) -> None:
    _script(faults)
    client = make_client()
    assistant = client.calls.get(CALL_ID).assistant
    assert isinstance(assistant, CreateAssistantDTO)
    assert isinstance(assistant.voice, UnknownVoice)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no warning: the client parsed it from Vapi's own answer
        client.calls.create(assistant=assistant, phone_number_id="pn_1", customer={"number": "+14155550123"})
    sent = _sent(faults)["assistant"]
    assert sent == ASSISTANT
    # Byte for byte: the unknown voice is the JSON Vapi sent, keys in its order.
    assert json.dumps(sent["voice"]) == json.dumps(NEW_VOICE)


def test_a_whole_body_model_holding_them_goes_back_too(faults: Any, make_client: MakeClient) -> None:
    _script(faults)
    client = make_client()
    assistant = client.calls.get(CALL_ID).assistant
    body = CreateCallDTO.from_dict({"phoneNumberId": "pn_1", "customer": {"number": "+14155550123"}})
    body.assistant = assistant
    client.calls.create(body)
    assert _sent(faults)["assistant"] == ASSISTANT


def test_an_unknown_voice_object_in_a_dict_goes_back_too(faults: Any, make_client: MakeClient) -> None:
    _script(faults)
    client = make_client()
    voice = client.calls.get(CALL_ID).assistant.voice  # type: ignore[union-attr]
    client.calls.create(**_py(CREATE), assistant={"name": "x", "voice": voice})
    assert _sent(faults)["assistant"] == {"name": "x", "voice": NEW_VOICE}


def _py(body: dict[str, Any]) -> dict[str, Any]:
    return {"assistant_id": body["assistantId"], "phone_number_id": body["phoneNumberId"], "customer": body["customer"]}


@pytest.mark.parametrize(
    ("assistant", "path", "hint"),
    [
        ({"voice": {"provider": "11lab", "voiceId": "x"}}, "assistant.voice", "did you mean '11labs'?"),
        ({"firstMessageMode": "assistant-speaks-frst"}, "assistant.firstMessageMode", "did you mean"),
        ({"voice": {"provider": "vapi-next", "voiceId": "x"}}, "assistant.voice", None),
    ],
)
def test_a_hand_written_unknown_value_is_refused_with_a_hint(
    faults: Any, make_client: MakeClient, assistant: dict[str, Any], path: str, hint: str | None
) -> None:
    _script(faults)
    with pytest.raises(ValidationError) as caught:
        make_client().calls.create(**_py(CREATE), assistant=assistant)
    message = str(caught.value)
    assert caught.value.path == path
    assert 'validate="warn"' in message
    assert (hint in message) if hint else ("did you mean" not in message)
    assert faults.requests() == []


def test_validate_warn_per_call_sends_it_with_a_warning(faults: Any, make_client: MakeClient) -> None:
    _script(faults)
    with pytest.warns(UnknownValueWarning, match=r"assistant\.voice: unknown provider 'vapi-next'") as caught:
        make_client().calls.create(**_py(CREATE), assistant={"voice": NEW_VOICE}, validate="warn")
    assert [warning.filename for warning in caught] == [__file__]  # points at the caller's line
    assert _sent(faults)["assistant"] == {"voice": NEW_VOICE}


def test_validate_warn_per_client_and_strict_per_call(faults: Any, make_client: MakeClient) -> None:
    _script(faults)
    client = make_client(validate="warn")
    with pytest.warns(UnknownValueWarning, match="firstMessageMode"):
        client.calls.create({**CREATE, "assistant": {"firstMessageMode": "later"}})
    assert _sent(faults)["assistant"] == {"firstMessageMode": "later"}
    with pytest.raises(ValidationError, match="firstMessageMode"):
        client.calls.create({**CREATE, "assistant": {"firstMessageMode": "later"}}, validate="strict")


#: Mismatches of every kind: a wrong type, an unknown tag inside, a value out of range, a missing required field.
MISMATCHED = {
    **CREATE,
    "assistant": {
        "name": 5,
        "voice": {"provider": "azure", "speed": 9},
        "server": {"url": "https://example.com/hook", "backoffPlan": {"excludedStatusCodes": [400, 401]}},
    },
}


def test_warn_sends_any_mismatch_as_given(faults: Any, make_client: MakeClient) -> None:
    _script(faults)
    with pytest.raises(ValidationError, match=r"^assistant\.name: expected a string, got a number"):
        make_client().calls.create(MISMATCHED)
    with pytest.warns(ValidationWarning) as caught:
        make_client().calls.create(MISMATCHED, validate="warn")
    assert [str(warning.message).removesuffix("; sent as given (validate='warn')") for warning in caught] == [
        "assistant.name: expected a string, got a number (in CreateAssistantDTO)",
        "assistant.voice.speed: must be <= 2 (in AzureVoice)",
        "assistant.voice: missing 'voiceId' (in AzureVoice)",
        "assistant.server.backoffPlan: missing 'type' (in BackoffPlan)",
        "assistant.server.backoffPlan: missing 'maxRetries' (in BackoffPlan)",
        "assistant.server.backoffPlan: missing 'baseDelaySeconds' (in BackoffPlan)",
    ]
    assert {warning.filename for warning in caught} == {__file__}  # each points at the caller's line
    assert _sent(faults) == MISMATCHED


def test_warn_per_client_sends_keyword_fields_as_given_too(faults: Any, make_client: MakeClient) -> None:
    _script(faults)
    with pytest.warns(ValidationWarning, match=r"^customer\.number: expected a string, got a number"):
        make_client(validate="warn").calls.create(assistant_id="asst_1", customer={"number": 14155550123})
    assert _sent(faults) == {"assistantId": "asst_1", "customer": {"number": 14155550123}}


@pytest.mark.parametrize(
    ("metadata", "problem"),
    [
        ({"score": math.nan}, r"^assistant\.metadata\.score: NaN is not a JSON number"),
        ({1: "one"}, r"^assistant\.metadata: object keys must be strings"),
        ({"when": object()}, r"^assistant\.metadata\.when: a object cannot be sent as JSON"),
        (None, "nested deeper than"),  # a cycle
    ],
)
def test_warn_still_refuses_what_json_cannot_carry(
    faults: Any, make_client: MakeClient, metadata: Any, problem: str
) -> None:
    if metadata is None:
        metadata = {}
        metadata["self"] = metadata
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # refused before any warning
        with pytest.raises(ValidationError, match=problem):
            make_client().calls.create(**_py(CREATE), assistant={"name": 5, "metadata": metadata}, validate="warn")
    assert faults.requests() == []


def test_a_bad_validate_value_is_refused(faults: Any, make_client: MakeClient) -> None:
    with pytest.raises(ValueError, match="validate must be one of 'strict', 'warn'"):
        make_client(validate="lenient")
    with pytest.raises(ValueError, match="validate must be one of"):
        make_client().calls.get(CALL_ID, validate="off")  # type: ignore[arg-type]
    assert faults.requests() == []


def test_the_async_client_sends_it_back_too(faults: Any, make_async_client: Callable[..., Any]) -> None:
    _script(faults)

    async def run() -> None:
        async with make_async_client() as client:
            assistant = (await client.calls.get(CALL_ID)).assistant
            await client.calls.create(assistant=assistant, phone_number_id="pn_1", customer={"number": "+1415"})

    asyncio.run(run())
    assert _sent(faults)["assistant"] == ASSISTANT


def test_a_union_body_follows_the_same_policy() -> None:
    # Bodies that are not one model (a union, in a widened selection) are checked whole by `checked_body`.
    from vapi_client._codec._bodies import checked_body

    received = UnknownVoice(dict(NEW_VOICE))
    assert checked_body(("array", ("union", "Voice"), {}), [received], "body") == [NEW_VOICE]
    with pytest.raises(ValidationError, match="did you mean '11labs'"):
        checked_body(("union", "Voice"), {"provider": "11lab"}, "body")
    with pytest.warns(UnknownValueWarning):
        assert checked_body(("union", "Voice"), NEW_VOICE, "body", validate="warn") == NEW_VOICE
    wrong = [{"provider": "azure", "voiceId": 7}]
    with pytest.warns(
        ValidationWarning, match=r"^body\[0\]\.voiceId: expected a string \(AzureVoiceVoiceId\), got a number"
    ):
        assert checked_body(("array", ("union", "Voice"), {}), wrong, "body", validate="warn") == wrong
