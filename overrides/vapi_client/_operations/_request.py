"""Build a request from a resource method's arguments, driven by the spec's table of operations.

`_spec.OPERATIONS` (generated) says, per method: HTTP method and path, path and query parameters
with their schemas, the body schema, and the shape of the success response. Everything is checked
here, before any network I/O; a mistake raises `ValidationError` naming the argument.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from datetime import datetime
from functools import partial
from typing import Any
from urllib.parse import quote

import httpx

from .. import _json_guard
from .._codec import _generic
from .._codec._bodies import Validate, body_model, check_validate, checked_body
from .._codec._datetimes import format_datetime
from .._exceptions import ResponseValidationError, ValidationError
from .._http._attempts import Operation, RequestOptions
from .._spec import OPERATIONS
from . import _request_ids


def build(
    name: str, arguments: Mapping[str, Any], *, add_request_id: bool = False, validate: Validate = "strict"
) -> tuple[Operation[Any], RequestOptions]:
    """The request for method `name`, from its `locals()` (taken as the method's first statement).

    `add_request_id`: give a create a request id of the client's when the caller chose none (see
    `_operations._request_ids`), so an unknown outcome can be resolved; an id given as `request_id=` is
    always sent. `validate`: the client's policy for values the spec does not know; the method's `validate=` wins.
    """
    table, placeholders, parse = _plan(name)
    # `attempted_since` is the resource's to act on (`_operations._resume`), never part of the request.
    given = {key: value for key, value in arguments.items() if key not in ("self", "to", "attempted_since")}
    options = RequestOptions(given.pop("timeout"), given.pop("max_retries"), given.pop("extra_headers"))
    explicit = given.pop("request_id", None) if table["creates_call"] else None
    if explicit is not None:
        explicit = _request_ids.check(explicit)
    chosen = given.pop("validate", None)
    validate = validate if chosen is None else check_validate(chosen)
    url = table["path"]
    for placeholder, py_name in placeholders:
        url = url.replace(placeholder, _path_segment(py_name, given.pop(py_name)))
    params = {}
    for py_name, (json_name, desc) in table["query"].items():
        value = given.pop(py_name, None)
        if value is not None:
            params[json_name] = _query_value(py_name, value, desc)
    # The media types its responses declare: a download must not ask for JSON only (a server that
    # negotiates, such as Prism, would answer 406).
    kwargs: dict[str, Any] = {"method": table["method"], "url": url, "headers": {"Accept": table["accept"]}}
    if params:
        kwargs["params"] = params
    if table["body"] is not None:
        model = _body_model(table["body"])
        body = given.pop("body", None)
        by_hand = _request_ids.ByHand.of(body, _json_names(model, given)) if table["creates_call"] else None
        kwargs["json"] = body_model(model, body, given, validate=validate).to_dict()
        if by_hand is not None:
            kwargs["json"], _ = _request_ids.tag(kwargs["json"], by_hand, explicit, add=add_request_id)
    elif table["body_shape"] is not None:  # a body that is not one model (a union): checked whole
        body = given.pop("body", None)
        if body is not None:
            kwargs["json"] = checked_body(table["body_shape"], body, "body", validate=validate)
    elif given:
        raise TypeError(f"{name}() got unexpected arguments: {', '.join(sorted(given))}")
    return Operation(kwargs, parse, creates_call=table["creates_call"]), options


#: Per operation, what its requests share, worked out on its first request: the table, the path's
#: placeholders with their parameters, and the response parser.
_PLANS: dict[str, tuple[Mapping[str, Any], tuple[tuple[str, str], ...], Callable[[httpx.Response], Any]]] = {}


def _plan(name: str) -> tuple[Mapping[str, Any], tuple[tuple[str, str], ...], Callable[[httpx.Response], Any]]:
    plan = _PLANS.get(name)
    if plan is None:
        table = OPERATIONS[name]
        placeholders = tuple(("{" + json_name + "}", py_name) for json_name, py_name in table["path_params"])
        plan = _PLANS[name] = (table, placeholders, _parser(name, table))
    return plan


def _json_names(model: Any, fields: Mapping[str, Any]) -> dict[str, Any]:
    """The keyword body fields given (not None), by their JSON names."""
    json_names = {py_name: json_name for json_name, py_name in model._json_fields}
    return {json_names[name]: value for name, value in fields.items() if value is not None and name in json_names}


def _path_segment(name: str, value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise ValidationError(name, "expected a non-empty string")
    if not _json_guard.encodable(value):
        raise ValidationError(name, "holds a lone surrogate, which cannot be encoded as UTF-8")
    if not value.strip("."):
        # "/call/.." would be read as "/", and "/call/." as "/call": the request would hit another resource.
        raise ValidationError(name, f"{value!r} is not an id: an id of only dots would change the URL's path")
    return quote(value, safe="")


def _query_value(name: str, value: Any, desc: tuple[Any, ...]) -> str:
    kind = desc[0]
    if kind == "datetime":
        if isinstance(value, str):
            try:
                value = datetime.fromisoformat(value)
            except ValueError:
                raise ValidationError(name, f"{value!r} is not an ISO 8601 date-time") from None
        if not isinstance(value, datetime):
            raise ValidationError(name, f"expected a datetime or ISO 8601 string, got {type(value).__name__}")
        if value.tzinfo is None:
            # Vapi compares against UTC; a naive local time would silently shift the window.
            raise ValidationError(name, "the datetime has no timezone: pass e.g. datetime.now(timezone.utc)")
        return format_datetime(value)
    if kind in ("number", "integer"):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise ValidationError(name, f"expected a finite number, got {value!r}")
        if kind == "integer" and not float(value).is_integer():
            raise ValidationError(name, f"expected an integer, got {value!r}")
        limits = desc[1]
        if "minimum" in limits and value < limits["minimum"]:
            raise ValidationError(name, f"must be >= {limits['minimum']}, got {value!r}")
        if "maximum" in limits and value > limits["maximum"]:
            raise ValidationError(name, f"must be <= {limits['maximum']}, got {value!r}")
        return str(int(value)) if float(value).is_integer() else repr(value)
    if kind == "boolean":
        if not isinstance(value, bool):
            raise ValidationError(name, f"expected a boolean, got {type(value).__name__}")
        return "true" if value else "false"
    if not isinstance(value, str):
        raise ValidationError(name, f"expected a string, got {type(value).__name__}")
    if not _json_guard.encodable(value):
        raise ValidationError(name, "holds a lone surrogate, which cannot be encoded as UTF-8")
    return value


def _body_model(name: str) -> Any:
    """The model class of an operation's body, looked up once (not imported per request)."""
    model = _BODY_MODELS.get(name)
    if model is None:
        model = _BODY_MODELS[name] = _generic.resolve_model(name)
    return model


