"""Malformed HTTP framing (issue 14, item 8) is answered in the API's JSON error shape, not uvicorn's plain text."""

from __future__ import annotations

import json
import socket
from urllib.parse import urlsplit

import pytest

pytest.importorskip("uvicorn")
from browser import serve  # noqa: E402
from sampledata import build_sample_db  # noqa: E402


@pytest.fixture(scope="module")
def address(tmp_path_factory):
    with serve(build_sample_db(str(tmp_path_factory.mktemp("framing") / "f.duckdb"))) as base:
        u = urlsplit(base)
        yield u.hostname, u.port


def exchange(address, raw: bytes) -> tuple[int, dict[str, str], bytes]:
    with socket.create_connection(address, timeout=10) as s:
        s.sendall(raw)
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in lines)}
    return int(status_line.split()[1]), headers, body


@pytest.mark.parametrize("raw", [
    b"THIS IS NOT HTTP\r\n\r\n",
    b"GET /api/events HTTP/1.1\r\nHost: x\r\nContent-Length: lots\r\n\r\n",
    b"POST /api/extract HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\nnot a chunk\r\n\r\n",
    b"GET /api/events HTTP/1.1\r\nHost x\r\n\r\n",
], ids=["request-line", "content-length", "chunked", "header"])
def test_malformed_requests_get_the_json_error_shape(address, raw):
    status, headers, body = exchange(address, raw)
    assert status == 400 and headers["content-type"] == "application/json"
    err = json.loads(body)["error"]
    assert err["code"] == "bad_request" and err["status"] == 400 and err["message"].startswith("malformed HTTP request")


def test_a_valid_request_is_still_served(address):
    status, headers, body = exchange(address, b"GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert status == 200 and headers["content-type"] == "application/json"
