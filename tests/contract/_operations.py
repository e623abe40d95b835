"""What openapi.yaml says about each operation: success status, documented errors, examples."""

from __future__ import annotations

import copy
from typing import Any

from tests.property._schemas import spec

CALL_ID = "923a7369-94e3-4f91-9a61-dbe22e44158b"
#: The error statuses a test can force with `Prefer: code=...` and the client maps to typed errors.
FORCED_ERRORS = (401, 404, 429, 500)


def operations() -> dict[str, dict[str, Any]]:
    """operationId -> the operation object."""
    found = {}
    for item in spec()["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = operation
    return found


def success_status(operation_id: str) -> int:
    return next(int(code) for code in operations()[operation_id]["responses"] if code.startswith("2"))


def documented_errors(operation_id: str) -> list[int]:
    codes = {int(code) for code in operations()[operation_id]["responses"] if code[0] in "45"}
    return [code for code in FORCED_ERRORS if code in codes]


def request_schema(operation_id: str) -> str | None:
    body = operations()[operation_id].get("requestBody")
    if body is None:
        return None
    ref: str = body["content"]["application/json"]["schema"]["$ref"]
    return ref.rsplit("/", 1)[-1]


def request_examples(operation_id: str) -> dict[str, Any]:
    body = operations()[operation_id].get("requestBody")
    if body is None:
        return {}
    examples = body["content"]["application/json"].get("examples", {})
    return {name: copy.deepcopy(example["value"]) for name, example in examples.items()}


def response_example(operation_id: str) -> Any:
    """The success response Prism serves when no dynamic generation is asked for (the first example)."""
    response = operations()[operation_id]["responses"][str(success_status(operation_id))]
    examples = response["content"]["application/json"]["examples"]
    return copy.deepcopy(next(iter(examples.values()))["value"])
