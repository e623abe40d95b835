"""JSON <-> model conversion, driven by the spec's tables in `_spec.py`.

Two modes, one rule each:

* lenient (the default, used for everything the server sends): nothing is ever lost.
  A value of an unexpected type is kept exactly as received and reported in the root
  object's ``validation_issues``; unknown properties go to ``additional_properties``;
  unknown enum values become open-enum pseudo-members; unknown union tags become
  ``Unknown<Family>`` objects keeping the raw dict.
* strict (``from_dict(..., strict=True)``, ``validate()``, bodies given to the client):
  the first mismatch raises `ValidationError` naming its JSON path. Unknown
  properties are still allowed (a newer API may know them).

Each model class gets a plan compiled once, on first use, from its schema's table:
per property, a loader (JSON -> Python) and a dumper (Python -> JSON).
"""

from __future__ import annotations

import importlib
import math
import re
import warnings
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any, TypeVar

from .._exceptions import MisspelledFieldWarning, ValidationError
from .._spec import ENUMS, SCHEMAS, UNIONS
from ..types import UNSET
from ._datetimes import format_datetime, parse_datetime
from ._implicit_tag import ImplicitTag, implicit_tag
from ._spelling import closest

T = TypeVar("T")
Loader = Callable[[Any, "_Context", "str | int"], Any]
Dumper = Callable[[Any], Any]


@dataclass(frozen=True, slots=True)
class ValidationIssue:
    """A value the server sent that does not match the spec; the value itself was kept."""

    path: str
    message: str
    schema: str | None = None

    def __str__(self) -> str:
        return f"{self.path or '(root)'}: {self.message}" + (f" (in {self.schema})" if self.schema else "")


class _Context:
    __slots__ = ("failed", "issues", "path", "probe", "strict")

    def __init__(self, strict: bool, *, probe: bool = False) -> None:
        self.strict = strict
        # A probe is a strict trial parse that only asks "does it fit?" (oneOf selection): a mismatch
        # marks it failed instead of raising, and it never warns about misspelled fields.
        self.probe = probe
        self.failed = False
        self.issues: list[ValidationIssue] = []
        self.path: list[str | int] = []

    def where(self, key: str | int | None) -> str:
        parts = self.path if key is None else [*self.path, key]
        text = ""
        for part in parts:
            text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
        return text

    def problem(self, key: str | int | None, message: str) -> None:
        if self.probe:
            self.failed = True
            return
        if self.strict:
            raise ValidationError(self.where(key), message)
        self.issues.append(ValidationIssue(self.where(key), message))

    def unknown(self, key: str | int, value: str, known: Iterable[str], message: str) -> None:
        """A strict check met a tag or enum value this spec does not know (a newer API may):
        an error, with the known value it most likely misspells. A request body's own context
        (`_codec._bodies`) lets through the values the client itself parsed, or all of them with a warning."""
        self.problem(key, message + did_you_mean(value, known))


def load(cls: type[T], data: Any, *, strict: bool) -> T:
    """Parse `data` into `cls`; the root must be an object in both modes."""
    if type(data) is dict and _GENERATED:
        fast = getattr(cls, "_fast_load", None)
        if fast is not None:
            loaded = fast(data, strict)
            if type(loaded) is not dict:
                return loaded  # type: ignore[no-any-return]
            ctx = _Context(strict)
            obj = _load_generic(cls, data, ctx, loaded)
            if ctx.issues:
                attach_issues(obj, ctx.issues)
            return obj
    elif not isinstance(data, Mapping):
        raise ValidationError("", f"expected an object, got {_kind(data)}", cls.__name__)
    ctx = _Context(strict)
    obj = _load_into(cls, data, ctx)
    if ctx.issues:
        attach_issues(obj, ctx.issues)
    return obj


def load_value(desc: tuple[Any, ...], data: Any) -> Any:
    """Parse a response body described by `desc` (a table descriptor) leniently; only a root of the
    wrong kind (an array where an object is documented) raises `ValidationError`."""
    kind = desc[0]
    if kind == "model":
        return load(resolve_model(desc[1]), data, strict=False)
    if kind == "array":
        if not isinstance(data, list):
            raise ValidationError("", f"expected an array, got {_kind(data)}")
        item = desc[1]
        if item[0] == "model":  # each element its own root, with its own validation_issues
            cls = resolve_model(item[1])
            return [load(cls, element, strict=False) if isinstance(element, Mapping) else element for element in data]
        return [load_value(item, element) for element in data]
    if kind == "oneof":
        if not isinstance(data, Mapping) and all(option[0] in ("model", "union") for option in desc[1:]):
            raise ValidationError("", f"expected an object, got {_kind(data)}")
        index = _pick(desc[1:], data)
        if index is not None:
            return load_value(desc[1:][index], data)
    ctx = _Context(strict=False)
    value = _loader(desc)(data, ctx, "")
    if ctx.issues and hasattr(value, "_issues"):
        attach_issues(value, ctx.issues)
    return value


