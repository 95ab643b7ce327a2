"""Self-contained HTML: each event's evidence and fields highlighted in the text it came from.

:func:`extraction_html` renders one document, :func:`report_html` many documents with a summary
table on top. The page has inline CSS only: no scripts, fonts, images or other external assets.
Every piece of text (the document, names, warnings, the title) is escaped with
:func:`html.escape`, so whatever the input holds comes out as inert text.

In the text, a background colour marks each event's evidence (one colour per event type; where
events of different types overlap, the colours are drawn as bands), and field spans are marked
on top: participants bold, dates with a dotted underline, money with a double underline,
locations with a dashed underline, counts with a wavy one. Hovering a highlight shows the
fields of every event it belongs to (a plain ``title`` tooltip). Overlapping and crossing spans
are rendered by cutting the text at every span boundary and styling each segment by the set of
spans covering it, so any overlap renders correctly and the text itself is unchanged.

:class:`~defevents.Extraction` does not keep the source text (it stays small and
serialisable), so these functions and :meth:`Extraction.to_html` take ``text`` as an
argument and check that every span matches it.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .schema import Actor, EventBase, Extraction, Span

__all__ = ["TYPE_COLOURS", "TYPE_LABELS", "extraction_html", "report_html"]

TYPE_COLOURS: dict[str, tuple[str, str]] = {
    # (highlight background, strong colour): the Okabe-Ito palette, which colour-blind readers can tell apart.
    "agreement": ("#c8ede0", "#009E73"),
    "meeting": ("#cde2f4", "#0072B2"),
    "deployment": ("#fbe3b0", "#E69F00"),
    "export_deal": ("#f4d5e7", "#CC79A7"),
}
TYPE_LABELS: dict[str, str] = {
    "agreement": "Agreement",
    "meeting": "Meeting",
    "deployment": "Deployment",
    "export_deal": "Export deal",
}
MOD_LABELS: dict[str, str] = {
    "START": "early", "MID": "mid", "END": "late", "BEFORE": "before", "AFTER": "after",
    "ON_OR_BEFORE": "until", "ON_OR_AFTER": "from", "APPROX": "about", "MORE_THAN": "more than",
    "LESS_THAN": "less than", "EQUAL_OR_LESS": "at most", "EQUAL_OR_MORE": "at least",
}
FIELD_LABELS: dict[str, str] = {
    "participant": "participant",
    "date": "date",
    "money": "money",
    "location": "location",
    "quantity": "count",
}

_CSS = """
.dfe{--ink:#1d232b;--muted:#5f6b7a;--rule:#e3e7ec;--paper:#ffffff;--wash:#f6f8fa;
 color:var(--ink);background:var(--paper);max-width:1120px;margin:0 auto;padding:28px 36px 60px;
 font:14px/1.5 "Segoe UI","Helvetica Neue","Liberation Sans",Arial,sans-serif;}
