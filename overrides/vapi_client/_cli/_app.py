"""`vapi-calls`: place and inspect Vapi calls from a terminal (also `python -m vapi_client`).

A thin layer over `VapiClient`: parse the arguments, make one request, print the result.
Every failure becomes one line on stderr and an exit code a script can branch on.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import re
import sys
import warnings
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

import httpx

from .. import _json_guard
from .._client import USER_AGENT, VapiClient
from .._codec._model import Model
from .._exceptions import (
    APIConnectionError,
    APIStatusError,
    CallCreationUncertainError,
    DownloadWriteError,
    InvalidAPIKeyError,
    InvalidBaseURLError,
    MissingAPIKeyError,
    MisspelledFieldWarning,
    ValidationError,
    VapiError,
)
from .._http._base_url import DEFAULT_BASE_URL
from .._http._timeouts import DEFAULT_TIMEOUT
from .._operations import _downloads
from .._operations._raw import RawResponse
from .._operations._reconcile import ReconcilePolicy
from .._spec import OPERATIONS, SENSITIVE
from . import _args, _listen, _output
from ._args import UsageError

PROG = _args.PROG
#: The commands that create calls: they reconcile a lost response, so they print the typed result.
_CREATING = frozenset({"create", "create-phone-call"})
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
     not match the API spec, VAPI_API_KEY not set or not a valid key, a download
     target that cannot be written
  3  the API refused the request (HTTP 4xx)
  4  server error (HTTP 5xx), network failure or timeout. For create the call may or
     may not have been placed: check with `{PROG} list` before retrying.
"""


class _NotJson(Exception):
    """--json was asked for, and the server's success response is not JSON."""


class Cancelled(Exception):
    """The user declined a confirmation; nothing was sent."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run `vapi-calls` with `argv` (default: sys.argv[1:]) and return the exit code."""
    args: argparse.Namespace | None = None
    try:
        args = _parser().parse_args(argv)
        if args.command == "listen":
            return _listen.run(args)  # serves until Ctrl-C, needs no API key
        with warnings.catch_warnings():
            # A likely typo in a body field is worth a line on stderr, before anything is sent.
            warnings.simplefilter("always", MisspelledFieldWarning)
            warnings.showwarning = _show_warning
            output = _run(args)
    except SystemExit as done:  # --help and --version
        return done.code if isinstance(done.code, int) else EXIT_OK
    except KeyboardInterrupt:
        creating = args is not None and args.command in ("create", "create-phone-call")
        advice = f"; the call may have been placed: check with `{PROG} list`" if creating else ""
        return _fail(f"interrupted{advice}", EXIT_INTERRUPTED)
    except UsageError as error:
        return _fail(str(error), EXIT_USAGE)
    except Cancelled as error:
        return _fail(str(error), EXIT_CANCELLED)
    except _NotJson as error:
        return _fail(str(error), EXIT_SERVER)
    except VapiError as error:
        assert args is not None  # parsing raises only UsageError and SystemExit
        return _fail(*_describe(error, args))
    try:
        if output:  # `list --all` has printed its rows already
            print(output)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (e.g. `| head`). Point stdout at devnull so the
        # interpreter's flush at exit does not print a second error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


