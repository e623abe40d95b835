from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # Annotations only: importing an endpoint must not import httpx (cold start).
    import httpx

    from ...client import AuthenticatedClient, Client
import datetime

from ... import errors
from ..._datetimes import query_datetime
from ..._exceptions import ResponseValidationError
from ...models.call import Call
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset, to_status


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    phone_number_id: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    created_at_gt: datetime.datetime | Unset = UNSET,
    created_at_lt: datetime.datetime | Unset = UNSET,
    created_at_ge: datetime.datetime | Unset = UNSET,
    created_at_le: datetime.datetime | Unset = UNSET,
    updated_at_gt: datetime.datetime | Unset = UNSET,
    updated_at_lt: datetime.datetime | Unset = UNSET,
    updated_at_ge: datetime.datetime | Unset = UNSET,
    updated_at_le: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["assistantId"] = assistant_id

    params["phoneNumberId"] = phone_number_id

    params["limit"] = limit

    json_created_at_gt: str | Unset = UNSET
    if not isinstance(created_at_gt, Unset):
        json_created_at_gt = query_datetime(created_at_gt, "createdAtGt")
    params["createdAtGt"] = json_created_at_gt

    json_created_at_lt: str | Unset = UNSET
    if not isinstance(created_at_lt, Unset):
        json_created_at_lt = query_datetime(created_at_lt, "createdAtLt")
    params["createdAtLt"] = json_created_at_lt

    json_created_at_ge: str | Unset = UNSET
    if not isinstance(created_at_ge, Unset):
        json_created_at_ge = query_datetime(created_at_ge, "createdAtGe")
    params["createdAtGe"] = json_created_at_ge

    json_created_at_le: str | Unset = UNSET
    if not isinstance(created_at_le, Unset):
        json_created_at_le = query_datetime(created_at_le, "createdAtLe")
    params["createdAtLe"] = json_created_at_le

    json_updated_at_gt: str | Unset = UNSET
    if not isinstance(updated_at_gt, Unset):
        json_updated_at_gt = query_datetime(updated_at_gt, "updatedAtGt")
    params["updatedAtGt"] = json_updated_at_gt

    json_updated_at_lt: str | Unset = UNSET
    if not isinstance(updated_at_lt, Unset):
        json_updated_at_lt = query_datetime(updated_at_lt, "updatedAtLt")
    params["updatedAtLt"] = json_updated_at_lt

    json_updated_at_ge: str | Unset = UNSET
    if not isinstance(updated_at_ge, Unset):
        json_updated_at_ge = query_datetime(updated_at_ge, "updatedAtGe")
    params["updatedAtGe"] = json_updated_at_ge

    json_updated_at_le: str | Unset = UNSET
    if not isinstance(updated_at_le, Unset):
        json_updated_at_le = query_datetime(updated_at_le, "updatedAtLe")
    params["updatedAtLe"] = json_updated_at_le

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/call",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[Call] | None:
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
) -> ErrorResponse | list[Call] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Call.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

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
) -> Response[ErrorResponse | list[Call]]:
    return Response(
        status_code=to_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    phone_number_id: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    created_at_gt: datetime.datetime | Unset = UNSET,
    created_at_lt: datetime.datetime | Unset = UNSET,
    created_at_ge: datetime.datetime | Unset = UNSET,
    created_at_le: datetime.datetime | Unset = UNSET,
    updated_at_gt: datetime.datetime | Unset = UNSET,
    updated_at_lt: datetime.datetime | Unset = UNSET,
    updated_at_ge: datetime.datetime | Unset = UNSET,
    updated_at_le: datetime.datetime | Unset = UNSET,
) -> Response[ErrorResponse | list[Call]]:
    """List Calls

    Args:
        id (str | Unset):
        assistant_id (str | Unset):
        phone_number_id (str | Unset):
        limit (float | Unset):
        created_at_gt (datetime.datetime | Unset):
        created_at_lt (datetime.datetime | Unset):
        created_at_ge (datetime.datetime | Unset):
        created_at_le (datetime.datetime | Unset):
        updated_at_gt (datetime.datetime | Unset):
        updated_at_lt (datetime.datetime | Unset):
        updated_at_ge (datetime.datetime | Unset):
        updated_at_le (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Call]]
    """

    kwargs = _get_kwargs(
        id=id,
        assistant_id=assistant_id,
        phone_number_id=phone_number_id,
        limit=limit,
        created_at_gt=created_at_gt,
        created_at_lt=created_at_lt,
        created_at_ge=created_at_ge,
        created_at_le=created_at_le,
        updated_at_gt=updated_at_gt,
        updated_at_lt=updated_at_lt,
        updated_at_ge=updated_at_ge,
        updated_at_le=updated_at_le,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    phone_number_id: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    created_at_gt: datetime.datetime | Unset = UNSET,
    created_at_lt: datetime.datetime | Unset = UNSET,
    created_at_ge: datetime.datetime | Unset = UNSET,
    created_at_le: datetime.datetime | Unset = UNSET,
    updated_at_gt: datetime.datetime | Unset = UNSET,
    updated_at_lt: datetime.datetime | Unset = UNSET,
    updated_at_ge: datetime.datetime | Unset = UNSET,
    updated_at_le: datetime.datetime | Unset = UNSET,
) -> ErrorResponse | list[Call] | None:
    """List Calls

    Args:
        id (str | Unset):
        assistant_id (str | Unset):
        phone_number_id (str | Unset):
        limit (float | Unset):
        created_at_gt (datetime.datetime | Unset):
        created_at_lt (datetime.datetime | Unset):
        created_at_ge (datetime.datetime | Unset):
        created_at_le (datetime.datetime | Unset):
        updated_at_gt (datetime.datetime | Unset):
        updated_at_lt (datetime.datetime | Unset):
        updated_at_ge (datetime.datetime | Unset):
        updated_at_le (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Call]
    """

    return sync_detailed(
        client=client,
        id=id,
        assistant_id=assistant_id,
        phone_number_id=phone_number_id,
        limit=limit,
        created_at_gt=created_at_gt,
        created_at_lt=created_at_lt,
        created_at_ge=created_at_ge,
        created_at_le=created_at_le,
        updated_at_gt=updated_at_gt,
        updated_at_lt=updated_at_lt,
        updated_at_ge=updated_at_ge,
        updated_at_le=updated_at_le,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    phone_number_id: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    created_at_gt: datetime.datetime | Unset = UNSET,
    created_at_lt: datetime.datetime | Unset = UNSET,
    created_at_ge: datetime.datetime | Unset = UNSET,
    created_at_le: datetime.datetime | Unset = UNSET,
    updated_at_gt: datetime.datetime | Unset = UNSET,
    updated_at_lt: datetime.datetime | Unset = UNSET,
    updated_at_ge: datetime.datetime | Unset = UNSET,
    updated_at_le: datetime.datetime | Unset = UNSET,
) -> Response[ErrorResponse | list[Call]]:
    """List Calls

    Args:
        id (str | Unset):
        assistant_id (str | Unset):
        phone_number_id (str | Unset):
        limit (float | Unset):
        created_at_gt (datetime.datetime | Unset):
        created_at_lt (datetime.datetime | Unset):
        created_at_ge (datetime.datetime | Unset):
        created_at_le (datetime.datetime | Unset):
        updated_at_gt (datetime.datetime | Unset):
        updated_at_lt (datetime.datetime | Unset):
        updated_at_ge (datetime.datetime | Unset):
        updated_at_le (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Call]]
    """

    kwargs = _get_kwargs(
        id=id,
        assistant_id=assistant_id,
        phone_number_id=phone_number_id,
        limit=limit,
        created_at_gt=created_at_gt,
        created_at_lt=created_at_lt,
        created_at_ge=created_at_ge,
        created_at_le=created_at_le,
        updated_at_gt=updated_at_gt,
        updated_at_lt=updated_at_lt,
        updated_at_ge=updated_at_ge,
        updated_at_le=updated_at_le,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    assistant_id: str | Unset = UNSET,
    phone_number_id: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    created_at_gt: datetime.datetime | Unset = UNSET,
    created_at_lt: datetime.datetime | Unset = UNSET,
    created_at_ge: datetime.datetime | Unset = UNSET,
    created_at_le: datetime.datetime | Unset = UNSET,
    updated_at_gt: datetime.datetime | Unset = UNSET,
    updated_at_lt: datetime.datetime | Unset = UNSET,
    updated_at_ge: datetime.datetime | Unset = UNSET,
    updated_at_le: datetime.datetime | Unset = UNSET,
) -> ErrorResponse | list[Call] | None:
    """List Calls

    Args:
        id (str | Unset):
        assistant_id (str | Unset):
        phone_number_id (str | Unset):
        limit (float | Unset):
        created_at_gt (datetime.datetime | Unset):
        created_at_lt (datetime.datetime | Unset):
        created_at_ge (datetime.datetime | Unset):
        created_at_le (datetime.datetime | Unset):
        updated_at_gt (datetime.datetime | Unset):
        updated_at_lt (datetime.datetime | Unset):
        updated_at_ge (datetime.datetime | Unset):
        updated_at_le (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Call]
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            assistant_id=assistant_id,
            phone_number_id=phone_number_id,
            limit=limit,
            created_at_gt=created_at_gt,
            created_at_lt=created_at_lt,
            created_at_ge=created_at_ge,
            created_at_le=created_at_le,
            updated_at_gt=updated_at_gt,
            updated_at_lt=updated_at_lt,
            updated_at_ge=updated_at_ge,
            updated_at_le=updated_at_le,
        )
    ).parsed
