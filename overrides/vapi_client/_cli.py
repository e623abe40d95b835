"""`vapi-calls`: place and inspect Vapi calls from a terminal (also `python -m vapi_client`).

A thin layer over `VapiClient`: parse the arguments, make one request, print the result.
Every failure becomes one line on stderr and an exit code a script can branch on.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
import warnings
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any, NoReturn

import httpx

from . import _cli_output, _json_guard
from ._base_url import DEFAULT_BASE_URL
from ._client import USER_AGENT, VapiClient
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    CallCreationUncertainError,
    InvalidAPIKeyError,
    InvalidBaseURLError,
    MissingAPIKeyError,
    MisspelledFieldWarning,
    ValidationError,
    VapiError,
)
from ._model import Model
from ._spec import SENSITIVE

PROG = "vapi-calls"
EXIT_OK = 0
EXIT_CANCELLED = 1  # the answer at the delete confirmation was not yes
EXIT_USAGE = 2  # argparse's own code for bad arguments
EXIT_API = 3
EXIT_SERVER = 4
EXIT_INTERRUPTED = 130

_SECRET_NAMES = ", ".join(sorted({name for names in SENSITIVE.values() for name in names}))

_EPILOG = f"""\
environment:
  VAPI_API_KEY    your Vapi private API key (required). It is read only from the
                  environment, never from a flag: flags end up in shell history and `ps`.
  VAPI_BASE_URL   the API's URL when --base-url is not given (default {DEFAULT_BASE_URL})

output:
  A summary (one call) or a table (one row per call) by default; --json prints the
  API's JSON for scripts. Secrets are never printed, in either form: the values of
  {_SECRET_NAMES} are replaced by "***".

exit codes:
  0  success
  1  delete was not confirmed (nothing was deleted)
  2  usage error: bad arguments, invalid JSON in --body/--metadata, a body that does
     not match the API spec, VAPI_API_KEY not set or not a valid key
  3  the API refused the request (HTTP 4xx)
  4  server error (HTTP 5xx), network failure or timeout. For create-phone-call the
     call may or may not have been placed: check with `{PROG} list` before retrying.
"""


class UsageError(Exception):
    """The user's input is wrong; nothing was sent."""


