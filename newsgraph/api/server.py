"""The HTTP server of ``newsgraph serve``: uvicorn, whose own answers keep the API's JSON error shape.

A request that is not valid HTTP (a broken request line, a bad ``Content-Length``, malformed chunked framing)
never reaches the application: uvicorn's protocol refuses it with a plain-text 400. :class:`JsonH11Protocol`
answers it with the error body of every other API error (:mod:`newsgraph.api.errors`) instead, code
``bad_request``. It overrides ``send_400_response`` of uvicorn's h11 protocol, the one place that answer is
written (uvicorn 0.30 and later); the server is run with ``http=JsonH11Protocol``.
"""

from __future__ import annotations

import json
from typing import Any

import h11
from uvicorn import Config
from uvicorn.protocols.http.h11_impl import H11Protocol

from .errors import ErrorBody, ErrorResponse


def framing_error_body(msg: str) -> bytes:
    body = ErrorResponse(error=ErrorBody(code="bad_request", status=400, message=f"malformed HTTP request: {msg}",
                                         hint="send a valid HTTP/1.1 request"))
    return json.dumps(body.model_dump()).encode("utf-8")


class JsonH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, with malformed requests answered in the API's JSON error shape."""

    def send_400_response(self, msg: str) -> None:
        body = framing_error_body(msg)
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode("ascii")),
                   (b"connection", b"close")]
        self.transport.write(self.conn.send(h11.Response(status_code=400, headers=headers, reason=b"Bad Request")))
        self.transport.write(self.conn.send(h11.Data(data=body)))
        self.transport.write(self.conn.send(h11.EndOfMessage()))
        self.transport.close()


def server_config(app: Any, host: str, port: int, log_level: str = "info") -> Config:
    """The uvicorn configuration ``newsgraph serve`` runs (tests and benchmarks use it too)."""
    return Config(app, host=host, port=port, log_level=log_level, http=JsonH11Protocol)
