"""vapi_client: a typed client for Vapi's Calls API, generated from openapi.yaml.

Public API: the names below; start with `VapiClient` (or `AsyncVapiClient`). Models live in
`vapi_client.models`, the generated endpoint functions in `vapi_client.api.calls`; everything
starting with an underscore is private.
"""

from ._client import AsyncVapiClient, VapiClient
from ._enums import OpenEnum
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CallCreationUncertainError,
    ConflictError,
    InternalServerError,
    MissingAPIKeyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
    ValidationError,
    VapiError,
    WebhookError,
    WebhookSecretError,
)
from ._model import Model
from ._unions import UnknownVariant
from ._wire import ValidationIssue
from .client import AuthenticatedClient, Client
from .types import UNSET, Unset

__all__ = [
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncVapiClient",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "CallCreationUncertainError",
    "Client",
    "ConflictError",
    "InternalServerError",
    "MissingAPIKeyError",
    "Model",
    "NotFoundError",
    "OpenEnum",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
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
