"""Build a request from a resource method's arguments, driven by the spec's table of operations.

`_spec.OPERATIONS` (generated) says, per method: HTTP method and path, path and query parameters
with their schemas, the body schema, and the shape of the success response. Everything is checked
here, before any network I/O; a mistake raises `ValidationError` naming the argument.
"""

from __future__ import annotations

import io
import json
import math
import os
from collections.abc import Callable, Mapping
from datetime import datetime
from enum import Enum
from functools import partial
from typing import IO, Any
from urllib.parse import quote

import httpx

from .. import _json_guard
from .._codec import _generic
from .._codec._bodies import Validate, body_model, check_validate, checked_body
from .._codec._datetimes import format_datetime
from .._codec._model import Model
from .._exceptions import ResponseValidationError, ValidationError
from .._http._attempts import Operation, RequestOptions
from .._spec import OPERATIONS, SCHEMAS
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
    timeout, max_retries, extra_headers = given.pop("timeout"), given.pop("max_retries"), given.pop("extra_headers")
    # Options are frozen: a request with none of its own shares one.
    if timeout is None and max_retries is None and extra_headers is None:
        options = _NO_OPTIONS
    else:
        options = RequestOptions(timeout, max_retries, extra_headers)
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
        # A body field named like one of the method's own keywords has a keyword of its own (`to_` for `to`).
        for keyword, field in table.get("renamed", {}).items():
            given[field] = given.pop(keyword)
        by_hand = _request_ids.ByHand.of(body, _json_names(model, given)) if table["creates_call"] else None
        kwargs["json"] = body_model(model, body, given, validate=validate).to_dict()
        if by_hand is not None:
            kwargs["json"], _ = _request_ids.tag(kwargs["json"], by_hand, explicit, add=add_request_id)
    elif table["body_shape"] is not None:  # a body that is not one model (a union): checked whole
        body = given.pop("body", None)
        if body is not None:
            kwargs["json"] = checked_body(table["body_shape"], body, "body", validate=validate)
    elif table.get("multipart") is not None:
        kwargs["data"], kwargs["files"] = _multipart(table["multipart"], given)
    elif given:
        raise TypeError(f"{name}() got unexpected arguments: {', '.join(sorted(given))}")
    if table.get("batch") is not None:  # the response may be one of several models: the request says which
        parse = _parser(name, table, _expected_model(table, kwargs.get("json")))
    return Operation(kwargs, parse, creates_call=table["creates_call"]), options


_NO_OPTIONS = RequestOptions()


def _expected_model(table: Mapping[str, Any], body: Any) -> str | None:
    """The model the request asks for, where the response may be one of several (`Call | CallBatchResponse`):
    a create with the batch field (`customers`) is answered with the batch model, else the single one."""
    batch = table["batch"]
    return str(batch["batch"] if isinstance(body, Mapping) and batch["field"] in body else batch["single"])


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


def _multipart(parts: Mapping[str, Any], given: dict[str, Any]) -> tuple[dict[str, str], list[tuple[str, Any]]]:
    """A multipart/form-data body from the method's keywords: its fields as text (httpx's `data=`) and its
    file parts (`files=`), each checked before anything is sent."""
    data: dict[str, str] = {}
    files: list[tuple[str, Any]] = []
    for keyword, (json_name, part, required) in parts.items():
        value = given.pop(keyword, None)
        if value is None:
            if required:
                raise ValidationError(keyword, "is required")
        elif part == "file":
            files.append((json_name, _file_part(keyword, value)))
        elif part == "files":
            if not isinstance(value, list | tuple):
                raise ValidationError(keyword, f"expected a list of files, got {type(value).__name__}")
            files.extend((json_name, _file_part(f"{keyword}[{index}]", one)) for index, one in enumerate(value))
        else:
            data[json_name] = _form_value(keyword, value, part)
    return data, files


