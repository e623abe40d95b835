"""`UnknownVariant`: what a discriminated union member (tool, voice, transfer destination, ...) with an unknown tag parses into.

The dispatch tables come from the spec's discriminator mappings (`_spec.UNIONS`); this
module only holds what an unknown tag turns into. The `Unknown<Family>` subclasses are
generated into `models/unknown_variants.py`, one per union of the spec.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, overload

from .._redaction import redact
from ..types import UNSET
from ._generic import _Context, _loader, fresh

if TYPE_CHECKING:
    from ._generic import ValidationIssue


class UnknownVariant:
    """A union member whose tag this version of the spec does not know.

    The raw JSON object is kept as received in ``raw``; `to_dict()` returns a deep
    copy of it, so a response read and written back (e.g. in an update) loses nothing,
    and editing the returned dict does not change this object (as with models).
    Compared by value and, like the models, not hashable.
    """

    __slots__ = ("_issues", "raw")
    family: ClassVar[str] = ""
    tag_property: ClassVar[str] = ""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw

    @property
    def tag(self) -> Any:
        """The discriminator value, e.g. the unknown tool ``type``."""
        return self.raw.get(self.tag_property)

    @property
    def validation_issues(self) -> tuple[ValidationIssue, ...]:
        """Set when this object is what a parse returned, e.g. a message without a ``type``."""
        return getattr(self, "_issues", ())

    def to_dict(self) -> dict[str, Any]:
        copy: dict[str, Any] = fresh(self.raw)
        return copy

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.raw == self.raw

    # Equal by value but mutable (``raw`` is a dict): no hash, as for the attrs models.
    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({redact(self.raw)!r})"


T = TypeVar("T")


class SharedField(Generic[T]):
    """A field every known member of a union has, on its `Unknown<Family>` (generated), typed as theirs, so that
    reading it type-checks whichever member a value is. Read-only, parsed from `raw` on each read, leniently: a
    value of the wrong kind comes back as it is and a missing one as UNSET, as a known member's lenient parse
    keeps them (a known member's required field too)."""

    __slots__ = ("desc", "json_name")

    def __init__(self, json_name: str, desc: tuple[Any, ...]) -> None:
        self.json_name = json_name
        self.desc = desc

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> SharedField[T]: ...
    @overload
    def __get__(self, obj: UnknownVariant, owner: type[Any]) -> T: ...
    def __get__(self, obj: UnknownVariant | None, owner: type[Any]) -> SharedField[T] | T:
        if obj is None:
            return self
        if self.json_name not in obj.raw:
            return UNSET  # type: ignore[return-value]
        value: T = _loader(self.desc)(obj.raw[self.json_name], _Context(strict=False), self.json_name)
        return value