.dfe a{color:#0b5cad;text-decoration:none}
.dfe a:hover{text-decoration:underline}
.dfe h1{font-size:24px;font-weight:650;margin:0 0 4px;letter-spacing:-.01em}
.dfe h2{font-size:18px;font-weight:650;margin:0;word-break:break-all}
.dfe .sub{color:var(--muted);margin:0 0 18px}
.dfe .legend{display:flex;flex-wrap:wrap;gap:6px 18px;align-items:center;padding:10px 14px;
 background:var(--wash);border:1px solid var(--rule);border-radius:8px;margin:0 0 22px;font-size:13px}
.dfe .legend strong{font-weight:600;color:var(--muted);margin-right:-8px}
.dfe .chip{display:inline-block;width:.8em;height:.8em;border-radius:3px;margin-right:5px;vertical-align:-.05em}
.dfe .swatch{padding:1px 5px;border-radius:3px}
.dfe table{border-collapse:collapse;width:100%;font-size:13px;margin:0 0 18px}
.dfe th{text-align:left;font-weight:600;color:var(--muted);font-size:12px;text-transform:uppercase;
 letter-spacing:.04em;border-bottom:2px solid var(--rule);padding:6px 8px}
.dfe td{border-bottom:1px solid var(--rule);padding:6px 8px;vertical-align:top}
.dfe td.n,.dfe th.n{text-align:right;font-variant-numeric:tabular-nums}
.dfe tr.total td{font-weight:600;border-bottom:none}
.dfe tr:target td{background:#fff6d6}
.dfe .zero{color:#c0c7d0}
.dfe code{font:12px/1.4 "DejaVu Sans Mono","Liberation Mono",Menlo,Consolas,monospace;color:var(--muted)}
.dfe .small{font-size:12px;color:var(--muted)}
.dfe .nowrap{white-space:nowrap}
.dfe .ev-type{white-space:nowrap;font-weight:600}
.dfe .codes{font-weight:600;white-space:nowrap}
.dfe .excerpt{color:#39424e}
.dfe section.doc{border-top:1px solid var(--rule);padding-top:22px;margin-top:28px}
.dfe .meta{color:var(--muted);margin:4px 0 14px;font-size:13px}
.dfe .warn{background:#fff8e6;border:1px solid #f1dfae;border-radius:6px;padding:6px 10px;
 font-size:12.5px;color:#6b5312;margin:0 0 14px}
.dfe .warn p{margin:2px 0}
.dfe .text{font:16.5px/1.75 Georgia,"Liberation Serif","DejaVu Serif",serif;white-space:pre-wrap;
 overflow-wrap:anywhere;max-width:88ch;padding:18px 22px;border:1px solid var(--rule);border-radius:8px;
 background:#fffefb}
.dfe .s{border-radius:2px;padding:1px 0;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.dfe .s[title]{cursor:help}
.dfe .s:hover{outline:1px solid rgba(0,0,0,.35)}
.dfe .f-participant{font-weight:700}
.dfe .f-date{border-bottom:2px dotted #1d232b}
.dfe .f-money{border-bottom:3px double #1d232b}
.dfe .f-location{border-bottom:2px dashed #1d232b}
.dfe .f-quantity{text-decoration:underline wavy #5f6b7a;text-underline-offset:3px}
.dfe .mk{display:inline-block;font:600 10px/1 "Segoe UI","Liberation Sans",Arial,sans-serif;color:#fff;
 border-radius:8px;padding:2px 5px;margin:0 2px 0 1px;vertical-align:2px;text-decoration:none;
 user-select:none;-webkit-user-select:none}
.dfe .none{color:var(--muted);font-style:italic}
.dfe footer{margin-top:36px;color:var(--muted);font-size:12px}
"""


def _e(value: Any) -> str:
    """Escaped text for element content and attribute values alike."""
    return html.escape("" if value is None else str(value), quote=True)


# --- what each event says, as text ---------------------------------------------------------------

def _money_text(e: EventBase) -> str | None:
    money = getattr(e, "value", None)
    if money is None:
        return None
    amount = money.amount
    shown = f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,}"
    return f"{money.currency} {shown}" + (" (approx.)" if money.approximate else "")


def _date_text(e: EventBase) -> str | None:
    w = e.when
    if w is None:
        return None
    if not w.value:
        return f"“{w.text}” (unresolved)" if w.text else None
    bits = [w.grain or "", MOD_LABELS.get(w.mod, w.mod) if w.mod else ""]
    if w.start or w.end:
        bits.append(f"{w.start or '…'} – {w.end or '…'}" if w.start != w.end else str(w.start))
    if w.basis != "explicit":
        bits.append(f"from {w.basis}" if w.basis == "publication" else w.basis)
    return f"{w.value} ({', '.join(b for b in bits if b)})"


def _actor_text(a: Actor) -> str:
    who = a.name if not a.role else f"{a.role} {a.name}"
    return f"{a.code or '?'} ({who}, {a.kind})"


def _tooltip(n: int, e: EventBase) -> str:
    kind: str = e.type  # type: ignore[attr-defined]
    lines = [f"#{n} {TYPE_LABELS.get(kind, kind)} · {e.status} · rule {e.rule}"]
    if e.participants:
        lines.append("participants: " + "; ".join(_actor_text(a) for a in e.participants))
    for key in ("seller", "buyer", "deployer", "host"):
        a = getattr(e, key, None)
        if a is not None:
            lines.append(f"{key}: {a.code or a.name}")
    date = _date_text(e)
    if date:
        lines.append(f"date: {date}")
    money = _money_text(e)
    if money:
        lines.append(f"money: {money}")
    if e.location is not None:
        lines.append(f"location: {e.location.name}" + (f" ({e.location.country})" if e.location.country else ""))
    for key in ("name", "forum", "format", "operation", "duration"):
        v = getattr(e, key, None)
        if v:
            lines.append(f"{key}: {v}")
    for key in ("assets", "items", "topics"):
        v = getattr(e, key, None)
        if v:
            lines.append(f"{key}: {', '.join(v)}")
    for key in ("personnel", "quantity"):
        q = getattr(e, key, None)
        if q is not None:
            lines.append(f"{key}: {q.qualifier + ' ' if q.qualifier else ''}{q.value} {q.unit}")
    return "\n".join(lines)


# --- spans and segments ---------------------------------------------------------------------------

@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    kind: str  # "evidence" or a key of FIELD_LABELS
    event: int  # 1-based event number


def _marks(extraction: Extraction, text: str) -> list[_Mark]:
    marks: list[_Mark] = []
    seen: set[tuple[int, int, str, int]] = set()

    def add(span: Span | None, kind: str, n: int) -> None:
        if span is None or span.end <= span.start:
            return
        if span.end > len(text) or text[span.start:span.end] != span.text:
            raise ValueError(
                f"event #{n}: span {span.start}-{span.end} {span.text!r} does not match the text given; "
                "pass the exact string the extraction was made from"
            )
        key = (span.start, span.end, kind, n)
        if key not in seen:
            seen.add(key)
            marks.append(_Mark(span.start, span.end, kind, n))

    for n, e in enumerate(extraction.events, 1):
        for s in e.evidence:
            add(s, "evidence", n)
        for a in e.participants:
            add(a.span, "participant", n)
        for key in ("seller", "buyer", "deployer", "host"):
            a = getattr(e, key, None)
            if a is not None:
                add(a.span, "participant", n)
        if e.when is not None:
            add(e.when.span, "date", n)
        money = getattr(e, "value", None)
        if money is not None:
            add(money.span, "money", n)
        if e.location is not None:
            add(e.location.span, "location", n)
        for key in ("personnel", "quantity"):
            q = getattr(e, key, None)
            if q is not None:
                add(q.span, "quantity", n)
    return marks


def _segment_style(active: list[_Mark], events: list[EventBase]) -> tuple[str, str]:
    """The class list and inline style of a text segment covered by ``active`` marks."""
    types: list[str] = []
    for m in active:
        if m.kind == "evidence":
            t = events[m.event - 1].type  # type: ignore[attr-defined]
            if t not in types:
                types.append(t)
    types.sort(key=list(TYPE_COLOURS).index)
    classes = ["s"] + sorted({f"f-{m.kind}" for m in active if m.kind != "evidence"})
    style = ""
    if len(types) == 1:
        style = f"background:{TYPE_COLOURS[types[0]][0]}"
    elif types:
        step = 100 / len(types)
        bands = ", ".join(
            f"{TYPE_COLOURS[t][0]} {i * step:.0f}% {(i + 1) * step:.0f}%" for i, t in enumerate(types)
        )
        style = f"background:linear-gradient(to bottom, {bands})"
    return " ".join(classes), style


def _highlighted(extraction: Extraction, text: str, doc: int) -> str:
    """The text, escaped, cut at every span boundary, each segment styled by the spans covering it."""
    events: list[EventBase] = list(extraction.events)
    marks = _marks(extraction, text)
    tips = [_tooltip(n, e) for n, e in enumerate(events, 1)]
    starts: dict[int, list[_Mark]] = {}
    ends: dict[int, list[_Mark]] = {}
    for m in marks:
        starts.setdefault(m.start, []).append(m)
        ends.setdefault(m.end, []).append(m)
    # Leading and trailing blank lines outside every span are not drawn (they only pad the box).
    lo = min([len(text) - len(text.lstrip()), *starts])
    hi = max([len(text.rstrip()), *ends])
    lo = min(lo, hi)
    cuts = sorted({lo, hi, *starts, *ends})
    active: list[_Mark] = []
    badge_count: dict[int, int] = {}
    badged: set[tuple[int, int]] = set()
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        active = [m for m in active if m.end > a] + starts.get(a, [])
        for m in sorted(starts.get(a, []), key=lambda m: (m.event, -m.end)):
            if m.kind != "evidence" or (m.event, a) in badged:
                continue
            badged.add((m.event, a))
            k = badge_count[m.event] = badge_count.get(m.event, 0) + 1
            colour = TYPE_COLOURS.get(events[m.event - 1].type, ("", "#555"))[1]  # type: ignore[attr-defined]
            out.append(
                f'<a class="mk" id="d{doc}-e{m.event}-m{k}" href="#d{doc}-e{m.event}" '
                f'style="background:{colour}" title="{_e(tips[m.event - 1])}">{m.event}</a>'
            )
        piece = _e(text[a:b])
        if not active:
            out.append(piece)
            continue
        classes, style = _segment_style(active, events)
        lines: list[str] = []
        for n in sorted({m.event for m in active}):
            fields = sorted({FIELD_LABELS[m.kind] for m in active if m.event == n and m.kind != "evidence"})
            lines.append(tips[n - 1] + (f"\n(this span: {', '.join(fields)})" if fields else ""))
        style_attr = f' style="{style}"' if style else ""
        tip = "\n\n".join(lines)
        out.append(f'<span class="{classes}"{style_attr} title="{_e(tip)}">'
                   f"{piece}</span>")
    return "".join(out)


# --- page parts ------------------------------------------------------------------------------------

def _legend() -> str:
    types = "".join(
        f'<span><span class="swatch" style="background:{bg};border-left:3px solid {fg}">{_e(TYPE_LABELS[t])}</span></span>'
        for t, (bg, fg) in TYPE_COLOURS.items()
    )
    fields = (
        '<span class="f-participant">participant</span>'
        '<span class="f-date">date</span>'
        '<span class="f-money">money</span>'
        '<span class="f-location">location</span>'
        '<span class="f-quantity">count</span>'
    )
    return (
        f'<div class="legend"><strong>Events</strong>{types}<strong>Fields</strong>{fields}'
        '<span class="small">Hover a highlight for its fields; a numbered marker links to its row.</span></div>'
    )


def _codes(e: EventBase) -> str:
    if not e.participants:
        return '<span class="none">none</span>'
    names = "; ".join(_actor_text(a) for a in e.participants)
    return f'<span class="codes" title="{_e(names)}">{_e(" · ".join(e.codes) or "?")}</span>'


def _excerpt(s: str, width: int = 140) -> str:
    flat = " ".join(s.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _events_table(extraction: Extraction, doc: int) -> str:
    if not extraction.events:
        return '<p class="none">No events found.</p>'
    rows = []
    for n, e in enumerate(extraction.events, 1):
        kind: str = e.type  # type: ignore[attr-defined]
        bg, fg = TYPE_COLOURS.get(kind, ("#eee", "#555"))
        w = e.when
        if w is not None and w.value:
            span = ""
            if w.start or w.end:
                span = f"{w.start or '…'} – {w.end or '…'}" if w.start != w.end else ""
            date = (f"<strong>{_e(w.value)}</strong> <span class=\"small\">{_e(w.grain or '')}"
                    f"{', ' + _e(MOD_LABELS.get(w.mod, w.mod)) if w.mod else ''}</span>"
                    + (f'<br><span class="small nowrap">{_e(span)}</span>' if span else ""))
        elif w is not None and w.text:
            date = f'<span class="none">{_e(w.text)} (unresolved)</span>'
        else:
            date = '<span class="none">—</span>'
        loc = _e(e.location.name) if e.location is not None else ""
        rows.append(
            f'<tr id="d{doc}-e{n}">'
            f'<td class="n"><a href="#d{doc}-e{n}-m1">{n}</a></td>'
            f'<td class="ev-type"><span class="chip" style="background:{fg}"></span>{_e(TYPE_LABELS.get(kind, kind))}</td>'
            f"<td>{_codes(e)}</td><td>{date}</td><td>{_e(e.status)}</td>"
            f"<td class=\"nowrap\">{_e(_money_text(e) or '')}</td><td>{loc}</td>"
            f'<td class="excerpt">{_e(_excerpt(e.evidence[0].text))}<br><code>{_e(e.rule)}</code></td></tr>'
        )
    head = ("<tr><th class=\"n\">#</th><th>Type</th><th>Participants</th><th>Date</th><th>Status</th>"
            "<th>Money</th><th>Location</th><th>Evidence · rule</th></tr>")
    return f'<table class="events"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def _meta(extraction: Extraction) -> str:
    bits = [f"published {extraction.published}" if extraction.published else "no publication date"]
    if extraction.reference is not None:
        src = f" ({extraction.reference_source})" if extraction.reference_source else ""
        bits.append(f"dates resolved against {extraction.reference}{src}")
    n = len(extraction.events)
    bits.append(f"{n} event{'s' if n != 1 else ''}")
    return " · ".join(_e(b) for b in bits)


def _warnings(extraction: Extraction) -> str:
    if not extraction.warnings:
        return ""
    return '<div class="warn">' + "".join(f"<p>⚠ {_e(w)}</p>" for w in extraction.warnings) + "</div>"


def _section(doc: int, doc_id: Any, extraction: Extraction, text: str, *, heading: bool = True) -> str:
    body = _highlighted(extraction, text, doc)
    head = f"<h2>{_e(doc_id)}</h2>" if heading else ""
    return (
        f'<section class="doc" id="d{doc}">{head}<p class="meta">{_meta(extraction)}</p>{_warnings(extraction)}'
        f'{_events_table(extraction, doc)}<div class="text">{body}</div></section>'
    )


def _summary(docs: list[tuple[Any, Extraction, str]]) -> str:
    head = ("<tr><th>Document</th><th>Published</th>"
            + "".join(f'<th class="n">{_e(TYPE_LABELS[t])}</th>' for t in TYPE_COLOURS)
            + '<th class="n">Total</th><th>Participants</th><th class="n">Warnings</th></tr>')
    rows = []
    totals = dict.fromkeys(TYPE_COLOURS, 0)
    for i, (doc_id, ex, _) in enumerate(docs):
        counts = dict.fromkeys(TYPE_COLOURS, 0)
        for e in ex.events:
            counts[e.type] = counts.get(e.type, 0) + 1  # type: ignore[attr-defined]
            totals[e.type] = totals.get(e.type, 0) + 1  # type: ignore[attr-defined]
        codes = sorted({c for e in ex.events for c in e.codes})
        cells = "".join(
            f'<td class="n{" zero" if counts[t] == 0 else ""}">{counts[t]}</td>' for t in TYPE_COLOURS
        )
        rows.append(
            f'<tr><td><a href="#d{i}">{_e(doc_id)}</a></td><td>{_e(ex.published or "—")}</td>{cells}'
            f'<td class="n"><strong>{len(ex.events)}</strong></td><td class="codes">{_e(" · ".join(codes))}</td>'
            f'<td class="n{" zero" if not ex.warnings else ""}">{len(ex.warnings)}</td></tr>'
        )
    total_cells = "".join(f'<td class="n">{totals[t]}</td>' for t in TYPE_COLOURS)
    n_warn = sum(len(ex.warnings) for _, ex, _ in docs)
    rows.append(
        f'<tr class="total"><td>{len(docs)} document{"s" if len(docs) != 1 else ""}</td><td></td>{total_cells}'
        f'<td class="n">{sum(totals.values())}</td><td></td><td class="n">{n_warn}</td></tr>'
    )
    return f'<table class="summary"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def _page(title: str, subtitle: str, body: str) -> str:
    from . import __version__

    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="defevents {_e(__version__)}"><title>{_e(title)}</title>'
        f"<style>{_CSS}</style></head>\n<body style=\"margin:0;background:#fff\">"
        f'<div class="dfe"><h1>{_e(title)}</h1><p class="sub">{subtitle}</p>{_legend()}{body}'
        f'<footer>Generated by defevents {_e(__version__)}. Every highlight is an exact span of the text; '
        "dates are resolved against the reference date shown.</footer></div></body></html>\n"
    )


def extraction_html(extraction: Extraction, text: str, *, title: str | None = None) -> str:
    """One document as a self-contained HTML page: its events table and the highlighted text.

    ``text`` must be the exact string ``extraction`` was made from (an Extraction does not keep
    it); a span that does not match it raises :class:`ValueError`. ``title`` defaults to
    "defevents: N events".
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be the str the extraction was made from, not {type(text).__name__}")
    n = len(extraction.events)
    title = title if title is not None else f"defevents: {n} event{'s' if n != 1 else ''}"
    return _page(title, "Events found in one document.", _section(0, title, extraction, text, heading=False))


def report_html(documents: Iterable[tuple[Any, Extraction, str]], *, title: str | None = None) -> str:
    """Many documents on one self-contained HTML page, with a summary table on top.

    ``documents`` holds ``(doc_id, extraction, text)`` triples, in the order to show them.
    """
    docs: list[tuple[Any, Extraction, str]] = []
    for i, item in enumerate(documents):
        if not (isinstance(item, tuple) and len(item) == 3 and isinstance(item[1], Extraction)
                and isinstance(item[2], str)):
            raise TypeError(f"document {i}: expected a (doc_id, Extraction, text) triple")
        docs.append(item)
    title = title if title is not None else "defevents report"
    n_events = sum(len(ex.events) for _, ex, _ in docs)
    subtitle = _e(f"{n_events} event{'s' if n_events != 1 else ''} in {len(docs)} "
                  f"document{'s' if len(docs) != 1 else ''}.")
    body = _summary(docs) + "".join(_section(i, doc_id, ex, text) for i, (doc_id, ex, text) in enumerate(docs))
    return _page(title, subtitle, body)
