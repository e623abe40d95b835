"""Date-times that serialise back to exactly the text they were parsed from."""

from __future__ import annotations

import datetime as _dt
from typing import Any


class WireDateTime(_dt.datetime):
    """A `datetime` remembering its wire text, so parse -> serialise is byte-exact.

    A value derived from it (``replace()``, arithmetic) or built by hand has no wire text
    and is written by `format_datetime`.
    """

    __slots__ = ("wire",)
    wire: str

    def __reduce_ex__(self, protocol: object) -> Any:
        # Copies and pickles keep the wire text (the slot is not part of datetime's state).
        wire = getattr(self, "wire", None)
        if wire is None:
            return super().__reduce_ex__(protocol)  # type: ignore[arg-type]
        return parse_datetime, (wire,)


def parse_datetime(text: str) -> WireDateTime:
    value = WireDateTime.fromisoformat(text)
    value.wire = text
    return value


def query_datetime(value: _dt.datetime, name: str) -> str:
    """A date-time query parameter; naive values are refused, not guessed to be UTC."""
    if value.tzinfo is None:
        raise ValueError(f"{name}: date-time needs a timezone (naive datetimes are ambiguous)")
    return format_datetime(value)


def format_datetime(value: _dt.datetime) -> str:
    """ISO 8601 as Vapi writes it: UTC as ``Z``, milliseconds when there is a fraction."""
    wire: str | None = getattr(value, "wire", None)
    if wire is not None:
        return wire
    if value.utcoffset() == _dt.timedelta(0):
        value = value.replace(tzinfo=None)
        suffix = "Z"
    else:
        suffix = ""
    if value.microsecond == 0:
        text = value.isoformat(timespec="seconds")
    elif value.microsecond % 1000 == 0:
        text = value.isoformat(timespec="milliseconds")
    else:
        text = value.isoformat(timespec="microseconds")
    return text + suffix
