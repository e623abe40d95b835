"""`vapi-calls listen`: a local receiver printing each server message as it arrives.

For developing against a tunnel (ngrok, cloudflared...) pointed at this port. The secret is
read from $VAPI_SERVER_SECRET, never from a flag (flags end up in shell history and `ps`);
the flags only say how Vapi presents it, as the credential configured there does.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import warnings
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import _json_guard
from . import _args, _output
from ._args import UsageError
from ._output import terminal_safe

SECRET_ENV = "VAPI_SERVER_SECRET"

_EPILOG = f"""\
authentication (pick the one matching the server URL's credential in Vapi):
  --secret (default)   legacy serverUrlSecret: the x-vapi-secret header equals ${SECRET_ENV}
  --bearer             bearer credential: "Authorization: Bearer ${SECRET_ENV}"
                       (--header-name, --no-bearer-prefix as configured)
  --hmac ALGORITHM     HMAC credential keyed with ${SECRET_ENV} (--hmac-* as configured)
  --plan FILE          the credential's JSON (or its authenticationPlan), secrets inside

output:
  One line per message (time, type, call id, its main fields) on stdout, or the message's
  JSON per line with --json; refused requests (400, 401, 405, 408, 411, 413, 431, 503) on stderr. Control
  characters and escape sequences sent by the server are removed, secrets shown as "***".
  Every message is answered {{}}, an assistant-request with --assistant-id if given.
"""

_SKIPPED = frozenset({"type", "call", "timestamp", "artifact", "assistant", "customer", "phoneNumber"})
_LINE_LIMIT = 400


def add_command(commands: Any, output: argparse.ArgumentParser) -> None:
    """Register `listen` on the `vapi-calls` subparsers; `output` is the parent parser with --json."""
    summary = "receive server messages on a local port and print them"
    sub = commands.add_parser(
        "listen",
        help=summary,
        description=summary + ".",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[output],
    )
    sub.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    sub.add_argument(
        "--port",
        type=_args.whole_number(0, 65535, "a port"),
        default=8000,
        help="port (default: 8000; 0 picks a free one)",
    )
    sub.add_argument("--port-file", type=Path, metavar="FILE", help="write the bound port to FILE once listening")
    sub.add_argument("--assistant-id", help="answer assistant-request with this assistant")
    sub.add_argument(
        "--body-timeout",
        type=_args.seconds,
        default=10.0,
        metavar="SECONDS",
        help="408 for a body not sent within (10)",
    )
    sub.add_argument(
        "--header-timeout",
        type=_args.seconds,
        default=10.0,
        metavar="SECONDS",
        help="408 for a request line and headers not sent within (10)",
    )
    sub.add_argument(
        "--max-connections",
        type=_args.whole_number(1, 10000, "a number of connections"),
        default=64,
        metavar="N",
        help="serve at most N connections at once, answer 503 to more (64)",
    )
    mode = sub.add_mutually_exclusive_group()
    mode.add_argument("--secret", dest="auth", action="store_const", const="secret", help="x-vapi-secret (default)")
    mode.add_argument("--bearer", dest="auth", action="store_const", const="bearer", help="bearer token credential")
    mode.add_argument(
        "--hmac",
        metavar="ALGORITHM",
        choices=("sha256", "sha512", "sha1"),
        help="HMAC credential: sha256, sha512 or sha1",
    )
    mode.add_argument("--plan", type=Path, metavar="FILE", help="the credential's JSON")
    sub.add_argument("--header-name", default="Authorization", help="bearer: the token's header")
    sub.add_argument("--no-bearer-prefix", action="store_true", help="bearer: the header is the bare token")
    sub.add_argument("--hmac-signature-header", default="x-signature", metavar="NAME")
    sub.add_argument("--hmac-timestamp-header", default="x-timestamp", metavar="NAME")
    sub.add_argument("--hmac-signature-prefix", default="", metavar="PREFIX", help="e.g. sha256=")
    sub.add_argument("--hmac-no-timestamp", action="store_true", help="the timestamp is not signed")
    sub.add_argument("--hmac-payload-format", metavar="FORMAT", help="default {timestamp}.{body}")
    sub.add_argument("--hmac-message-id-header", metavar="NAME", help="for {svix-id} (default svix-id)")
    sub.add_argument("--hmac-encoding", choices=("hex", "base64"), default="hex")
    sub.add_argument("--hmac-secret-base64", action="store_true", help="the secret is base64-encoded")
    replay = sub.add_mutually_exclusive_group()
    replay.add_argument(
        "--replay-window", type=_args.seconds, default=300.0, metavar="SECONDS", help="HMAC timestamp tolerance (300)"
    )
    replay.add_argument(
        "--no-replay-window",
        dest="replay_window",
        action="store_const",
        const=None,
        default=argparse.SUPPRESS,
        help="HMAC: accept replayed messages (needed when the timestamp is not signed)",
    )


def run(args: argparse.Namespace) -> int:
    """Serve until Ctrl-C. Raises the CLI's UsageError (from `_cli`) for a bad configuration."""
    from .._webhooks._server import WebhookServer

    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            plan = _plan(args)
    except (ValueError, TypeError, OSError) as error:
        raise UsageError(f"listen: {_flags_named(str(error))}") from None
    for warning in caught:  # e.g. a plan without a replay window
        _stderr(f"vapi-calls: warning: listen: {terminal_safe(str(warning.message))}")
    printer = _Printer(as_json=getattr(args, "json", False), assistant_id=args.assistant_id)
    try:
        server = WebhookServer(
            (args.host, args.port),
            plan,
            printer.on_message,
            on_refused=printer.on_refused,
            body_timeout=args.body_timeout,
            header_timeout=args.header_timeout,
            max_connections=args.max_connections,
        )
    except OSError as error:
        raise UsageError(f"listen: cannot listen on {args.host}:{args.port}: {error.strerror}") from None
    printer.server = server
    with server:
        if args.port_file:
            temporary = args.port_file.with_suffix(".tmp")
            temporary.write_text(str(server.server_address[1]))
            temporary.replace(args.port_file)  # readers never see a half-written file
        _stderr(f"listening on http://{server.url_host} ({_describe(plan)}); Ctrl-C to stop")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            _stderr("stopped")
    return 0


def _plan(args: argparse.Namespace) -> Any:
    from .._webhooks._auth import as_plan

    if args.plan is not None:
        credential = _json_guard.loads(args.plan.read_text(encoding="utf-8-sig"))  # ValueError: not JSON
        return as_plan(credential, tolerance_seconds=args.replay_window)
    secret = os.environ.get(SECRET_ENV, "")
    if not secret.strip():
        raise ValueError(f"{SECRET_ENV} is not set: export the secret of the server URL's credential in Vapi")
    if args.hmac:
        return as_plan(
            type="hmac",
            secret_key=secret,
            algorithm=args.hmac,
            signature_header=args.hmac_signature_header,
            timestamp_header=args.hmac_timestamp_header,
            signature_prefix=args.hmac_signature_prefix,
            include_timestamp=not args.hmac_no_timestamp,
            payload_format=args.hmac_payload_format,
            message_id_header=args.hmac_message_id_header,
            signature_encoding=args.hmac_encoding,
            secret_is_base64=args.hmac_secret_base64,
            tolerance_seconds=args.replay_window,
        )
    if args.auth == "bearer":
        return as_plan(
            type="bearer", token=secret, header_name=args.header_name, bearer_prefix_enabled=not args.no_bearer_prefix
        )
    return as_plan(secret=secret)


def _flags_named(message: str) -> str:
    # The library's advice names its parameters; say the flags instead.
    return message.replace("pass tolerance_seconds=None", "pass --no-replay-window").replace(
        "{timestamp} in the payload format", "drop --hmac-no-timestamp, or {timestamp} in --hmac-payload-format"
    )


def _describe(plan: Any) -> str:
    from .._webhooks._auth import HmacPlan

    if isinstance(plan, HmacPlan):
        window = "no replay window" if plan.tolerance_seconds is None else f"replay window {plan.tolerance_seconds:g} s"
        return f"HMAC-{plan.algorithm.upper()} in {plan.signature_header}, {window}"
    return f"token in {plan.header_name}"


class _Printer:
    """Prints one line per message; threads share stdout, hence the lock."""

    def __init__(self, *, as_json: bool, assistant_id: str | None) -> None:
        self.as_json = as_json
        self.assistant_id = assistant_id
        self.server: Any = None
        self._lock = threading.Lock()

    def on_message(self, message: Any) -> dict[str, Any] | None:
        from .._webhooks._replies import assistant_request_reply, message_type

        data = _output.redacted(message)
        if self.as_json:
            line = _output.json_text(data)
        else:
            line = f"{_now()}  {summary(message_type(message), data)}"
        self._print(line)
        if self.assistant_id and message_type(message) == "assistant-request":
            return assistant_request_reply(assistant_id=self.assistant_id)
        return None  # answered {}, whatever the message type (a reply Vapi reads would be checked)

    def on_refused(self, status: int, reason: str) -> None:
        _stderr(f"{_now()}  refused {status}: {terminal_safe(reason)}")

    def _print(self, line: str) -> None:
        with self._lock:
            try:
                print(line, flush=True)
            except BrokenPipeError:  # the reader went away (`| head`): stop serving
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
                if self.server is not None:
                    threading.Thread(target=self.server.shutdown, daemon=True).start()


def summary(message_type: str, data: dict[str, Any]) -> str:
    """``status-update  call=ID  status=ended ...``: the type, the call id, then the message's own fields."""
    head = [terminal_safe(message_type) or "(no type)"]
    call = data.get("call")
    if isinstance(call, dict) and call.get("id") is not None:
        head.append(f"call={_scalar(call['id'])}")
    fields = []
    for key, value in data.items():
        if key in _SKIPPED:
            continue
        if isinstance(value, list):
            names = [name for name in map(_item_name, value) if name][:3]
            fields.append(f"{terminal_safe(key)}[{len(value)}]" + (f"={','.join(names)}" if names else ""))
        elif not isinstance(value, dict):
            fields.append(f"{terminal_safe(key)}={_scalar(value)}")
    line = "  ".join([*head, " ".join(fields)] if fields else head)
    return line if len(line) <= _LINE_LIMIT else line[: _LINE_LIMIT - 3] + "..."


def _item_name(item: Any) -> str | None:
    if not isinstance(item, dict):
        return None
    function = item.get("function")
    name = function.get("name") if isinstance(function, dict) else item.get("name")
    return _scalar(name) if isinstance(name, str) else None


def _scalar(value: Any) -> str:
    if not isinstance(value, str):
        return _output.json_text(value)
    text = terminal_safe(value)
    if text and not any(c.isspace() or c in "\"'=" for c in text):
        return text
    return '"' + text.replace('"', '\\"') + '"'


def _now() -> str:
    return datetime.now().strftime("%H:%M:%S")


def _stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)
