"""Rules: small values that find one phrasing family of one event type.

A :class:`Rule` has a stable ``id`` (``<event type>.<name>``), a human ``summary`` that reads
like its pattern, a verbose ``regex`` ``pattern`` whose group ``trigger`` marks the words that
state the event, a ``build`` function that turns a match into a :class:`Draft` (or refuses
with None), ``cues`` (lower-case word beginnings, one of which every match holds: the pattern
runs only from the sentences that hold one, see :mod:`defevents.rules._cues`), optional
``starts`` (lower-case word beginnings at one of which every match begins: the pattern is then
tried only where a word begins with one, a prefilter for rules whose long alternation would
otherwise be tried at every character), a ``priority``
for the overlap policy, ``needs_date`` for phrasings that tell
background (an event they state is kept only when the text dates it: the publication date does
not do), and its own ``examples`` and ``counterexamples``, which run as tests through the whole
pipeline.

Patterns may use every gazetteer as a named list (``\\L<country>``, ``\\L<system>``...) and the
shared fragments of :mod:`defevents.rules._patterns` through ``(?&NAME)``; both are expanded
inline when the rule is compiled. A rule is checked
when it is built: the id is well formed, the pattern compiles, has a ``trigger`` group and
cannot match the empty string. The error names the rule. The package's own rules (their
``build`` defined in one of its modules) have their pattern compiled and checked on first use
instead: a text holds the cues of only some rules, and a fresh process need not compile the
others (the test suite compiles them all).

Each event type has one module (``agreement``, ``meeting``, ``deployment``, ``export_deal``)
that exports ``RULES``, a tuple. :func:`all_rules` collects them; there is no registry and no
import side effect.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any

import regex

from .._gc import paused_gc
from ..errors import RuleError
from ..gazetteers import compile_pattern

if TYPE_CHECKING:
    from ..document import Document
    from ..schema import Actor, Money, Place, Quantity, TimeValue

__all__ = ["Draft", "Ex", "Rule", "all_rules", "EVENT_MODULES"]

EVENT_MODULES = ("agreement", "meeting", "deployment", "export_deal")
_ID = regex.compile(r"^(agreement|meeting|deployment|export_deal)\.[a-z0-9_]+$")
_CUE = regex.compile(r"^[\p{Ll}\p{Nd}]+$")


@dataclass(frozen=True)
class Ex:
    """An example a rule must handle: text, publication date, and expected fields of the event.

    Expected keys: ``participants`` (sorted codes), ``date`` (TIMEX value), ``money``
    (``"1900000000 GBP"``), ``status``, and any role: ``seller``, ``buyer``, ``deployer``,
    ``host`` (codes), ``forum``, ``location``, ``name``, ``operation``, ``duration``,
    ``assets``/``items`` (names), ``personnel``/``quantity`` (numbers).
    """

    text: str
    published: str | None = "2026-01-20"
    expect: dict[str, Any] = field(default_factory=dict)

    def __init__(self, text: str, published: str | None = "2026-01-20", **expect: Any) -> None:
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "published", published)
        object.__setattr__(self, "expect", expect)


@dataclass
class Draft:
    """An event under construction: what a rule found, before merging and validation."""

    type: str
    rule: str
    trigger: tuple[int, int]
    evidence: tuple[int, int]
    participants: list[Actor] = field(default_factory=list)
    fields: dict[str, Any] = field(default_factory=dict)
    when: TimeValue | None = None
    location: Place | None = None
    status: str = "completed"
    anaphoric: bool = False
    priority: int = 0
    needs_date: bool = False
    extra_evidence: list[tuple[int, int]] = field(default_factory=list)
    # dated by the day the news was given ("the ministry said on Sunday"), not by the act itself
    dated_by_report: bool = False
    # told as the background of another event ("days after a team of engineers arrived"): no time of
    # its own, and it joins the full telling wherever in the text that comes
    background: bool = False
    # the evidence of background tellings this event absorbed (they say nothing of when it was told)
    background_evidence: list[tuple[int, int]] = field(default_factory=list)
    # where the verb is, when the trigger starts before it ("A memorandum on ... will be signed"): tense,
    # modality and negation are read there (None: at the trigger)
    verb: int | None = None

    @property
    def codes(self) -> set[str]:
        return {a.code for a in self.participants if a.code}

    @property
    def money(self) -> Money | None:
        return self.fields.get("value")

    @property
    def quantity(self) -> Quantity | None:
        return self.fields.get("quantity") or self.fields.get("personnel")


Builder = Callable[[regex.Match[str], "Document", "Rule"], "Draft | None"]


@dataclass(frozen=True)
class Rule:
    """One phrasing family of one event type. See the module docstring."""

    id: str
    summary: str
    pattern: str
    build: Builder
    priority: int = 0
    anaphoric: bool = False
    needs_date: bool = False
    cues: tuple[str, ...] = ()
    starts: tuple[str, ...] = ()
    examples: tuple[Ex, ...] = ()
    counterexamples: tuple[Ex | str, ...] = ()
    flags: int = regex.VERBOSE

    def __post_init__(self) -> None:
        if not _ID.match(self.id):
            raise RuleError(f"rule id {self.id!r} must read '<event type>.<snake_case_name>'")
        if not (getattr(self.build, "__module__", None) or "").startswith(f"{__name__}."):
            _ = self.compiled  # a rule from outside the package: its pattern is checked now
        if isinstance(self.cues, str) or any(not _CUE.match(c) for c in self.cues):
            raise RuleError(f"rule {self.id}: cues must be a tuple of lower-case word beginnings, got {self.cues!r}")
        if isinstance(self.starts, str) or any(not _CUE.match(c) for c in self.starts):
            raise RuleError(f"rule {self.id}: starts must be a tuple of lower-case word beginnings, got {self.starts!r}")

    @property
    def type(self) -> str:
        return self.id.split(".", 1)[0]

    @cached_property
    def compiled(self) -> regex.Pattern[str]:
        """The pattern, compiled and checked (a :class:`RuleError` if it is malformed)."""
        from ._patterns import expand

        try:
            try:
                compiled = _compile(expand(self.pattern), self.flags)
            except KeyError as exc:
                raise regex.error(str(exc)) from None
        except regex.error as exc:
            raise RuleError(f"rule {self.id}: the pattern does not compile: {exc}") from exc
        if "trigger" not in compiled.groupindex:
            raise RuleError(f"rule {self.id}: the pattern has no (?P<trigger>...) group")
        if compiled.match("") is not None:
            raise RuleError(f"rule {self.id}: the pattern matches the empty string")
        return compiled


    @cached_property
    def start_finder(self) -> regex.Pattern[str] | None:
        """The words a match may begin at (``starts``, any case), or None when the rule names none."""
        if not self.starts:
            return None
        stems = sorted(set(self.starts), key=lambda c: (-len(c), c))
        return regex.compile(r"(?i)\b(?:" + "|".join(stems) + ")")


def _compile(pattern: str, flags: int) -> regex.Pattern[str]:
    return compile_pattern(pattern, flags)


@cache
def all_rules() -> tuple[Rule, ...]:
    """Every rule of every event module, in module order."""
    out: list[Rule] = []
    with paused_gc():  # the modules compile their patterns: see defevents._gc
        for name in EVENT_MODULES:
            module = importlib.import_module(f"{__name__}.{name}")
            out.extend(module.RULES)
    ids = [r.id for r in out]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise RuleError(f"duplicate rule ids: {sorted(dup)}")
    return tuple(out)
