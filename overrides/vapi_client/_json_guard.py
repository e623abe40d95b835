"""The one JSON guard: what is sent or read must be JSON that every parser accepts, and shallow
enough that walking it (redaction, repr, `to_dict`) can never exhaust Python's recursion limit.

* Outbound (`check_sendable`): a body may hold only JSON types (str keys, finite numbers, integers
  `str()` can write (not ``10**5000``), strings encodable as UTF-8), at most `MAX_DEPTH` containers deep; else `ValidationError` naming the path,
  before any I/O. Without it NaN fails inside httpx as a bare ValueError, a set as a TypeError.
* Inbound (`parse`): Python's `json` accepts NaN and Infinity, which are not JSON, and nesting up
  to the recursion limit; a body with either is refused (`Refused`, a ValueError naming why). No
  second scan of the text: the parse refuses NaN and Infinity (json's `parse_constant` hook), and
  the depth of what it built is measured a level at a time (`_within`). The byte scan
  (`response_problem`) is for a body that is not parsed, and names the problem of one too deep to parse.
* Text a user typed (`loads`): the same rules for the CLI's --body and --metadata.
"""

from __future__ import annotations

import gc
import json
import math
import re
from collections.abc import Mapping
from typing import Any

from ._exceptions import ValidationError

#: Containers nested in containers, counting the root. Real Vapi bodies stay below 20.
MAX_DEPTH = 100

_PATH_PARTS_SHOWN = 8
_ESCAPE = re.compile(rb"\\.", re.DOTALL)
# What `response_problem` keeps of a body: quotes, brackets (depth does not care which kind of
# container, so objects become arrays) and the first letters of NaN and Infinity.
_SKELETON = bytes.maketrans(b"{}", b"[]")
_ALL_BUT_SKELETON = bytes(sorted(set(range(256)) - set(b'"[]{}NI')))

_NON_FINITE = "holds NaN or Infinity, which are not JSON"
#: Below this an integer always has fewer digits than Python's smallest limit on int-to-str conversion
#: (640, `sys.int_info.str_digits_check_threshold`): only larger ones are tried.
_LARGE_INT_BITS = 2000


class Refused(ValueError):
    """JSON the guard refuses (NaN or Infinity, or nested too deep); its text says which."""


def _refuse_constant(name: str) -> Any:
    raise Refused(_NON_FINITE)


def check_sendable(value: Any, *, max_depth: int = MAX_DEPTH) -> None:
    """Raise `ValidationError` naming the first value that cannot be sent as JSON."""
    # Iterative, so the guard itself cannot hit the recursion limit it protects against.
    stack: list[tuple[Any, tuple[str | int, ...], int]] = [(value, (), 1)]
    while stack:
        item, path, depth = stack.pop()
        if item is None or isinstance(item, bool):
            continue
        if isinstance(item, int):
            if item.bit_length() > _LARGE_INT_BITS and not _printable_int(item):
                raise ValidationError(
                    _path(path), f"an integer of {item.bit_length()} bits has too many digits to send"
                )
            continue
        if isinstance(item, str):
            if not _utf8(item):
                raise ValidationError(_path(path), "holds a lone surrogate, which cannot be encoded as UTF-8")
            continue
        if isinstance(item, float):
            if not math.isfinite(item):
                raise ValidationError(_path(path), f"{_name(item)} is not a JSON number: numbers must be finite")
            continue
        if isinstance(item, (Mapping, list, tuple)):
            if depth > max_depth:
                raise ValidationError(_path(path), f"nested deeper than {max_depth} levels")
            children: list[tuple[Any, tuple[str | int, ...], int]] = []
            if isinstance(item, Mapping):
                for key, child in item.items():
                    if not isinstance(key, str):
                        raise ValidationError(_path(path), f"object keys must be strings, got a {type(key).__name__}")
                    if not _utf8(key):
                        raise ValidationError(_path(path), "a key holds a lone surrogate, which cannot be encoded")
                    children.append((child, (*path, key), depth + 1))
            else:
                children = [(child, (*path, index), depth + 1) for index, child in enumerate(item)]
            stack.extend(reversed(children))  # report the first problem in document order
            continue
        raise ValidationError(_path(path), f"a {type(item).__name__} cannot be sent as JSON")


def _printable_int(value: int) -> bool:
    # json.dumps writes an int with str(), which refuses more digits than `sys.get_int_max_str_digits()`.
    try:
        str(value)
    except ValueError:
        return False
    return True


def plain(value: Any, *, max_depth: int = MAX_DEPTH) -> Any:
    """A copy of `value` with every model replaced by its `to_dict()` (tuples become lists).

    Stops with `ValidationError` past `max_depth`, so a caller's absurdly deep dict cannot turn
    into a RecursionError; the values themselves are checked later, by `check_sendable`.
    """
    return _plain(value, (), 1, max_depth)


def _plain(value: Any, path: tuple[str | int, ...], depth: int, max_depth: int) -> Any:
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None and callable(to_dict) and not isinstance(value, type):
        value = to_dict()
    if isinstance(value, (Mapping, list, tuple)):
        if depth > max_depth:
            raise ValidationError(_path(path), f"nested deeper than {max_depth} levels")
        if isinstance(value, Mapping):
            return {key: _plain(item, (*path, key), depth + 1, max_depth) for key, item in value.items()}
        return [_plain(item, (*path, index), depth + 1, max_depth) for index, item in enumerate(value)]
    return value


