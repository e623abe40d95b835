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


_TAKEN = frozenset(dir(OpenEnum))


def add_members(cls: type[OpenEnum], members: tuple[tuple[str, str], ...]) -> None:
    """Give `cls`, built without members, its members from a table (the generated enum modules).

    The Enum metaclass spends about 20 µs checking each member it builds (`CallEndedReason`'s
    595 cost 12 ms); values from the spec need none of those checks (no aliases, no descriptors,
    all strings), so the members are made as the metaclass would make them, and put in the same maps.
    """
    member_map = cls._member_map_
    value_map = cls._value2member_map_
    names = cls._member_names_
    if names:
        raise TypeError(f"{cls.__name__} already has members")
    for name, value in members:
        if name in _TAKEN or value in value_map:
            raise TypeError(f"{cls.__name__}.{name} = {value!r}: taken name or duplicate value")
        member = str.__new__(cls, value)
        member._name_ = name
        member._value_ = value
        member.__objclass__ = cls  # type: ignore[attr-defined]
        member._sort_order_ = len(names)  # type: ignore[attr-defined]
        names.append(name)
        member_map[name] = member
        value_map[value] = member
        type.__setattr__(cls, name, member)
