"""API request limits: bodies counted as streamed, the token checked before the body, a bounded extraction queue."""

from __future__ import annotations

import asyncio
import json
import threading

from newsgraph import Settings
from newsgraph.api import ApiConfig, create_app
from newsgraph.records import Article, ArticleResult

from sampledata import build_sample_db

MB = b"x" * (1 << 20)


class BlockingEngine:
    """Engine.extract stand-in that holds its slot until released."""

    def __init__(self):
        self.release = threading.Event()

    def extract(self, text: str, **fields) -> ArticleResult:
        self.release.wait(10)
        return ArticleResult(article=Article(id=fields.get("id") or "a", text=text))


def _app(tmp_path, config: ApiConfig, engine=None):
    db = build_sample_db(str(tmp_path / "s.duckdb"))
    settings = Settings.load(env={}, overrides={"db": db, "progress": False, "max_article_chars": 2000})
    return create_app(settings, config, engine=engine or BlockingEngine())


async def _post(app, path: str, chunks, headers: dict[str, str] | None = None) -> tuple[int, dict, dict, int]:
    """One POST through the ASGI interface, the body sent in chunks; returns status, headers, body, chunks read."""
    it, read = iter(chunks), 0
    out: dict = {"body": b""}

    async def receive():
        nonlocal read
        try:
            chunk = next(it)
        except StopIteration:
            return {"type": "http.request", "body": b"", "more_body": False}
        read += 1
        return {"type": "http.request", "body": chunk, "more_body": True}

    async def send(message):
        if message["type"] == "http.response.start":
            out["status"] = message["status"]
            out["headers"] = {k.decode(): v.decode() for k, v in message["headers"]}
        elif message["type"] == "http.response.body":
            out["body"] += message.get("body", b"")

    raw = [(k.lower().encode(), v.encode()) for k, v in {"content-type": "application/json", **(headers or {})}.items()]
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": path, "raw_path": path.encode(), "query_string": b"", "headers": raw,
             "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80), "root_path": ""}
    await app(scope, receive, send)
    return out["status"], out["headers"], json.loads(out["body"]), read


def test_chunked_body_is_refused_at_the_limit_not_read_whole(tmp_path):
    app = _app(tmp_path, ApiConfig(max_body_bytes=100_000))
    status, headers, body, read = asyncio.run(_post(app, "/api/extract", (MB for _ in range(300))))
    assert status == 413 and body["error"]["code"] == "size"
    assert read == 1, "reading stops at the first chunk over the limit"
    assert "content-security-policy" in headers


def test_token_is_checked_before_the_body_is_read(tmp_path):
    app = _app(tmp_path, ApiConfig(token="s3cret"))
    status, headers, body, read = asyncio.run(_post(app, "/api/articles", (MB for _ in range(200))))
    assert (status, body["error"]["code"], read) == (401, "unauthorized", 0)
    assert headers["www-authenticate"] == "Bearer"
    status, _, body, read = asyncio.run(_post(app, "/api/articles", (MB for _ in range(200)),
                                              {"authorization": "Bearer nope"}))
    assert (status, read) == (401, 0)
    (tmp_path / "d").mkdir()
    disabled = _app(tmp_path / "d", ApiConfig())
    status, _, body, read = asyncio.run(_post(disabled, "/api/articles", (MB for _ in range(200))))
    assert (status, body["error"]["code"], read) == (403, "disabled", 0)


def test_extractions_beyond_the_limit_wait_then_get_busy(tmp_path):
    engine = BlockingEngine()
    app = _app(tmp_path, ApiConfig(max_extractions=1, queue_seconds=0.3), engine)
    doc = json.dumps({"text": "Paris a condamné l'attaque."}).encode()

    async def both():
        first = asyncio.create_task(_post(app, "/api/extract", [doc]))
        await asyncio.sleep(0.1)
        second = await _post(app, "/api/extract", [doc])
        engine.release.set()
        return await first, second

    (s1, _, b1, _), (s2, h2, b2, read2) = asyncio.run(both())
    assert s1 == 200 and b1["text"] == "Paris a condamné l'attaque."
    assert (s2, b2["error"]["code"], read2) == (503, "busy", 0)
    assert h2["retry-after"] == "1"
