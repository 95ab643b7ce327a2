"""A found time expression before resolution: where it is, which pattern branch found it,
the parts that branch captured, and the signal preposition in front of it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

__all__ = ["Mention", "with_fields"]


@dataclass(frozen=True, slots=True)
class Mention:
    """A found time expression, before resolution."""

    start: int
    end: int
    kind: str
    groups: dict[str, str] = field(default_factory=dict)
    part: str | None = None
    qmod: str | None = None
    signal: str | None = None
    range_role: str | None = None  # "from" or "to" when part of a two-ended range
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)


def with_fields(m: Mention, **kw: object) -> Mention:
    """A copy of ``m`` with some fields changed (mentions are frozen)."""
    return replace(m, **kw)  # type: ignore[arg-type]
