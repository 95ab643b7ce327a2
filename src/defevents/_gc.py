"""The cyclic garbage collector paused while defevents builds its patterns.

Importing defevents and its first ``extract`` compile some 500 regular expressions; the
``regex`` and ``re`` compilers allocate hundreds of thousands of short-lived containers, and the
collector, triggered by allocation counts, runs again and again over every live object while
they do: about 130 ms of a fresh process's 1 s start-up. Nothing built there is cyclic garbage
worth collecting early, so the collector is paused for the package import and for each
pattern-building step on first use (as Mercurial's ``util.nogc`` does), and restored at once.

The pause is process-wide but short and bounded (the work inside builds patterns, it does not
run user code), it never enables a collector that was off, and it only skips collections: any
garbage made meanwhile is collected by the next run of the collector.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

__all__ = ["nogc", "paused_gc"]

_P = ParamSpec("_P")
_R = TypeVar("_R")


@contextmanager
def paused_gc() -> Iterator[None]:
    """The collector off inside the block, if it was on."""
    enabled = gc.isenabled()
    if enabled:
        gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def nogc(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """``fn`` run with the collector paused (see :func:`paused_gc`)."""

    @functools.wraps(fn)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        enabled = gc.isenabled()
        if enabled:
            gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()

    return wrapper
