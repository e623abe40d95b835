"""What `vapi-calls` accepts: the argument types shared by its commands, and the error for bad input."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from datetime import datetime


class UsageError(Exception):
    """The user's input is wrong; nothing was sent."""


def seconds(text: str, *, zero_allowed: bool = False) -> float:
    """A duration in seconds: finite, and > 0 (or >= 0 with `zero_allowed`)."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value < 0 or (value == 0 and not zero_allowed):
        bound = ">= 0" if zero_allowed else "> 0"
        raise argparse.ArgumentTypeError(f"expected a number of seconds {bound}, got {text!r}")
    return value


def seconds_or_zero(text: str) -> float:
    return seconds(text, zero_allowed=True)


def whole_number(low: int, high: int, what: str = "a whole number") -> Callable[[str], int]:
    """An argument type for an integer from `low` to `high`, in ASCII digits (`int` takes "²" and " 5")."""

    def parse(text: str) -> int:
        value = int(text) if text.isascii() and text.isdigit() else -1
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"expected {what} from {low} to {high}, got {text!r}")
        return value

    return parse


def timestamp(text: str) -> datetime:
    """An ISO 8601 date-time with a timezone."""
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO 8601 date-time, e.g. 2024-05-01T00:00:00Z") from None
    if when.tzinfo is None:
        # Vapi compares in UTC; guessing a timezone would silently shift the window.
        raise argparse.ArgumentTypeError(f"{text!r} has no timezone: add Z (UTC) or an offset such as +02:00")
    return when
