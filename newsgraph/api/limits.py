"""Request limits, as a pure ASGI middleware in front of the app: nothing reaches a route unchecked.

* A body over ``max_body`` bytes is refused with 413, whether it says so in ``Content-Length`` or arrives in
  chunks (the bytes are counted as they are received; reading stops at the limit).
* ``POST /api/articles`` checks its token before any byte of the body is read (401, or 403 when disabled).
* The processing routes (``POST /api/extract``, ``POST /api/articles``) admit ``max_extractions`` requests at
  once; the others wait, without their body being read, up to ``queue_seconds``, then get 503 ``busy`` with
  ``Retry-After``. The engine runs one extraction at a time (:class:`newsgraph.Engine`), so this bounds the
  memory held by requests waiting for it.
* Every response carries the security headers (the CSP forbids inline scripts).
"""

from __future__ import annotations

import asyncio
import math
import secrets
from typing import Any, Awaitable, Callable

from ..errors import AccessError, ArticleTooLargeError, BusyError, FeatureDisabledError, NewsgraphError
from .errors import error_response

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = [(b"x-content-type-options", b"nosniff"), (b"content-security-policy", CSP.encode())]
PROCESSING = {"/api/extract", "/api/articles"}
BODY_METHODS = {"POST", "PUT", "PATCH"}

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict]]
Send = Callable[[dict], Awaitable[None]]


def check_ingest_access(token: str | None, authorization: str | None) -> None:
    """Raise unless ``authorization`` carries the server's bearer token (ingest is disabled without one)."""
    if not token:
        raise FeatureDisabledError("ingest over the API is disabled on this server",
                                   hint="start it with: newsgraph serve --token TOKEN (or $NEWSGRAPH_API_TOKEN)")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(given.strip().encode(), token.encode()):
        raise AccessError("missing or wrong token", hint="send the header Authorization: Bearer <token>")


class RequestLimits:
    def __init__(self, app: Callable, *, max_body: int, token: str | None, max_extractions: int,
                 queue_seconds: float):
        self.app = app
        self.max_body = max_body
        self.token = token
        self.queue_seconds = queue_seconds
        self.slots = asyncio.Semaphore(max(1, max_extractions))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = _with_security_headers(send)
        try:
            await self._handle(scope, receive, send)
        except NewsgraphError as exc:
            headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
            if isinstance(exc, BusyError):
                headers = {"Retry-After": str(max(1, math.ceil(self.queue_seconds)))}
            await error_response(exc.status, exc.code, exc.message, exc.hint, headers=headers)(scope, receive, send)

    async def _handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        method, path = scope["method"], scope["path"].rstrip("/")
        length = headers.get("content-length")
        if length is not None and (not length.strip().isdigit() or int(length) > self.max_body):
            raise self._too_large()
        if method not in BODY_METHODS:
            await self.app(scope, receive, send)
            return
        processing = method == "POST" and path in PROCESSING
        if processing and path == "/api/articles":
            check_ingest_access(self.token, headers.get("authorization"))
        if not processing:
            await self.app(scope, await self._buffered(receive), send)
            return
        try:
            await asyncio.wait_for(self.slots.acquire(), self.queue_seconds)
        except asyncio.TimeoutError:
            raise BusyError(f"the server is busy with other extractions (waited {self.queue_seconds:g} s)",
                            hint="retry later, or run more server processes") from None
        try:
            await self.app(scope, await self._buffered(receive), send)
        finally:
            self.slots.release()

    async def _buffered(self, receive: Receive) -> Receive:
        """Read the whole body, counting bytes as they come; a receive function that replays it."""
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return _replay(b"", message, receive)
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                raise self._too_large()
            chunks.append(chunk)
            if not message.get("more_body", False):
                return _replay(b"".join(chunks), None, receive)

    def _too_large(self) -> ArticleTooLargeError:
        return ArticleTooLargeError(f"request body over {self.max_body:,} bytes",
                                    hint="send one article at a time; raise max_article_chars for longer articles")


def _replay(body: bytes, first: dict | None, receive: Receive) -> Receive:
    sent = False

    async def replay() -> dict:
        nonlocal sent
        if not sent:
            sent = True
            return first or {"type": "http.request", "body": body, "more_body": False}
        return await receive()
    return replay


def _with_security_headers(send: Send) -> Send:
    async def wrapped(message: dict) -> None:
        if message["type"] == "http.response.start":
            message = {**message, "headers": [*message.get("headers", []), *SECURITY_HEADERS]}
        await send(message)
    return wrapped
