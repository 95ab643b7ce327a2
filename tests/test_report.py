"""HTML rendering: escaping (hostile text stays inert), self-containment, overlapping spans, the report page."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from defevents import Extraction, extract
from defevents.cli import main
from defevents.report import TYPE_COLOURS, extraction_html, report_html

from .conftest import SEEDS, seed_documents

HOSTILE = ('Sweden and Lithuania signed a defence pact on 8 May 2025. <script>alert("x & y")</script> '
           "Officials said the 'deal' was \"historic\" &amp; <b>binding</b> --> <!-- </div> <img src=x onerror=alert(1)>")


class Page(HTMLParser):
    """Every tag with its attributes, and the text inside the highlighted document (markers left out)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.comments: list[str] = []
        self.stack: list[tuple[str, set[str]]] = []
        self.texts: list[str] = []  # one string per .text block
        self.titles: list[str] = []

    def _classes(self) -> set[str]:
        return {c for _, cs in self.stack for c in cs}

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        self.tags.append((tag, d))
        if d.get("title"):
            self.titles.append(d["title"])
        if tag in ("meta", "br", "img", "link", "input"):
            return
        classes = set((d.get("class") or "").split())
        if "text" in classes:
            self.texts.append("")
        self.stack.append((tag, classes))

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, _ = self.stack.pop()
            if open_tag == tag:
                break

    def handle_comment(self, data):
        self.comments.append(data)

    def handle_data(self, data):
        classes = self._classes()
        if "text" in classes and "mk" not in classes:
            self.texts[-1] += data


def parse(page: str) -> Page:
    p = Page()
    p.feed(page)
    p.close()
    return p


class TestEscaping:
    def test_script_quotes_and_ampersands_come_out_inert(self):
        result = extract(HOSTILE)
        assert result.events, "the example should yield an event so spans are rendered too"
        page = result.to_html(HOSTILE, title='<script>alert("title")</script> & "co"')
        p = parse(page)
        tags = {t for t, _ in p.tags}
        assert "script" not in tags and "img" not in tags and "b" not in tags
        assert not p.comments
        assert not any(k.startswith("on") for _, attrs in p.tags for k in attrs)
        # The document text comes out exactly, as text: tags, quotes and entities unchanged.
        (shown,) = p.texts
        assert shown == HOSTILE
        assert "&lt;script&gt;alert(&quot;x &amp; y&quot;)&lt;/script&gt;" in page
        assert "&amp;amp;" in page  # a literal "&amp;" in the source is shown as "&amp;"

    def test_hostile_field_values_and_ids_are_escaped(self):
        text = "Sweden and Lithuania signed a defence pact <script>x</script> on 8 May 2025."
        base = extract(text).model_dump()
        event = base["events"][0]
        event["participants"][0]["name"] = '<script>alert("name")</script>'
        event["participants"][0]["role"] = "\" onmouseover=\"alert(1)"
        event["evidence"] = [{"start": 0, "end": 60, "text": text[:60]}]
        base["warnings"] = ["<img src=x onerror=alert(1)> & 'warning'"]
        evil = Extraction.model_validate(base)
        page = report_html([('<script>alert("id")</script>', evil, text)], title="<b>report</b>")
        p = parse(page)
        assert {t for t, _ in p.tags}.isdisjoint({"script", "img", "b"})
        assert not any(k.startswith("on") for _, attrs in p.tags for k in attrs)
        assert any('<script>alert("name")</script>' in t for t in p.titles)  # the tooltip shows it as text
        assert p.texts == [text]

    def test_span_that_does_not_match_the_text_is_refused(self):
        result = extract("Sweden and Lithuania signed a defence pact on 8 May 2025.")
        with pytest.raises(ValueError, match="does not match the text"):
            result.to_html("Norway and Denmark signed a defence pact on 8 May 2025.")
        with pytest.raises(TypeError, match="str"):
            result.to_html(b"bytes")  # type: ignore[arg-type]


class TestSelfContained:
    def test_no_external_assets_and_no_scripts(self):
        items = [(doc["file"], extract(text, published=doc["published"]), text) for doc, text in seed_documents()]
        page = report_html(items)
        p = parse(page)
        tags = {t for t, _ in p.tags}
        assert tags.isdisjoint({"script", "link", "img", "iframe", "object", "embed"})
        for _, attrs in p.tags:
            assert not (attrs.get("src") or "")
            href = attrs.get("href") or ""
            assert href == "" or href.startswith("#"), href
        assert "url(" not in page and "@import" not in page
        assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page

    def test_to_html_is_extraction_html(self):
        text = "Sweden and Lithuania signed a defence pact on 8 May 2025."
        result = extract(text)
        assert result.to_html(text, title="T") == extraction_html(result, text, title="T")

    def test_no_events_still_renders_the_text(self):
        text = "Nothing happened today. <tag> & more"
        p = parse(extract(text).to_html(text))
        assert p.texts == [text]


