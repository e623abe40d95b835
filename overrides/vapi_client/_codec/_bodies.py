"""Request bodies: a model, a dict or keyword fields, checked strictly before anything is sent.

A vendored client meets a newer Vapi: a voice provider, a tool type or an enum value its spec does
not know. The policy for such a value in a body (see README, "Vendoring"):

* one the client itself parsed (an `Unknown<Family>` object, an open-enum member it did not know, or a
  model holding either) is sent back exactly as received: Vapi sent it, so Vapi knows it;
* one written by hand (a dict) is refused, with the known value it most likely misspells, unless the
  call or the client says ``validate="warn"``: then it is sent with an `UnknownValueWarning`.

``validate="warn"`` is the escape hatch for a spec that is wrong where Vapi's docs are right: every
other mismatch (a wrong type, a missing field, a value out of range) becomes a `ValidationWarning`
saying what the error would have said, and the body is sent as given. What JSON cannot carry (NaN,
non-string keys, cycles) is refused in both modes.
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Iterable, Mapping
from typing import Any, Literal, TypeVar, get_args

from .. import _json_guard
from .._exceptions import UnknownValueWarning, ValidationError, ValidationWarning
from ..types import UNSET
from . import _generic
from ._enums import OpenEnum
from ._model import Model
from ._unknown_variant import UnknownVariant

M = TypeVar("M", bound=Model)
Json = Mapping[str, Any]
#: How a body's mismatches with the spec are treated: refused ("strict") or sent with a warning ("warn").
Validate = Literal["strict", "warn"]
VALIDATE_MODES: tuple[str, ...] = get_args(Validate)

_SEND_ANYWAY = (
    '; to send a value this client does not know (a newer Vapi may), pass validate="warn" '
    '(to the method, or VapiClient(validate="warn"))'
)

Path = tuple[str | int, ...]


def check_validate(mode: Any) -> Validate:
    if mode not in VALIDATE_MODES:
        raise ValueError(f"validate must be one of {', '.join(map(repr, VALIDATE_MODES))}, not {mode!r}")
    result: Validate = mode
    return result


def body_model(model: type[M], body: M | Json | None, fields: Mapping[str, Any], *, validate: Validate = "strict") -> M:
    """`body` as a checked model, with the non-None keyword `fields` (Python names) merged over it.

    A dict is parsed strictly and a model validated, so a mistake raises `ValidationError`
    naming the field path before anything is sent.
    """
    json_names = {py_name: json_name for json_name, py_name in model._json_fields}
    chosen = {json_names[name]: value for name, value in fields.items() if value is not None}
    # One call, so a problem deep in a keyword field is reported with its path (`metadata.x`).
    given = _to_json(chosen)
    received = received_paths(chosen)
    if body is None:
        data: dict[str, Any] = {}
    elif isinstance(body, Model):
        if not isinstance(body, model):
            raise TypeError(f"body must be a {model.__name__} or a dict, not a {type(body).__name__}")
        data = body.to_dict()
        received |= {path for path in received_paths(body) if path[0] not in given}
    elif isinstance(body, Mapping):
        data = _to_json(body)
        received |= {path for path in received_paths(body) if path[0] not in given}
    else:
        raise TypeError(f"body must be a {model.__name__} or a dict, not {type(body).__name__}")
    data.update(given)
    context = _BodyContext(received, validate)
    if context.validate == "warn":
        _json_guard.check_sendable(data)  # before any warning: what JSON cannot carry is never sent
    loaded: M = _generic._load_into(model, data, context)
    context.warn_mismatches()
    if isinstance(body, model) and not given:
        return body  # checked; sent as given (the same JSON)
    return loaded


def checked_body(desc: tuple[Any, ...], body: Any, name: str, *, validate: Validate = "strict") -> Any:
    """A body that is not one model (a union), checked whole against `desc`, as JSON."""
    context = _BodyContext(received_paths(body, (name,)), validate)
    data = _to_json(body)
    if context.validate == "warn":
        _json_guard.check_sendable(data)
    checked = _generic.checked_json(desc, data, name, context)
    context.warn_mismatches()
    return checked


def received_paths(value: Any, path: Path = ()) -> set[Path]:
    """The JSON paths in `value` of what the client parsed but its spec does not know: `Unknown<Family>`
    objects and unknown open-enum members, at any depth (in models, dicts and lists)."""
    found: set[Path] = set()
    _walk(value, path, found)
    return found


def _walk(value: Any, path: Path, found: set[Path]) -> None:
    if isinstance(value, UnknownVariant):
        found.add(path)
    elif isinstance(value, OpenEnum):
        if not value.is_known:
            found.add(path)
    elif isinstance(value, Model):
        for json_name, py_name in value._json_fields:
            item = getattr(value, py_name)
            if item is not UNSET:
                _walk(item, (*path, json_name), found)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            _walk(item, (*path, key), found)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _walk(item, (*path, index), found)


class _BodyContext(_generic._Context):
    """Strict checking of a request body, with this module's policy for values the spec does not know."""

    __slots__ = ("received", "validate")

    def __init__(self, received: Iterable[Path], validate: Validate) -> None:
        super().__init__(strict=True)
        self.received = frozenset(received)
        self.validate = check_validate(validate)

    def problem(self, key: str | int | None, message: str) -> None:
        if self.validate == "warn":
            # Kept like a lenient parse keeps it (the value as given), and warned about once the body is
            # checked, when the issue names its schema as the error would.
            self.issues.append(_generic.ValidationIssue(self.where(key), message))
            return
        super().problem(key, message)

    def warn_mismatches(self) -> None:
        for issue in self.issues:
            warnings.warn(ValidationWarning(f"{issue}; sent as given (validate='warn')"), stacklevel=_caller_level())

    def unknown(self, key: str | int, value: str, known: Iterable[str], message: str) -> None:
        if (*self.path, key) in self.received:
            return  # the client parsed it from Vapi's own answer: sent back as received
        if self.validate == "warn":
            warnings.warn(
                UnknownValueWarning(f"{self.where(key)}: {message}; sent as given (validate='warn')"),
                stacklevel=_caller_level(),
            )
            return
        raise ValidationError(self.where(key), message + _generic.did_you_mean(value, known) + _SEND_ANYWAY)


def _caller_level() -> int:
    """The `stacklevel` of the first frame outside this package, seen from our caller: the warning
    points at the user's line, however deep the body's check went."""
    frame, level = sys._getframe(1), 1
    while frame.f_back is not None and frame.f_code.co_filename.startswith(_PACKAGE):
        frame, level = frame.f_back, level + 1
    return level


#: The package's folders (both halves in a checkout), each ending in a separator.
_PACKAGE = tuple(os.path.join(folder, "") for folder in sys.modules[__name__.partition(".")[0]].__path__)


def _to_json(value: Any) -> Any:
    """Plain JSON from a value that may hold models (e.g. a dict with a `CreateCustomerDTO` inside)."""
    return _json_guard.plain(value)
