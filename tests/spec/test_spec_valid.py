"""openapi.yaml is a valid OpenAPI 3.1 document and passes the project lint (vapi_spec/lint.py).

The lint itself is tested too: every rule must catch a deliberately broken copy of the spec.
"""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]
from openapi_spec_validator import validate
from vapi_spec import lint as spec_lint

JSONObject = dict[str, Any]
Breakage = Callable[[JSONObject], tuple[str, str]]  # breaks a spec copy, returns the (pointer, rule) expected
ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi.yaml"
LINT = [sys.executable, "-m", "vapi_spec.lint"]

with SPEC_PATH.open(encoding="utf-8") as _f:
    SPEC: JSONObject = yaml.load(_f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def test_openapi_spec_validator_accepts_the_spec() -> None:
    validate(copy.deepcopy(SPEC))  # raises OpenAPIValidationError on failure


def test_spec_lint_finds_nothing() -> None:
    problems = spec_lint.lint(SPEC)
    assert not problems, "spec_lint problems:\n" + "\n".join(problems)


def test_spec_lint_command_line() -> None:
    ok = subprocess.run([*LINT, str(SPEC_PATH)], check=False, capture_output=True, text=True, cwd=ROOT)
    assert (ok.returncode, ok.stdout) == (0, ""), ok.stdout + ok.stderr

    broken = copy.deepcopy(SPEC)
    del broken["paths"]["/call/{id}"]["get"]["operationId"]
    del broken["components"]["schemas"]["CallStatus"]["enum"][:]
    bad = subprocess.run(
        [*LINT, "-"],
        check=False,
        input=yaml.safe_dump(broken, allow_unicode=True),
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
    )
    assert bad.returncode == 1, bad.stdout + bad.stderr
    lines = bad.stdout.splitlines()
    assert "/paths/~1call~1{id}/get: operation has no operationId [operation-basics]" in lines
    assert "/components/schemas/CallStatus/enum: enum has no values [empty-enum]" in lines
    assert all(line.startswith("/") for line in lines), lines


# --- every rule catches a broken copy ----------------------------------------------------------------


def node(spec: JSONObject, pointer: str) -> Any:
    """The node at a JSON pointer (must exist)."""
    found = spec_lint.lookup(spec, "#" + pointer)
    assert found is not None, f"test setup: {pointer} not in the spec"
    return found


def param_pointer(spec: JSONObject, path: str, method: str, name: str) -> str:
    params = spec["paths"][path][method]["parameters"]
    index = next(i for i, p in enumerate(params) if p.get("name") == name)
    return str(spec_lint.join("/paths", path, method, "parameters", index))


def _empty_enum(s: JSONObject) -> tuple[str, str]:
    node(s, "/components/schemas/CallStatus")["enum"] = []
    return "/components/schemas/CallStatus/enum", "empty-enum"


def _array_without_items(s: JSONObject) -> tuple[str, str]:
    del node(s, "/components/schemas/CreateAssistantDTO/properties/endCallPhrases")["items"]
    return "/components/schemas/CreateAssistantDTO/properties/endCallPhrases", "array-items"


def _nullable_array_without_items(s: JSONObject) -> tuple[str, str]:
    prop = node(s, "/components/schemas/JsonSchema/properties/required")
    prop["type"] = ["array", "null"]
    del prop["items"]
    return "/components/schemas/JsonSchema/properties/required", "array-items"


INLINE_OBJECT = {"type": "object", "properties": {"summary": {"type": "string"}}}


def _inline_object_property(s: JSONObject) -> tuple[str, str]:
    node(s, "/components/schemas/Call/properties")["analysis"] = copy.deepcopy(INLINE_OBJECT)
    return "/components/schemas/Call/properties/analysis", "inline-object"


def _inline_object_items(s: JSONObject) -> tuple[str, str]:
    node(s, "/components/schemas/CreateSquadDTO/properties/members")["items"] = copy.deepcopy(INLINE_OBJECT)
    return "/components/schemas/CreateSquadDTO/properties/members/items", "inline-object"


def _inline_object_request_body(s: JSONObject) -> tuple[str, str]:
    pointer = "/paths/~1call~1{id}/patch/requestBody/content/application~1json"
    node(s, pointer)["schema"] = copy.deepcopy(INLINE_OBJECT)
    return pointer + "/schema", "inline-object"


def _path_parameters_dropped(s: JSONObject) -> tuple[str, str]:
    # 2026-08 declares `id` on each operation (the seed era: once, on the path item).
    node(s, "/paths/~1call~1{id}/delete")["parameters"] = []
    return "/paths/~1call~1{id}/delete", "path-params"


def _referenced_parameter_renamed(s: JSONObject) -> tuple[str, str]:
    # The lint must follow a parameter $ref (2026-08 has none: this copy moves `id` into components).
    get = node(s, "/paths/~1call~1{id}/get")
    parameter = {**get["parameters"][0], "name": "callId"}
    s["components"].setdefault("parameters", {})["CallId"] = parameter
    get["parameters"] = [{"$ref": "#/components/parameters/CallId"}]
    return "/paths/~1call~1{id}/get", "path-params"


def _family_of(s: JSONObject, variant: str) -> str:
    """The discriminated union whose mapping names `variant` (2026-08 names unions by rule)."""
    target = f"#/components/schemas/{variant}"
    (family,) = [
        name
        for name, schema in s["components"]["schemas"].items()
        if target in schema.get("discriminator", {}).get("mapping", {}).values()
    ]
    return family


def _path_parameter_not_in_template(s: JSONObject) -> tuple[str, str]:
    node(s, "/paths/~1call~1phone/post")["parameters"] = [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    ]
    return "/paths/~1call~1phone/post", "path-params"


def _mapping_target_missing(s: JSONObject) -> tuple[str, str]:
    node(s, "/components/schemas/Voice/discriminator/mapping")["azure"] = "#/components/schemas/NoSuchVoice"
    return "/components/schemas/Voice/discriminator/mapping/azure", "discriminator-mapping"


def _mapping_target_not_in_one_of(s: JSONObject) -> tuple[str, str]:
    one_of = node(s, "/components/schemas/Voice/oneOf")
    one_of.remove({"$ref": "#/components/schemas/AzureVoice"})
    return "/components/schemas/Voice/discriminator/mapping/azure", "discriminator-mapping"


def _mapping_tag_mismatch(s: JSONObject) -> tuple[str, str]:
    node(s, "/components/schemas/AzureVoice/properties/provider")["const"] = "microsoft"
    return "/components/schemas/Voice/discriminator/mapping/azure", "discriminator-mapping"


def _mapping_tag_open(s: JSONObject) -> tuple[str, str]:
    node(s, "/components/schemas/ToolMessageStart/properties")["type"] = {"type": "string"}
    family = _family_of(s, "ToolMessageStart")
    return f"/components/schemas/{family}/discriminator/mapping/request-start", "discriminator-mapping"


def _mapping_tag_not_required(s: JSONObject) -> tuple[str, str]:
    node(s, "/components/schemas/AzureVoice/required").remove("provider")
    return "/components/schemas/Voice/discriminator/mapping/azure", "discriminator-mapping"


def _mapping_incomplete(s: JSONObject) -> tuple[str, str]:
    del node(s, "/components/schemas/Voice/discriminator/mapping")["azure"]
    return "/components/schemas/Voice/oneOf/0", "discriminator-complete"


def _mapping_absent(s: JSONObject) -> tuple[str, str]:
    del node(s, "/components/schemas/Tool/discriminator")["mapping"]
    return "/components/schemas/Tool/oneOf/0", "discriminator-complete"


def _default_wrong_type(s: JSONObject) -> tuple[str, str]:
    pointer = param_pointer(s, "/call", "get", "limit")
    node(s, pointer)["schema"]["default"] = "100"
    return pointer + "/schema/default", "default-type"


def _default_wrong_through_ref(s: JSONObject) -> tuple[str, str]:
    node(s, "/components/schemas/CreateAssistantDTO/properties/voice")["default"] = {"provider": "playht"}
    return "/components/schemas/CreateAssistantDTO/properties/voice/default", "default-type"


def _schema_example_wrong(s: JSONObject) -> tuple[str, str]:
    node(s, "/components/schemas/AzureVoice/properties/speed")["examples"] = ["fast"]
    return "/components/schemas/AzureVoice/properties/speed/examples/0", "example-valid"


def _schema_example_out_of_enum(s: JSONObject) -> tuple[str, str]:
    # An example beside a $ref to an enum (backgroundSound, the seed's case, also takes any URI now).
    node(s, "/components/schemas/CreateAssistantDTO/properties/firstMessageMode")["examples"] = ["assistant-sings"]
    return "/components/schemas/CreateAssistantDTO/properties/firstMessageMode/examples/0", "example-valid"


def _media_type_example_wrong(s: JSONObject) -> tuple[str, str]:
    pointer = "/paths/~1call~1phone/post/requestBody/content/application~1json/examples/seed/value"
    node(s, pointer)["customer"]["number"] = 14155550123
    return pointer, "example-valid"


def _response_example_wrong(s: JSONObject) -> tuple[str, str]:
    pointer = "/components/responses/BadRequest/content/application~1json/examples/validation/value"
    node(s, pointer)["statusCode"] = "400"
    return pointer, "example-valid"


def _parameter_example_out_of_range(s: JSONObject) -> tuple[str, str]:
    pointer = param_pointer(s, "/call", "get", "limit")
    node(s, pointer)["example"] = 5000
    return pointer + "/example", "example-valid"


def _parameter_examples_value_wrong(s: JSONObject) -> tuple[str, str]:
    pointer = param_pointer(s, "/call", "get", "limit")
    node(s, pointer)["examples"] = {"negative": {"value": -1}}
    return pointer + "/examples/negative/value", "example-valid"


def _parameter_example_bad_date_time(s: JSONObject) -> tuple[str, str]:
    pointer = param_pointer(s, "/call", "get", "createdAtGt")
    node(s, pointer)["example"] = "yesterday"
    return pointer + "/example", "example-valid"


def _security_missing(s: JSONObject) -> tuple[str, str]:
    del node(s, "/paths/~1call~1{id}/get")["security"]
    return "/paths/~1call~1{id}/get", "operation-basics"


def _operation_id_missing(s: JSONObject) -> tuple[str, str]:
    del node(s, "/paths/~1call~1web/post")["operationId"]
    return "/paths/~1call~1web/post", "operation-basics"


def _error_response_missing(s: JSONObject) -> tuple[str, str]:
    del node(s, "/paths/~1call/get/responses")["401"]
    return "/paths/~1call/get/responses", "error-responses"


def _not_found_missing(s: JSONObject) -> tuple[str, str]:
    del node(s, "/paths/~1call~1{id}/patch/responses")["404"]
    return "/paths/~1call~1{id}/patch/responses", "error-responses"


def _retry_after_missing(s: JSONObject) -> tuple[str, str]:
    del node(s, "/components/responses/TooManyRequests")["headers"]
    return "/paths/~1call~1phone/post/responses/429", "error-responses"


BREAKAGES: list[Breakage] = [
    _empty_enum,
    _array_without_items,
    _nullable_array_without_items,
    _inline_object_property,
    _inline_object_items,
    _inline_object_request_body,
    _path_parameters_dropped,
    _referenced_parameter_renamed,
    _path_parameter_not_in_template,
    _mapping_target_missing,
    _mapping_target_not_in_one_of,
    _mapping_tag_mismatch,
    _mapping_tag_open,
    _mapping_tag_not_required,
    _mapping_incomplete,
    _mapping_absent,
    _default_wrong_type,
    _default_wrong_through_ref,
    _schema_example_wrong,
    _schema_example_out_of_enum,
    _media_type_example_wrong,
    _response_example_wrong,
    _parameter_example_out_of_range,
    _parameter_examples_value_wrong,
    _parameter_example_bad_date_time,
    _security_missing,
    _operation_id_missing,
    _error_response_missing,
    _not_found_missing,
    _retry_after_missing,
]


@pytest.mark.parametrize("breakage", BREAKAGES, ids=lambda f: f.__name__.strip("_"))
def test_lint_rule_catches_broken_spec(breakage: Breakage) -> None:
    broken = copy.deepcopy(SPEC)
    pointer, rule = breakage(broken)
    problems = spec_lint.lint(broken)
    hits = [p for p in problems if p.startswith(pointer + ": ") and p.endswith(f" [{rule}]")]
    assert hits, f"expected a [{rule}] problem at {pointer}; lint reported:\n" + "\n".join(problems)


def test_every_lint_rule_has_a_breakage() -> None:
    covered = {breakage(copy.deepcopy(SPEC))[1] for breakage in BREAKAGES}
    assert covered == set(spec_lint.RULES)
