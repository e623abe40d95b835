"""What `vapi-calls` prints: a call summary, a table of calls, the API's JSON, and a progress line.

Everything is rendered from the redacted wire JSON (`to_dict()`), so the table shows
exactly what the server sent and no secret can reach the terminal by another route.
"""

from __future__ import annotations

import json
import re
import sys
import time
import unicodedata
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Any

from .. import _json_guard
from .._codec._model import Model
from .._redaction import redact

#: (heading, how to read the cell from a call's JSON)
_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ID", ("id",)),
    ("TYPE", ("type",)),
    ("STATUS", ("status",)),
    ("ENDED REASON", ("endedReason",)),
    ("CUSTOMER", ("customer", "number")),
    ("CREATED AT", ("createdAt",)),
)
_MISSING = "-"
# Server text must not move the cursor, clear the screen, set the title, break a row, or reorder
# what follows it. ANSI/VT escape sequences (CSI, OSC, two-byte ESC) are removed whole; any other
# control character (Cc), format character (Cf: the bidirectional marks, overrides and isolates,
# U+061C among them, zero-width characters) and line or paragraph separator (Zl, Zp: U+2028, U+2029)
# is shown as '?'. Those categories are looked up per character, only for text that is not ASCII.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?|\x9b[0-?]*[ -/]*[@-~]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp"})
_UNSAFE_IN_JSON = re.compile(r"[^\x00-\x7e]")


def _unsafe(char: str) -> bool:
    return unicodedata.category(char) in _UNSAFE_CATEGORIES


def terminal_safe(text: str) -> str:
    """`text` without escape sequences, every other control, format or separator character shown as '?'."""
    text = _CONTROL.sub("?", _ESCAPES.sub("", text))
    if text.isascii():
        return text
    return _NON_ASCII.sub(lambda match: "?" if _unsafe(match.group()) else match.group(), text)


def _escaped_if_unsafe(match: re.Match[str]) -> str:
    # What json.dumps(ensure_ascii=False) leaves raw that a terminal acts on (it escapes \x00-\x1f
    # itself); json.dumps writes a character beyond U+FFFF as its surrogate pair.
    char = match.group()
    return json.dumps(char)[1:-1] if _unsafe(char) else char


def json_text(data: Any, *, indent: int | None = None) -> str:
    """`data` as JSON that is both valid and safe on a terminal.

    NaN and Infinity are refused (they are not JSON). Non-ASCII text stays readable, but the
    characters `terminal_safe` guards against are written as \\u escapes: outside strings JSON
    has only ASCII, so the text still parses to the same value.
    """
    separators = None if indent is not None else (",", ":")
    text = json.dumps(data, indent=indent, separators=separators, ensure_ascii=False, allow_nan=False)
    return text if text.isascii() and "\x7f" not in text else _UNSAFE_IN_JSON.sub(_escaped_if_unsafe, text)


def redacted(model: Model) -> Any:
    """A model's wire JSON with every secret replaced by '***'."""
    return redact(model.to_dict())


def as_json(result: Model | Sequence[Model]) -> str:
    """The API's JSON for a call or a list of calls, secrets replaced by '***'."""
    data = [redacted(item) for item in result] if isinstance(result, Sequence) else redacted(result)
    return json_text(data, indent=2)


def raw_json(content: bytes) -> str:
    """The server's JSON as received (key order, numbers), secrets replaced by '***', indented.

    Raises ValueError when the body is not JSON (or holds NaN, Infinity, or is nested too deeply):
    --json promises JSON on stdout.
    """
    return json_text(redact(_json_guard.loads(content)), indent=2)


def json_line(call: Model) -> str:
    """One call as one line of JSON, secrets replaced by '***'."""
    return json_text(redacted(call))


def row(call: Model, *, header: bool) -> str:
    """One call as a table row of fixed-width columns, with the heading line first when `header`."""
    cells = [_cell(redacted(call), path) for _, path in _COLUMNS]
    line = "  ".join(cell.ljust(width) for cell, width in zip(cells, _ROW_WIDTHS)).rstrip()
    if not header:
        return line
    heading = "  ".join(h.ljust(width) for (h, _), width in zip(_COLUMNS, _ROW_WIDTHS)).rstrip()
    return heading + "\n" + line