def checked_json(desc: tuple[Any, ...], data: Any, name: str, ctx: _Context | None = None) -> Any:
    """`data` checked strictly against `desc` (a request body that is not a single model), as JSON."""
    value = _loader(desc)(data, ctx or _Context(strict=True), name)
    dumper = _dumper(desc)
    return value if dumper is None else dumper(value)


def resolve_model(name: str) -> Any:
    return _resolve(name)


def _pick(options: tuple[tuple[Any, ...], ...], value: Any, loaders: list[Loader] | None = None) -> int | None:
    """The option an object belongs to, told by its properties: of the model options whose required
    properties it all has and whose constants it does not contradict, the one it matches best
    (`CallBatchResponse` needs `results` and `errors`, a `Call` does not have them); a union option
    when the value carries its tag. When several models qualify, the best one the object fits strictly
    wins (two scorecard conditions share `type: comparator`; a number `value` is the number one's)."""
    candidates = _candidates(options, value)
    if len(candidates) > 1:
        for index in candidates:
            if _fits(loaders[index] if loaders else _loader(options[index]), value):
                return index
    return candidates[0] if candidates else None


def _fits(loader: Loader, value: Any) -> bool:
    """Whether `value` parses strictly with `loader`; a probe, so no exception and no warning."""
    ctx = _Context(strict=True, probe=True)
    loader(value, ctx, "")
    return not ctx.failed


# Per model schema: its required properties (as a set, and how many) and its constants, for telling
# oneOf options apart.
_SHAPES: dict[str, tuple[frozenset[str], int, tuple[tuple[str, Any], ...]]] = {}


def _shape(name: str) -> tuple[frozenset[str], int, tuple[tuple[str, Any], ...]]:
    shape = _SHAPES.get(name)
    if shape is None:
        table = SCHEMAS[name]
        constants = tuple((key, desc[1]) for key, desc in table["properties"].items() if desc[0] == "const")
        shape = _SHAPES[name] = (frozenset(table["required"]), len(table["required"]), constants)
    return shape


def _candidates(options: tuple[tuple[Any, ...], ...], value: Any) -> list[int]:
    if not isinstance(value, Mapping):
        return []
    scored: list[tuple[int, int]] = []
    for index, option in enumerate(options):
        if option[0] == "model":
            required, score, constants = _shape(option[1])
            if not value.keys() >= required:
                continue
            # A constant the object contradicts rules the option out (`on: "call.ending"` of one hook
            # type); one it matches counts like a required property.
            for name, constant in constants:
                if name in value:
                    if value[name] != constant:
                        break
                    score += 1
            else:
                scored.append((score, index))
        elif option[0] == "union":
            table = UNIONS[option[1]]
            if value.get(table["tag"]) in table["mapping"]:
                return [index]
    # Best first; ties keep the spec's order.
    return [index for _, index in sorted(scored, key=lambda item: -item[0])]


def attach_issues(obj: Any, issues: Iterable[ValidationIssue]) -> None:
    """Make `issues` the ``validation_issues`` of `obj`, a model or an `UnknownVariant`.

    `load` gives them to the root object; `webhooks.parse` hands the envelope's on to the
    message it returns (their paths stay rooted at the body: ``message.call.createdAt``).
    """
    obj._issues = tuple(issues)


def dump(obj: Any) -> dict[str, Any]:
    plan = _PLANS.get(type(obj)) or _plan(type(obj))
    out: dict[str, Any] = {}
    for json_name, py_name, dumper in plan.dumpers:
        value = getattr(obj, py_name)
        if value is not UNSET:
            out[json_name] = fresh(value) if dumper is None else dumper(value)
    extra = obj.additional_properties
    if extra:
        out.update(fresh(extra))
    return out


def fresh(value: Any) -> Any:
    """A copy of a JSON value's containers, so `to_dict()` output shares nothing with the model."""
    kind = type(value)
    # Scalars (most items) are kept inline: a call per string or number would cost more than the copy.
    if kind is dict:
        return {key: fresh(item) if type(item) in _COPIED else item for key, item in value.items()}
    if kind is list:
        return [fresh(item) if type(item) in _COPIED else item for item in value]
    return value


_COPIED = frozenset({dict, list})


# ---------------------------------------------------------------------------------------
# plans


class _Plan:
    __slots__ = ("dumpers", "fields", "required", "schema")

    def __init__(self, cls: type) -> None:
        self.schema: str = cls._schema  # type: ignore[attr-defined]
        table = SCHEMAS[self.schema]
        names = dict(cls._json_fields)  # type: ignore[attr-defined]
        props: dict[str, Any] = table["properties"]
        self.fields = {name: (names[name], _loader(desc)) for name, desc in props.items()}
        self.required = tuple((name, names[name]) for name in table["required"])
        self.dumpers = tuple((name, names[name], _dumper(desc)) for name, desc in props.items())


