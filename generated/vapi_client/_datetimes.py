"""Date-times that serialise back to exactly the text they were parsed from."""

from __future__ import annotations

import datetime as _dt


class WireDateTime(_dt.datetime):
    """A `datetime` remembering its wire text, so parse -> serialise is byte-exact.

    A value derived from it (``replace()``, arithmetic) or built by hand has no wire text
    and is written by `format_datetime`.
    """

    __slots__ = ("wire",)
    wire: str


def parse_datetime(text: str) -> WireDateTime:
    value = WireDateTime.fromisoformat(text)
    value.wire = text
    return value


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
