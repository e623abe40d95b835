# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["TransferDestinationAssistantTransferMode"]


class TransferDestinationAssistantTransferMode(OpenEnum):
    """Known values of TransferDestinationAssistantTransferMode; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        ROLLING_HISTORY = "rolling-history"
        SWAP_SYSTEM_MESSAGE_IN_HISTORY = "swap-system-message-in-history"
        SWAP_SYSTEM_MESSAGE_IN_HISTORY_AND_REMOVE_TRANSFER_TOOL_MESSAGES = (
            "swap-system-message-in-history-and-remove-transfer-tool-messages"
        )
        DELETE_HISTORY = "delete-history"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_TransferDestinationAssistantTransferModeValues: TypeAlias = Literal[
    "rolling-history",
    "swap-system-message-in-history",
    "swap-system-message-in-history-and-remove-transfer-tool-messages",
    "delete-history",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    TransferDestinationAssistantTransferMode,
    (
        ("ROLLING_HISTORY", "rolling-history"),
        ("SWAP_SYSTEM_MESSAGE_IN_HISTORY", "swap-system-message-in-history"),
        (
            "SWAP_SYSTEM_MESSAGE_IN_HISTORY_AND_REMOVE_TRANSFER_TOOL_MESSAGES",
            "swap-system-message-in-history-and-remove-transfer-tool-messages",
        ),
        ("DELETE_HISTORY", "delete-history"),
    ),
)
