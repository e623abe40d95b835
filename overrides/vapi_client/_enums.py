"""Open enums: the API keeps adding values, so an unknown one must parse, not crash."""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class OpenEnum(StrEnum):
    """A StrEnum that accepts values it does not know.

    ``CallStatus("scheduled")`` returns a pseudo-member that compares equal to its string,
    serialises back unchanged, and reports ``is_known == False``. ``str()`` and f-strings
    give the value for every member, pseudo-members included (StrEnum's own ``__str__``).
    """

    @classmethod
    def _missing_(cls, value: Any) -> OpenEnum | None:
        if not isinstance(value, str):
            return None
        # Not cached in the value map: a stream of odd values must not grow the class.
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """True when the value is one of this spec's enum values."""
        return self._value_ in type(self)._value2member_map_
