"""A time limit on one piece of work (one article), in whatever thread runs it.

``limited(fn, seconds, what)`` runs ``fn()``. Past ``seconds``, a timer thread raises an exception in the thread
that runs it (CPython's ``PyThreadState_SetAsyncExc``), delivered between two Python bytecodes: a long
pure-Python loop (an HTML extractor, a pipeline component) stops there; one long call into C code stops when
it returns. This works on every path (the main thread, a worker process, a Dask or API worker thread), where
``signal.alarm`` would work in the main thread only.

The raised exception derives from ``BaseException``, so that no ``except Exception`` in the work swallows it;
it leaves ``limited`` as an :class:`~newsgraph.errors.ArticleTimeoutError` (failure reason ``timeout``).
"""

from __future__ import annotations

import ctypes
import threading
from typing import Callable, TypeVar

from .errors import ArticleTimeoutError

T = TypeVar("T")


class _Expired(BaseException):
    """Raised inside the limited work when its time is up (never seen outside :func:`limited`)."""


def _raise_in(thread_id: int, exc: type[BaseException] | None) -> None:
    """Schedule ``exc`` in that thread; ``None`` clears one scheduled and not yet delivered."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exc) if exc is not None else None)


class _Alarm:
    def __init__(self, seconds: float):
        self.thread_id = threading.get_ident()
        self.lock = threading.Lock()
        self.armed, self.fired = True, False
        self.timer = threading.Timer(seconds, self._fire)
        self.timer.daemon = True

    def _fire(self) -> None:
        with self.lock:
            if self.armed:
                self.fired = True
                _raise_in(self.thread_id, _Expired)

    def disarm(self) -> None:
        self.timer.cancel()
        with self.lock:
            self.armed = False
            if self.fired:          # fired as the work ended: not delivered yet, so it must not be later
                _raise_in(self.thread_id, None)


def limited(fn: Callable[[], T], seconds: float, what: str) -> T:
    """``fn()``, or an :class:`ArticleTimeoutError` naming ``what`` once it has run ``seconds`` (0: no limit)."""
    if not seconds or seconds <= 0:
        return fn()
    alarm = _Alarm(seconds)
    try:
        alarm.timer.start()
        try:
            return fn()
        finally:
            alarm.disarm()
    except _Expired:
        raise ArticleTimeoutError(f"{what} took over {seconds:g} s, the limit per article",
                                  hint="raise max_article_seconds (--set max_article_seconds=N) if this is a real "
                                       "article") from None
