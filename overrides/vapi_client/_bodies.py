"""Request bodies: a model, a dict or keyword fields, checked strictly before anything is sent."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from . import _json_guard
from ._model import Model

M = TypeVar("M", bound=Model)
Json = Mapping[str, Any]


def body_model(model: type[M], body: M | Json | None, fields: Mapping[str, Any]) -> M:
    """`body` as a checked model, with the non-None keyword `fields` (Python names) merged over it.

    A dict is parsed strictly and a model validated, so a mistake raises `ValidationError`
    naming the field path before anything is sent.
    """
    json_names = {py_name: json_name for json_name, py_name in model._json_fields}
    # One call, so a problem deep in a keyword field is reported with its path (`metadata.x`).
    given = _to_json({json_names[name]: value for name, value in fields.items() if value is not None})
    if isinstance(body, model) and not given:
        body.validate()
        return body
    if body is None:
        data: dict[str, Any] = {}
    elif isinstance(body, Model):
        if not isinstance(body, model):
            raise TypeError(f"body must be a {model.__name__} or a dict, not a {type(body).__name__}")
        data = body.to_dict()
    elif isinstance(body, Mapping):
        data = _to_json(body)
    else:
        raise TypeError(f"body must be a {model.__name__} or a dict, not {type(body).__name__}")
    data.update(given)
    return model.from_dict(data, strict=True)


def _to_json(value: Any) -> Any:
    """Plain JSON from a value that may hold models (e.g. a dict with a `CreateCustomerDTO` inside)."""
    return _json_guard.plain(value)