def as_text(result: Model | Sequence[Model]) -> str:
    """A key/value summary of one call, a table with one row per call, or a batch's outcome."""
    if isinstance(result, Sequence):
        return table([redacted(item) for item in result])
    data = redacted(result)
    if "results" in data and "errors" in data and "id" not in data:  # a batch create (CallBatchResponse)
        return batch(data)
    return summary(data)


def batch(data: Mapping[str, Any]) -> str:
    results: list[Any] = data["results"] if isinstance(data.get("results"), list) else []
    errors: list[Any] = data["errors"] if isinstance(data.get("errors"), list) else []
    lines = [f"batch: {len(results)} calls created, {len(errors)} failed"]
    if results:
        lines.append(table([call for call in results if isinstance(call, Mapping)]))
    for error in errors:
        number = _dig(error, ("customer", "number"))
        lines.append(f"failed {_text(number) if number is not None else '?'}: {_text(_dig(error, ('error',)))}")
    return "\n".join(lines)


def summary(call: Mapping[str, Any]) -> str:
    rows = [(heading.lower(), _cell(call, path)) for heading, path in _COLUMNS]
    name = _dig(call, ("customer", "name"))
    if name is not None:
        rows.insert(5, ("customer name", _text(name)))
    if call.get("metadata"):
        rows.append(("metadata", _text(call["metadata"])))
    width = max(len(key) for key, _ in rows)
    return "\n".join(f"{key.ljust(width)}  {value}" for key, value in rows)


_ROW_WIDTHS = (36, 17, 11, 28, 16, 24)  # list --all cannot measure rows it has not seen yet


def table(calls: Sequence[Mapping[str, Any]]) -> str:
    if not calls:
        return "No calls."
    rows = [[heading for heading, _ in _COLUMNS]]
    rows += [[_cell(call, path) for _, path in _COLUMNS] for call in calls]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_COLUMNS))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows)


def _cell(call: Mapping[str, Any], path: tuple[str, ...]) -> str:
    value = _dig(call, path)
    return _MISSING if value is None else _text(value)


def _dig(data: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        if not isinstance(data, Mapping):
            return None
        data = data.get(key)
    return data


def _text(value: Any) -> str:
    # Leniently parsed server data may hold any JSON where a string was expected.
    text = value if isinstance(value, str) else json_text(value)
    return terminal_safe(text)


# --- progress ------------------------------------------------------------------------------

_ERASE_LINE = "\r\x1b[K"  # back to the line's start, then clear it
_REDRAW_AFTER = 0.1  # seconds: live enough for a person, and a fast download is not slowed by stderr


class Progress:
    """A line on stderr, redrawn in place, saying how far a long command has got; erased at the end.

    Only a person at a terminal sees it: when stderr is a pipe or a file, or with --quiet,
    nothing is written, so scripts and logs read what they always did.
    """

    def __init__(self, *, quiet: bool) -> None:
        stream = sys.stderr
        self._stream = stream if stream is not None and not quiet and stream.isatty() else None
        self._drawn_at: float | None = None  # None: the line is not on screen

    def show(self, text: str) -> None:
        now = time.monotonic()
        if self._stream is None or (self._drawn_at is not None and now - self._drawn_at < _REDRAW_AFTER):
            return
        self._stream.write(_ERASE_LINE + terminal_safe(text))
        self._stream.flush()
        self._drawn_at = now

    def clear(self) -> None:
        """Erase the line: before other output reaches the terminal, and when done."""
        if self._stream is not None and self._drawn_at is not None:
            self._stream.write(_ERASE_LINE)
            self._stream.flush()
            self._drawn_at = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *_exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.clear()  # an error message or the result must start on a clean line


def bytes_so_far(written: int, expected: int | None) -> str:
    return f"bytes so far: {written:,}" + (f" of {expected:,}" if expected is not None else "")


def calls_so_far(count: int) -> str:
    return f"calls so far: {count:,}"
