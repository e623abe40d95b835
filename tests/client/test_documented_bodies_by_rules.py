"""Bodies Vapi documents, sent as written with the default (strict) validation (issue 26): the spec types
them otherwise, and the rules in vapi_spec/rules.py widen the type from what the spec itself shows
(`example_types`, `union_siblings`). Over HTTP to the fault server, which records each request body."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from vapi_client import VapiClient
from vapi_client.models import CallHookModelResponseTimeout, CreateAssistantDTO

from tests.client.conftest import CALL

MakeClient = Callable[..., VapiClient]
CREATE = {"phone_number_id": "pn_1", "customer": {"number": "+14155550123"}}

# Cartesia's emotion controls, as Vapi's voice docs write them (the spec says one string).
CARTESIA = {
    "voice": {
        "provider": "cartesia",
        "voiceId": "a0e99841-438c-4a64-b679-ae501e7d6091",
        "experimentalControls": {"speed": "normal", "emotion": ["positivity:high"]},
    }
}
# A server's retry plan, as the spec's own example writes the status codes (the spec says objects).
BACKOFF = {
    "server": {
        "url": "https://example.com/vapi",
        "backoffPlan": {"type": "fixed", "maxRetries": 3, "baseDelaySeconds": 1, "excludedStatusCodes": [400, 401]},
    }
}
# A hook on an event the workflow hooks list and the assistant's did not.
HOOK = {"hooks": [{"on": "model.response.timeout", "do": [{"type": "say", "exact": "Still there?"}]}]}


@pytest.mark.parametrize("assistant", [CARTESIA, BACKOFF, HOOK], ids=["cartesia-emotion", "backoff", "hook"])
def test_a_documented_body_is_sent_as_written(faults: Any, make_client: MakeClient, assistant: Any) -> None:
    faults.script([{"method": "POST", "path": "/call", "responses": [{"status": 201, "json": CALL}]}])
    make_client().calls.create(**CREATE, assistant=assistant)
    [request] = faults.requests()
    assert json.loads(request["body"])["assistant"] == assistant


def test_the_hook_parses_as_the_event_it_names() -> None:
    assistant = CreateAssistantDTO.from_dict(HOOK)
    assert isinstance(assistant.hooks, list)
    assert isinstance(assistant.hooks[0], CallHookModelResponseTimeout)
    assert assistant.to_dict() == HOOK
