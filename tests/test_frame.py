"""to_frame (typed columns, input shapes), plot_timeline, the CLI's CSV, and the optional-extra ImportErrors."""

from __future__ import annotations

import csv
import io
import sys
from datetime import date

import pytest

import defevents
from defevents import extract, plot_timeline, to_frame
from defevents.cli import main
from defevents.frame import COLUMNS, event_rows

from .conftest import SEEDS, seed_documents

EXPECTED_COLUMNS = ["doc_id", "type", "participants", "date", "start", "end", "grain", "amount", "currency",
                    "status", "location", "evidence", "rule"]


@pytest.fixture(scope="module")
def seed_pairs():
    return [(doc["doc_id"], extract(text, published=doc["published"])) for doc, text in seed_documents()]


class TestRows:
    """event_rows needs no pandas: what the CSV is written from."""

    def test_columns_and_values(self, seed_pairs):
        rows = event_rows(seed_pairs)
        assert list(COLUMNS) == EXPECTED_COLUMNS
        assert all(list(r) == EXPECTED_COLUMNS for r in rows)
        assert len(rows) == sum(len(ex.events) for _, ex in seed_pairs)
        deal = next(r for r in rows if r["type"] == "export_deal")
        assert deal["doc_id"] == "000_e6ccb96592eb9135" and deal["participants"] == "GBR;POL"
        assert deal["currency"] == "GBP" and deal["amount"] == 1_900_000_000
        assert deal["date"] == "2023" and (deal["start"], deal["end"]) == (date(2023, 1, 1), date(2023, 12, 31))

    def test_input_shapes(self, seed_pairs):
        (_, one), *_ = seed_pairs
        n = len(one.events)
        assert {r["doc_id"] for r in event_rows(one)} == {0}
        assert {r["doc_id"] for r in event_rows([one, one])} == {0, 1}
        assert {r["doc_id"] for r in event_rows({"a": one})} == {"a"}
        assert {r["doc_id"] for r in event_rows([("a", one, "the text")])} == {"a"}
        assert len(event_rows((x for x in [one]))) == n

    @pytest.mark.parametrize("bad", ["text", 42, [("a", "b")], [None]])
    def test_bad_input(self, bad):
        with pytest.raises(TypeError, match="Extraction"):
            event_rows(bad)


class TestToFrame:
    def test_one_row_per_event_with_typed_columns(self, seed_pairs):
        pd = pytest.importorskip("pandas")
        df = to_frame(seed_pairs)
        assert list(df.columns) == EXPECTED_COLUMNS
        assert len(df) == sum(len(ex.events) for _, ex in seed_pairs)
        assert pd.api.types.is_datetime64_any_dtype(df["start"]) and pd.api.types.is_datetime64_any_dtype(df["end"])
        assert df["amount"].dtype == "float64"
        for c in ("type", "participants", "date", "grain", "currency", "status", "location", "evidence", "rule"):
            assert pd.api.types.is_string_dtype(df[c]), c
        deals = df[df.type == "export_deal"]
        assert deals["amount"].tolist() == [1.9e9, 4e9] and set(deals["currency"]) == {"GBP"}
        assert df.loc[df.type != "export_deal", "amount"].isna().all()
        summer = df[df.date == "2026-SU"].iloc[0]
        assert summer.grain == "season"
        assert summer.start == pd.Timestamp("2026-06-01") and summer.end == pd.Timestamp("2026-08-31")
        assert (df["end"] - df["start"]).min() >= pd.Timedelta(0)
        # participants split back into codes; one cell per event
        assert df.participants.str.split(";").map(len).min() >= 1

    def test_single_extraction_and_empty(self):
        pd = pytest.importorskip("pandas")
        df = to_frame(extract("Sweden and Lithuania signed a defence pact on 8 May 2025."))
        assert df.loc[0, "doc_id"] == 0 and df.loc[0, "participants"] == "LTU;SWE"
        assert df.loc[0, "start"] == pd.Timestamp("2025-05-08") and pd.isna(df.loc[0, "location"])
        empty = to_frame([])
        assert list(empty.columns) == EXPECTED_COLUMNS and len(empty) == 0
        assert pd.api.types.is_datetime64_any_dtype(empty["start"]) and empty["amount"].dtype == "float64"

    def test_open_interval_and_missing_dates(self):
        pd = pytest.importorskip("pandas")
        df = to_frame(extract("Germany will deploy a brigade of about 5,000 troops to Lithuania from 2027.",
                              published="2024-12-18"))
        row = df.iloc[0]
        assert row.start == pd.Timestamp("2027-01-01") and pd.isna(row.end)

    def test_without_pandas_the_error_names_the_extra(self, monkeypatch, seed_pairs):
        monkeypatch.setitem(sys.modules, "pandas", None)
        with pytest.raises(ImportError, match=r"pip install 'defevents\[pandas\]'"):
            to_frame(seed_pairs)
        assert event_rows(seed_pairs)  # the plain rows still work


