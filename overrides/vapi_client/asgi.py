"""Receive Vapi server messages in Starlette or FastAPI: ``pip install 'vapi-client[asgi]'``.

`VapiWebhook` reads the raw body (at most `max_body_bytes`, within `body_timeout` seconds),
authenticates it with the plan matching the credential configured in Vapi, parses it and
answers the request itself when any of that fails: 401 (authentication), 413 (too large),
408 (too slow), 400 (not a server message). Use it either way:

* as the route: your handler gets the typed message and returns the reply (a dict, a model,
  None for ``{}``, or a Starlette response); a reply to a message that expects one is checked
  strictly against the spec's reply schema before it is sent::

      async def on_message(message):
          if isinstance(message, ServerMessageToolCalls):
              return webhooks.tool_calls_reply([(call, "Booked") for call in message.tool_call_list])

      webhook = VapiWebhook(on_message, plan=webhooks.as_plan(secret=SECRET))
      app = Starlette(routes=[webhook.route("/vapi/webhook")])     # FastAPI: app.router.routes.append(...)

* as a FastAPI dependency: ``message: Annotated[webhooks.ServerMessageBody, Depends(webhook.message)]``
  gives the verified message, and failures raise ``HTTPException`` with the same statuses.

This module imports Starlette; ``import vapi_client`` never does.
"""

from __future__ import annotations

import inspect
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeAlias

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from ._codec._model import Model
from ._webhooks._auth import Plan, as_plan
from ._webhooks._body import DEFAULT_BODY_TIMEOUT, DEFAULT_MAX_BODY_BYTES, WebhookBodyError, aread_body
from ._webhooks._pipeline import Pipeline, Refused, answer, check_method
from ._webhooks._replies import ASSISTANT_REQUEST_DEADLINE_SECONDS, message_type
from .models.unions import ServerMessageBody

__all__ = ["DEFAULT_BODY_TIMEOUT", "DEFAULT_MAX_BODY_BYTES", "Handler", "Reply", "VapiWebhook"]

Reply: TypeAlias = "Mapping[str, Any] | Model | Response | None"
Handler: TypeAlias = "Callable[[ServerMessageBody], Reply | Awaitable[Reply]]"

_log = logging.getLogger("vapi_client.webhooks")


class VapiWebhook:
    """An ASGI app (and a dependency) that turns Vapi's POSTs into typed messages.

    `plan`: a `webhooks.BearerPlan` / `webhooks.HmacPlan`, or anything `webhooks.as_plan`
    takes (the generated plan model, its dict). `public_url`: the URL Vapi posts to, for an
    HMAC payload format that signs ``{url}`` behind a proxy (default: the URL as received).
    `strict`: refuse (400) a message that does not match the spec instead of keeping it.
    """

    def __init__(
        self,
        handler: Handler | None = None,
        *,
        plan: Any,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        body_timeout: float = DEFAULT_BODY_TIMEOUT,
        public_url: str | None = None,
        strict: bool = False,
    ) -> None:
        if max_body_bytes <= 0 or not body_timeout > 0:
            raise ValueError("max_body_bytes and body_timeout must be positive")
        self.handler = handler
        self.plan: Plan = as_plan(plan)
        self.max_body_bytes = max_body_bytes
        self.body_timeout = body_timeout
        self.public_url = public_url
        self.strict = strict

    def route(self, path: str = "/vapi/webhook", **options: Any) -> Route:
        """A POST route serving this webhook (for ``Starlette(routes=[...])`` or ``app.router.routes``)."""
        return Route(path, self, methods=["POST"], **options)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.handler is None:
            raise TypeError("VapiWebhook without a handler is a dependency (Depends(webhook.message)), not a route")
        if scope["type"] != "http":
            raise TypeError(f"VapiWebhook serves HTTP requests, not {scope['type']!r}: mount it as a route")
        request = Request(scope, receive)
        started = time.monotonic()
        try:
            message = await self._receive(request)
        except Refused as refused:
            response: Response = JSONResponse(refused.answer.body, status_code=refused.status)
        else:
            response = await self._respond(message, started)
        await response(scope, receive, send)

    async def message(self, request: Request) -> ServerMessageBody:
        """FastAPI/Starlette dependency: the verified message, or an ``HTTPException`` (401, 400, 408, 413)."""
        try:
            return await self._receive(request)
        except Refused as refused:
            raise HTTPException(refused.status, refused.reason) from None

    # --- the I/O around the one pipeline (`_webhooks._pipeline`) -------------------------------------

    async def _receive(self, request: Request) -> ServerMessageBody:
        check_method(request.method)
        pipeline = Pipeline(self.plan, strict=self.strict)  # per request: both are public attributes
        pipeline.check_headers(request.headers)  # a forged request is refused before its body is read
        body = await self._read_body(request)
        url = self.public_url or str(request.url)
        return pipeline.accept(request.headers, body, method=request.method, url=url)

    async def _read_body(self, request: Request) -> bytes | WebhookBodyError:
        try:
            return await aread_body(
                request.headers, request.stream(), max_bytes=self.max_body_bytes, timeout=self.body_timeout
            )
        except WebhookBodyError as error:
            return error
        except ClientDisconnect:
            return WebhookBodyError(400, "the client went away before sending the whole body")

    async def _respond(self, message: ServerMessageBody, started: float) -> Response:
        assert self.handler is not None
        result = await _call(self.handler, message)
        elapsed = time.monotonic() - started
        if elapsed > ASSISTANT_REQUEST_DEADLINE_SECONDS and message_type(message) == "assistant-request":
            _log.warning("assistant-request answered after %.1f s: Vapi had already given up", elapsed)
        if isinstance(result, Response):
            return result
        status, body = answer(message, result)  # a reply failing its schema raises: our bug, a 500
        return JSONResponse(body, status_code=status)


async def _call(handler: Handler, message: ServerMessageBody) -> Reply:
    if inspect.iscoroutinefunction(handler) or inspect.iscoroutinefunction(type(handler).__call__):
        result = await handler(message)  # type: ignore[misc]
    else:
        result = await run_in_threadpool(handler, message)  # a blocking handler must not stall the event loop
        if inspect.isawaitable(result):
            result = await result
    return result  # type: ignore[no-any-return]
