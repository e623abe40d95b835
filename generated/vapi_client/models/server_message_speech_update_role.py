from typing import TYPE_CHECKING

from .._enums import OpenEnum, add_members

__all__ = ["ServerMessageSpeechUpdateRole"]


class ServerMessageSpeechUpdateRole(OpenEnum):
    """Known values of ServerMessageSpeechUpdateRole; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        ASSISTANT = "assistant"
        USER = "user"


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    ServerMessageSpeechUpdateRole,
    (
        ("ASSISTANT", "assistant"),
        ("USER", "user"),
    ),
)
