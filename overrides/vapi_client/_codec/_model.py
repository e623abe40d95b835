"""The base class of every generated model."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from .._redaction import REDACTED, redact, redact_property
from .._spec import SENSITIVE
from ..types import UNSET
from . import _generic

if TYPE_CHECKING:

    def copy_extras(extras: Mapping[str, Any], /) -> dict[str, Any]:
        """The converter of every model's `additional_properties`: a dict of the object's own."""

else:
    # The builtin itself at run time (no extra call per object); typed above for mypy's attrs plugin,
    # which cannot read the overloads of `dict` as a converter.
    copy_extras = dict


class Model:
    """Behaviour shared by all models; the fields come from the generated attrs class.

    * ``from_dict(data)`` parses leniently (server data), ``from_dict(data, strict=True)``
      and ``validate()`` check strictly (data you build) - see `_codec._generic`.
    * ``to_dict()`` writes JSON-ready data; ``from_dict(d).to_dict() == d`` for any ``d``.
    * ``repr()`` never shows a property the spec marks sensitive, at any depth (raw values too).
    * ``obj["key"]`` reads and writes ``additional_properties``; a property's own JSON name
      is refused there (set the attribute instead).
    """

    __slots__ = ("_issues",)
    _schema: ClassVar[str]
    _json_fields: ClassVar[tuple[tuple[str, str], ...]]
    # The loader generated into the model's module: the object, or a dict of what it could load.
    _fast_load: ClassVar[Any] = None  # (data: dict, strict: bool) -> the model | dict
    additional_properties: dict[str, Any]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool = False) -> Self:
        return _generic.load(cls, src_dict, strict=strict)

    def to_dict(self) -> dict[str, Any]:
        return _generic.dump(self)

    def validate(self) -> None:
        """Check this object against the spec; raise `ValidationError` naming the first bad path."""
        _generic.load(type(self), self.to_dict(), strict=True)

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        # attrs' own state covers the fields only; `validation_issues` must survive copy and pickle too.
        return _restore, (type(self), self.__getstate__(), self.validation_issues)

    @property
    def validation_issues(self) -> tuple[_generic.ValidationIssue, ...]:
        """Values in the parsed data that did not match the spec (kept as received)."""
        return getattr(self, "_issues", ())

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        # An extra key named like a property would silently replace that property in to_dict().
        for json_name, py_name in self._json_fields:
            if json_name == key:
                raise KeyError(f"{key!r} is a property of {type(self).__name__}: set .{py_name} instead")
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        secret = SENSITIVE.get(self._schema, ())
        parts = []
        for json_name, py_name in self._json_fields:
            value = getattr(self, py_name)
            if value is UNSET:
                continue
            if json_name in secret and value is not None:
                shown: Any = REDACTED
            else:
                # Models, enums, dates and scalars pass through unchanged; a dict or list (a free-form
                # property, or a value a lenient parse kept raw) may hold a secret under any key.
                shown = redact_property(json_name, value)
            parts.append(f"{py_name}={shown!r}")
        if self.additional_properties:
            parts.append(f"additional_properties={redact(self.additional_properties)!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    __str__ = __repr__


def _restore(cls: type[Model], state: Any, issues: tuple[_generic.ValidationIssue, ...]) -> Model:
    obj = cls.__new__(cls)
    obj.__setstate__(state)  # type: ignore[attr-defined]
    if issues:
        _generic.attach_issues(obj, issues)
    return obj