# --- arguments ---------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    shared = _args.shared_flags()
    parser = _args.Parser(
        prog=PROG,
        description="Place and inspect Vapi calls. The API key comes from $VAPI_API_KEY.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[shared.api, shared.output],
    )
    parser.add_argument("--version", action="version", version=f"{PROG} ({USER_AGENT})")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def command(
        name: str,
        summary: str,
        run: Callable[[VapiClient, argparse.Namespace], Any],
        *groups: _args.Parser,
    ) -> argparse.ArgumentParser:
        parents = [shared.api, shared.output, *groups]
        sub = commands.add_parser(name, help=summary, description=summary, parents=parents)
        sub.set_defaults(run=run)
        return sub

    create = command(
        "create", "create a call, or a batch with several --customer", _create, shared.creating, shared.body
    )
    create.add_argument("--squad-id", help="a squad instead of an assistant (squadId)")
    create.add_argument("--workflow-id", help="a workflow instead of an assistant (workflowId)")
    create.add_argument(
        "--customer",
        action="append",
        metavar="NUMBER",
        help="a number to call, E.164; repeat it to create a batch (customer / customers[])",
    )
    create.add_argument(
        "--schedule-at",
        type=_args.timestamp,
        metavar="TIME",
        help="place it no earlier than TIME (schedulePlan.earliestAt)",
    )

    seed = command(
        "create-phone-call",
        "place an outbound phone call (deprecated: use create)",
        _create_phone_call,
        shared.creating,
        shared.body,
    )
    seed.add_argument("--customer-number", help="the number to call, E.164 (customer.number)")

    get = command("get", "show one call", lambda client, args: client.calls.get(args.id))
    get.add_argument("id", metavar="ID")

    listing = command("list", "list calls, newest first", _list, shared.progress)
    listing.add_argument(
        "--limit", type=_args.whole_number(0, 1000), help="at most this many calls, 0 to 1000 (server default: 100)"
    )
    listing.add_argument("--assistant-id", help="only this assistant's calls")
    listing.add_argument(
        "--created-after",
        type=_args.timestamp,
        metavar="TIME",
        help="ISO 8601 with a timezone, e.g. 2024-05-01T00:00:00Z",
    )
    listing.add_argument("--created-before", type=_args.timestamp, metavar="TIME", help="ISO 8601 with a timezone")
    listing.add_argument(
        "--all", action="store_true", help="every matching call, paging as needed; rows are printed as they arrive"
    )

    update = command("update", "change a call's editable fields (today: its name)", _update, shared.body)
    update.add_argument("id", metavar="ID")
    update.add_argument("--name", help="the call's new name")

    delete = command("delete", "delete calls' data (several IDs: one bulk request; asks first on a terminal)", _delete)
    delete.add_argument("ids", nargs="+", metavar="ID")
    delete.add_argument("-y", "--yes", action="store_true", help="do not ask for confirmation")

    kinds = sorted(
        name.removeprefix("calls.download_").replace("_", "-")
        for name in OPERATIONS
        if name.startswith("calls.download_")
    )
    download = command("download", "download a call's recording, packet capture or logs", _download, shared.progress)
    download.add_argument("id", metavar="ID")
    download.add_argument("--kind", required=True, choices=kinds, help="which artifact")
    download.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write it (- for stdout)")
    _listen.add_command(commands, shared.output)
    return parser


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
        window = getattr(args, "reconcile_window", None)
        policy = ReconcilePolicy() if window is None else ReconcilePolicy(window=window)
        headers = dict(getattr(args, "header", ()))
        # Extra headers ride on our own httpx client: every request of every command carries them.
        http = httpx.Client(headers=headers, timeout=DEFAULT_TIMEOUT) if headers else None
        client = VapiClient(
            base_url=base_url, timeout=getattr(args, "timeout", None), reconcile=policy, http_client=http
        )
    except MissingAPIKeyError:
        raise UsageError("VAPI_API_KEY is not set: export your Vapi private API key") from None
    except InvalidAPIKeyError as error:
        raise UsageError(f"VAPI_API_KEY: {error}") from None
    except InvalidBaseURLError as error:
        raise UsageError(str(error).replace("base_url ", "--base-url ", 1)) from None
    args.resolved_base_url = client.base_url
    as_json = getattr(args, "json", False)
    logging.getLogger("vapi_client").addHandler(_ReconciledNote())
    with client, http or contextlib.nullcontext():
        if getattr(args, "all", False):
            return _stream_all(client, args)
        # --json prints what the server sent (key order and values as received, secrets masked). A
        # create goes through the typed client, which looks for the call when the response is lost.
        raw = as_json and args.command not in _CREATING and args.command != "download"
        result: Any = args.run(_RawCalls(client) if raw else client, args)
    if isinstance(result, str):  # already written (download to stdout)
        return result
    if isinstance(result, _Report):  # a command that says what it did (download)
        return _output.json_text(result.fields, indent=2) if as_json else result.text
    if isinstance(result, RawResponse):
        try:
            return _output.raw_json(result.content)
        except ValueError as error:  # --json promises JSON on stdout
            raise _NotJson(f"{args.command}: the response is not JSON ({error}); nothing printed") from None
    return _output.as_json(result) if as_json else _output.as_text(result)


