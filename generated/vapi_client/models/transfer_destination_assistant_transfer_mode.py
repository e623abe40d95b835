from .._enums import OpenEnum

__all__ = ["TransferDestinationAssistantTransferMode"]


class TransferDestinationAssistantTransferMode(OpenEnum):
    """Known values of TransferDestinationAssistantTransferMode; any other string parses too (see OpenEnum)."""

    ROLLING_HISTORY = "rolling-history"
    SWAP_SYSTEM_MESSAGE_IN_HISTORY = "swap-system-message-in-history"
    SWAP_SYSTEM_MESSAGE_IN_HISTORY_AND_REMOVE_TRANSFER_TOOL_MESSAGES = (
        "swap-system-message-in-history-and-remove-transfer-tool-messages"
    )
    DELETE_HISTORY = "delete-history"
