"""A timeline of events by resolved date: :func:`plot_timeline` (matplotlib, an optional extra).

Day-grain (and finer) dates are points; coarser ones ("2025", "2026-SU", "2024-Q1") are
horizontal bars over the days they cover; a date open at one end ("from 2027") is a marker with
an arrow. One row per event, coloured by type, labelled by its participants' codes. Events with
no resolved date are left out and counted in the title.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from .frame import Extractions, _row, iter_documents
from .report import TYPE_COLOURS, TYPE_LABELS

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes

__all__ = ["plot_timeline"]

_POINT_GRAINS = {"day", "hour", "minute"}


def _import_pyplot() -> Any:
    try:
        import matplotlib.dates  # noqa: F401
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise ImportError(
            "defevents.plot_timeline needs matplotlib, an optional extra: pip install 'defevents[plot]'"
        ) from exc
    return plt


def plot_timeline(extractions: Extractions, ax: Axes | None = None) -> Axes:
    """Draw the events on a time axis and return the matplotlib Axes.

    ``extractions`` takes the same shapes as :func:`defevents.to_frame`: an Extraction, an
    iterable of Extractions or of ``(doc_id, Extraction)`` pairs, or a mapping. With ``ax=None``
    a new figure is made, sized to the number of events.

    Raises :class:`ImportError` naming the extra to install when matplotlib is missing.
    """
    plt = _import_pyplot()
    import matplotlib.dates as mdates
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    rows = [dict(_row(doc_id, e), mod=e.when.mod if e.when is not None else None)
            for doc_id, ex in iter_documents(extractions) for e in ex.events]
    dated = [r for r in rows if r["start"] is not None or r["end"] is not None]
    undated = len(rows) - len(dated)
    dated.sort(key=lambda r: (r["start"] or r["end"], r["end"] or r["start"]))
    if ax is None:
        _, ax = plt.subplots(figsize=(10, max(2.5, 0.42 * len(dated) + 1.2)), layout="constrained")

    num = mdates.date2num
    for y, r in enumerate(dated):
        colour = TYPE_COLOURS.get(r["type"], ("#888888", "#888888"))[1]
        start: date | None = r["start"]
        end: date | None = r["end"]
        if start is not None and end is not None and (r["grain"] in _POINT_GRAINS or start == end):
            ax.plot([num(start)], [y], marker="o", markersize=7, color=colour, zorder=3)
            right = num(start)
        elif start is not None and end is not None:
            left, width = num(start), num(end + timedelta(days=1)) - num(start)
            ax.barh(y, width, left=left, height=0.55, color=colour, alpha=0.85, edgecolor=colour, zorder=2)
            right = left + width
        else:  # open interval: "from 2027", "until 2024"
            at = num(start if start is not None else end)
            ax.plot([at], [y], marker=">" if start is not None else "<", markersize=8, color=colour, zorder=3)
            right = at
        label = r["date"] or ""
        if start is None or end is None:
            label = f"from {label}" if start is not None else f"until {label}"
        elif r["mod"]:
            label = f"{label} ({r['mod'].lower().replace('_', ' ')})"
        ax.annotate(label, (right, y), xytext=(6, 0), textcoords="offset points", va="center",
                    fontsize=8, color="#444444")

    ax.set_yticks(range(len(dated)))
    ax.set_yticklabels([(r["participants"] or "?").replace(";", " · ") for r in dated], fontsize=9)
    ax.set_ylim(len(dated) - 0.5 if dated else 0.5, -0.5)  # earliest on top
    if dated:
        ax.xaxis_date()
        locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.use_sticky_edges = False
        ax.margins(x=0.06)
    ax.grid(axis="x", color="#dddddd", linewidth=0.8, zorder=0)
    ax.set_axisbelow(True)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.tick_params(axis="y", length=0)

    present = [t for t in TYPE_COLOURS if any(r["type"] == t for r in dated)]
    handles: list[Any] = [Patch(color=TYPE_COLOURS[t][1], label=TYPE_LABELS[t]) for t in present]
    if any(r["grain"] in _POINT_GRAINS for r in dated):
        handles.append(Line2D([], [], marker="o", linestyle="", color="#555555", label="a day"))
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=9)
    title = f"{len(dated)} event{'s' if len(dated) != 1 else ''} by date"
    if undated:
        title += f" ({undated} without a resolved date not shown)"
    ax.set_title(title, loc="left", fontsize=11)
    return ax