class _ReconciledNote(logging.Handler):
    """Says on stderr when a create's response was lost and the call was then found by its request id."""

    def emit(self, record: logging.LogRecord) -> None:
        if getattr(record, "vapi_reconciled", False):
            print(f"{PROG}: note: {_output.terminal_safe(record.getMessage())}", file=sys.stderr)


class _RawCalls:
    """A client whose `calls` return `RawResponse`s (for --json)."""

    def __init__(self, client: VapiClient) -> None:
        self.calls = client.calls.with_raw_response


def _stream_all(client: VapiClient, args: argparse.Namespace) -> str:
    """`list --all`: one row per call, or one JSON array with a call per line, printed as pages arrive."""
    filters = {
        "assistant_id": args.assistant_id,
        "created_at_gt": args.created_after,
        "created_at_lt": args.created_before,
    }
    as_json = getattr(args, "json", False)
    count = 0
    with _output.Progress(quiet=args.quiet) as progress:
        for call in client.calls.list_all(page_size=args.limit or 100, **filters):
            progress.clear()  # stdout may be the same terminal: a row must not land on the progress line
            if as_json:
                # "[" before the first call, "," before the others: a failure part-way leaves the array
                # unclosed, so a JSON reader fails rather than take part of the list for all of it.
                line = ("[\n" if count == 0 else ",\n") + _output.json_line(call)
                print(line, end="", flush=True)
            else:
                print(_output.row(call, header=count == 0), flush=True)
            count += 1
            progress.show(_output.calls_so_far(count))
    if as_json:
        return "\n]" if count else "[]"
    return "" if count else "No calls."


def _create_phone_call(client: VapiClient, args: argparse.Namespace) -> Model:
    # The seed-era command, kept for scripts; it sends the deprecated POST /call/phone.
    body = _json_object(_read_body(args.body), "--body") if args.body is not None else {}
    flags = {"assistantId": args.assistant_id, "phoneNumberId": args.phone_number_id}
    body.update({key: value for key, value in flags.items() if value is not None})
    named = {"number": args.customer_number, "name": args.customer_name}
    customer = {key: value for key, value in named.items() if value is not None}
    if customer:
        # Merge into the body's customer so e.g. its extension survives --customer-number.
        given = body.get("customer")
        body["customer"] = {**given, **customer} if isinstance(given, dict) else customer
    _warn_if_not_e164(body)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # the help text says it; no traceback-like noise
        return client.calls.create_phone_call(body)


def _warn_if_not_e164(body: dict[str, Any]) -> None:
    customers = [body.get("customer"), *(body.get("customers") or [])]
    for customer in customers:
        number = customer.get("number") if isinstance(customer, dict) else None
        if isinstance(number, str) and not _E164.fullmatch(number):
            # Vapi decides what it accepts; the CLI only points out the likely mistake, before sending.
            _warn(f"customer.number {number!r} is not an E.164 number (+ country code and number, e.g. +14155550123)")


#: E.164: a plus, a country code not starting with 0, at most 15 digits in all.
_E164 = re.compile(r"\+[1-9][0-9]{1,14}")