def _file_part(name: str, value: Any) -> tuple[str, bytes | IO[bytes], str | None]:
    """One file for httpx: (file name, content, content type or None: httpx guesses it from the name)."""
    file_name: str | None = None
    content_type: str | None = None
    if isinstance(value, tuple):
        if len(value) not in (2, 3) or not all(isinstance(text, str) for text in value[:1] + value[2:]):
            raise ValidationError(name, "expected (file name, bytes or binary file[, content type])")
        file_name, value, content_type = value[0], value[1], (value[2] if len(value) == 3 else None)
    if isinstance(value, bytes | bytearray | memoryview):
        return file_name or "upload", bytes(value), content_type
    if isinstance(value, io.TextIOBase) or not callable(getattr(value, "read", None)):
        raise ValidationError(
            name, f"expected bytes or a file opened in binary mode ('rb'), got {type(value).__name__}"
        )
    own_name = getattr(value, "name", None)
    if file_name is None and isinstance(own_name, str) and os.path.basename(own_name):
        file_name = os.path.basename(own_name)
    seekable = getattr(value, "seekable", None)
    # httpx rewinds a seekable file for each attempt; a stream (a pipe, a socket) is read once, so that a
    # retry sends the same bytes and not what is left of it.
    if callable(seekable) and seekable():
        return file_name or "upload", value, content_type
    content = value.read()
    if not isinstance(content, bytes):
        raise ValidationError(name, "the file gave text, not bytes: open it in binary mode ('rb')")
    return file_name or "upload", content, content_type


def _form_value(name: str, value: Any, desc: tuple[Any, ...]) -> str:
    """A form field as text: a scalar as in a query string, anything else as JSON."""
    while desc[0] == "nullable":
        desc = desc[1]
    if isinstance(value, Enum):
        value = value.value
    if desc[0] in ("string", "number", "integer", "boolean", "datetime"):
        return _query_value(name, value, desc)
    if desc[0] in ("enum", "const"):
        return _query_value(name, value, ("string",))
    if isinstance(value, Model):
        value = value.to_dict()
    _json_guard.check_sendable(value)
    return json.dumps(value, ensure_ascii=False)


def _body_model(name: str) -> Any:
    """The model class of an operation's body, looked up once (not imported per request)."""
    model = _BODY_MODELS.get(name)
    if model is None:
        model = _BODY_MODELS[name] = _generic.resolve_model(name)
    return model


_BODY_MODELS: dict[str, Any] = {}
#: One parser per operation (and model expected), made on its first request: the model it returns is
#: looked up then, once.
_PARSERS: dict[tuple[str, str | None], Callable[[httpx.Response], Any]] = {}


def _parser(name: str, table: Mapping[str, Any], expected: str | None = None) -> Callable[[httpx.Response], Any]:
    parse = _PARSERS.get((name, expected))
    if parse is None:
        parse = _PARSERS[name, expected] = _make_parser(table, expected)
    return parse


def _make_parser(table: Mapping[str, Any], expected: str | None = None) -> Callable[[httpx.Response], Any]:
    status, shape = table["success"], table["shape"]
    # A single model: its own `from_dict` (whatever codec the model has), its class resolved on first use.
    model: list[Any] = []

    def load(data: Any) -> Any:
        if not model:
            model.append(_generic.resolve_model(shape[1]))
        return model[0].from_dict(data)

    if shape is not None and shape[0] == "model":
        load_value: Callable[[Any], Any] = load
    elif shape is not None and shape[0] == "oneof" and all(option[0] == "model" for option in shape[1:]):
        load_value = partial(_load_one_of_models, shape, expected)
    else:
        load_value = partial(_generic.load_value, shape)

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


def _load_one_of_models(shape: tuple[Any, ...], expected: str | None, data: Any) -> Any:
    """A response that is one of several models, as a model always: when nothing in it tells them apart (a
    `Call` without `orgId` has not all a Call requires), the one the request expects, else the one whose
    required properties it has most of, parsed leniently, its gaps in `validation_issues`."""
    value = _generic.load_value(shape, data)
    if isinstance(value, Model) or not isinstance(data, Mapping):
        return value
    if expected is None:
        expected = max(
            (option[1] for option in shape[1:]), key=lambda name: len(data.keys() & SCHEMAS[name]["required"])
        )
    return _generic.load(_generic.resolve_model(expected), data, strict=False)
