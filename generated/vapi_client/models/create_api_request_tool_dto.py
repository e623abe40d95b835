# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import MEMBERS as _MEMBERS
from .._codec._generic import PATTERNS as _PATTERNS
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.backoff_plan import BackoffPlan
    from ..models.create_api_request_tool_dto_method import (
        CreateApiRequestToolDTOMethod,
        _CreateApiRequestToolDTOMethodValues,
    )
    from ..models.json_schema import JsonSchema
    from ..models.tool_message_complete import ToolMessageComplete
    from ..models.tool_message_delayed import ToolMessageDelayed
    from ..models.tool_message_failed import ToolMessageFailed
    from ..models.tool_message_start import ToolMessageStart
    from ..models.tool_parameter import ToolParameter
    from ..models.tool_rejection_plan import ToolRejectionPlan
    from ..models.unknown_variants import UnknownBashToolWithToolCallMessages
    from ..models.variable_extraction_plan import VariableExtractionPlan


__all__ = ["CreateApiRequestToolDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CreateApiRequestToolDTO(Model):
    """CreateApiRequestToolDTO

    Attributes:
        type_: The type of tool. "apiRequest" for API request tool.
        method:
        url: This is where the request will be sent.
        messages: Messages spoken while the tool is running. Multiple request-start messages are variants. For
            request-response-delayed, same timing means variants and different timings mean staged updates.
        name: This is the name of the tool. This will be passed to the model.

            Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length of 40.
        timeout_seconds: This is the timeout in seconds for the request. Defaults to 20 seconds.

            @default 20
        credential_id: The credential ID for API request authentication
        encrypted_paths: This is the paths to encrypt in the request body if credentialId and encryptionPlan are defined.
        parameters: Static key-value pairs merged into the request body. Values support Liquid templates.
        description: This is the description of the tool. This will be passed to the model.
        body: This is the body of the request.
        headers: These are the headers to send with the request.
        backoff_plan: This is the backoff plan if the request fails. Defaults to undefined (the request will not be
            retried).

            @default undefined (the request will not be retried)
        variable_extraction_plan: This is the plan to extract variables from the tool's response. These will be accessible during the
            call and stored in `call.artifact.variableValues` after the call.

            Usage:
            1. Use `aliases` to extract variables from the tool's response body. (Most common case)

            ```json
            {
              "aliases": [
                {
                  "key": "customerName",
                  "value": "{{customer.name}}"
                },
                {
                  "key": "customerAge",
                  "value": "{{customer.age}}"
                }
              ]
            }
            ```

            The tool response body is made available to the liquid template.

            2. Use `aliases` to extract variables from the tool's response body if the response is an array.

            ```json
            {
              "aliases": [
                {
                  "key": "customerName",
                  "value": "{{$[0].name}}"
                },
                {
                  "key": "customerAge",
                  "value": "{{$[0].age}}"
                }
              ]
            }
            ```

            $ is a shorthand for the tool's response body. `$[0]` is the first item in the array. `$[n]` is the
            nth item in the array. Note, $ is available regardless of the response body type (both object and
            array).

            3. Use `aliases` to extract variables from the tool's response headers.

            ```json
            {
              "aliases": [
                {
                  "key": "customerName",
                  "value": "{{tool.response.headers.customer-name}}"
                },
                {
                  "key": "customerAge",
                  "value": "{{tool.response.headers.customer-age}}"
                }
              ]
            }
            ```

            `tool.response` is made available to the liquid template. Particularly, both `tool.response.headers`
            and `tool.response.body` are available. Note, `tool.response` is available regardless of the
            response body type (both object and array).

            4. Use `schema` to extract a large portion of the tool's response body.

            4.1. If you hit example.com and it returns `{"name": "John", "age": 30}`, then you can specify the
            schema as:

            ```json
            {
              "schema": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string"
                  },
                  "age": {
                    "type": "number"
                  }
                }
              }
            }
            ```
            These will be extracted as `{{ name }}` and `{{ age }}` respectively. To emphasize, object
            properties are extracted as direct global variables.

            4.2. If you hit example.com and it returns `{"name": {"first": "John", "last": "Doe"}}`, then you
            can specify the schema as:

            ```json
            {
              "schema": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "object",
                    "properties": {
                      "first": {
                        "type": "string"
                      },
                      "last": {
                        "type": "string"
                      }
                    }
                  }
                }
              }
            }
            ```

            These will be extracted as `{{ name }}`. And, `{{ name.first }}` and `{{ name.last }}` will be
            accessible.

            4.3. If you hit example.com and it returns `["94123", "94124"]`, then you can specify the schema as:

            ```json
            {
              "schema": {
                "type": "array",
                "title": "zipCodes",
                "items": {
                  "type": "string"
                }
              }
            }
            ```

            This will be extracted as `{{ zipCodes }}`. To access the array items, you can use `{{ zipCodes[0]
            }}` and `{{ zipCodes[1] }}`.

            4.4. If you hit example.com and it returns `[{"name": "John", "age": 30, "zipCodes": ["94123",
            "94124"]}, {"name": "Jane", "age": 25, "zipCodes": ["94125", "94126"]}]`, then you can specify the
            schema as:

            ```json
            {
              "schema": {
                "type": "array",
                "title": "people",
                "items": {
                  "type": "object",
                  "properties": {
                    "name": {
                      "type": "string"
                    },
                    "age": {
                      "type": "number"
                    },
                    "zipCodes": {
                      "type": "array",
                      "items": {
                        "type": "string"
                      }
                    }
                  }
                }
              }
            }
            ```

            This will be extracted as `{{ people }}`. To access the array items, you can use `{{ people[n].name
            }}`, `{{ people[n].age }}`, `{{ people[n].zipCodes }}`, `{{ people[n].zipCodes[0] }}` and `{{
            people[n].zipCodes[1] }}`.

            Note: Both `aliases` and `schema` can be used together.
        rejection_plan: This is the plan to reject a tool call based on the conversation state.

            // Example 1: Reject endCall if user didn't say goodbye
            ```json
            {
              conditions: [{
                type: 'regex',
                regex: '(?i)\\\\b(bye|goodbye|farewell|see you later|take care)\\\\b',
                target: { position: -1, role: 'user' },
                negate: true  // Reject if pattern does NOT match
              }]
            }
            ```

            // Example 2: Reject transfer if user is actually asking a question
            ```json
            {
              conditions: [{
                type: 'regex',
                regex: '\\\\?',
                target: { position: -1, role: 'user' }
              }]
            }
            ```

            // Example 3: Reject transfer if user didn't mention transfer recently
            ```json
            {
              conditions: [{
                type: 'liquid',
                liquid: `{% assign recentMessages = messages | last: 5 %}
            {% assign userMessages = recentMessages | where: 'role', 'user' %}
            {% assign mentioned = false %}
            {% for msg in userMessages %}
              {% if msg.content contains 'transfer' or msg.content contains 'connect' or msg.content contains
            'speak to' %}
                {% assign mentioned = true %}
                {% break %}
              {% endif %}
            {% endfor %}
            {% if mentioned %}
              false
            {% else %}
              true
            {% endif %}`
              }]
            }
            ```

            // Example 4: Reject endCall if the bot is looping and trying to exit
            ```json
            {
              conditions: [{
                type: 'liquid',
                liquid: `{% assign recentMessages = messages | last: 6 %}
            {% assign userMessages = recentMessages | where: 'role', 'user' | reverse %}
            {% if userMessages.size < 3 %}
              false
            {% else %}
              {% assign msg1 = userMessages[0].content | downcase %}
              {% assign msg2 = userMessages[1].content | downcase %}
              {% assign msg3 = userMessages[2].content | downcase %}
              {% comment %} Check for repetitive messages {% endcomment %}
              {% if msg1 == msg2 or msg1 == msg3 or msg2 == msg3 %}
                true
              {% comment %} Check for common loop phrases {% endcomment %}
              {% elsif msg1 contains 'cool thanks' or msg2 contains 'cool thanks' or msg3 contains 'cool thanks'
            %}
                true
              {% elsif msg1 contains 'okay thanks' or msg2 contains 'okay thanks' or msg3 contains 'okay thanks'
            %}
                true
              {% elsif msg1 contains 'got it' or msg2 contains 'got it' or msg3 contains 'got it' %}
                true
              {% else %}
                false
              {% endif %}
            {% endif %}`
              }]
            }
            ```
    """

    _schema: ClassVar[str] = "CreateApiRequestToolDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("method", "method"),
        ("url", "url"),
        ("messages", "messages"),
        ("name", "name"),
        ("timeoutSeconds", "timeout_seconds"),
        ("credentialId", "credential_id"),
        ("encryptedPaths", "encrypted_paths"),
        ("parameters", "parameters"),
        ("description", "description"),
        ("body", "body"),
        ("headers", "headers"),
        ("backoffPlan", "backoff_plan"),
        ("variableExtractionPlan", "variable_extraction_plan"),
        ("rejectionPlan", "rejection_plan"),
    )

    type_: Literal["apiRequest"]
    method: CreateApiRequestToolDTOMethod | _CreateApiRequestToolDTOMethodValues
    url: str
    messages: (
        list[
            ToolMessageStart
            | ToolMessageComplete
            | ToolMessageFailed
            | ToolMessageDelayed
            | UnknownBashToolWithToolCallMessages
        ]
        | Unset
    ) = UNSET
    name: str | Unset = UNSET
    timeout_seconds: float | Unset = UNSET
    credential_id: str | Unset = UNSET
    encrypted_paths: list[str] | Unset = UNSET
    parameters: list[ToolParameter] | Unset = UNSET
    description: str | Unset = UNSET
    body: JsonSchema | Unset = UNSET
    headers: JsonSchema | Unset = UNSET
    backoff_plan: BackoffPlan | Unset = UNSET
    variable_extraction_plan: VariableExtractionPlan | Unset = UNSET
    rejection_plan: ToolRejectionPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_BashToolWithToolCallMessages = _h.alternatives("BashToolWithToolCallMessages")
