"""Generate docs/api.md from the API's own OpenAPI schema.

    python tools/gen_api_docs.py            # rewrite docs/api.md
    python tools/gen_api_docs.py --check    # exit 1 if docs/api.md is out of date (tests/test_api.py runs this)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "api.md"

INTRO = """# REST API reference

`newsgraph serve --db FILE` starts the API (and the dashboard at `/`) on http://127.0.0.1:8000. The live schema
is at `/openapi.json` (there is no Swagger page: it would load scripts from a CDN, and the server works
offline). This page is generated from that schema by
`python tools/gen_api_docs.py`; `tests/test_api.py` fails when it is out of date.

Conventions:

- Lists are paged: `limit` (at most 1000) and `offset`; the answer is `{"items": [...], "total": N, "limit", "offset"}`.
- Event endpoints share the same filters (`actor`, `source`, `target`, `either_direction`, `country`, `sector`,
  `root`, `cameo`, `plover`, `quad_class`, `since`, `until`, `place`, `article`, `q`), the same as the CLI's.
  `actor`, `source` and `target` match any name of an actor (canonical name, names it is mentioned by), its
  CAMEO code prefix (`RUSGOV`), country (`RUS`) or id.
- Linked events: the same event reported by several articles (same source and target actors, CAMEO root,
  date and place) shares an `event_key`; `/api/events/linked` returns one row per event with `num_mentions`
  and `num_articles` (GDELT's NumMentions/NumArticles). Timelines, networks and top actors count linked events.
- `POST /api/extract` processes a text and stores nothing; texts over the server's `max_article_chars` get 413.
- `POST /api/articles` stores an article; it answers 403 unless the server was started with `--token` (or
  `$NEWSGRAPH_API_TOKEN`), and then 401 without `Authorization: Bearer <token>`, before the body is read.
- Bodies are counted as they arrive (`Content-Length` or chunked): over 4 bytes per `max_article_chars` plus
  64 KiB, the request gets 413 and the rest is not read. One extraction runs at a time per server process;
  4 processing requests are admitted at once, the others wait up to 30 s without their body being read, then
  get 503 `busy` with `Retry-After` (`ApiConfig.max_extractions`, `ApiConfig.queue_seconds`). An extraction
  over `max_article_seconds` (60 s) gets 422 `timeout`.
- Load (`benchmarks/api_load.py`, loopback, 600 requests at 20 concurrent over `/api/events`, `/api/network`
  and `POST /api/extract`, fr_core_news_md, 2 shared cores at load 7-8): 0 errors, 0 busy; p50/p99 21/208 ms
  (events), 69/321 ms (network), 1.8/2.3 s (extract, one at a time: mostly waiting for the slot); server
  RSS 699 -> 782 MB; after 1,500 requests 784 MB (flat after the first few hundred).

## Errors

Every error, whatever its cause, has one shape:

```json
{"error": {"code": "not_found", "status": 404, "message": "no article with id 'x'", "hint": null, "details": null}}
```

| status | code | when |
|---|---|---|
| 400 | `config`, `input` | a bad setting or input |
| 400 | `bad_request` | a request that is not valid HTTP (request line, headers, `Content-Length` or chunked framing); answered by the server itself (`newsgraph/api/server.py`) |
| 401 | `unauthorized` | `POST /api/articles` without the right token |
| 403 | `disabled` | `POST /api/articles` on a server without a token |
| 404 | `not_found` | no such record or path |
| 405 | `method_not_allowed` | wrong HTTP method |
| 413 | `size` | body or text over the size limit |
| 422 | `validation` | a parameter or body field is invalid (`details` lists them) |
| 422 | `empty`, `encoding`, `language`, `article`, `timeout` | the text cannot be processed (or not within `max_article_seconds`) |
| 500 | `internal`, `processing` | a bug; the server log has the traceback |
| 503 | `busy` | every processing slot is taken; retry after `Retry-After` seconds |
"""


def _type(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " or ".join(_type(s) for s in schema["anyOf"] if s.get("type") != "null")
    if "enum" in schema:
        return " \\| ".join(f"`{v}`" for v in schema["enum"])
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if schema.get("type") == "array":
        return f"list of {_type(schema.get('items', {}))}"
    return schema.get("type", "any")


def _constraints(schema: dict[str, Any]) -> str:
    parts = []
    for s in [schema] + list(schema.get("anyOf", [])):
        for key, label in (("minimum", ">="), ("maximum", "<="), ("minLength", "min length"),
                           ("maxLength", "max length"), ("pattern", "pattern")):
            if key in s:
                value = f"`{s[key]}`" if key == "pattern" else s[key]
                parts.append(f"{label} {value}")
    return ", ".join(parts)


def _cell(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render(schema: dict[str, Any]) -> str:
    out = [INTRO, "## Endpoints\n"]
    for path, methods in schema["paths"].items():
        for method, op in methods.items():
            out.append(f"### `{method.upper()} {path}`\n")
            if op.get("description"):
                out.append(op["description"].strip() + "\n")
            params = op.get("parameters", [])
            if params:
                out.append("| parameter | in | type | default | constraints | description |")
                out.append("|---|---|---|---|---|---|")
                for p in params:
                    s = p.get("schema", {})
                    default = s.get("default", "required" if p.get("required") else "")
                    out.append(f"| `{p['name']}` | {p['in']} | {_cell(_type(s))} | {_cell(default)} | "
                               f"{_cell(_constraints(s))} | {_cell(p.get('description', s.get('description', '')))} |")
                out.append("")
            body = op.get("requestBody")
            if body:
                ref = body["content"]["application/json"]["schema"]
                out.append(f"Body (JSON): `{_type(ref)}`.\n")
            codes = ", ".join(f"{code}" for code in op.get("responses", {}))
            out.append(f"Responses: {codes}.\n")
    out.append("## Schemas\n")
    for name, s in schema.get("components", {}).get("schemas", {}).items():
        if name in ("HTTPValidationError", "ValidationError"):
            continue
        out.append(f"### `{name}`\n")
        out.append("| field | type | required | constraints | description |")
        out.append("|---|---|---|---|---|")
        required = set(s.get("required", []))
        for field, fs in s.get("properties", {}).items():
            out.append(f"| `{field}` | {_cell(_type(fs))} | {'yes' if field in required else ''} | "
                       f"{_cell(_constraints(fs))} | {_cell(fs.get('description', ''))} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def build_schema() -> dict[str, Any]:
    from newsgraph import Settings
    from newsgraph.api import create_app
    from newsgraph.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "schema.duckdb")
        Store(db).close()
        app = create_app(Settings.load(env={}, overrides={"db": db}))
        schema = app.openapi()
        app.state.services.db.close()
    return schema


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if docs/api.md is out of date")
    args = ap.parse_args(argv)
    text = render(build_schema())
    if args.check:
        if not DOC.exists() or DOC.read_text("utf-8") != text:
            print("docs/api.md is out of date: run python tools/gen_api_docs.py", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(text, "utf-8")
    print(f"wrote {DOC}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