def _list(client: VapiClient, args: argparse.Namespace) -> Any:
    return client.calls.list(
        limit=args.limit,
        assistant_id=args.assistant_id,
        created_at_gt=args.created_after,
        created_at_lt=args.created_before,
    )


def _update(client: VapiClient, args: argparse.Namespace) -> Model:
    if args.body is None and args.name is None:
        raise UsageError("update: give --name or --body (see `vapi-calls update --help`)")
    body = _json_object(_read_body(args.body), "--body") if args.body is not None else {}
    return client.calls.update(args.id, body, name=args.name)


def _create(client: VapiClient, args: argparse.Namespace) -> Model:
    body = _json_object(_read_body(args.body), "--body") if args.body is not None else {}
    flags = {
        "assistantId": args.assistant_id,
        "squadId": args.squad_id,
        "workflowId": args.workflow_id,
        "phoneNumberId": args.phone_number_id,
    }
    body.update({key: value for key, value in flags.items() if value is not None})
    numbers: list[str] = args.customer or []
    if args.customer_name is not None and len(numbers) != 1:
        raise UsageError("--customer-name goes with exactly one --customer")
    if len(numbers) == 1:
        given = body.get("customer")
        customer = {"number": numbers[0], **({"name": args.customer_name} if args.customer_name else {})}
        body["customer"] = {**given, **customer} if isinstance(given, dict) else customer
    elif numbers:
        body["customers"] = [{"number": number} for number in numbers]
    if args.schedule_at is not None:
        given = body.get("schedulePlan")
        plan = {"earliestAt": args.schedule_at}  # a datetime: written as Vapi writes them (Z, milliseconds)
        body["schedulePlan"] = {**given, **plan} if isinstance(given, dict) else plan
    _warn_if_not_e164(body)
    return client.calls.create(body)


class _Report:
    """What a command did, as a line for people and as fields for --json."""

    def __init__(self, text: str, **fields: Any) -> None:
        self.text = text
        self.fields = fields


def _download(client: VapiClient, args: argparse.Namespace) -> _Report | str:
    method = getattr(client.calls, "download_" + args.kind.replace("-", "_"))
    with _output.Progress(quiet=args.quiet) as progress:

        def report(written: int, expected: int | None) -> None:
            progress.show(_output.bytes_so_far(written, expected))

        with _downloads.reporting_progress(report):
            written = method(args.id, sys.stdout.buffer if args.output == "-" else args.output)
    if args.output == "-":
        sys.stdout.flush()
        # stdout is the artifact: the count would corrupt it, so it goes to stderr.
        print(f"{PROG}: {written} bytes written to stdout", file=sys.stderr)
        return ""
    where = _output.terminal_safe(args.output)
    return _Report(f"{written} bytes written to {where}", bytes=written, output=args.output)


def _delete(client: VapiClient, args: argparse.Namespace) -> Model:
    # Ask only a person at a terminal: scripts and pipes must not hang on a prompt.
    interactive = sys.stdin is not None and sys.stdin.isatty() and sys.stderr.isatty()
    if interactive and not args.yes:
        calls = ", ".join(_output.terminal_safe(call_id) for call_id in args.ids)
        what = f"call {calls}" if len(args.ids) == 1 else f"{len(args.ids)} calls ({calls})"
        print(f"Delete the stored data of {what}? This cannot be undone. [y/N] ", end="", file=sys.stderr)
        sys.stderr.flush()
        if sys.stdin.readline().strip().lower() not in ("y", "yes"):
            raise Cancelled("not confirmed, nothing was deleted (use --yes to skip the question)")
    first, *others = args.ids
    return client.calls.delete(first, ids=args.ids if others else None)


# --- errors --------------------------------------------------------------------------------