_PLANS: dict[type, _Plan] = {}
# Whether parsing uses the generated loaders (the models' `_fast_load`); tests compare both ways.
_GENERATED = True


def _plan(cls: type) -> _Plan:
    plan = _PLANS[cls] = _Plan(cls)
    return plan


def _load_into(cls: type[T], data: Mapping[str, Any], ctx: _Context) -> T:
    fast = getattr(cls, "_fast_load", None)
    if fast is None or type(data) is not dict or not _GENERATED:
        return _load_generic(cls, data, ctx, None)
    loaded = fast(data, ctx.strict)
    if type(loaded) is not dict:
        return loaded  # type: ignore[no-any-return]
    return _load_generic(cls, data, ctx, loaded)


def _load_generic(cls: type[T], data: Mapping[str, Any], ctx: _Context, done: dict[str, Any] | None) -> T:
    """The generic loader; `done` holds what a generated loader already loaded (SLOW where it could not)."""
    if done is not None:
        return _finish(cls, data, ctx, done)
    plan = _PLANS.get(cls) or _plan(cls)
    fields = plan.fields
    kwargs: dict[str, Any] = {}
    extra: dict[str, Any] | None = None
    seen = len(ctx.issues)
    try:
        for key, value in data.items():
            entry = fields.get(key)
            if entry is None:
                if extra is None:
                    extra = {}
                extra[key] = value
            else:
                kwargs[entry[0]] = entry[1](value, ctx, key)
        for json_name, py_name in plan.required:
            if py_name not in kwargs:
                ctx.problem(None, f"missing {json_name!r}")
                kwargs[py_name] = UNSET
    except ValidationError as error:
        raise error.with_schema(plan.schema) from None
    _close(plan, ctx, seen, extra)
    obj = cls(**kwargs)
    if extra:
        obj.additional_properties = extra  # type: ignore[attr-defined]
    return obj


def _close(plan: _Plan, ctx: _Context, seen: int, extra: dict[str, Any] | None) -> None:
    """What ends a model's load, generic or finished: near misses among its unknown properties (strict), and
    the issues it added (from `seen` on) stamped with its schema."""
    if extra and ctx.strict and not ctx.probe:
        _warn_near_misses(extra, plan, ctx)
    if len(ctx.issues) > seen:
        ctx.issues[seen:] = [
            issue if issue.schema else ValidationIssue(issue.path, issue.message, plan.schema)
            for issue in ctx.issues[seen:]
        ]


def _finish(cls: type[T], data: Mapping[str, Any], ctx: _Context, done: dict[str, Any]) -> T:
    """`_load_generic` for what a generated loader loaded in part: every JSON property of `cls` in `done`,
    in the order of `cls.__init__`, loaded, SLOW (the generic loader's), or a `Resume` (to finish)."""
    plan = _PLANS.get(cls) or _plan(cls)
    fields = plan.fields
    # The properties left to finish; their issues (the only ones) come in the data's order, as in
    # `_load_generic`, and a strict parse fails at the first of them in that order.
    pending = [key for key in data if (loaded := done.get(key)) is SLOW or type(loaded) is Resume]
    extra: dict[str, Any] | None = None
    if not data.keys() <= fields.keys():
        extra = {key: value for key, value in data.items() if key not in fields}
    seen = len(ctx.issues)
    try:
        for key in pending:
            loaded = done[key]
            if loaded is SLOW:
                done[key] = fields[key][1](data[key], ctx, key)
            else:
                done[key] = loaded.finish(data[key], ctx, key)
        for json_name, _py_name in plan.required:
            if done[json_name] is SLOW:  # not in the data
                ctx.problem(None, f"missing {json_name!r}")
                done[json_name] = UNSET
    except ValidationError as error:
        raise error.with_schema(plan.schema) from None
    _close(plan, ctx, seen, extra)
    obj = cls(*done.values())
    if extra:
        obj.additional_properties = extra  # type: ignore[attr-defined]
    return obj


def _warn_near_misses(extra: Mapping[str, Any], plan: _Plan, ctx: _Context) -> None:
    """Warn about unknown fields of a body being built that look like a known one (a typo)."""
    for key in extra:
        if not isinstance(key, str):
            continue
        likely = closest(key, plan.fields, cutoff=0.8)
        if likely is not None:
            warnings.warn(
                MisspelledFieldWarning(
                    f"{ctx.where(key)}: unknown field {key!r} (in {plan.schema}) is kept as is; did you mean {likely!r}?"
                ),
                stacklevel=2,
            )