class TestOverlaps:
    def build(self) -> tuple[Extraction, str]:
        """A meeting and an agreement whose evidence spans cross, with a participant in the overlap."""
        text = "Alpha Beta Gamma Delta Epsilon Zeta"
        span = lambda s, e: {"start": s, "end": e, "text": text[s:e]}  # noqa: E731
        i_gamma, i_eps = text.index("Gamma"), text.index("Epsilon")
        ex = Extraction.model_validate({"events": [
            {"type": "meeting", "rule": "meeting.test", "evidence": [span(0, i_eps - 1)],
             "participants": [{"name": "Gamma", "kind": "state", "code": "GAM", "span": span(i_gamma, i_gamma + 5)}]},
            {"type": "agreement", "rule": "agreement.test", "evidence": [span(i_gamma, len(text))],
             "when": {"text": "Zeta", "value": "2025", "grain": "year", "start": "2025-01-01",
                      "end": "2025-12-31", "span": span(len(text) - 4, len(text))}},
        ]})
        return ex, text

    def test_crossing_spans_are_segmented_and_the_text_is_unchanged(self):
        ex, text = self.build()
        page = ex.to_html(text)
        p = parse(page)
        assert p.texts == [text]
        segments = [(attrs, ) for tag, attrs in p.tags if tag == "span" and "s" in (attrs.get("class") or "").split()]
        # "Alpha Beta " (meeting only), "Gamma" (both, participant), " Delta" (both), " Epsilon " (agreement),
        # "Zeta" (agreement, date)
        assert len(segments) == 5
        both = [a for (a,) in segments if "linear-gradient" in (a.get("style") or "")]
        assert len(both) == 2
        assert all(TYPE_COLOURS["meeting"][0] in a["style"] and TYPE_COLOURS["agreement"][0] in a["style"] for a in both)
        assert all("#1 Meeting" in a["title"] and "#2 Agreement" in a["title"] for a in both)
        assert "f-participant" in both[0]["class"]
        assert "f-date" in segments[-1][0]["class"] and "2025 (year" in segments[-1][0]["title"]
        # one numbered marker per evidence span, linking to the event's row
        markers = [a for tag, a in p.tags if tag == "a" and "mk" in (a.get("class") or "")]
        assert [m["href"] for m in markers] == ["#d0-e1", "#d0-e2"]
        rows = [a["id"] for tag, a in p.tags if tag == "tr" and a.get("id")]
        assert rows == ["d0-e1", "d0-e2"]

    def test_seed_overlaps_render_every_character_once(self):
        for doc, text in seed_documents():
            result = extract(text, published=doc["published"])
            (shown,) = parse(result.to_html(text)).texts
            assert shown == text.strip()


class TestReport:
    def test_summary_table_counts_events_per_document(self):
        items = [(doc["file"], extract(text, published=doc["published"]), text) for doc, text in seed_documents()]
        page = report_html(items, title="Seeds")
        p = parse(page)
        assert page.index('class="summary"') < page.index('class="doc"')
        for name, ex, _ in items:
            assert name in page
        total = sum(len(ex.events) for _, ex, _ in items)
        assert f"{total} events in 3 documents." in page
        assert [a["id"] for t, a in p.tags if t == "section"] == ["d0", "d1", "d2"]

    def test_bad_documents_argument(self):
        with pytest.raises(TypeError, match="triple"):
            report_html([("a", "not an extraction", "text")])  # type: ignore[list-item]

    def test_cli_html_report(self, tmp_path, capsys):
        out = tmp_path / "report.html"
        assert main(["extract", str(SEEDS), "--format", "html", "-o", str(out)]) == 0
        page = out.read_text(encoding="utf-8")
        p = parse(page)
        assert 'class="summary"' in page and len(p.texts) == 3
        assert all(name in page for name in (f.name for f in SEEDS.glob("*.txt")))
        assert "script" not in {t for t, _ in p.tags}

    def test_cli_html_to_stdout(self, capsys):
        assert main(["extract", str(SEEDS / "001_7a58e549412a915d.txt"), "--format", "html",
                     "--published", "2025-03-24"]) == 0
        assert capsys.readouterr().out.startswith("<!DOCTYPE html>")