def _describe(error: VapiError, args: argparse.Namespace) -> tuple[str, int]:
    """The message and exit code for a failed request."""
    if isinstance(error, CallCreationUncertainError):
        return _uncertain_advice(error), EXIT_SERVER
    if isinstance(error, ValidationError):
        return f"invalid request, nothing was sent: {error}", EXIT_USAGE
    if isinstance(error, DownloadWriteError):
        return str(error), EXIT_USAGE
    if isinstance(error, APIStatusError):
        text = str(error) if error.messages else f"{error}: {_without_detail(error, args)}"
        return text, EXIT_API if error.status_code < 500 else EXIT_SERVER
    if isinstance(error, APIConnectionError):
        text = str(error)
        if isinstance(error.__cause__, (httpx.ConnectError, httpx.ConnectTimeout)):
            url = getattr(args, "resolved_base_url", "the API")
            text += f". Could not connect to {url} (from {getattr(args, 'base_url_source', 'the default')})"
        return text, EXIT_SERVER
    # 5xx, timeout, a success response that is not a call: not the user's fault.
    return str(error), EXIT_SERVER


#: What a status says when the body gives no detail, in terms of what a CLI user can do about it.
_STATUS_ADVICE = {
    400: "the request was refused without a reason",
    401: "the API key was refused: check VAPI_API_KEY",
    403: "this API key may not do this",
    404: "no such call, or no such artifact of it",
    405: "this URL does not take this request: check --base-url",
    406: "the server cannot answer in a media type this client accepts",
    415: "the server does not take a JSON body here: check --base-url",
    429: "too many requests: wait a little and try again",
}


def _without_detail(error: APIStatusError, args: argparse.Namespace) -> str:
    """Something useful for a status error whose body had no Vapi `message`: what the body says
    anyway (a problem+json `detail`, a short text), what the status means, and which server said it."""
    said = _body_detail(error.response.content)
    if error.status_code >= 500:
        advice = "the server failed and gave no detail; try again later"
    else:
        advice = _STATUS_ADVICE.get(error.status_code, "the server gave no detail")
    if error.status_code == 406 and error.request is not None:
        advice += f" (sent Accept: {error.request.headers.get('accept', '*/*')})"
    server = getattr(args, "resolved_base_url", None)
    where = f"; answered by {server} (from {getattr(args, 'base_url_source', 'the default')})" if server else ""
    return (f"{said}; " if said else "") + advice + where


def _body_detail(content: bytes) -> str:
    """A problem+json `detail` or `title` (Prism's errors, proxies), or the first line of a short text."""
    text = content[:2000].decode("utf-8", "replace").strip()
    try:
        data = json.loads(text)
    except ValueError:
        return "" if text.startswith("<") else text.splitlines()[0][:200] if text else ""
    if isinstance(data, dict):
        for key in ("detail", "title", "error"):
            if isinstance(data.get(key), str) and data[key].strip():
                return str(data[key])[:200]
    return ""


def _uncertain_advice(error: CallCreationUncertainError) -> str:
    # The library's own message advises in Python; a terminal user needs the command.
    cause = error.__cause__ or "no response"
    text = f"the call may or may not have been placed ({cause}). It was not retried: Vapi has no idempotency key."
    report = error.reconciliation
    if report is not None:
        text += f" The client {report.describe()}."
    if isinstance(error.sent_at, datetime):
        since = (error.sent_at - timedelta(minutes=1)).isoformat(timespec="seconds")
        text += f" Before trying again, check: {PROG} list --created-after {since} (1 minute early for clock skew)"
    return text


def _fail(message: str, code: int) -> int:
    # One line, whatever the server put in its message, and no escape sequence reaches the terminal.
    print(f"{PROG}: error: {_output.terminal_safe(' '.join(message.split()))}", file=sys.stderr)
    return code


def _warn(message: str) -> None:
    print(f"{PROG}: warning: {_output.terminal_safe(' '.join(message.split()))}", file=sys.stderr)


def _show_warning(message: Warning | str, *_args: Any, **_kwargs: Any) -> None:
    _warn(str(message))
