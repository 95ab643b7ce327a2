"""The typed records defevents returns: events, the values inside them, and the document result.

Every model is a frozen pydantic value with ``extra="forbid"``. Events form a discriminated
union on ``type``; every value that came from the text carries the :class:`Span` it came
from, with ``span.text == source[span.start:span.end]``.

Only types and validators live here: no regexes and no I/O.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, TypeAdapter, model_validator

__all__ = [
    "Actor",
    "ActorKind",
    "Agreement",
    "Deployment",
    "Event",
    "EventBase",
    "ExportDeal",
    "Extraction",
    "Grain",
    "Meeting",
    "Money",
    "Place",
    "Quantity",
    "Span",
    "Status",
    "TimeValue",
]

CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
"""ISO 3166-1 alpha-3."""
ActorCode = Annotated[str, StringConstraints(pattern=r"^[A-Z0-9][A-Z0-9_-]{0,39}$")]
"""Alpha-3 for states; a short upper-case id (NATO, EU, E5, BAE_SYSTEMS) otherwise."""
CurrencyCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
"""ISO 4217."""
RuleId = Annotated[str, StringConstraints(pattern=r"^[a-z_]+\.[a-z0-9_]+$")]

Status = Literal["completed", "ongoing", "planned"]
ActorKind = Literal["state", "organisation", "group", "company", "person"]
Grain = Literal[
    "minute", "hour", "day", "week", "month", "season", "quarter", "half", "year", "decade", "century"
]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
TimeMod = Literal[
    "START", "MID", "END", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "APPROX",
    "MORE_THAN", "LESS_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE",
]
TimeBasis = Literal["explicit", "relative", "anaphoric", "publication"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Model):
    """Half-open character offsets into the exact input string, and the text they cover."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _consistent(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"span text has {len(self.text)} characters but covers {self.end - self.start}")
        return self

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """The span of ``source[start:end]``: the one way spans are made from a text."""
        return cls(start=start, end=end, text=source[start:end])


class Actor(_Model):
    """A participant: a state, an organisation or group, a company or a person."""

    name: str
    code: ActorCode | None = None
    kind: ActorKind
    country: CountryCode | None = None
    role: str | None = None
    members: list[CountryCode] = Field(default_factory=list)
    span: Span | None = None


class TimeValue(_Model):
    """A TIMEX3-style time: the value, its grain and modifier, and the days it covers."""

    text: str
    value: str | None = None
    type: TimeType = "DATE"
    grain: Grain | None = None
    mod: TimeMod | None = None
    start: date | None = None
    end: date | None = None
    basis: TimeBasis = "explicit"
    span: Span | None = None

    @model_validator(mode="after")
    def _ordered(self) -> TimeValue:
        if self.start and self.end and self.start > self.end:
            raise ValueError(f"time interval starts {self.start} after it ends {self.end}")
        return self


class Money(_Model):
    """An amount of money: an exact Decimal and an ISO 4217 currency."""

    amount: Decimal
    currency: CurrencyCode
    approximate: bool = False
    text: str
    span: Span | None = None


class Quantity(_Model):
    """A counted thing: ``value`` of ``unit``, e.g. 22 "air batteries", qualifier "more than"."""

    value: Decimal
    unit: str
    qualifier: str | None = None
    span: Span | None = None


class Place(_Model):
    """A city, venue or base, and the state it lies in."""

    name: str
    country: CountryCode | None = None
    span: Span | None = None


class EventBase(_Model):
    """Fields common to every event."""

    participants: list[Actor] = Field(default_factory=list)
    when: TimeValue | None = None
    location: Place | None = None
    status: Status = "completed"
    evidence: list[Span] = Field(min_length=1)
    rule: RuleId

    @property
    def codes(self) -> list[str]:
        """The participants' codes, sorted and without repeats."""
        return sorted({a.code for a in self.participants if a.code})


class Agreement(EventBase):
    type: Literal["agreement"] = "agreement"
    name: str | None = None
    topics: list[str] = Field(default_factory=list)


class Meeting(EventBase):
    type: Literal["meeting"] = "meeting"
    forum: str | None = None
    format: Literal["bilateral", "multilateral"] | None = None


class Deployment(EventBase):
    type: Literal["deployment"] = "deployment"
    deployer: Actor | None = None
    host: Actor | None = None
    assets: list[str] = Field(default_factory=list)
    personnel: Quantity | None = None
    operation: str | None = None
    duration: str | None = None


class ExportDeal(EventBase):
    type: Literal["export_deal"] = "export_deal"
    seller: Actor | None = None
    buyer: Actor | None = None
    value: Money | None = None
    items: list[str] = Field(default_factory=list)
    quantity: Quantity | None = None


Event = Annotated[Union[Agreement, Meeting, Deployment, ExportDeal], Field(discriminator="type")]
EVENT_TYPES: dict[str, type[EventBase]] = {
    "agreement": Agreement,
    "meeting": Meeting,
    "deployment": Deployment,
    "export_deal": ExportDeal,
}


class Extraction(_Model):
    """What :func:`defevents.extract` returns for one document."""

    events: list[Event] = Field(default_factory=list)
    published: date | None = None
    reference: date | None = None
    reference_source: Literal["published", "text"] | None = None
    warnings: list[str] = Field(default_factory=list)

    def to_html(self, text: str, *, title: str | None = None) -> str:
        """A self-contained HTML page with every event's evidence and field spans highlighted.

        An Extraction does not keep its source text, so pass the exact ``text`` it was made from
        (a span that does not match it raises ``ValueError``). The text is escaped; the page has
        inline CSS and no scripts. See :mod:`defevents.report` for many documents on one page.
        """
        from .report import extraction_html

        return extraction_html(self, text, title=title)


EVENTS: TypeAdapter[list[Event]] = TypeAdapter(list[Event])
