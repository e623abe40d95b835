"""`vapi-calls`'s one parser: every command keeps its flags, and a flag shared by commands is defined once."""

from __future__ import annotations

import argparse

import pytest
from vapi_client._cli import _app

_API = ("--base-url", "--header", "--help", "--json", "--timeout", "-H", "-h")
_CREATE_BOTH = ("--assistant-id", "--body", "--customer-name", "--phone-number-id", "--reconcile-window")
_LISTEN = (
    "--assistant-id --bearer --body-timeout --header-name --header-timeout --help --hmac --hmac-encoding "
    "--hmac-message-id-header --hmac-no-timestamp --hmac-payload-format --hmac-secret-base64 "
    "--hmac-signature-header --hmac-signature-prefix --hmac-timestamp-header --host --json --max-connections "
    "--no-bearer-prefix --no-replay-window --plan --port --port-file --replay-window --secret -h"
).split()

#: Each command's option strings as they were before the parser was rebuilt from parent parsers
#: ("" is `vapi-calls` itself). A flag may be added on purpose (below), never lost by accident.
BEFORE: dict[str, frozenset[str]] = {
    "": frozenset({*_API, "--version"}),
    "create": frozenset(
        {*_API, *_CREATE_BOTH, "--customer", "--schedule-at", "--squad-id", "--workflow-id"},
    ),
    "create-phone-call": frozenset({*_API, *_CREATE_BOTH, "--customer-number"}),
    "get": frozenset(_API),
    "list": frozenset({*_API, "--all", "--assistant-id", "--created-after", "--created-before", "--limit"}),
    "update": frozenset({*_API, "--body", "--name"}),
    "delete": frozenset({*_API, "--yes", "-y"}),
    "download": frozenset({*_API, "--kind", "--output", "-o"}),
    "listen": frozenset(_LISTEN),
}

#: Flags added since, by command.
ADDED: dict[str, frozenset[str]] = {
    "list": frozenset({"--quiet", "-q"}),  # no progress line (`list --all` at a terminal)
    "download": frozenset({"--quiet", "-q"}),
}

#: Flags that mean the same in several commands, and those commands: each comes from one parent parser.
SHARED: dict[str, tuple[str, ...]] = {
    "--base-url": ("", "create", "create-phone-call", "get", "list", "update", "delete", "download"),
    "--header": ("", "create", "create-phone-call", "get", "list", "update", "delete", "download"),
    "--timeout": ("", "create", "create-phone-call", "get", "list", "update", "delete", "download"),
    "--json": ("", "create", "create-phone-call", "get", "list", "update", "delete", "download", "listen"),
    "--reconcile-window": ("create", "create-phone-call"),
    "--assistant-id": ("create", "create-phone-call"),
    "--phone-number-id": ("create", "create-phone-call"),
    "--customer-name": ("create", "create-phone-call"),
    "--body": ("create", "create-phone-call", "update"),
    "--quiet": ("list", "download"),
}


def _parsers() -> dict[str, argparse.ArgumentParser]:
    parser = _app._parser()
    [commands] = [action for action in parser._actions if isinstance(action, argparse._SubParsersAction)]
    return {"": parser, **commands.choices}


def _option(parser: argparse.ArgumentParser, flag: str) -> argparse.Action:
    [action] = [action for action in parser._actions if flag in action.option_strings]
    return action


def test_every_command_has_the_flags_it_had() -> None:
    parsers = _parsers()
    assert set(parsers) == set(BEFORE)
    for name, parser in parsers.items():
        options = {flag for action in parser._actions for flag in action.option_strings}
        assert options == BEFORE[name] | ADDED.get(name, frozenset()), name


@pytest.mark.parametrize("name", sorted(BEFORE))
def test_help_lists_every_flag(name: str) -> None:
    parser = _parsers()[name]
    text = parser.format_help()
    for flag in BEFORE[name] | ADDED.get(name, frozenset()):
        assert flag in text, (name, flag)


@pytest.mark.parametrize("flag", sorted(SHARED))
def test_a_shared_flag_is_defined_once(flag: str) -> None:
    parsers = _parsers()
    actions = [_option(parsers[name], flag) for name in SHARED[flag]]
    # A parent parser lends its very Action to each child: one object means one definition.
    assert all(action is actions[0] for action in actions), {action.help for action in actions}
