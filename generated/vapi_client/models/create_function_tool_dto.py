# Generated from openapi.yaml by `nox -s generate`: do not edit.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from attrs import setters as _attrs_setters

from .._codec._generic import FAST as _FAST
from .._codec._generic import SLOW as _S
from .._codec._generic import Resume as _R
from .._codec._generic import codec_helpers as _h
from .._codec._model import Model
from .._codec._model import copy_extras as _copy_extras
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_ai_function import OpenAIFunction
    from ..models.server import Server
    from ..models.tool_message_complete import ToolMessageComplete
    from ..models.tool_message_delayed import ToolMessageDelayed
    from ..models.tool_message_failed import ToolMessageFailed
    from ..models.tool_message_start import ToolMessageStart
    from ..models.tool_parameter import ToolParameter
    from ..models.tool_rejection_plan import ToolRejectionPlan
    from ..models.unknown_variants import UnknownBashToolWithToolCallMessages
    from ..models.variable_extraction_plan import VariableExtractionPlan


__all__ = ["CreateFunctionToolDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CreateFunctionToolDTO(Model):
    """CreateFunctionToolDTO

    Attributes:
        type_: The type of tool. "function" for Function tool.
        messages: Messages spoken while the tool is running. Multiple request-start messages are variants. For
            request-response-delayed, same timing means variants and different timings mean staged updates.
        async_: This determines if the tool is async.

              If async, the assistant will move forward without waiting for your server to respond. This is
            useful if you just want to trigger something on your server.

              If sync, the assistant will wait for your server to respond. This is useful if want assistant to
            respond with the result from your server.

              Defaults to synchronous (`false`).
        server:
              This is the server where a `tool-calls` webhook will be sent.

              Notes:
              - Webhook is sent to this server when a tool call is made.
              - Webhook contains the call, assistant, and phone number objects.
              - Webhook contains the variables set on the assistant.
              - Webhook is sent to the first available URL in this order: {{tool.server.url}},
            {{assistant.server.url}}, {{phoneNumber.server.url}}, {{org.server.url}}.
              - Webhook expects a response with tool call result.
        variable_extraction_plan: Plan to extract variables from the tool response
        parameters: Static key-value pairs merged into the request body. Values support Liquid templates.
        function: This is the function definition of the tool.
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

    _schema: ClassVar[str] = "CreateFunctionToolDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("messages", "messages"),
        ("async", "async_"),
        ("server", "server"),
        ("variableExtractionPlan", "variable_extraction_plan"),
        ("parameters", "parameters"),
        ("function", "function"),
        ("rejectionPlan", "rejection_plan"),
    )

    type_: Literal["function"]
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
    async_: bool | Unset = UNSET
    server: Server | Unset = UNSET
    variable_extraction_plan: VariableExtractionPlan | Unset = UNSET
    parameters: list[ToolParameter] | Unset = UNSET
    function: OpenAIFunction | Unset = UNSET
    rejection_plan: ToolRejectionPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_BashToolWithToolCallMessages = _h.alternatives("BashToolWithToolCallMessages")
_CreateFunctionToolDTO_items_8 = _h.Items(("union", "BashToolWithToolCallMessages"))
_CreateFunctionToolDTO_items_14 = _h.Items(("model", "ToolParameter"))


def _load_CreateFunctionToolDTO(data: dict[str, Any], strict: bool) -> CreateFunctionToolDTO | dict[str, Any]:
    """CreateFunctionToolDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    p6: Any = unset
    p7: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "function" else _S
        if p0 is _S:
            slow = True
    else:
        p0 = _S
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
            p1 = _R(_CreateFunctionToolDTO_items_8, out3) if resume5 else out3
        else:
            p1 = _S
        if p1 is _S or type(p1) is _R:
            slow = True
    if "async" in data:
        v = data["async"]
        p2 = v if (v is True or v is False) else _S
        if p2 is _S:
            slow = True
    if "server" in data:
        v = data["server"]
        p3 = _FAST["Server"](v, strict) if type(v) is dict else _S
        if type(p3) is dict:  # loaded in part: the generic loader finishes it
            p3 = _R("Server", p3)
        if p3 is _S or type(p3) is _R:
            slow = True
    if "variableExtractionPlan" in data:
        v = data["variableExtractionPlan"]
        p4 = _FAST["VariableExtractionPlan"](v, strict) if type(v) is dict else _S
        if type(p4) is dict:  # loaded in part: the generic loader finishes it
            p4 = _R("VariableExtractionPlan", p4)
        if p4 is _S or type(p4) is _R:
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
            p5 = _R(_CreateFunctionToolDTO_items_14, out11) if resume13 else out11
        else:
            p5 = _S
        if p5 is _S or type(p5) is _R:
            slow = True
    if "function" in data:
        v = data["function"]
        p6 = _FAST["OpenAIFunction"](v, strict) if type(v) is dict else _S
        if type(p6) is dict:  # loaded in part: the generic loader finishes it
            p6 = _R("OpenAIFunction", p6)
        if p6 is _S or type(p6) is _R:
            slow = True
    if "rejectionPlan" in data:
        v = data["rejectionPlan"]
        p7 = _FAST["ToolRejectionPlan"](v, strict) if type(v) is dict else _S
        if type(p7) is dict:  # loaded in part: the generic loader finishes it
            p7 = _R("ToolRejectionPlan", p7)
        if p7 is _S or type(p7) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CreateFunctionToolDTO:
            return CreateFunctionToolDTO(p0, p1, p2, p3, p4, p5, p6, p7)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CreateFunctionToolDTO(p0, p1, p2, p3, p4, p5, p6, p7)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CreateFunctionToolDTO}
            return obj
    return {
        "type": p0,
        "messages": p1,
        "async": p2,
        "server": p3,
        "variableExtractionPlan": p4,
        "parameters": p5,
        "function": p6,
        "rejectionPlan": p7,
    }


_KNOWN_CreateFunctionToolDTO = frozenset(
    ("type", "messages", "async", "server", "variableExtractionPlan", "parameters", "function", "rejectionPlan")
)


def _to_dict_CreateFunctionToolDTO(self: CreateFunctionToolDTO) -> dict[str, Any]:
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
    v = self.async_
    if v is not UNSET:
        out["async"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.server
    if v is not UNSET:
        out["server"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.variable_extraction_plan
    if v is not UNSET:
        out["variableExtractionPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.parameters
    if v is not UNSET:
        out["parameters"] = (
            [i16.to_dict() if hasattr(i16, "to_dict") else _h.fresh(i16) for i16 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.function
    if v is not UNSET:
        out["function"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    v = self.rejection_plan
    if v is not UNSET:
        out["rejectionPlan"] = v.to_dict() if hasattr(v, "to_dict") else _h.fresh(v)
    extra = self.additional_properties
    if extra:
        out.update(_h.fresh(extra))
    return out


CreateFunctionToolDTO._fast_load = _load_CreateFunctionToolDTO
setattr(CreateFunctionToolDTO, "to_dict", _to_dict_CreateFunctionToolDTO)  # noqa: B010 - replaces Model.to_dict