class Cancelled(Exception):
    """The user declined a confirmation; nothing was sent."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line instead of argparse's usage dump, so stderr stays readable in logs.
        command = self.prog.removeprefix(PROG).strip()
        where = f"{command}: " if command else ""
        raise UsageError(f"{where}{message} (see `{self.prog} --help`)")


def main(argv: Sequence[str] | None = None) -> int:
    """Run `vapi-calls` with `argv` (default: sys.argv[1:]) and return the exit code."""
    args: argparse.Namespace | None = None
    try:
        args = _parser().parse_args(argv)
        with warnings.catch_warnings():
            # A likely typo in a body field is worth a line on stderr, before anything is sent.
            warnings.simplefilter("always", MisspelledFieldWarning)
            warnings.showwarning = _show_warning
            output = _run(args)
    except SystemExit as done:  # --help and --version
        return done.code if isinstance(done.code, int) else EXIT_OK
    except KeyboardInterrupt:
        creating = args is not None and args.command == "create-phone-call"
        advice = f"; the call may have been placed: check with `{PROG} list`" if creating else ""
        return _fail(f"interrupted{advice}", EXIT_INTERRUPTED)
    except UsageError as error:
        return _fail(str(error), EXIT_USAGE)
    except Cancelled as error:
        return _fail(str(error), EXIT_CANCELLED)
    except VapiError as error:
        assert args is not None  # parsing raises only UsageError and SystemExit
        return _fail(*_describe(error, args))
    try:
        print(output)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (e.g. `| head`). Point stdout at devnull so the
        # interpreter's flush at exit does not print a second error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


# --- arguments ---------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    # The global options are accepted before or after the command (`vapi-calls get ID --json`);
    # SUPPRESS keeps a value given before the command from being reset by the subcommand.
    common = _Parser(add_help=False)
    common.add_argument(
        "--base-url",
        default=argparse.SUPPRESS,
        metavar="URL",
        help=f"API URL (default: $VAPI_BASE_URL, else {DEFAULT_BASE_URL})",
    )
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print the API's JSON (secrets redacted)"
    )
    common.add_argument(
        "--timeout",
        type=_seconds,
        default=argparse.SUPPRESS,
        metavar="SECONDS",
        help="each connect, read or write wait; not a deadline for the whole request (default: 60, 5 to connect)",
    )

    parser = _Parser(
        prog=PROG,
        description="Place and inspect Vapi calls. The API key comes from $VAPI_API_KEY.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"{PROG} ({USER_AGENT})")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(
        name: str, summary: str, run: Callable[[VapiClient, argparse.Namespace], Any]
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=summary, description=summary, parents=[common])
        sub.set_defaults(run=run)
        return sub

    create = command("create-phone-call", "place an outbound phone call", _create_phone_call)
    create.add_argument("--assistant-id", help="the assistant that talks (assistantId)")
    create.add_argument("--phone-number-id", help="the number to call from (phoneNumberId)")
    create.add_argument("--customer-number", help="the number to call, E.164 (customer.number)")
    create.add_argument("--customer-name", help="the customer's name (customer.name)")
    create.add_argument(
        "--body",
        metavar="FILE",
        help="the full request JSON from FILE, or - for stdin; the flags above are merged over it",
    )

    get = command("get", "show one call", lambda client, args: client.calls.get(args.id))
    get.add_argument("id", metavar="ID")

    listing = command("list", "list calls, newest first", _list)
    listing.add_argument("--limit", type=_limit, help="at most this many calls, 0 to 1000 (server default: 100)")
    listing.add_argument("--assistant-id", help="only this assistant's calls")
    listing.add_argument(
        "--created-after", type=_timestamp, metavar="TIME", help="ISO 8601 with a timezone, e.g. 2024-05-01T00:00:00Z"
    )
    listing.add_argument("--created-before", type=_timestamp, metavar="TIME", help="ISO 8601 with a timezone")

    update = command("update", "change a call's metadata", _update)
    update.add_argument("id", metavar="ID")
    update.add_argument("--metadata", required=True, metavar="JSON", help="a JSON object, e.g. '{\"ticket\": 42}'")

    delete = command("delete", "delete a call's data (asks first on a terminal)", _delete)
    delete.add_argument("id", metavar="ID")
    delete.add_argument("-y", "--yes", action="store_true", help="do not ask for confirmation")
    return parser


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"expected a number of seconds > 0, got {text!r}")
    return value


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 1000:
        raise argparse.ArgumentTypeError(f"expected a whole number from 0 to 1000, got {text!r}")
    return value


def _timestamp(text: str) -> datetime:
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO 8601 date-time, e.g. 2024-05-01T00:00:00Z") from None
    if when.tzinfo is None:
        # Vapi compares in UTC; guessing a timezone would silently shift the window.
        raise argparse.ArgumentTypeError(f"{text!r} has no timezone: add Z (UTC) or an offset such as +02:00")
    return when


_JSON_KINDS: dict[type, str] = {list: "an array", str: "a string", bool: "a boolean", type(None): "null"}


def _json_object(text: str, source: str) -> dict[str, Any]:
    try:
        value = _json_guard.loads(text)  # no NaN, Infinity, 1e400, or nesting deeper than the client sends
    except json.JSONDecodeError as error:
        raise UsageError(f"{source}: invalid JSON: {error.msg} (line {error.lineno}, column {error.colno})") from None
    except ValueError as error:
        raise UsageError(f"{source}: invalid JSON: {error}") from None
    if not isinstance(value, dict):
        raise UsageError(f"{source}: expected a JSON object, got {_JSON_KINDS.get(type(value), 'a number')}")
    return value


def _read_body(source: str) -> str:
    if source == "-":
        if sys.stdin is None:  # started with stdin closed
            raise UsageError("--body -: stdin is closed, nothing to read")
        try:
            return sys.stdin.read()
        except (OSError, UnicodeDecodeError, ValueError) as error:  # ValueError: I/O on a closed file
            problem = "not UTF-8 text" if isinstance(error, UnicodeDecodeError) else "stdin cannot be read"
            raise UsageError(f"--body -: {problem}") from None
    try:
        with open(source, encoding="utf-8-sig") as file:  # -sig: editors on Windows add a BOM
            return file.read()
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
        raise UsageError(f"--body: cannot read {source}: {reason}") from None


# --- commands ------------------------------------------------------------------------------


def _run(args: argparse.Namespace) -> str:
    base_url: str | None = getattr(args, "base_url", None)
    args.base_url_source = (
        "--base-url" if base_url else ("VAPI_BASE_URL" if os.environ.get("VAPI_BASE_URL") else "the default")
    )
    try:
        client = VapiClient(base_url=base_url, timeout=getattr(args, "timeout", None))
    except MissingAPIKeyError:
        raise UsageError("VAPI_API_KEY is not set: export your Vapi private API key") from None
    except InvalidAPIKeyError as error:
        raise UsageError(f"VAPI_API_KEY: {error}") from None
    except InvalidBaseURLError as error:
        raise UsageError(str(error).replace("base_url ", "--base-url ", 1)) from None
    args.resolved_base_url = client.base_url
    with client:
        result: Model | list[Model] = args.run(client, args)
    return _cli_output.as_json(result) if getattr(args, "json", False) else _cli_output.as_text(result)


def _create_phone_call(client: VapiClient, args: argparse.Namespace) -> Model:
    body = _json_object(_read_body(args.body), "--body") if args.body is not None else {}
    flags = {"assistantId": args.assistant_id, "phoneNumberId": args.phone_number_id}
    body.update({key: value for key, value in flags.items() if value is not None})
    named = {"number": args.customer_number, "name": args.customer_name}
    customer = {key: value for key, value in named.items() if value is not None}
    if customer:
        # Merge into the body's customer so e.g. its extension survives --customer-number.
        given = body.get("customer")
        body["customer"] = {**given, **customer} if isinstance(given, dict) else customer
    number = body["customer"].get("number") if isinstance(body.get("customer"), dict) else None
    if isinstance(number, str) and not _E164.fullmatch(number):
        # Vapi decides what it accepts; the CLI only points out the likely mistake, before sending.
        _warn(f"customer.number {number!r} is not an E.164 number (+ country code and number, e.g. +14155550123)")
    return client.calls.create_phone_call(body)


#: E.164: a plus, a country code not starting with 0, at most 15 digits in all.
_E164 = re.compile(r"\+[1-9][0-9]{1,14}")


def _list(client: VapiClient, args: argparse.Namespace) -> list[Model]:
    calls = client.calls.list(
        limit=args.limit,
        assistant_id=args.assistant_id,
        created_at_gt=args.created_after,
        created_at_lt=args.created_before,
    )
    return list(calls)


def _update(client: VapiClient, args: argparse.Namespace) -> Model:
    return client.calls.update(args.id, metadata=_json_object(args.metadata, "--metadata"))


def _delete(client: VapiClient, args: argparse.Namespace) -> Model:
    # Ask only a person at a terminal: scripts and pipes must not hang on a prompt.
    interactive = sys.stdin is not None and sys.stdin.isatty() and sys.stderr.isatty()
    if interactive and not args.yes:
        call = _cli_output.terminal_safe(args.id)
        print(f"Delete the stored data of call {call}? This cannot be undone. [y/N] ", end="", file=sys.stderr)
        sys.stderr.flush()
        if sys.stdin.readline().strip().lower() not in ("y", "yes"):
            raise Cancelled("not confirmed, nothing was deleted (use --yes to skip the question)")
    return client.calls.delete(args.id)


# --- errors --------------------------------------------------------------------------------


def _describe(error: VapiError, args: argparse.Namespace) -> tuple[str, int]:
    """The message and exit code for a failed request."""
    if isinstance(error, CallCreationUncertainError):
        return _uncertain_advice(error), EXIT_SERVER
    if isinstance(error, ValidationError):
        return f"invalid request, nothing was sent: {error}", EXIT_USAGE
    if isinstance(error, APIStatusError) and error.status_code < 500:
        return str(error), EXIT_API
    if isinstance(error, APIConnectionError):
        text = str(error)
        if isinstance(error.__cause__, (httpx.ConnectError, httpx.ConnectTimeout)):
            url = getattr(args, "resolved_base_url", "the API")
            text += f". Could not connect to {url} (from {getattr(args, 'base_url_source', 'the default')})"
        return text, EXIT_SERVER
    # 5xx, timeout, a success response that is not a call: not the user's fault.
    return str(error), EXIT_SERVER


def _uncertain_advice(error: CallCreationUncertainError) -> str:
    # The library's own message advises in Python; a terminal user needs the command.
    cause = error.__cause__ or "no response"
    text = f"the call may or may not have been placed ({cause}). It was not retried: Vapi has no idempotency key."
    if isinstance(error.sent_at, datetime):
        since = (error.sent_at - timedelta(minutes=1)).isoformat(timespec="seconds")
        text += f" Before trying again, check: {PROG} list --created-after {since} (1 minute early for clock skew)"
    return text


def _fail(message: str, code: int) -> int:
    # One line, whatever the server put in its message, and no escape sequence reaches the terminal.
    print(f"{PROG}: error: {_cli_output.terminal_safe(' '.join(message.split()))}", file=sys.stderr)
    return code


def _warn(message: str) -> None:
    print(f"{PROG}: warning: {_cli_output.terminal_safe(' '.join(message.split()))}", file=sys.stderr)


def _show_warning(message: Warning | str, *_args: Any, **_kwargs: Any) -> None:
    _warn(str(message))
