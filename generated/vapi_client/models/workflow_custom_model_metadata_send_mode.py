from typing import TYPE_CHECKING

from .._enums import OpenEnum, add_members

__all__ = ["WorkflowCustomModelMetadataSendMode"]


class WorkflowCustomModelMetadataSendMode(OpenEnum):
    """Known values of WorkflowCustomModelMetadataSendMode; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        OFF = "off"
        VARIABLE = "variable"
        DESTRUCTURED = "destructured"


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    WorkflowCustomModelMetadataSendMode,
    (
        ("OFF", "off"),
        ("VARIABLE", "variable"),
        ("DESTRUCTURED", "destructured"),
    ),
)
