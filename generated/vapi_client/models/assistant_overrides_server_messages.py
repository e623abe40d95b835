# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["AssistantOverridesServerMessages"]


class AssistantOverridesServerMessages(OpenEnum):
    """Known values of AssistantOverridesServerMessages; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        ASSISTANT_STARTED = "assistant.started"
        ASSISTANT_SPEECHSTARTED = "assistant.speechStarted"
        CONVERSATION_UPDATE = "conversation-update"
        END_OF_CALL_REPORT = "end-of-call-report"
        FUNCTION_CALL = "function-call"
        HANG = "hang"
        LANGUAGE_CHANGED = "language-changed"
        LANGUAGE_CHANGE_DETECTED = "language-change-detected"
        MODEL_OUTPUT = "model-output"
        PHONE_CALL_CONTROL = "phone-call-control"
        SPEECH_UPDATE = "speech-update"
        STATUS_UPDATE = "status-update"
        TRANSCRIPT = "transcript"
        TRANSCRIPTTRANSCRIPTTYPEFINAL = 'transcript[transcriptType="final"]'
        TOOL_CALLS = "tool-calls"
        TRANSFER_DESTINATION_REQUEST = "transfer-destination-request"
        HANDOFF_DESTINATION_REQUEST = "handoff-destination-request"
        TRANSFER_UPDATE = "transfer-update"
        USER_INTERRUPTED = "user-interrupted"
        VOICE_INPUT = "voice-input"
        CHAT_CREATED = "chat.created"
        CHAT_DELETED = "chat.deleted"
        SESSION_CREATED = "session.created"
        SESSION_UPDATED = "session.updated"
        SESSION_DELETED = "session.deleted"
        CALL_DELETED = "call.deleted"
        CALL_DELETE_FAILED = "call.delete.failed"
        CALL_ARTIFACT_UPLOAD = "call.artifact.upload"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_AssistantOverridesServerMessagesValues: TypeAlias = Literal[
    "assistant.started",
    "assistant.speechStarted",
    "conversation-update",
    "end-of-call-report",
    "function-call",
    "hang",
    "language-changed",
    "language-change-detected",
    "model-output",
    "phone-call-control",
    "speech-update",
    "status-update",
    "transcript",
    'transcript[transcriptType="final"]',
    "tool-calls",
    "transfer-destination-request",
    "handoff-destination-request",
    "transfer-update",
    "user-interrupted",
    "voice-input",
    "chat.created",
    "chat.deleted",
    "session.created",
    "session.updated",
    "session.deleted",
    "call.deleted",
    "call.delete.failed",
    "call.artifact.upload",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    AssistantOverridesServerMessages,
    (
        ("ASSISTANT_STARTED", "assistant.started"),
        ("ASSISTANT_SPEECHSTARTED", "assistant.speechStarted"),
        ("CONVERSATION_UPDATE", "conversation-update"),
        ("END_OF_CALL_REPORT", "end-of-call-report"),
        ("FUNCTION_CALL", "function-call"),
        ("HANG", "hang"),
        ("LANGUAGE_CHANGED", "language-changed"),
        ("LANGUAGE_CHANGE_DETECTED", "language-change-detected"),
        ("MODEL_OUTPUT", "model-output"),
        ("PHONE_CALL_CONTROL", "phone-call-control"),
        ("SPEECH_UPDATE", "speech-update"),
        ("STATUS_UPDATE", "status-update"),
        ("TRANSCRIPT", "transcript"),
        ("TRANSCRIPTTRANSCRIPTTYPEFINAL", 'transcript[transcriptType="final"]'),
        ("TOOL_CALLS", "tool-calls"),
        ("TRANSFER_DESTINATION_REQUEST", "transfer-destination-request"),
        ("HANDOFF_DESTINATION_REQUEST", "handoff-destination-request"),
        ("TRANSFER_UPDATE", "transfer-update"),
        ("USER_INTERRUPTED", "user-interrupted"),
        ("VOICE_INPUT", "voice-input"),
        ("CHAT_CREATED", "chat.created"),
        ("CHAT_DELETED", "chat.deleted"),
        ("SESSION_CREATED", "session.created"),
        ("SESSION_UPDATED", "session.updated"),
        ("SESSION_DELETED", "session.deleted"),
        ("CALL_DELETED", "call.deleted"),
        ("CALL_DELETE_FAILED", "call.delete.failed"),
        ("CALL_ARTIFACT_UPLOAD", "call.artifact.upload"),
    ),
)


CreateAssistantDTOServerMessages = AssistantOverridesServerMessages  # a locked name of this class (names lock)
