from .._enums import OpenEnum

__all__ = ["CreateAssistantDTOFirstMessageMode"]


class CreateAssistantDTOFirstMessageMode(OpenEnum):
    """Known values of CreateAssistantDTOFirstMessageMode; any other string parses too (see OpenEnum)."""

    ASSISTANT_SPEAKS_FIRST = "assistant-speaks-first"
    ASSISTANT_SPEAKS_FIRST_WITH_MODEL_GENERATED_MESSAGE = "assistant-speaks-first-with-model-generated-message"
    ASSISTANT_WAITS_FOR_USER = "assistant-waits-for-user"
