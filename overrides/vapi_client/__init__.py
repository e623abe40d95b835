"""vapi_client: a typed client for Vapi's Calls API, generated from openapi.yaml.

Public API: the names below; start with `VapiClient` (or `AsyncVapiClient`) and its `calls`
resource. Models live in `vapi_client.models` (unions in `vapi_client.models.unions`), server
messages in `vapi_client.webhooks`; everything starting with an underscore is private.
"""

import importlib
import os
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
    DownloadWriteError,
    EventLoopMismatchError,
    ForkedClientError,
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
    ValidationWarning,
    VapiError,
    WebhookError,
    WebhookSecretError,
)

# One package from two folders. In a checkout (and an editable install) this hand-written half lives in the
# `overrides` folder and the generated half in the `generated` folder beside it; a wheel or a vendored copy
# holds both in one folder. Only that sibling is added, never another vapi_client found on sys.path.
_checkout, _folder = os.path.split(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_generated = os.path.join(_checkout, "generated", __name__)
if _folder == "overrides" and os.path.isdir(_generated):
    __path__.append(_generated)
del _checkout, _folder, _generated

if TYPE_CHECKING:
    from ._client import AsyncVapiClient, VapiClient
    from ._codec._enums import OpenEnum
    from ._codec._generic import ValidationIssue
    from ._codec._model import Model
    from ._codec._unknown_variant import UnknownVariant
    from ._operations._raw import RawResponse
    from ._operations._reconcile import ReconcilePolicy, Reconciliation
    from ._operations._request_ids import REQUEST_ID_KEY
    from ._version import __version__  # noqa: F401 (lazy, below)
    from .types import UNSET, Unset

_LAZY = {
    "AsyncVapiClient": "._client",
    "VapiClient": "._client",
    "OpenEnum": "._codec._enums",
    "Model": "._codec._model",
    "UnknownVariant": "._codec._unknown_variant",
    "__version__": "._version",
    "ValidationIssue": "._codec._generic",
    "RawResponse": "._operations._raw",
    "REQUEST_ID_KEY": "._operations._request_ids",
    "ReconcilePolicy": "._operations._reconcile",
    "Reconciliation": "._operations._reconcile",
    "UNSET": ".types",
    "Unset": ".types",
}


if not TYPE_CHECKING:
    # Hidden from type checkers: a visible module __getattr__ would make them accept any name, typed Any.
    # They see the imports above instead; every name in _LAZY must be declared there too.
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
    "DownloadWriteError",
    "EventLoopMismatchError",
    "ForkedClientError",
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
    "ValidationWarning",
    "VapiClient",
    "VapiError",
    "WebhookError",
    "WebhookSecretError",
]
