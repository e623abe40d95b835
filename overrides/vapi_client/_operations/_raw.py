"""Raw responses (`with_raw_response`): the `RawResponse` a raw view returns, the raw form of an operation, and
the view itself, whose methods are the resource's own, typed once.

A view is a class listing the resource methods it offers, each as `name = raw_method(Resource.name)`: the
method's parameters (its overloads too) carry over through the `ParamSpec`, and only the result changes, from `T`
to `RawResponse[T]`. At run time a view method calls the resource's method on a resource made with `raw=True`,
whose `_run` returns the `RawResponse`.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar, cast

import httpx

from .._http._attempts import Operation

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)  # a RawResponse[Call] is a RawResponse[Call | CallBatchResponse]
ResourceT = TypeVar("ResourceT")


@dataclass(frozen=True)
class RawResponse(Generic[T_co]):
    """A response as received (`with_raw_response`): status, headers and body bytes, beside the result.

    Headers and body are the server's, unredacted: don't log them whole.
    """

    status_code: int
    headers: httpx.Headers = field(repr=False)
    content: bytes = field(repr=False)
    parsed: T_co


def with_raw(operation: Operation[T]) -> Operation[RawResponse[T]]:
    """`operation`, answering with its `RawResponse` rather than the parsed result alone."""

    def parse(response: httpx.Response) -> RawResponse[T]:
        return RawResponse(response.status_code, response.headers, response.content, operation.parse(response))

    return Operation(operation.kwargs, parse, creates_call=operation.creates_call)


class RawView(Generic[ResourceT]):
    """The base of a resource's `with_raw_response` view: it holds a resource made with `raw=True`."""

    def __init__(self, resource: ResourceT) -> None:
        self._resource = resource


def raw_method(
    method: Callable[Concatenate[ResourceT, P], R],
) -> Callable[Concatenate[RawView[ResourceT], P], RawResponse[R]]:
    """A view's method: `method`'s parameters, its result as a `RawResponse`."""

    def call(view: RawView[ResourceT], /, *args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        return cast("RawResponse[R]", method(view._resource, *args, **kwargs))

    return _named_after(call, method)


def async_raw_method(
    method: Callable[Concatenate[ResourceT, P], Coroutine[Any, Any, R]],
) -> Callable[Concatenate[RawView[ResourceT], P], Coroutine[Any, Any, RawResponse[R]]]:
    """`raw_method` for an async resource: the view's method is awaited like the resource's."""

    async def call(view: RawView[ResourceT], /, *args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        return cast("RawResponse[R]", await method(view._resource, *args, **kwargs))

    return _named_after(call, method)


def _named_after(call: T, method: Callable[..., Any]) -> T:
    """`help()` and tracebacks show the resource method's name and documentation. Not `functools.wraps`: its
    `__wrapped__` would make `inspect.signature` show the resource's result type, not the view's."""
    for attribute in ("__module__", "__name__", "__qualname__", "__doc__"):
        setattr(call, attribute, getattr(method, attribute))
    return call
