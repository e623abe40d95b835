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
    from ..models.handoff_destination_assistant import HandoffDestinationAssistant
    from ..models.handoff_destination_dynamic import HandoffDestinationDynamic
    from ..models.handoff_destination_squad import HandoffDestinationSquad
    from ..models.open_ai_function import OpenAIFunction
    from ..models.tool_message_complete import ToolMessageComplete
    from ..models.tool_message_delayed import ToolMessageDelayed
    from ..models.tool_message_failed import ToolMessageFailed
    from ..models.tool_message_start import ToolMessageStart
    from ..models.tool_rejection_plan import ToolRejectionPlan
    from ..models.unknown_variants import UnknownBashToolWithToolCallMessages, UnknownCreateHandoffToolDTODestinations


__all__ = ["CreateHandoffToolDTO"]


@_attrs_define(repr=False, on_setattr=_attrs_setters.NO_OP)
class CreateHandoffToolDTO(Model):
    """CreateHandoffToolDTO

    Attributes:
        type_: This is the type of the tool.
            When you're using handoff tool, we recommend adding this to your system prompt
            ---
            # System context

            You are part of a multi-agent system designed to make agent coordination and execution easy. Agents
            uses two primary abstraction: **Agents** and **Handoffs**. An agent encompasses instructions and
            tools and can hand off a conversation to another agent when appropriate. Handoffs are achieved by
            calling a handoff function, generally named `handoff_to_<agent_name>`. Handoffs between agents are
            handled seamlessly in the background; do not mention or draw attention to these handoffs in your
            conversation with the user.

            # Agent context

            {put your agent system prompt here}
            ---
        messages: Messages spoken while the tool is running. Multiple request-start messages are variants. For
            request-response-delayed, same timing means variants and different timings mean staged updates.
        default_result: This is the default local tool result message used when no runtime handoff result override is
            returned.
        destinations: These are the destinations that the call can be handed off to.

            Usage:
            1. Single destination

            Use `assistantId` to handoff the call to a saved assistant, or `assistantName` to handoff the call
            to an assistant in the same squad.

            ```json
            {
              "tools": [
                {
                  "type": "handoff",
                  "destinations": [
                    {
                      "type": "assistant",
                      "assistantId": "assistant-123", // or "assistantName": "Assistant123"
                      "description": "customer wants to be handed off to assistant-123",
                      "contextEngineeringPlan": {
                        "type": "all"
                      }
                    }
                  ],
                }
              ]
            }
            ```

            2. Multiple destinations

            2.1. Multiple Tools, Each With One Destination (OpenAI recommended)

            ```json
            {
              "tools": [
                {
                  "type": "handoff",
                  "destinations": [
                    {
                      "type": "assistant",
                      "assistantId": "assistant-123",
                      "description": "customer wants to be handed off to assistant-123",
                      "contextEngineeringPlan": {
                        "type": "all"
                      }
                    },
                  ],
                },
                {
                  "type": "handoff",
                  "destinations": [
                    {
                      "type": "assistant",
                      "assistantId": "assistant-456",
                      "description": "customer wants to be handed off to assistant-456",
                      "contextEngineeringPlan": {
                        "type": "all"
                      }
                    }
                  ],
                }
              ]
            }
            ```

            2.2. One Tool, Multiple Destinations (Anthropic recommended)

            ```json
            {
              "tools": [
                {
                  "type": "handoff",
                  "destinations": [
                    {
                      "type": "assistant",
                      "assistantId": "assistant-123",
                      "description": "customer wants to be handed off to assistant-123",
                      "contextEngineeringPlan": {
                        "type": "all"
                      }
                    },
                    {
                      "type": "assistant",
                      "assistantId": "assistant-456",
                      "description": "customer wants to be handed off to assistant-456",
                      "contextEngineeringPlan": {
                        "type": "all"
                      }
                    }
                  ],
                }
              ]
            }
            ```

            3. Dynamic destination

            3.1 To determine the destination dynamically, supply a `dynamic` handoff destination type and a
            `server` object.
                VAPI will send a handoff-destination-request webhook to the `server.url`.
                The response from the server will be used as the destination (if valid).

            ```json
            {
              "tools": [
                {
                  "type": "handoff",
                  "destinations": [
                    {
                      "type": "dynamic",
                      "server": {
                        "url": "https://example.com"
                      }
                    }
                  ],
                }
              ]
            }
            ```

            3.2. To pass custom parameters to the server, you can use the `function` object.

            ```json
            {
              "tools": [
                {
                  "type": "handoff",
                  "destinations": [
                    {
                      "type": "dynamic",
                      "server": {
                        "url": "https://example.com"
                      },
                    }
                  ],
                  "function": {
                    "name": "handoff",
                    "description": "Call this function when the customer is ready to be handed off to the next
            assistant",
                    "parameters": {
                      "type": "object",
                      "properties": {
                        "destination": {
                          "type": "string",
                          "description": "Use dynamic when customer is ready to be handed off to the next
            assistant",
                          "enum": ["dynamic"]
                        },
                        "customerAreaCode": {
                          "type": "number",
                          "description": "Area code of the customer"
                        },
                        "customerIntent": {
                          "type": "string",
                          "enum": ["new-customer", "existing-customer"],
                          "description": "Use new-customer when customer is a new customer, existing-customer
            when customer is an existing customer"
                        },
                        "customerSentiment": {
                          "type": "string",
                          "enum": ["positive", "negative", "neutral"],
                          "description": "Use positive when customer is happy, negative when customer is
            unhappy, neutral when customer is neutral"
                        }
                      }
                    }
                  }
                }
              ]
            }
            ```

            The properties `customerAreaCode`, `customerIntent`, and `customerSentiment` will be passed to the
            server in the webhook request body.
        function: This is the optional function definition that will be passed to the LLM.
            If this is not defined, we will construct this based on the other properties.

            For example, given the following tools definition:
            ```json
            {
              "tools": [
                {
                  "type": "handoff",
                  "destinations": [
                    {
                      "type": "assistant",
                      "assistantId": "assistant-123",
                      "description": "customer wants to be handed off to assistant-123",
                      "contextEngineeringPlan": {
                        "type": "all"
                      }
                    },
                    {
                      "type": "assistant",
                      "assistantId": "assistant-456",
                      "description": "customer wants to be handed off to assistant-456",
                      "contextEngineeringPlan": {
                        "type": "all"
                      }
                    }
                  ],
                }
              ]
            }
            ```

            We will construct the following function definition:
            ```json
            {
              "function": {
                "name": "handoff_to_assistant-123",
                "description": "
                     Use this function to handoff the call to the next assistant.
                     Only use it when instructions explicitly ask you to use the handoff_to_assistant function.
                     DO NOT call this function unless you are instructed to do so.
                     Here are the destinations you can handoff the call to:
                     1. assistant-123. When: customer wants to be handed off to assistant-123
                     2. assistant-456. When: customer wants to be handed off to assistant-456
                ",
                "parameters": {
                  "type": "object",
                  "properties": {
                    "destination": {
                      "type": "string",
                      "description": "Options: assistant-123 (customer wants to be handed off to assistant-123),
            assistant-456 (customer wants to be handed off to assistant-456)",
                      "enum": ["assistant-123", "assistant-456"]
                    },
                  },
                  "required": ["destination"]
                }
              }
            }
            ```

            To override this function, please provide an OpenAI function definition and refer to it in the
            system prompt.
            You may override parts of the function definition (i.e. you may only want to change the function
            name for your prompt).
            If you choose to override the function parameters, it must include `destination` as a required
            parameter, and it must evaluate to either an assistantId, assistantName, or a the string literal
            `dynamic`.

            To pass custom parameters to the server in a dynamic handoff, you can use the function parameters,
            with `dynamic` as the destination.
            ```json
            {
              "function": {
                "name": "dynamic_handoff",
                "description": "
                     Call this function when the customer is ready to be handed off to the next assistant
                ",
                "parameters": {
                  "type": "object",
                  "properties": {
                    "destination": {
                      "type": "string",
                      "enum": ["dynamic"]
                    },
                    "customerAreaCode": {
                      "type": "number",
                      "description": "Area code of the customer"
                    },
                    "customerIntent": {
                      "type": "string",
                      "enum": ["new-customer", "existing-customer"],
                      "description": "Use new-customer when customer is a new customer, existing-customer when
            customer is an existing customer"
                    },
                    "customerSentiment": {
                      "type": "string",
                      "enum": ["positive", "negative", "neutral"],
                      "description": "Use positive when customer is happy, negative when customer is unhappy,
            neutral when customer is neutral"
                    }
                  },
                  "required": ["destination", "customerAreaCode", "customerIntent", "customerSentiment"]
                }
              }
            }
            ```
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

    _schema: ClassVar[str] = "CreateHandoffToolDTO"
    _json_fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type_"),
        ("messages", "messages"),
        ("defaultResult", "default_result"),
        ("destinations", "destinations"),
        ("function", "function"),
        ("rejectionPlan", "rejection_plan"),
    )

    type_: Literal["handoff"]
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
    default_result: str | Unset = UNSET
    destinations: (
        list[
            HandoffDestinationAssistant
            | HandoffDestinationDynamic
            | HandoffDestinationSquad
            | UnknownCreateHandoffToolDTODestinations
        ]
        | Unset
    ) = UNSET
    function: OpenAIFunction | Unset = UNSET
    rejection_plan: ToolRejectionPlan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(kw_only=True, factory=dict, converter=_copy_extras)


_alternatives_BashToolWithToolCallMessages = _h.alternatives("BashToolWithToolCallMessages")
_CreateHandoffToolDTO_items_8 = _h.Items(("union", "BashToolWithToolCallMessages"))
_alternatives_CreateHandoffToolDTODestinations = _h.alternatives("CreateHandoffToolDTODestinations")
_CreateHandoffToolDTO_items_16 = _h.Items(("union", "CreateHandoffToolDTODestinations"))


def _load_CreateHandoffToolDTO(data: dict[str, Any], strict: bool) -> CreateHandoffToolDTO | dict[str, Any]:
    """CreateHandoffToolDTO from JSON on the fast path, or what it could load (the rest: `_codec._generic`)."""
    unset = UNSET
    p0: Any = unset
    p1: Any = unset
    p2: Any = unset
    p3: Any = unset
    p4: Any = unset
    p5: Any = unset
    slow = False
    if "type" in data:
        v = data["type"]
        p0 = v if type(v) is str and v == "handoff" else _S
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
            p1 = _R(_CreateHandoffToolDTO_items_8, out3) if resume5 else out3
        else:
            p1 = _S
        if p1 is _S or type(p1) is _R:
            slow = True
    if "defaultResult" in data:
        v = data["defaultResult"]
        p2 = v if type(v) is str else _S
        if p2 is _S:
            slow = True
    if "destinations" in data:
        v = data["destinations"]
        if type(v) is list:
            resume13 = False
            out11: list[Any] = []
            for e9 in v:
                tag14 = e9.get("type") if type(e9) is dict else None
                alternative15 = _alternatives_CreateHandoffToolDTODestinations[tag14] if type(tag14) is str else None
                if alternative15 is None:  # not an object, or a tag this spec does not know
                    x10 = _S
                else:
                    x10 = alternative15[1](e9, strict)
                    if type(x10) is dict:
                        x10 = _R(alternative15[0], x10)
                if x10 is _S or type(x10) is _R:
                    resume13 = True
                out11.append(x10)
            p3 = _R(_CreateHandoffToolDTO_items_16, out11) if resume13 else out11
        else:
            p3 = _S
        if p3 is _S or type(p3) is _R:
            slow = True
    if "function" in data:
        v = data["function"]
        p4 = _FAST["OpenAIFunction"](v, strict) if type(v) is dict else _S
        if type(p4) is dict:  # loaded in part: the generic loader finishes it
            p4 = _R("OpenAIFunction", p4)
        if p4 is _S or type(p4) is _R:
            slow = True
    if "rejectionPlan" in data:
        v = data["rejectionPlan"]
        p5 = _FAST["ToolRejectionPlan"](v, strict) if type(v) is dict else _S
        if type(p5) is dict:  # loaded in part: the generic loader finishes it
            p5 = _R("ToolRejectionPlan", p5)
        if p5 is _S or type(p5) is _R:
            slow = True
    if not slow:
        if data.keys() <= _KNOWN_CreateHandoffToolDTO:
            return CreateHandoffToolDTO(p0, p1, p2, p3, p4, p5)
        if not strict:  # (strict: the generic loader looks for misspelled properties)
            obj = CreateHandoffToolDTO(p0, p1, p2, p3, p4, p5)
            obj.additional_properties = {k: x for k, x in data.items() if k not in _KNOWN_CreateHandoffToolDTO}
            return obj
    return {"type": p0, "messages": p1, "defaultResult": p2, "destinations": p3, "function": p4, "rejectionPlan": p5}


_KNOWN_CreateHandoffToolDTO = frozenset(
    ("type", "messages", "defaultResult", "destinations", "function", "rejectionPlan")
)


def _to_dict_CreateHandoffToolDTO(self: CreateHandoffToolDTO) -> dict[str, Any]:
    """JSON-ready data: `from_dict(d).to_dict() == d`, as the generic dumper writes it."""
    out: dict[str, Any] = {}
    v: Any
    v = self.messages
    if v is not UNSET:
        out["messages"] = (
            [i17.to_dict() if hasattr(i17, "to_dict") else _h.fresh(i17) for i17 in v]
            if type(v) is list
            else _h.fresh(v)
        )
    v = self.type_
    if v is not UNSET:
        out["type"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.default_result
    if v is not UNSET:
        out["defaultResult"] = v if type(v) is not dict and type(v) is not list else _h.fresh(v)
    v = self.destinations
    if v is not UNSET:
        out["destinations"] = (
            [i18.to_dict() if hasattr(i18, "to_dict") else _h.fresh(i18) for i18 in v]
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


CreateHandoffToolDTO._fast_load = _load_CreateHandoffToolDTO
setattr(CreateHandoffToolDTO, "to_dict", _to_dict_CreateHandoffToolDTO)  # noqa: B010 - replaces Model.to_dict
