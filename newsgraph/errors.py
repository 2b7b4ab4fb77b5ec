"""Every error newsgraph raises, in one tree.

    NewsgraphError                  base class; ``str(err)`` tells the user what to do
    ├── ConfigError                 a setting is unknown or has a bad value
    ├── ModelNotInstalledError      the spaCy model package is missing
    ├── LanguageDataError           a file under ``newsgraph/lang/<code>/`` is missing or malformed
    ├── InputError                  an input cannot be read at all (missing path, unreadable folder)
    ├── ArticleError                one article cannot be processed; the batch goes on
    │   ├── EmptyArticleError       nothing left after cleaning
    │   ├── EncodingError           not valid UTF-8 text, or binary
    │   ├── MalformedRecordError    a JSONL line that is not a JSON object with ``text``
    │   ├── UnsupportedLanguageError the text is not in a supported language
    │   ├── ArticleTooLargeError    over ``max_article_chars`` (or an HTML page too costly to read)
    │   ├── ArticleTimeoutError     took over ``max_article_seconds``
    │   └── ProcessingError         a pipeline stage failed on this article
    ├── StoreError                  the DuckDB file cannot be opened or migrated
    ├── ClusterError                the Dask scheduler cannot be reached
    ├── NotFoundError               a requested record does not exist (HTTP 404)
    ├── BusyError                   the server has no free slot for this request now (HTTP 503)
    └── AccessError                 the API refuses a request: no or wrong token (401)
        └── FeatureDisabledError    that endpoint is disabled on this server (403)

Each class carries ``code`` (a stable machine-readable reason, stored with failures and returned by the
API) and ``status`` (the HTTP status the API answers with).
"""

from __future__ import annotations


class NewsgraphError(Exception):
    code = "error"
    status = 500

    def __init__(self, message: str, *, hint: str | None = None):
        self.message = message
        self.hint = hint
        super().__init__(message if not hint else f"{message} ({hint})")


class ConfigError(NewsgraphError):
    code = "config"
    status = 400


class ModelNotInstalledError(NewsgraphError):
    code = "model_missing"

    def __init__(self, model: str):
        super().__init__(
            f"spaCy model {model!r} is not installed",
            hint=f"install it with: pip install {model.replace('_', '-')}",
        )


class LanguageDataError(NewsgraphError):
    code = "language_data"


class InputError(NewsgraphError):
    code = "input"
    status = 400


class ArticleError(NewsgraphError):
    """A single article failed; it is recorded as a failure and the batch continues."""

    code = "article"
    status = 422


class EmptyArticleError(ArticleError):
    code = "empty"


class EncodingError(ArticleError):
    code = "encoding"


class MalformedRecordError(ArticleError):
    code = "malformed"


class UnsupportedLanguageError(ArticleError):
    code = "language"


class ArticleTooLargeError(ArticleError):
    code = "size"
    status = 413


class ArticleTimeoutError(ArticleError):
    code = "timeout"
    status = 422


class ProcessingError(ArticleError):
    code = "processing"
    status = 500


class StoreError(NewsgraphError):
    code = "store"


class ClusterError(NewsgraphError):
    code = "cluster"


class NotFoundError(NewsgraphError):
    code = "not_found"
    status = 404


class BusyError(NewsgraphError):
    code = "busy"
    status = 503


class AccessError(NewsgraphError):
    code = "unauthorized"
    status = 401


class FeatureDisabledError(AccessError):
    code = "disabled"
    status = 403