def did_you_mean(value: str, known: Iterable[str]) -> str:
    """'; did you mean '11labs'?' when `value` is spelled like (``eleven-labs``) or close to one known value, else ''."""
    likely = closest(value, known, cutoff=0.75)
    return f"; did you mean {likely!r}?" if likely is not None else ""


def _resolve(name: str) -> Any:
    return getattr(importlib.import_module("..models", __package__), name)


# ---------------------------------------------------------------------------------------
# loaders: (value, context, key) -> value. Every mismatch goes through ctx.problem, which
# raises in strict mode and records an issue (keeping the raw value) in lenient mode.


def _loader(desc: tuple[Any, ...]) -> Loader:
    return _LOADERS[desc[0]](*desc[1:])


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {
        bool: "a boolean",
        int: "a number",
        float: "a number",
        str: "a string",
        list: "an array",
        dict: "an object",
    }.get(type(value), f"a {type(value).__name__}")


def _check_number(c: dict[str, Any], value: Any, ctx: _Context, key: str | int) -> None:
    if "minimum" in c and value < c["minimum"]:
        ctx.problem(key, f"must be >= {c['minimum']}")
    if "maximum" in c and value > c["maximum"]:
        ctx.problem(key, f"must be <= {c['maximum']}")


def _ecma_pattern(source: str) -> re.Pattern[str]:
    """Compile a JSON Schema pattern (ECMA 262 syntax) for Python's `re`.

    The difference that matters here: ECMA's `$` (outside a character class) matches only at the
    very end, Python's also before a final newline, so "name\\n" would pass ``^[a-z]+$``.
    Python's `\\Z` is ECMA's `$`.
    """
    out: list[str] = []
    index, in_class = 0, False
    while index < len(source):
        char = source[index]
        if char == "\\":
            out.append(source[index : index + 2])
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "$":
            char = "\\Z"
        out.append(char)
        index += 1
    return re.compile("".join(out))


def _string(c: dict[str, Any]) -> Loader:
    max_length = c.get("maxLength")
    source = c.get("pattern")
    pattern = _ecma_pattern(source) if source is not None else None

    def load(value: Any, ctx: _Context, key: str | int) -> Any:
        if isinstance(value, str):
            if ctx.strict:
                if max_length is not None and len(value) > max_length:
                    ctx.problem(key, f"longer than {max_length} characters")
                if pattern is not None and not pattern.search(value):
                    ctx.problem(key, f"does not match the pattern {source}")
            return value
        ctx.problem(key, f"expected a string, got {_kind(value)}")
        return value

    return load


def _number(c: dict[str, Any]) -> Loader:
    def load(value: Any, ctx: _Context, key: str | int) -> Any:
        if type(value) is int or type(value) is float:
            if type(value) is float and not math.isfinite(value):  # NaN passes every min/max test
                ctx.problem(key, f"must be a finite number, got {value}")
            elif ctx.strict and c:
                _check_number(c, value, ctx, key)
            return value
        ctx.problem(key, f"expected a number, got {_kind(value)}")
        return value

    return load


def _integer(c: dict[str, Any]) -> Loader:
    def load(value: Any, ctx: _Context, key: str | int) -> Any:
        if type(value) is int:
            if ctx.strict and c:
                _check_number(c, value, ctx, key)
            return value
        ctx.problem(key, f"expected an integer, got {_kind(value)}")
        return value

    return load


def _boolean() -> Loader:
    def load(value: Any, ctx: _Context, key: str | int) -> Any:
        if value is True or value is False:
            return value
        ctx.problem(key, f"expected a boolean, got {_kind(value)}")
        return value

    return load


def _any() -> Loader:
    def load(value: Any, ctx: _Context, key: str | int) -> Any:
        return value

    return load


def _object() -> Loader:
    def load(value: Any, ctx: _Context, key: str | int) -> Any:
        if not isinstance(value, dict):
            ctx.problem(key, f"expected an object, got {_kind(value)}")
        return value

    return load


def _datetime() -> Loader:
    def load(value: Any, ctx: _Context, key: str | int) -> Any:
        if isinstance(value, str):
            try:
                parsed = parse_datetime(value)
            except ValueError:
                ctx.problem(key, "expected an ISO 8601 date-time")
                return value
            if parsed.tzinfo is None:  # kept as received, but it cannot be compared with an aware one
                ctx.problem(key, "date-time needs a UTC offset or 'Z'")
            return parsed
        if isinstance(value, datetime):
            if value.tzinfo is None:
                ctx.problem(key, "date-time needs a timezone (naive datetimes are ambiguous)")
            return value
        ctx.problem(key, f"expected a date-time string, got {_kind(value)}")
        return value

    return load


