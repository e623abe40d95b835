"""Discriminated unions (tools, voices, transfer destinations, ...): unknown variants.

The dispatch tables come from the spec's discriminator mappings (`_spec.UNIONS`); this
module only holds what an unknown tag turns into. The `Unknown<Family>` subclasses are
generated into `models/unknown_variants.py`, one per union of the spec.
"""

from __future__ import annotations

from typing import Any, ClassVar

from ._redact import redact


class UnknownVariant:
    """A union member whose tag this version of the spec does not know.

    The raw JSON object is kept as received; `to_dict()` returns it unchanged, so a
    response read and written back (e.g. in an update) loses nothing.
    """

    __slots__ = ("raw",)
    family: ClassVar[str] = ""
    tag_property: ClassVar[str] = ""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw

    @property
    def tag(self) -> Any:
        """The discriminator value, e.g. the unknown tool ``type``."""
        return self.raw.get(self.tag_property)

    def to_dict(self) -> dict[str, Any]:
        return self.raw

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.raw == self.raw

    def __hash__(self) -> int:
        return id(self)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({redact(self.raw)!r})"
