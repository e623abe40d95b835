from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    # Annotations only: importing an endpoint must not import httpx (cold start).
    import httpx

    from ...client import AuthenticatedClient, Client
from typing import cast

from ... import errors
from ..._exceptions import ResponseValidationError
from ...models.call import Call
from ...models.call_batch_response import CallBatchResponse
from ...models.create_call_dto import CreateCallDTO
from ...models.error_response import ErrorResponse
from ...types import Response, to_status


def _get_kwargs(
    *,
    body: CreateCallDTO,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/call",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Call | CallBatchResponse | ErrorResponse | None:
    # A success body that is not JSON, or not an object where one is documented, is an
    # error of its own that keeps the raw body; nested mismatches are kept, not raised.
    try:
        return _parse_documented(client=client, response=response)
    except (ValueError, RecursionError) as error:  # RecursionError: JSON nested too deep to parse
        if response.is_success:
            raise ResponseValidationError(
                f"{response.status_code} response is not the documented shape: {error}", response=response
            ) from error
        return None


def _parse_documented(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Call | CallBatchResponse | ErrorResponse | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> Call | CallBatchResponse:
            from ..._wire import load_best

            best = load_best(
                (
                    Call,
                    CallBatchResponse,
                ),
                data,
            )
            return cast(Call | CallBatchResponse, best)

        response_201 = _parse_response_201(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Call | CallBatchResponse | ErrorResponse]:
    return Response(
        status_code=to_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateCallDTO,
) -> Response[Call | CallBatchResponse | ErrorResponse]:
    """Create Call

    Args:
        body (CreateCallDTO):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Call | CallBatchResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateCallDTO,
) -> Call | CallBatchResponse | ErrorResponse | None:
    """Create Call

    Args:
        body (CreateCallDTO):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Call | CallBatchResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateCallDTO,
) -> Response[Call | CallBatchResponse | ErrorResponse]:
    """Create Call

    Args:
        body (CreateCallDTO):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Call | CallBatchResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateCallDTO,
) -> Call | CallBatchResponse | ErrorResponse | None:
    """Create Call

    Args:
        body (CreateCallDTO):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Call | CallBatchResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