class TestPlot:
    @pytest.fixture(autouse=True)
    def agg(self):
        mpl = pytest.importorskip("matplotlib")
        mpl.use("Agg")
        import matplotlib.pyplot as plt

        yield
        plt.close("all")

    def test_points_for_days_and_bars_for_coarse_grains(self, seed_pairs):
        from matplotlib.axes import Axes
        from matplotlib.patches import Rectangle

        ax = plot_timeline(seed_pairs)
        assert isinstance(ax, Axes)
        rows = [r for r in event_rows(seed_pairs) if r["start"] or r["end"]]
        days = [r for r in rows if r["grain"] in ("day", "hour", "minute")]
        coarse = [r for r in rows if r not in days]
        bars = [p for p in ax.patches if isinstance(p, Rectangle)]
        points = [ln for ln in ax.lines if ln.get_marker() == "o"]
        assert len(bars) == len(coarse) and len(points) == len(days)
        labels = [t.get_text() for t in ax.get_yticklabels()]
        assert len(labels) == len(rows) and "GBR · POL" in labels
        legend = [t.get_text() for t in ax.get_legend().get_texts()]
        assert {"Agreement", "Meeting", "Deployment", "Export deal"} <= set(legend)

    def test_uses_the_given_axes(self):
        import matplotlib.pyplot as plt

        _, ax = plt.subplots()
        result = extract("Britain will deploy 900 troops to Estonia next summer.", published="2025-11-14")
        assert plot_timeline(result, ax=ax) is ax
        assert "2026-SU" in [t.get_text() for t in ax.texts]

    def test_nothing_dated(self):
        ax = plot_timeline([])
        assert "0 events" in ax.get_title(loc="left")

    def test_without_matplotlib_the_error_names_the_extra(self, monkeypatch, seed_pairs):
        for name in ("matplotlib", "matplotlib.pyplot", "matplotlib.dates"):
            monkeypatch.setitem(sys.modules, name, None)
        with pytest.raises(ImportError, match=r"pip install 'defevents\[plot\]'"):
            plot_timeline(seed_pairs)


class TestCliCsv:
    def test_csv_has_the_frame_columns_and_one_row_per_event(self, capsys, seed_pairs):
        assert main(["extract", str(SEEDS), "--published", "2025-03-24", "--format", "csv"]) == 0
        out = capsys.readouterr().out
        rows = list(csv.reader(io.StringIO(out)))
        assert rows[0] == EXPECTED_COLUMNS
        body = [dict(zip(rows[0], r)) for r in rows[1:]]
        expected = event_rows([(str(p), extract(p.read_text(encoding="utf-8"), published="2025-03-24"))
                               for p in sorted(SEEDS.glob("*.txt"))])
        assert len(body) == len(expected)
        for got, want in zip(body, expected):
            assert got["doc_id"] == want["doc_id"] and got["participants"] == want["participants"]
            assert got["start"] == (want["start"].isoformat() if want["start"] else "")
            assert got["amount"] == (str(want["amount"]) if want["amount"] is not None else "")
            assert got["evidence"] == want["evidence"]

    def test_csv_reads_back_into_pandas(self, tmp_path, capsys):
        pd = pytest.importorskip("pandas")
        out = tmp_path / "events.csv"
        assert main(["extract", str(SEEDS), "--format", "csv", "-o", str(out)]) == 0
        df = pd.read_csv(out, parse_dates=["start", "end"])
        assert list(df.columns) == EXPECTED_COLUMNS
        assert df["amount"].dtype == "float64" and pd.api.types.is_datetime64_any_dtype(df["start"])

    def test_csv_needs_no_pandas(self, monkeypatch, capsys):
        monkeypatch.setitem(sys.modules, "pandas", None)
        assert main(["extract", str(SEEDS / "000_e6ccb96592eb9135.txt"), "--format", "csv"]) == 0
        assert capsys.readouterr().out.startswith(",".join(EXPECTED_COLUMNS))


def test_exported_at_package_level():
    assert defevents.to_frame is to_frame and defevents.plot_timeline is plot_timeline
