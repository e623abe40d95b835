"""Replies as Vapi documents them, completed into the shape its spec requires.

Vapi's pages show replies the spec's reply schemas refuse: a tool-call result without ``name`` (the
tool call being answered has it), a ``result`` that is not a string ("a string, a number, an object,
an array", in the custom-tools page), a knowledge-base ``message`` without its constant ``type``.
`complete` fills what the wire needs from the message answered, and `set_aside` keeps what the spec
types too narrowly out of the strict check, to be put back as given by `put_back`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._codec._model import Model
from .._spec import SCHEMAS

#: Results held out of the check: (index in ``results``, the result as given).
HeldResults = list[tuple[int, Any]]


def complete(schema: str, data: dict[str, Any], message: Any) -> dict[str, Any]:
    """`data` (the reply's JSON, a fresh dict) with what the documented shape leaves out filled in."""
    _fill_constants(schema, data)
    results = data.get("results")
    if isinstance(results, list) and isinstance(message, Model):
        names = _tool_call_names(message)
        data["results"] = [_named(result, names) for result in results]
    return data


def set_aside(data: dict[str, Any]) -> HeldResults:
    """Take out the results that are not strings (documented as any JSON type; the spec says string)."""
    held: HeldResults = []
    results = data.get("results")
    if not isinstance(results, list):
        return held
    for index, result in enumerate(results):
        if isinstance(result, Mapping) and "result" in result and not isinstance(result["result"], str):
            held.append((index, result["result"]))
            results[index] = {key: value for key, value in result.items() if key != "result"}
    return held


def put_back(checked: dict[str, Any], held: HeldResults) -> dict[str, Any]:
    for index, result in held:
        checked["results"][index]["result"] = result
    return checked


def _fill_constants(schema: str, data: dict[str, Any]) -> None:
    # A property whose schema is one object with a required constant (CustomMessage's `type:
    # custom-message`): the constant says nothing the property does not, so Vapi's pages leave it out.
    for name, desc in SCHEMAS[schema]["properties"].items():
        value = data.get(name)
        if desc[0] == "model" and isinstance(value, Mapping):
            table = SCHEMAS[desc[1]]
            missing = {
                key: const[1]
                for key, const in table["properties"].items()
                if const[0] == "const" and key in table["required"] and key not in value
            }
            if missing:
                data[name] = {**missing, **value}


def _tool_call_names(message: Model) -> dict[str, str]:
    """toolCallId -> the function name, from the tool calls of the message answered (if it has any)."""
    names: dict[str, str] = {}
    calls = next((getattr(message, py) for json, py in message._json_fields if json == "toolCallList"), None)
    for item in calls if isinstance(calls, list) else ():
        call = item.to_dict() if isinstance(item, Model) else item
        if not isinstance(call, Mapping) or not isinstance(call.get("id"), str):
            continue
        # The spec's tool call names its function (`function.name`); Vapi's pages show `name` beside the id.
        function = call.get("function")
        name = function.get("name") if isinstance(function, Mapping) else call.get("name")
        if isinstance(name, str):
            names[call["id"]] = name
    return names


def _named(result: Any, names: Mapping[str, str]) -> Any:
    if isinstance(result, Mapping) and "name" not in result and result.get("toolCallId") in names:
        return {"name": names[result["toolCallId"]], **result}
    return result
