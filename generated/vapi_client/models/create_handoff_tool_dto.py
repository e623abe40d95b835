from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
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


@_attrs_define(repr=False)
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
        function:
        rejection_plan:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
