"""A refused body says what is wrong: an unknown hook event as unknown, with the known ones; an unknown
tag or a misspelled field with the name it most likely means, spelled as people spell it.

Over HTTP to the fault server: nothing is sent when a body is refused.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

import pytest
from vapi_client import MisspelledFieldWarning, UnknownValueWarning, ValidationError, VapiClient

from tests.client.conftest import CALL

MakeClient = Callable[..., VapiClient]
SAY = [{"type": "say", "exact": "We have been on the call for 5 minutes."}]
#: An event Vapi's assistant-hooks page documents and this spec's hook types do not list.
TIME_ELAPSED = {"on": "call.timeElapsed", "options": {"seconds": 300}, "do": SAY}
KNOWN_EVENTS = (
    "'call.ending', 'assistant.speech.interrupted', 'customer.speech.interrupted', 'session.created', "
    "'model.response.timeout'"
)


@pytest.fixture
def client(faults: Any, make_client: MakeClient) -> VapiClient:
    faults.script([{"method": "POST", "path": "/call", "responses": [{"status": 201, "json": CALL}]}])
    return make_client()


def _refusal(client: VapiClient, faults: Any, **fields: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        client.calls.create(assistant_id="asst_1", **fields)
    assert faults.requests() == []
    return caught.value


def test_an_unknown_hook_event_is_named_with_the_known_ones(client: VapiClient, faults: Any) -> None:
    error = _refusal(client, faults, assistant={"hooks": [TIME_ELAPSED]})
    assert error.path == "assistant.hooks[0].on"
    assert error.reason.startswith(f"unknown on 'call.timeElapsed'; known: {KNOWN_EVENTS} ")
    # The hook type taking any `on` says why it does not take this one, after the event.
    assert "(CallHookCustomerSpeechTimeout takes others, but not this object: options: missing 'timeoutSeconds'" in (
        error.reason
    )
    assert 'validate="warn"' in error.reason


def test_a_misspelled_hook_event_gets_a_hint(client: VapiClient, faults: Any) -> None:
    error = _refusal(client, faults, assistant={"hooks": [{"on": "Call-Ending", "options": {}, "do": SAY}]})
    assert error.path == "assistant.hooks[0].on"
    assert "did you mean 'call.ending'?" in error.reason


def test_hooks_the_spec_knows_still_pass(client: VapiClient, faults: Any) -> None:
    hooks = [
        {"on": "customer.speech.timeout", "options": {"timeoutSeconds": 10}, "do": SAY},
        {"on": "customer.speech.timeout[timeoutSeconds=10]", "do": SAY},  # the free form its type takes
        {"on": "customer.speech.interrupted", "do": SAY},
    ]
    client.calls.create(assistant_id="asst_1", assistant_overrides={"hooks": hooks})
    assert len(faults.requests()) == 1


def test_an_unknown_hook_event_is_sent_with_validate_warn(client: VapiClient, faults: Any) -> None:
    with pytest.warns(UnknownValueWarning, match=r"^assistant\.hooks\[0\]\.on: unknown on 'call\.timeElapsed'"):
        client.calls.create(assistant_id="asst_1", assistant={"hooks": [TIME_ELAPSED]}, validate="warn")
    assert len(faults.requests()) == 1


@pytest.mark.parametrize("provider", ["eleven-labs", "ElevenLabs", "Eleven_Labs", "11-labs", "11lab"])
def test_an_unknown_tag_names_the_one_spelled_alike(client: VapiClient, faults: Any, provider: str) -> None:
    error = _refusal(client, faults, assistant={"voice": {"provider": provider, "voiceId": "burt"}})
    assert error.path == "assistant.voice"
    assert error.reason.startswith(f"unknown provider {provider!r}; Voice expects one of 'azure', ")
    assert "did you mean '11labs'?" in error.reason


def test_an_unknown_value_unlike_any_gets_no_hint(client: VapiClient, faults: Any) -> None:
    error = _refusal(client, faults, assistant={"voice": {"provider": "vapi-next", "voiceId": "burt"}})
    assert "did you mean" not in error.reason


def test_a_field_spelled_another_way_is_named(client: VapiClient, faults: Any) -> None:
    with pytest.warns(
        MisspelledFieldWarning, match=r"unknown field 'FIRST-MESSAGE-MODE' .* did you mean 'firstMessageMode'"
    ):
        client.calls.create(assistant_id="asst_1", assistant={"FIRST-MESSAGE-MODE": "assistant-speaks-first"})
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # an unknown field unlike any known one is kept without a word
        client.calls.create(assistant_id="asst_1", assistant={"x-trace": "1"})
