"""What `vapi-calls` accepts: the flags and argument types shared by its commands, and the error for bad input.

A flag that several commands take is defined once, in a parent parser (`argparse`'s `parents=`), so its
name, type and help cannot drift apart between commands.
"""

from __future__ import annotations

import argparse
import math
import re
from collections.abc import Callable
from datetime import datetime
from typing import NamedTuple, NoReturn

from .._http._base_url import DEFAULT_BASE_URL
from .._redaction import is_sensitive_header

PROG = "vapi-calls"


class UsageError(Exception):
    """The user's input is wrong; nothing was sent."""


class Parser(argparse.ArgumentParser):
    """`vapi-calls`'s parsers: a bad argument is a `UsageError`, reported as one line."""

    def error(self, message: str) -> NoReturn:
        # One line instead of argparse's usage dump, so stderr stays readable in logs.
        command = self.prog.removeprefix(PROG).strip()
        where = f"{command}: " if command else ""
        raise UsageError(f"{where}{message} (see `{self.prog} --help`)")


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


def header(text: str) -> tuple[str, str]:
    """An extra request header, 'NAME: VALUE'; never a credential."""
    name, colon, value = text.partition(":")
    name, value = name.strip(), value.strip()
    if not colon or not re.fullmatch(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+", name) or not value.isprintable():
        raise argparse.ArgumentTypeError(f"expected 'NAME: VALUE', got {text!r}")
    if not value.isascii():  # httpx sends header values as ASCII
        raise argparse.ArgumentTypeError(f"the value of {name} must be ASCII")
    if is_sensitive_header(name):
        # A credential on the command line ends up in shell history and `ps`.
        raise argparse.ArgumentTypeError(f"{name} looks like a credential: pass the API key in VAPI_API_KEY")
    return name, value


class SharedFlags(NamedTuple):
    """The parent parsers, each a group of flags some commands share."""

    api: Parser  # how to reach the API: every command that calls it, and `vapi-calls` itself
    output: Parser  # --json: every command
    creating: Parser  # the commands that create calls
    body: Parser  # the commands that send a JSON body
    progress: Parser  # the commands that can take long: a progress line on a terminal


def shared_flags() -> SharedFlags:
    # The global options are accepted before or after the command (`vapi-calls get ID --json`);
    # SUPPRESS keeps a value given before the command from being reset by the subcommand.
    api = _parent()
    api.add_argument(
        "--base-url",
        default=argparse.SUPPRESS,
        metavar="URL",
        help=f"API URL (default: $VAPI_BASE_URL, else {DEFAULT_BASE_URL})",
    )
    api.add_argument(
        "-H",
        "--header",
        action="append",
        type=header,
        default=argparse.SUPPRESS,
        metavar="'NAME: VALUE'",
        help="an extra header on every API request, e.g. 'Prefer: example=batch' for the mock's batch answer "
        "(never a credential: those stay in the environment)",
    )
    api.add_argument(
        "--timeout",
        type=seconds,
        default=argparse.SUPPRESS,
        metavar="SECONDS",
        help="each connect, read or write wait; not a deadline for the whole request (default: 60, 5 to connect)",
    )

    output = _parent()
    output.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print JSON for scripts (secrets redacted)"
    )

    creating = _parent()
    creating.add_argument("--assistant-id", help="the assistant that talks (assistantId)")
    creating.add_argument("--phone-number-id", help="the number to call from (phoneNumberId)")
    creating.add_argument("--customer-name", help="the customer's name (customer.name; create: with one --customer)")
    # Only a command that creates a call can lose the create's response and look for the call.
    creating.add_argument(
        "--reconcile-window",
        type=seconds_or_zero,
        default=argparse.SUPPRESS,
        metavar="SECONDS",
        help="after a lost create response, how long to look for the call by its request id (default: 10)",
    )

    body = _parent()
    body.add_argument(
        "--body",
        metavar="FILE",
        help="the request JSON from FILE, or - for stdin; the command's other flags are merged over it",
    )

    progress = _parent()
    progress.add_argument("-q", "--quiet", action="store_true", help="no progress line on stderr (shown on a terminal)")
    return SharedFlags(api, output, creating, body, progress)


def _parent() -> Parser:
    return Parser(add_help=False)
