"""vapi_client: a typed client for Vapi's Calls API, generated from openapi.yaml.

Public API: the names below; start with `VapiClient` (or `AsyncVapiClient`) and its `calls`
resource. Models live in `vapi_client.models` (unions in `vapi_client.models.unions`), server
messages in `vapi_client.webhooks`; everything starting with an underscore is private.
"""

import importlib
from typing import TYPE_CHECKING, Any

# Exceptions are cheap and needed to write `except` clauses: imported now. The rest is imported
# on first use, so `import vapi_client` does not pay for httpx, asyncio or the models up front.
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CallCreationUncertainError,
    ClientClosedError,
    ConflictError,
    EventLoopMismatchError,
    InternalServerError,
    InvalidAPIKeyError,
    InvalidBaseURLError,
    MissingAPIKeyError,
    MisspelledFieldWarning,
    NotFoundError,
    PagingError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnknownValueWarning,
    UnprocessableEntityError,
    ValidationError,
    VapiError,
    WebhookError,
    WebhookSecretError,
)

if TYPE_CHECKING:
    from ._client import AsyncVapiClient, VapiClient
    from ._enums import OpenEnum
    from ._model import Model
    from ._reconcile import REQUEST_ID_KEY, ReconcilePolicy, Reconciliation
    from ._resource import RawResponse
    from ._unknown_variant import UnknownVariant
    from ._version import __version__
    from ._wire import ValidationIssue
    from .types import UNSET, Unset

_LAZY = {
    "AsyncVapiClient": "._client",
    "VapiClient": "._client",
    "OpenEnum": "._enums",
    "Model": "._model",
    "UnknownVariant": "._unknown_variant",
    "__version__": "._version",
    "ValidationIssue": "._wire",
    "RawResponse": "._resource",
    "REQUEST_ID_KEY": "._reconcile",
    "ReconcilePolicy": "._reconcile",
    "Reconciliation": "._reconcile",
    "UNSET": ".types",
    "Unset": ".types",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])


__all__ = [
    "REQUEST_ID_KEY",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncVapiClient",
    "AuthenticationError",
    "BadRequestError",
    "CallCreationUncertainError",
    "ClientClosedError",
    "ConflictError",
    "EventLoopMismatchError",
    "InternalServerError",
    "InvalidAPIKeyError",
    "InvalidBaseURLError",
    "MissingAPIKeyError",
    "MisspelledFieldWarning",
    "Model",
    "NotFoundError",
    "OpenEnum",
    "PagingError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "ReconcilePolicy",
    "Reconciliation",
    "ResponseValidationError",
    "UnknownValueWarning",
    "UnknownVariant",
    "UnprocessableEntityError",
    "Unset",
    "ValidationError",
    "ValidationIssue",
    "VapiClient",
    "VapiError",
    "WebhookError",
    "WebhookSecretError",
]
