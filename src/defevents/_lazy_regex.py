"""The ``regex`` module with ``compile`` deferred to the pattern's first use.

A module that defines many patterns at import imports this in place of ``regex``::

    from .. import _lazy_regex as regex

Every name of ``regex`` is the same object here except :func:`compile`, which returns a
:class:`LazyPattern`: the pattern is compiled (by ``regex.compile``, with the same arguments)
when a method or attribute other than ``pattern`` is first read. ``regex`` compiles patterns in
pure Python, 2-4 ms each for the longer ones: a fresh process used to compile about 200
module-level patterns (some 0.1 s) that its first text never ran, because that text held no
meeting vetoes, no deployment rotations, no background deals. A pattern's syntax errors
surface on first use instead of at import; the test suite compiles every one
(``tests/test_startup.py``).

After the first use the pattern's methods are the compiled pattern's own bound methods, stored
on the proxy: calling them costs what calling the compiled pattern costs. ``isinstance(p,
regex.Pattern)`` holds, and ``regex.search(p, text)`` and the like accept the proxy.
"""

from __future__ import annotations

from typing import Any

import regex as _regex
from regex import (
    ASCII,
    BESTMATCH,
    DEBUG,
    DEFAULT_VERSION,
    DOTALL,
    ENHANCEMATCH,
    FULLCASE,
    IGNORECASE,
    LOCALE,
    MULTILINE,
    POSIX,
    REVERSE,
    TEMPLATE,
    UNICODE,
    VERBOSE,
    VERSION0,
    VERSION1,
    WORD,
    A,
    B,
    D,
    E,
    F,
    I,
    L,
    M,
    Match,
    P,
    Pattern,
    R,
    Regex,
    RegexFlag,
    S,
    Scanner,
    T,
    U,
    V0,
    V1,
    W,
    X,
    cache_all,
    error,
    escape,
    findall,
    finditer,
    fullmatch,
    match,
    prefixmatch,
    purge,
    search,
    split,
    splititer,
    sub,
    subf,
    subfn,
    subn,
    template,
)

from ._gc import nogc

__all__ = [
    "A", "ASCII", "B", "BESTMATCH", "D", "DEBUG", "DEFAULT_VERSION", "DOTALL", "E", "ENHANCEMATCH", "F", "FULLCASE",
    "I", "IGNORECASE", "L", "LOCALE", "LazyPattern", "M", "MULTILINE", "Match", "P", "POSIX", "Pattern", "R",
    "REVERSE", "Regex", "RegexFlag", "S", "Scanner", "T", "TEMPLATE", "U", "UNICODE", "V0", "V1", "VERBOSE",
    "VERSION0", "VERSION1", "W", "WORD", "X", "cache_all", "compile", "error", "escape", "findall", "finditer",
    "fullmatch", "match", "prefixmatch", "purge", "search", "split", "splititer", "sub", "subf", "subfn", "subn",
    "template",
]

# What a compiled pattern offers, stored on the proxy once it is compiled.
_FORWARDED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subf", "subn", "subfn", "split",
              "splititer", "scanner", "groupindex", "groups", "flags", "named_lists")


@nogc
def _compile_now(pattern: str, flags: int, kwargs: dict[str, Any]) -> Pattern[str]:
    return _regex.compile(pattern, flags, **kwargs)


def _rebuild(pattern: str, flags: int, kwargs: dict[str, Any]) -> Pattern[str]:
    return _regex.compile(pattern, flags, **kwargs)


class LazyPattern:
    """A ``regex`` pattern compiled on first use (see the module docstring)."""

    def __init__(self, pattern: str, flags: int, kwargs: dict[str, Any]) -> None:
        self.__dict__["pattern"] = pattern
        self.__dict__["_args"] = (pattern, flags, kwargs)

    @property  # type: ignore[misc]
    def __class__(self) -> type:  # isinstance(p, regex.Pattern) holds
        return Pattern

    def compiled(self) -> Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        done = self.__dict__.get("_compiled")
        if done is None:
            done = _compile_now(*self.__dict__["_args"])
            for name in _FORWARDED:
                self.__dict__[name] = getattr(done, name)
            self.__dict__["_compiled"] = done
        return done

    def __getattr__(self, name: str) -> Any:  # only for names not yet stored on the proxy
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __reduce_ex__(self, protocol: Any) -> Any:  # unpickled as the compiled pattern
        return _rebuild, self.__dict__["_args"]

    def __copy__(self) -> LazyPattern:
        return self

    def __deepcopy__(self, memo: Any) -> LazyPattern:
        return self

    def __repr__(self) -> str:
        return repr(self.compiled())


def compile(pattern: str, flags: int = 0, **kwargs: Any) -> Pattern[str]:
    """``regex.compile(pattern, flags, **kwargs)``, done on the pattern's first use."""
    return LazyPattern(pattern, flags, kwargs)  # type: ignore[return-value]
