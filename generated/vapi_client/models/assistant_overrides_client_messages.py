# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["AssistantOverridesClientMessages"]


class AssistantOverridesClientMessages(OpenEnum):
    """Known values of AssistantOverridesClientMessages; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        CONVERSATION_UPDATE = "conversation-update"
        ASSISTANT_SPEECHSTARTED = "assistant.speechStarted"
        FUNCTION_CALL = "function-call"
        FUNCTION_CALL_RESULT = "function-call-result"
        HANG = "hang"
        LANGUAGE_CHANGED = "language-changed"
        METADATA = "metadata"
        MODEL_OUTPUT = "model-output"
        SPEECH_UPDATE = "speech-update"
        STATUS_UPDATE = "status-update"
        TRANSCRIPT = "transcript"
        TOOL_CALLS = "tool-calls"
        TOOL_CALLS_RESULT = "tool-calls-result"
        TOOL_COMPLETED = "tool.completed"
        TRANSFER_UPDATE = "transfer-update"
        USER_INTERRUPTED = "user-interrupted"
        VOICE_INPUT = "voice-input"
        WORKFLOW_NODE_STARTED = "workflow.node.started"
        ASSISTANT_STARTED = "assistant.started"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_AssistantOverridesClientMessagesValues: TypeAlias = Literal[
    "conversation-update",
    "assistant.speechStarted",
    "function-call",
    "function-call-result",
    "hang",
    "language-changed",
    "metadata",
    "model-output",
    "speech-update",
    "status-update",
    "transcript",
    "tool-calls",
    "tool-calls-result",
    "tool.completed",
    "transfer-update",
    "user-interrupted",
    "voice-input",
    "workflow.node.started",
    "assistant.started",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    AssistantOverridesClientMessages,
    (
        ("CONVERSATION_UPDATE", "conversation-update"),
        ("ASSISTANT_SPEECHSTARTED", "assistant.speechStarted"),
        ("FUNCTION_CALL", "function-call"),
        ("FUNCTION_CALL_RESULT", "function-call-result"),
        ("HANG", "hang"),
        ("LANGUAGE_CHANGED", "language-changed"),
        ("METADATA", "metadata"),
        ("MODEL_OUTPUT", "model-output"),
        ("SPEECH_UPDATE", "speech-update"),
        ("STATUS_UPDATE", "status-update"),
        ("TRANSCRIPT", "transcript"),
        ("TOOL_CALLS", "tool-calls"),
        ("TOOL_CALLS_RESULT", "tool-calls-result"),
        ("TOOL_COMPLETED", "tool.completed"),
        ("TRANSFER_UPDATE", "transfer-update"),
        ("USER_INTERRUPTED", "user-interrupted"),
        ("VOICE_INPUT", "voice-input"),
        ("WORKFLOW_NODE_STARTED", "workflow.node.started"),
        ("ASSISTANT_STARTED", "assistant.started"),
    ),
)


CreateAssistantDTOClientMessages = AssistantOverridesClientMessages  # a locked name of this class (names lock)
