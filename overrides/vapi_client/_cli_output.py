"""What `vapi-calls` prints: a call summary, a table of calls, or the API's JSON.

Everything is rendered from the redacted wire JSON (`to_dict()`), so the table shows
exactly what the server sent and no secret can reach the terminal by another route.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from ._model import Model
from ._redact import redact

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
# what follows it (bidirectional overrides and isolates).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def as_json(result: Model | Sequence[Model]) -> str:
    """The API's JSON for a call or a list of calls, secrets replaced by '***'.

    Always valid JSON: the client refuses responses holding NaN or Infinity, and
    `allow_nan=False` makes sure nothing else can print them.
    """
    data = [item.to_dict() for item in result] if isinstance(result, Sequence) else result.to_dict()
    return json.dumps(redact(data), indent=2, allow_nan=False)


def terminal_safe(text: str) -> str:
    """`text` with every control character (ANSI escapes, OSC titles, bidi overrides) shown as '?'."""
    return _CONTROL.sub("?", text)


def as_text(result: Model | Sequence[Model]) -> str:
    """A key/value summary of one call, or a table with one row per call."""
    if isinstance(result, Sequence):
        return table([redact(item.to_dict()) for item in result])
    return summary(redact(result.to_dict()))


def summary(call: Mapping[str, Any]) -> str:
    rows = [(heading.lower(), _cell(call, path)) for heading, path in _COLUMNS]
    name = _dig(call, ("customer", "name"))
    if name is not None:
        rows.insert(5, ("customer name", _text(name)))
    if call.get("metadata"):
        rows.append(("metadata", _text(call["metadata"])))
    width = max(len(key) for key, _ in rows)
    return "\n".join(f"{key.ljust(width)}  {value}" for key, value in rows)


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
    text = value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))
    return terminal_safe(text)