def _enum(name: str, accepts_any_string: bool) -> Loader:
    # The class is imported and built when the property first holds a value, not with the plan.
    members: dict[Any, Any] = {}
    cls: Any = None
    strict_ok = accepts_any_string or ENUMS[name]["extensible"]

    def load(value: Any, ctx: _Context, key: str | int) -> Any:
        nonlocal cls, members
        if isinstance(value, str):
            if cls is None:
                cls = _resolve(name)
                members = cls._value2member_map_
            member = members.get(value)
            if member is not None:
                return member
            if ctx.strict and not strict_ok:
                ctx.unknown(key, value, members, f"{value!r} is not one of {name}: {', '.join(map(repr, members))}")
            return cls(value)
        ctx.problem(key, f"expected a string ({name}), got {_kind(value)}")
        return value

    return load


def _const(expected: Any) -> Loader:
    def load(value: Any, ctx: _Context, key: str | int) -> Any:
        if value != expected or type(value) is not type(expected):
            ctx.problem(
                key, f"expected {expected!r}, got {value!r}" if isinstance(value, str) else f"expected {expected!r}"
            )
        return value

    return load


def _model(name: str) -> Loader:
    cls: Any = None  # imported and built when the property first holds an object

    def load(value: Any, ctx: _Context, key: str | int) -> Any:
        nonlocal cls
        if isinstance(value, dict):
            if cls is None:
                cls = _resolve(name)
            ctx.path.append(key)
            obj = _load_into(cls, value, ctx)
            ctx.path.pop()
            return obj
        ctx.problem(key, f"expected an object ({name}), got {_kind(value)}")
        return value

    return load


def _union(family: str) -> Loader:
    table = UNIONS[family]
    tag_property: str = table["tag"]
    mapping: dict[str, str] = table["mapping"]
    # An alternative is imported and built when its tag is first seen: a voice union of 20 providers
    # builds the one a payload uses.
    classes: dict[str, Any] = {}
    expected = ", ".join(map(repr, mapping))

    def load(value: Any, ctx: _Context, key: str | int) -> Any:
        if not isinstance(value, dict):
            ctx.problem(key, f"expected an object ({family}), got {_kind(value)}")
            return value
        tag = value.get(tag_property)
        cls = classes.get(tag) if isinstance(tag, str) else None
        if cls is None and isinstance(tag, str) and tag in mapping:
            cls = classes[tag] = _resolve(mapping[tag])
        if cls is None:
            if ctx.strict:
                if isinstance(tag, str):
                    ctx.unknown(
                        key, tag, mapping, f"unknown {tag_property} {tag!r}; {family} expects one of {expected}"
                    )
                else:
                    what = f"missing {tag_property}" if tag is None else f"unknown {tag_property} {tag!r}"
                    ctx.problem(key, f"{what}; {family} expects one of {expected}")
            elif not isinstance(tag, str):
                # A new tag is the API growing; no tag at all is a broken object: report it.
                ctx.problem(key, f"{family} without a string {tag_property!r}")
            return _resolve(f"Unknown{family}")(value)
        ctx.path.append(key)
        obj = _load_into(cls, value, ctx)
        ctx.path.pop()
        return obj

    return load


def _array(item: tuple[Any, ...], _limits: dict[str, Any]) -> Loader:
    # generate.py hands every array its schema's minimum/maximum/maxLength/pattern, none of which apply
    # to an array; the spec sets no minItems/maxItems (tests/generation/test_model_surface.py checks).
    load_item = _loader(item)
    passthrough = item[0] == "any"

    def load(value: Any, ctx: _Context, key: str | int) -> Any:
        if not isinstance(value, list):
            ctx.problem(key, f"expected an array, got {_kind(value)}")
            return value
        if passthrough:
            return value
        ctx.path.append(key)
        out = [load_item(element, ctx, index) for index, element in enumerate(value)]
        ctx.path.pop()
        return out

    return load


def _map(item: tuple[Any, ...]) -> Loader:
    load_item = _loader(item)

    def load(value: Any, ctx: _Context, key: str | int) -> Any:
        if not isinstance(value, dict):
            ctx.problem(key, f"expected an object, got {_kind(value)}")
            return value
        ctx.path.append(key)
        out = {name: load_item(element, ctx, name) for name, element in value.items()}
        ctx.path.pop()
        return out

    return load


def _nullable(inner: tuple[Any, ...]) -> Loader:
    load_inner = _loader(inner)

    def load(value: Any, ctx: _Context, key: str | int) -> Any:
        return None if value is None else load_inner(value, ctx, key)

    return load


