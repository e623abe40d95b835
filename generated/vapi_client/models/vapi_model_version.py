# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING

from .._codec._enums import OpenEnum, add_members

__all__ = ["VapiModelVersion"]


class VapiModelVersion(OpenEnum):
    """Known values of VapiModelVersion; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        LATEST = "latest"
        VALUE_1 = "1"


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    VapiModelVersion,
    (
        ("LATEST", "latest"),
        ("VALUE_1", "1"),
    ),
)


VapiTranscriberVersion = VapiModelVersion  # a locked name of this class (names lock)