_BODY_MODELS: dict[str, Any] = {}
#: One parser per operation, made on its first request: the model it returns is looked up then, once.
_PARSERS: dict[str, Callable[[httpx.Response], Any]] = {}


def _parser(name: str, table: Mapping[str, Any]) -> Callable[[httpx.Response], Any]:
    parse = _PARSERS.get(name)
    if parse is None:
        parse = _PARSERS[name] = _make_parser(table)
    return parse


def _make_parser(table: Mapping[str, Any]) -> Callable[[httpx.Response], Any]:
    status, shape = table["success"], table["shape"]
    # A single model: its own `from_dict` (whatever codec the model has), its class resolved on first use.
    model: list[Any] = []

    def load(data: Any) -> Any:
        if not model:
            model.append(_generic.resolve_model(shape[1]))
        return model[0].from_dict(data)

    load_value = load if shape is not None and shape[0] == "model" else partial(_generic.load_value, shape)

    def check_status(response: httpx.Response) -> None:
        if status is not None and response.status_code != status and not (200 <= response.status_code < 300):
            raise ResponseValidationError(
                f"{response.status_code} is a success status this operation does not document", response=response
            )

    def parse(response: httpx.Response) -> Any:
        if shape is None or shape[0] == "binary":
            # Not parsed, but held to the same guard: a body kept on the result must be safe to walk.
            problem = _json_guard.response_problem(response.content)
            if problem is not None:
                raise ResponseValidationError(f"the response body {problem}", response=response)
            check_status(response)
            return None
        try:
            data = _json_guard.parse(response.content)
        except _json_guard.Refused as error:
            raise ResponseValidationError(f"the response body {error}", response=response) from None
        except (ValueError, RecursionError) as error:  # RecursionError: a call stack already near its limit
            check_status(response)
            raise ResponseValidationError(
                f"{response.status_code} response is not the documented JSON: {error}", response=response
            ) from error
        check_status(response)
        try:
            return load_value(data)
        except ValidationError as error:
            raise ResponseValidationError(
                f"{response.status_code} response is not the documented shape: {error}", response=response
            ) from error

    return parse