def _one_of(*options: tuple[Any, ...]) -> Loader:
    loaders = [_loader(option) for option in options]
    has_objects = any(option[0] in ("model", "union") for option in options)
    # A discriminated union or an enum beside other shapes (`oneOf: [{$ref: VoicemailDetection},
    # {const: off}]`, `oneOf: [{$ref: SpeedName}, {type: number}]`): an object (a string) none of the
    # options accepts strictly is the union's (the enum's) to judge, so an unknown tag still becomes
    # `Unknown<Family>` and an unknown value an open-enum member (lenient), or an error naming the
    # family or enum and what it allows (strict).
    unions = [loader for option, loader in zip(options, loaders, strict=True) if option[0] == "union"]
    enums = [loader for option, loader in zip(options, loaders, strict=True) if option[0] == "enum"]
    union = unions[0] if len(unions) == 1 else None
    enum = enums[0] if len(enums) == 1 else None
    # Likewise an array beside other shapes (`oneOf: [string, array of ChatInput]`): a list is its to judge.
    arrays = [loader for option, loader in zip(options, loaders, strict=True) if option[0] == "array"]
    array = arrays[0] if len(arrays) == 1 else None
    tag = implicit_tag(options)

    def load(value: Any, ctx: _Context, key: str | int) -> Any:
        if has_objects and isinstance(value, dict):
            if tag is not None and ctx.strict and tag.is_unknown(value):
                return _unknown_implicit_tag(tag, options, loaders, value, ctx, key)
            picked = _pick(options, value, loaders)
            if picked is not None:  # told apart by its properties: parsed in the caller's mode
                return loaders[picked](value, ctx, key)
        for option in loaders:
            probe = _Context(strict=True, probe=True)
            result = option(value, probe, key)
            if not probe.failed:
                return result
        if union is not None and isinstance(value, dict):
            return union(value, ctx, key)
        if array is not None and isinstance(value, list):
            return array(value, ctx, key)
        if enum is not None and isinstance(value, str):
            return enum(value, ctx, key)
        ctx.problem(key, f"matches none of the {len(loaders)} allowed shapes")
        return value

    return load


def _unknown_implicit_tag(
    tag: ImplicitTag, options: tuple[tuple[Any, ...], ...], loaders: list[Loader], value: Any, ctx: _Context, key: Any
) -> Any:
    """A strict check of an object whose tag (a hook's `on`) no option fixes: an option taking any
    string may accept it; else the tag is what is wrong, whatever that option's own problem."""
    found = value[tag.name]
    for index in tag.free:
        if _fits(loaders[index], value):
            return loaders[index](value, ctx, key)
    message = f"unknown {tag.name} {found!r}; known: {', '.join(map(repr, tag.known))}"
    for index in tag.free:
        try:
            loaders[index](value, _Context(strict=True), "")
        except ValidationError as error:
            message += f" ({options[index][1]} takes others, but not this object: {error})"
    ctx.path.append(key)
    ctx.unknown(tag.name, found, tag.known, message)
    ctx.path.pop()
    return value


_LOADERS: dict[str, Callable[..., Loader]] = {
    "string": _string,
    "number": _number,
    "integer": _integer,
    "boolean": _boolean,
    "any": _any,
    "object": _object,
    "datetime": _datetime,
    "enum": _enum,
    "const": _const,
    "model": _model,
    "union": _union,
    "array": _array,
    "map": _map,
    "nullable": _nullable,
    "oneof": _one_of,
}


# ---------------------------------------------------------------------------------------
# what the codecs generated into each model module use: everything is looked up on first use


class _Slow:
    __slots__ = ()

    def __repr__(self) -> str:
        return "SLOW"


# A property the generated loader left to the generic one (and a property not in the data).
SLOW: Any = _Slow()


class Resume:
    """What a generated loader loaded in part, for the generic loader to finish exactly as it would have
    loaded it: a model (`how` its name, `payload` what its loader could load), or a list or dict of items
    (`how` the items' `Items`, `payload` the items: loaded, SLOW or Resume)."""

    __slots__ = ("how", "payload")

    def __init__(self, how: Any, payload: Any) -> None:
        self.how = how
        self.payload = payload

    def finish(self, value: Any, ctx: _Context, key: str | int) -> Any:
        ctx.path.append(key)  # as `_codec._model`, `_union`, `_array` and `_map` do
        how, payload = self.how, self.payload
        if type(how) is str:
            out: Any = _load_generic(CLASSES[how], value, ctx, payload)
        elif type(payload) is list:
            out = [
                how.finish(item, element, ctx, index)
                for index, (item, element) in enumerate(zip(payload, value, strict=True))
            ]
        else:
            out = {name: how.finish(item, value[name], ctx, name) for name, item in payload.items()}
        ctx.path.pop()
        return out


class Items:
    """The items of an array or map on the generic path: `_loader(desc)`, made on first use."""

    __slots__ = ("_desc", "_load")

    def __init__(self, desc: tuple[Any, ...]) -> None:
        self._desc = desc
        self._load: Loader | None = None

    def finish(self, item: Any, element: Any, ctx: _Context, key: str | int) -> Any:
        if item is SLOW:
            load = self._load
            if load is None:
                load = self._load = _loader(self._desc)
            return load(element, ctx, key)
        return item.finish(element, ctx, key) if type(item) is Resume else item


