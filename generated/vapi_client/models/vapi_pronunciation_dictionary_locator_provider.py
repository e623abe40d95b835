# Generated from openapi.yaml by `nox -s generate`: do not edit.
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._codec._enums import OpenEnum, add_members

__all__ = ["VapiPronunciationDictionaryLocatorProvider"]


class VapiPronunciationDictionaryLocatorProvider(OpenEnum):
    """Known values of VapiPronunciationDictionaryLocatorProvider; any other string parses too (see OpenEnum)."""

    if TYPE_CHECKING:  # the members, for type checkers; at run time they come from the table below
        CARTESIA = "cartesia"
        VALUE_1 = "11labs"


# The values as string literals: a field of this enum accepts them beside the members, so a caller passing a
# string keeps type-checking when the spec adds a value. Defined at run time too, for `typing.get_type_hints`.
_VapiPronunciationDictionaryLocatorProviderValues: TypeAlias = Literal[
    "cartesia",
    "11labs",
]


# Built from a table: much cheaper than the Enum metaclass for big enums (see add_members).
add_members(
    VapiPronunciationDictionaryLocatorProvider,
    (
        ("CARTESIA", "cartesia"),
        ("VALUE_1", "11labs"),
    ),
)