def parse(content: bytes | bytearray, *, max_depth: int = MAX_DEPTH) -> Any:
    """`json.loads` under the guard: `Refused` for NaN, Infinity or nesting deeper than `max_depth`
    (NaN/Infinity is named first, as `response_problem` does), ValueError when it is not JSON."""
    return _guarded(content, max_depth, parse_constant=_refuse_constant)


def _guarded(text: str | bytes | bytearray, max_depth: int, **hooks: Any) -> Any:
    try:
        value = json.loads(text, **hooks)  # `parse_constant` refuses NaN and Infinity as they are met
    except RecursionError:  # nested up to the recursion limit: name the problem, NaN first
        raw = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
        raise Refused(response_problem(raw, max_depth=max_depth) or _too_deep(max_depth)) from None
    if _openings(text) > max_depth and not _within(value, max_depth):
        raise Refused(_too_deep(max_depth))
    return value


def _openings(text: str | bytes | bytearray) -> int:
    # Each container opens with a bracket, so their count bounds the depth (brackets inside strings only
    # add to it): a small body is cleared by two C-speed counts, without walking what it parsed to.
    if isinstance(text, str):
        return text.count("{") + text.count("[")
    return text.count(b"{") + text.count(b"[")


def _too_deep(max_depth: int) -> str:
    return f"nested deeper than {max_depth} levels"


_CONTAINERS = (dict, list)


def _within(value: Any, max_depth: int) -> bool:
    """Whether parsed JSON nests at most `max_depth` containers deep: exact, a few C calls per level.

    One level at a time, `gc.get_referents` gives the next level's values (a dict's values, a
    list's items) and `gc.is_tracked` keeps its containers: the collector tracks every list and
    every dict that holds a container (it could be part of a cycle), so what it leaves out holds
    none: numbers, strings, and dicts of those only, a level of their own at most.
    """
    if type(value) not in _CONTAINERS:
        return True
    level, depth = [value], 1
    while True:
        children = gc.get_referents(*level)
        nested = list(filter(gc.is_tracked, children))
        if not nested:
            # Any container left among the children holds no other: it ends one level further down.
            return depth < max_depth or not any(type(child) in _CONTAINERS for child in children)
        depth += 1
        if depth > max_depth:
            return False
        level = nested


def response_problem(content: bytes | bytearray, *, max_depth: int = MAX_DEPTH) -> str | None:
    """Why a body must not be parsed (NaN/Infinity, too deep), or None when it may; without parsing it.

    For a body that is not parsed (an operation documenting none) and for naming the problem of one
    `parse` refuses; a body to be parsed goes through `parse`, which does not need this scan.

    Two C-speed passes over the body (drop escapes, translate), then work on what is left:
    the quotes, the brackets, and the only letters that start NaN or Infinity.
    """
    # Drop every escape (a backslash and the character after it, inside a string: harmless), so
    # every quote left opens or closes a string.
    unescaped = _ESCAPE.sub(b"", content)
    skeleton = _outside_strings(unescaped.translate(_SKELETON, _ALL_BUT_SKELETON))
    # Outside strings JSON has no capital letters: an N or I there is a NaN or Infinity literal.
    if b"N" in skeleton or b"I" in skeleton:
        return "holds NaN or Infinity, which are not JSON"
    if len(skeleton) > 2 * max_depth and _depth_exceeds(skeleton, max_depth):
        return f"nested deeper than {max_depth} levels"
    return None


def loads(text: str | bytes | bytearray, *, max_depth: int = MAX_DEPTH) -> Any:
    """Parse JSON text under the guard's rules; `ValueError` with a readable reason otherwise.

    For text from outside the API's responses: the CLI's --body and --metadata (and, once wired
    in, server messages given to `webhooks.parse`).
    """
    return _guarded(text, max_depth, parse_constant=_refuse_constant, parse_float=_finite_float)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # 1e400
        raise ValueError(f"{text} is out of range for a number")
    return value


def _outside_strings(skeleton: bytes) -> bytes:
    # With no escaped quote left, quotes alternate: open, close, open, ... Two adjacent ones have
    # nothing between them, whichever they are, so dropping them keeps the alternation; most
    # strings hold no bracket and vanish this way. What is outside strings is every other piece.
    skeleton = skeleton.replace(b'""', b"")
    if b'"' not in skeleton:
        return skeleton
    return b"".join(skeleton.split(b'"')[::2])


def _depth_exceeds(brackets: bytes, max_depth: int) -> bool:
    # Remove innermost pairs, one level per round; anything left after max_depth rounds is deeper.
    for level in range(max_depth):
        before = len(brackets)
        brackets = brackets.replace(b"[]", b"")  # one pass: exactly one level
        if not brackets:
            return False
        if len(brackets) == before:  # unbalanced, so not JSON; but a parser would still descend into every opener
            return brackets.count(b"[") > max_depth - level
    return True


def encodable(text: str) -> bool:
    """Whether `text` can be sent: it holds no lone surrogate, which UTF-8 cannot encode."""
    return _utf8(text)


def _utf8(text: str) -> bool:
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _name(number: float) -> str:
    return "NaN" if math.isnan(number) else ("Infinity" if number > 0 else "-Infinity")


def _path(parts: tuple[str | int, ...]) -> str:
    if len(parts) > _PATH_PARTS_SHOWN:  # a path 100 levels deep says nothing more than its ends
        return f"{_path(parts[:3])}...{_path(parts[-2:])}"
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text