class _OnFirstUse(dict[str, Any]):
    """name -> what `make(name)` gives, made on first lookup (a model's loader, an enum's value map)."""

    def __init__(self, make: Callable[[str], Any]) -> None:
        super().__init__()
        self._make = make

    def __missing__(self, name: str) -> Any:
        value = self[name] = self._make(name)
        return value


CLASSES = _OnFirstUse(lambda name: _resolve(name))
FAST = _OnFirstUse(lambda name: CLASSES[name]._fast_load)
MEMBERS = _OnFirstUse(lambda name: CLASSES[name]._value2member_map_)
PATTERNS = _OnFirstUse(_ecma_pattern)


class _Alternatives(dict[str, Any]):
    """tag -> (name, generated loader) of a union's alternatives, each looked up when its tag is first seen;
    None for a tag the spec does not know (not kept: a stream of odd tags must not grow it)."""

    def __init__(self, family: str) -> None:
        super().__init__()
        self._mapping: dict[str, str] = UNIONS[family]["mapping"]

    def __missing__(self, tag: str) -> Any:
        name = self._mapping.get(tag)
        if name is None:
            return None
        entry = self[tag] = (name, FAST[name])
        return entry


_ALTERNATIVES = _OnFirstUse(_Alternatives)


def _alternative(family: str, tag: str, value: dict[str, Any], strict: bool) -> Any:
    """A union member on the fast path: its alternative's generated loader, SLOW for an unknown tag."""
    entry = _ALTERNATIVES[family][tag]
    if entry is None:
        return SLOW
    loaded = entry[1](value, strict)
    return Resume(entry[0], loaded) if type(loaded) is dict else loaded


def _open_member(name: str, value: str) -> Any:
    """A value an enum does not know, as the generic loader keeps it (an open-enum pseudo-member)."""
    return CLASSES[name](value)


# The options of a oneOf see only values of these exact types on the fast path (a `str` subclass, say an
# enum member in a body the caller built, could fit an option a type test rules out).
_JSON_TYPES = frozenset({str, int, float, bool, type(None), list, dict})
_NO = object()  # "does not fit this option", from a oneOf option's decider


class OneOf:
    """A oneOf property on the fast path (`_one_of` told apart without trial parses).

    An object goes to the one option its shape allows (`_candidates`, as `_pick` does); any other value to
    the first option whose type test it passes, which is the option the generic loader's strict probes
    would pick. Whatever needs a probe or a judgement (two candidates, an unknown tag, a value that fits
    no option) is SLOW: the generic loader decides it.
    """

    __slots__ = ("_deciders", "_objects", "_tag", "options")

    def __init__(self, *options: tuple[Any, ...]) -> None:
        self.options = options
        self._objects = any(option[0] in ("model", "union") for option in options)
        self._deciders: list[Callable[[Any, bool], Any]] | None = None
        self._tag: ImplicitTag | None | bool = False  # False: not looked up yet

    def _unknown_tag(self, value: dict[str, Any]) -> bool:
        tag = self._tag
        if tag is False:
            tag = self._tag = implicit_tag(self.options)
        return isinstance(tag, ImplicitTag) and tag.is_unknown(value)

    def __call__(self, value: Any, strict: bool) -> Any:
        kind = type(value)
        if kind is dict and self._objects:
            # `_pick`: the one candidate, or the first of several that fits strictly. A whole object from
            # a generated loader fits strictly (its values are all on the fast path); anything else is
            # for the generic loader to judge.
            candidates = _candidates(self.options, value)
            if not candidates:
                return SLOW
            option = self.options[candidates[0]]
            if option[0] == "model":
                name = option[1]
                loaded = FAST[name](value, strict)
            elif option[0] == "union":
                entry = _ALTERNATIVES[option[1]][value[UNIONS[option[1]]["tag"]]]
                name, loaded = entry[0], entry[1](value, strict)
            else:
                return SLOW
            if type(loaded) is not dict:
                return loaded
            if len(candidates) > 1 or (strict and self._unknown_tag(value)):
                return SLOW  # for the generic loader to judge, and to name an unknown tag
            return Resume(name, loaded)
        if kind not in _JSON_TYPES:
            return SLOW
        deciders = self._deciders
        if deciders is None:
            deciders = self._deciders = [_decider(option) for option in self.options]
        for decide in deciders:
            result = decide(value, strict)
            if result is not _NO:
                return result
        return SLOW


