# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["VapiModelVersion"]


class VapiModelVersion(OpenEnum):
    """Known values of VapiModelVersion; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        LATEST = "latest"
        VALUE_1 = "1"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_VapiModelVersionValues: TypeAlias = Literal[
    "latest",
    "1",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    VapiModelVersion,
    (
        ("LATEST", "latest"),
        ("VALUE_1", "1"),
    ),
)


VapiTranscriberVersion = VapiModelVersion  # a locked name of this class (names lock)
