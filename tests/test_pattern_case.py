"""Capitals under case-insensitive matching: a pattern that means "a capitalised word" must say so
where it ignores case.

In ``regex`` (as in ``re``), ``\\p{Lu}``, ``\\p{Ll}`` and ``[A-Z]`` inside a case-insensitive scope
match letters of either case: "signed with (?i:\\p{Lu})..." reads "signed with him a plan". Every
compiled pattern of the package (the rules' and the module-level ones, collected as for the ReDoS
test) is walked scope by scope; a case class under ``(?i)`` or ``(?i:...)`` that is not wrapped in
``(?-i:...)`` is a defect. Where any letter is meant, ``\\p{L}`` says so.
"""

from __future__ import annotations

import re

import pytest
import regex

from .test_redos import PATTERNS

_FLAGS = re.compile(r"\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?([:)])")
_CASE_CLASS = re.compile(r"\\p\{L[ult]\}|\\p\{(?:Lu|Ll|Lt|Uppercase|Lowercase)\}")


def case_classes_ignoring_case(source: str, ignore_case: bool, verbose: bool) -> list[int]:
    """Offsets in ``source`` of the case classes (``\\p{Lu}``, ``\\p{Ll}``, a set with ``A-Z`` and
    no ``a-z``) that a case-insensitive scope makes match either case."""
    found: list[int] = []
    scopes = [ignore_case]
    i, n = 0, len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            if (m := _CASE_CLASS.match(source, i)) is not None:
                if scopes[-1]:
                    found.append(i)
                i = m.end()
            else:
                i += 2
        elif c == "[":
            j = i + 1 + (source.startswith("^", i + 1)) + (source.startswith("]", i + 1))
            while j < n and source[j] != "]":
                j += 2 if source[j] == "\\" else 1
            body = source[i + 1:j]
            if scopes[-1] and ("A-Z" in body and "a-z" not in body or _CASE_CLASS.search(body)):
                found.append(i)
            i = j + 1
        elif c == "#" and verbose:
            end = source.find("\n", i)  # a comment runs to the end of its line
            i = n if end < 0 else end
        elif c == "(":
            m = _FLAGS.match(source, i)
            if m is not None and m.group(3) == ")":
                if "i" in m.group(1):
                    scopes[-1] = True  # an inline flag: the pattern's (or the group's) from here on
                if "x" in m.group(1):
                    verbose = True
                i = m.end()
            elif m is not None:
                scope = scopes[-1]
                if "i" in m.group(1):
                    scope = True
                if "i" in (m.group(2) or ""):
                    scope = False
                scopes.append(scope)
                i = m.end()
            else:
                scopes.append(scopes[-1])
                i += 1
        elif c == ")":
            if len(scopes) > 1:
                scopes.pop()
            i += 1
        else:
            i += 1
    return found


@pytest.mark.parametrize("label", sorted(PATTERNS))
def test_no_capital_class_ignores_case(label: str) -> None:
    pattern = PATTERNS[label]
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    verbose = bool(pattern.flags & re.VERBOSE)
    found = case_classes_ignoring_case(pattern.pattern, ignore_case, verbose)
    assert not found, [pattern.pattern[max(0, i - 50):i + 20] for i in found]


@pytest.mark.parametrize(("source", "flags", "count"), [
    (r"(?i)with\s+\p{Lu}\w+", 0, 1),
    (r"(?i)with\s+(?-i:\p{Lu})\w+", 0, 0),
    (r"with\s+(?i:the\s+)?\p{Lu}\w+", 0, 0),
    (r"(?i:with\s+\p{Lu})", 0, 1),
    (r"with\s+[A-Z]{3}", regex.I, 1),
    (r"with\s+[A-Za-z]{3}", regex.I, 0),
    (r"(?x) with  # a comment (with a bracket [A-Z]\n \s+(?-i:\p{Lu})", regex.I, 0),
])
def test_the_walk_finds_case_classes_in_case_insensitive_scopes(source: str, flags: int, count: int) -> None:
    pattern = regex.compile(source, flags)
    assert len(case_classes_ignoring_case(pattern.pattern, bool(pattern.flags & regex.I), bool(pattern.flags & regex.X))) == count