def _plain(desc: tuple[Any, ...]) -> Callable[[Any], bool] | None:
    """For a JSON value: whether the generic loader keeps it as is with no issue in either mode."""
    kind = desc[0]
    if kind in ("string", "number", "integer"):
        limits = desc[1]
        maximum, minimum = limits.get("maximum"), limits.get("minimum")
        max_length, source = limits.get("maxLength"), limits.get("pattern")

        def plain(value: Any) -> bool:
            if kind == "string":
                return (
                    type(value) is str
                    and (max_length is None or len(value) <= max_length)
                    and (source is None or PATTERNS[source].search(value) is not None)
                )
            if not (type(value) is int or (kind == "number" and type(value) is float and value - value == 0)):
                return False
            return (minimum is None or value >= minimum) and (maximum is None or value <= maximum)

        return plain
    if kind == "boolean":
        return lambda value: value is True or value is False
    if kind == "any":
        return lambda value: True
    if kind == "object":
        return lambda value: type(value) is dict
    if kind == "const":
        expected = desc[1]
        return lambda value: type(value) is type(expected) and value == expected
    return None


def _decider(desc: tuple[Any, ...]) -> Callable[[Any, bool], Any]:
    """value -> the loaded value when it fits `desc` strictly, _NO when it does not, SLOW when unsure."""
    kind = desc[0]
    plain = _plain(desc)
    if plain is not None:
        test = plain
        return lambda value, strict: value if test(value) else _NO
    if kind == "enum":
        name, strict_ok = desc[1], desc[2] or ENUMS[desc[1]]["extensible"]

        def enum(value: Any, strict: bool) -> Any:
            if type(value) is not str:
                return _NO
            member = MEMBERS[name].get(value)
            if member is not None:
                return member
            return _open_member(name, value) if strict_ok else _NO

        return enum
    if kind == "datetime":
        return lambda value, strict: _NO if (loaded := _datetime_or_slow(value)) is SLOW else loaded
    if kind in ("model", "union"):
        return lambda value, strict: SLOW if type(value) is dict else _NO
    if kind == "array":
        item = _plain(desc[1])
        if item is None:
            return lambda value, strict: SLOW if type(value) is list else _NO
        test_item = item
        return lambda value, strict: (
            _NO if type(value) is not list else value[:] if all(map(test_item, value)) else SLOW
        )
    if kind == "map":
        return lambda value, strict: SLOW if type(value) is dict else _NO
    if kind == "nullable":
        inner = _decider(desc[1])
        return lambda value, strict: None if value is None else inner(value, strict)
    return lambda value, strict: SLOW


def _datetime_or_slow(value: Any) -> Any:
    if type(value) is not str:
        return SLOW
    try:
        parsed = parse_datetime(value)
    except ValueError:
        return SLOW
    return SLOW if parsed.tzinfo is None else parsed


class codec_helpers:  # noqa: N801 - a namespace, read as `_h.fresh` in the generated modules
    fresh = staticmethod(fresh)
    alternatives = staticmethod(_ALTERNATIVES.__getitem__)
    open_member = staticmethod(_open_member)
    OneOf = OneOf
    Items = Items
    datetime_or_slow = staticmethod(_datetime_or_slow)
    format_datetime = staticmethod(format_datetime)
    dump_json = staticmethod(lambda value: _dump_json(value))
    Enum = Enum
    datetime = datetime


# ---------------------------------------------------------------------------------------
# dumpers: Python -> JSON. None means "write the value as it is". Values kept raw by a
# lenient parse pass through every dumper unchanged.


def _dumper(desc: tuple[Any, ...]) -> Dumper | None:
    kind = desc[0]
    if kind in ("model", "union"):
        return _dump_model
    if kind == "enum":
        return _dump_enum
    if kind == "datetime":
        return _dump_datetime
    if kind == "nullable":
        return _dumper(desc[1])
    if kind == "array":
        item_dumper = _dumper(desc[1])
        if item_dumper is None:
            return _dump_list
        dump_item: Dumper = item_dumper
        return lambda value: [dump_item(item) for item in value] if type(value) is list else fresh(value)
    if kind == "map":
        value_dumper = _dumper(desc[1])
        if value_dumper is None:
            return None
        dump_value: Dumper = value_dumper
        return lambda value: {k: dump_value(v) for k, v in value.items()} if type(value) is dict else fresh(value)
    if kind == "oneof":
        # Whichever option matched: a model, an Unknown<Family>, an enum, a date-time, a list of them.
        return _dump_json
    return None


def _dump_model(value: Any) -> Any:
    # A model's own to_dict: a generated model's is the specialised one (it writes what its plan would).
    return value.to_dict() if hasattr(value, "to_dict") else fresh(value)


def _dump_enum(value: Any) -> Any:
    return value._value_ if isinstance(value, Enum) else fresh(value)


def _dump_datetime(value: Any) -> Any:
    return format_datetime(value) if isinstance(value, datetime) else fresh(value)


def _dump_list(value: Any) -> Any:
    return fresh(value)


def _dump_json(value: Any) -> Any:
    if type(value) is list:
        return [_dump_json(item) for item in value]
    if type(value) is dict:
        return {key: _dump_json(item) for key, item in value.items()}
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, Enum):
        return value._value_
    return value.to_dict() if hasattr(value, "to_dict") else value
