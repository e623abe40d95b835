"""Server data is parsed leniently end to end: a response with values a newer API version sends
(types changed, values added) arrives whole through the generated functions and `VapiClient`,
with the unexpected values reported, not raised. Served by the fault server on loopback, since
Prism only ever sends what the spec allows.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import vapi_client
from vapi_client import AuthenticatedClient
from vapi_client.api.calls import get_call, list_calls
from vapi_client.models import Call

from tests._servers.processes import FaultServer
from tests.contract._operations import CALL_ID, response_example

NEWER_PATHS = ["analysis.structuredData", "assistant.voicemailDetection", "status"]


def _newer_call() -> dict[str, Any]:
    """The spec's example call as a later API version sends it."""
    call: dict[str, Any] = response_example("createPhoneCall")
    call["analysis"]["structuredData"] = '{"appointmentType": "cleaning"}'  # an object since 2024-09
    call["assistant"]["voicemailDetection"] = False  # a VoicemailDetection object or "off"
    call["status"] = 42  # a wrong primitive
    call["assistant"]["voice"] = {"provider": "orpheus", "voiceId": "tara"}  # an unknown union member
    call["costBreakdown"]["knowledgeBase"] = 0.001  # an unknown property
    return call


def _assert_kept_and_reported(call: Any, raw: dict[str, Any]) -> None:
    assert isinstance(call, Call)
    assert call.to_dict() == raw
    assert sorted(issue.path for issue in call.validation_issues) == sorted(NEWER_PATHS)


def test_generated_functions_keep_and_report(faults: FaultServer) -> None:
    raw = _newer_call()
    faults.script(
        [
            {"method": "GET", "path": f"/call/{CALL_ID}", "responses": [{"status": 200, "json": raw}]},
            {"method": "GET", "path": "/call", "responses": [{"status": 200, "json": [raw, raw]}]},
        ]
    )
    with AuthenticatedClient(base_url=faults.url, token="test-key", httpx_args={"trust_env": False}) as client:
        one = get_call.sync_detailed(CALL_ID, client=client)
        many = list_calls.sync_detailed(client=client)
    assert one.status_code == 200
    _assert_kept_and_reported(one.parsed, raw)
    assert isinstance(many.parsed, list) and len(many.parsed) == 2
    for call in many.parsed:
        _assert_kept_and_reported(call, raw)


def test_vapi_client_keeps_and_reports(faults: FaultServer) -> None:
    if not hasattr(vapi_client, "VapiClient"):
        pytest.skip("vapi_client.VapiClient is not available yet")
    raw = _newer_call()
    faults.script([{"method": "GET", "path": f"/call/{CALL_ID}", "responses": [{"status": 200, "json": raw}]}])
    http = httpx.Client(trust_env=False)
    with vapi_client.VapiClient(api_key="sk-test", base_url=faults.url, max_retries=0, http_client=http) as client:
        call = client.calls.get(CALL_ID)
    http.close()
    _assert_kept_and_reported(call, raw)