_CreateApiRequestToolDTO_items_8 = _h.Items(("union", "BashToolWithToolCallMessages"))
_CreateApiRequestToolDTO_items_14 = _h.Items(("model", "ToolParameter"))


def _load_CreateApiRequestToolDTO(data: dict[str, Any], strict: bool) -> CreateApiRequestToolDTO | dict[str, Any]:
    """CreateApiRequestToolDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    p7: Any = unset
    p8: Any = unset
    p9: Any = unset
    p10: Any = unset
    p11: Any = unset
    p12: Any = unset
    p13: Any = unset
    p14: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "apiRequest" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
        slow = True
    if "method" in data:
        v = data["method"]
        p1 = _MEMBERS["CreateApiRequestToolDTOMethod"].get(v, _S) if type(v) is str else _S
        if p1 is _S and type(v) is str and not strict:
            p1 = _h.open_member("CreateApiRequestToolDTOMethod", v)
        if p1 is _S:
            slow = True
    else:
        p1 = _S
        slow = True
    if "url" in data:
        v = data["url"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    else:
        p2 = _S
        slow = True
    if "messages" in data:
        v = data["messages"]
        if type(v) is list:
            resume5 = False
            out3: list[Any] = []
            for e1 in v:
                tag6 = e1.get("type") if type(e1) is dict else None
                alternative7 = _alternatives_BashToolWithToolCallMessages[tag6] if type(tag6) is str else None
                if alternative7 is None:  # not an object, or a tag this spec does not know
                    x2 = _S
                else:
                    x2 = alternative7[1](e1, strict)
                    if type(x2) is dict:
                        x2 = _R(alternative7[0], x2)
                if x2 is _S or type(x2) is _R:
                    resume5 = True
                out3.append(x2)
            p3 = _R(_CreateApiRequestToolDTO_items_8, out3) if resume5 else out3
        else:
            p3 = _S
        if p3 is _S or type(p3) is _R:
            slow = True
    if "name" in data:
        v = data["name"]
        p4 = v if type(v) is str and len(v) <= 40 and _PATTERNS["^[a-zA-Z0-9_-]{1,40}$"].search(v) is not None else _S
        if p4 is _S:
            slow = True
    if "timeoutSeconds" in data:
        v = data["timeoutSeconds"]
        p5 = v if (type(v) is int or (type(v) is float and v - v == 0)) and v >= 1 and v <= 300 else _S
        if p5 is _S:
            slow = True
    if "credentialId" in data:
        v = data["credentialId"]
        p6 = v if type(v) is str else _S
        if p6 is _S:
            slow = True
    if "encryptedPaths" in data:
        v = data["encryptedPaths"]
        p7 = v[:] if type(v) is list and all(type(e) is str for e in v) else _S
        if p7 is _S:
            slow = True
    if "parameters" in data:
        v = data["parameters"]
        if type(v) is list:
            resume13 = False
            out11: list[Any] = []
            for e9 in v:
                x10 = _FAST["ToolParameter"](e9, strict) if type(e9) is dict else _S
                if type(x10) is dict:  # loaded in part: the generic loader finishes it
                    x10 = _R("ToolParameter", x10)
                if x10 is _S or type(x10) is _R:
                    resume13 = True
                out11.append(x10)
            p8 = _R(_CreateApiRequestToolDTO_items_14, out11) if resume13 else out11
        else:
            p8 = _S
        if p8 is _S or type(p8) is _R:
            slow = True
    if "description" in data:
        v = data["description"]
        p9 = v if type(v) is str else _S
        if p9 is _S:
            slow = True
    if "body" in data:
        v = data["body"]
        p10 = _FAST["JsonSchema"](v, strict) if type(v) is dict else _S
        if type(p10) is dict:  # loaded in part: the generic loader finishes it
            p10 = _R("JsonSchema", p10)
        if p10 is _S or type(p10) is _R:
            slow = True
    if "headers" in data:
        v = data["headers"]
        p11 = _FAST["JsonSchema"](v, strict) if type(v) is dict else _S
        if type(p11) is dict:  # loaded in part: the generic loader finishes it
            p11 = _R("JsonSchema", p11)
        if p11 is _S or type(p11) is _R:
            slow = True
    if "backoffPlan" in data:
        v = data["backoffPlan"]
        p12 = _FAST["BackoffPlan"](v, strict) if type(v) is dict else _S
        if type(p12) is dict:  # loaded in part: the generic loader finishes it
            p12 = _R("BackoffPlan", p12)
        if p12 is _S or type(p12) is _R:
            slow = True
    if "variableExtractionPlan" in data:
        v = data["variableExtractionPlan"]
        p13 = _FAST["VariableExtractionPlan"](v, strict) if type(v) is dict else _S
        if type(p13) is dict:  # loaded in part: the generic loader finishes it
            p13 = _R("VariableExtractionPlan", p13)
        if p13 is _S or type(p13) is _R:
            slow = True
    if "rejectionPlan" in data:
        v = data["rejectionPlan"]
        p14 = _FAST["ToolRejectionPlan"](v, strict) if type(v) is dict else _S
        if type(p14) is dict:  # loaded in part: the generic loader finishes it
            p14 = _R("ToolRejectionPlan", p14)
        if p14 is _S or type(p14) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CreateApiRequestToolDTO:
            return CreateApiRequestToolDTO(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CreateApiRequestToolDTO(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12, p13, p14)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CreateApiRequestToolDTO}
            return obj
    return {
        "type": p0,
        "method": p1,
        "url": p2,
        "messages": p3,
        "name": p4,
        "timeoutSeconds": p5,
        "credentialId": p6,
        "encryptedPaths": p7,
        "parameters": p8,
        "description": p9,
        "body": p10,
        "headers": p11,
        "backoffPlan": p12,
        "variableExtractionPlan": p13,
        "rejectionPlan": p14,
    }


_KNOWN_CreateApiRequestToolDTO = frozenset(
    (
        "type",
        "method",
        "url",
        "messages",
        "name",
        "timeoutSeconds",
        "credentialId",
        "encryptedPaths",
        "parameters",
        "description",
        "body",
        "headers",
        "backoffPlan",
        "variableExtractionPlan",
        "rejectionPlan",
    )
)


def _to_dict_CreateApiRequestToolDTO(self: CreateApiRequestToolDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.messages
    if v is not UNSET:
        out["messages"] = (
            [i15.to_dict() if hasattr(i15, "to_dict") else _h.fresh(i15) for i15 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.name
    if v is not UNSET:
        out["name"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.method
    if v is not UNSET:
        out["method"] = v._value_ if isinstance(v, _h.Enum) else _h.fresh(v)
    v = self.timeout_seconds
    if v is not UNSET:
        out["timeoutSeconds"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.credential_id
    if v is not UNSET:
        out["credentialId"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.encrypted_paths
    if v is not UNSET:
        out["encryptedPaths"] = _h.fresh(v)
    v = self.parameters
    if v is not UNSET:
        out["parameters"] = (
            [i17.to_dict() if hasattr(i17, "to_dict") else _h.fresh(i17) for i17 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.description
    if v is not UNSET:
        out["description"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.url
    if v is not UNSET:
        out["url"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.body
    if v is not UNSET:
        out["body"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.headers
    if v is not UNSET:
        out["headers"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.backoff_plan
    if v is not UNSET:
        out["backoffPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.variable_extraction_plan
    if v is not UNSET:
        out["variableExtractionPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.rejection_plan
    if v is not UNSET:
        out["rejectionPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CreateApiRequestToolDTO._fast_load = _load_CreateApiRequestToolDTO
setattr(CreateApiRequestToolDTO, "to_dict", _to_dict_CreateApiRequestToolDTO)  # noqa: B010 - replaces Model.to_dict
