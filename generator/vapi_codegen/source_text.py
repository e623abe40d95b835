"""Spec text into generated source: the one place that makes it safe. The spec is data, never code.

* `docstring(text)`: the body of a triple-double-quoted docstring that reads as `text` and cannot end it;
* `literal(value)`: a Python literal for a JSON value (`repr`), for every string or number in code;
* `identifier(name, what)`: a name from the spec used as a Python name, refused unless it is one.

Templates get them as the filters `docstring`, `py` and `identifier` (see `resources.render_resources`).
"""

from __future__ import annotations

import keyword
import math
import re
import unicodedata
from typing import Any

# Shown as escapes: controls (NUL cannot be in source at all), bidirectional and other format characters,
# surrogates, private-use and unassigned code points, line and paragraph separators.
_ESCAPED = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
# A quote that could help end the docstring: one followed by another, or the text's last.
_CLOSING_QUOTE = re.compile(r'"(?="|\Z)')


class UnsafeNameError(SystemExit):
    """A name from the spec that cannot be a Python name; the message is one line."""


def docstring(text: str, *, keep_newlines: bool = False) -> str:
    """`text` made safe inside `\"\"\"...\"\"\"`: backslashes doubled, a quote that could close the docstring
    escaped (`\"\"\"` -> `\\"\\""`), hidden characters as `\\x`/`\\u` escapes. Whitespace runs become one space
    unless `keep_newlines` (then only newlines are kept). The result never ends in a bare quote or backslash, so
    whatever the template writes after it is read as written."""
    if keep_newlines:
        text = "\n".join(" ".join(line.split()) for line in text.splitlines())
    else:
        text = " ".join(text.split())
    out: list[str] = []
    for char in text:
        if char == "\\":
            out.append("\\\\")
        elif char != "\n" and unicodedata.category(char) in _ESCAPED:
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(char)
    return _CLOSING_QUOTE.sub(lambda _: '\\"', "".join(out))


def literal(value: Any) -> str:
    """A JSON value as a Python literal. Numbers that are not finite have no literal: refused."""
    if isinstance(value, float) and not math.isfinite(value):
        raise UnsafeNameError(f"generate: refused: {value!r} has no Python literal")
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(k)}: {literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        items = [literal(item) for item in value]
        if isinstance(value, tuple):
            return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
        return "[" + ", ".join(items) + "]"
    return repr(value)


def identifier(name: str, what: str) -> str:
    """`name` if it can be a Python name (`[A-Za-z_][A-Za-z0-9_]*`, not a keyword), else refused in one line."""
    if not (isinstance(name, str) and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) and not keyword.iskeyword(name)):
        shown = ascii(name)
        raise UnsafeNameError(
            f"generate: refused: {what} {shown[:60]} cannot be a Python name ([A-Za-z_][A-Za-z0-9_]*, not a keyword)"
        )
    return name
