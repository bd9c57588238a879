"""Each reader on a file of its format: PDF pages, an HTML article page, Markdown, the manifest."""

from pathlib import Path

import pytest
from pdf_builder import page_lines, write_pdf

from reader_app.ingest import (
    SUPPORTED_SUFFIXES,
    apply_manifest,
    load_manifest,
    load_path,
    load_paths,
)

PAGES = [
    ["Flood defences to be strengthened along the river", "",
     "The county council agreed on Thursday to spend twelve million pounds on new",
     "flood defences along the river, after last winter's storms damaged more than",
     "three hundred homes in the low-lying parts of the town.", "",
     "Engineers will raise the embankments by half a metre and build two new pump-"],
    ["ing stations near the railway bridge, the council's report said. Work is",
     "expected to start in the spring and finish within two years.", "",
     "Residents welcomed the decision but asked for temporary barriers before the",
     "next winter, when the river is most likely to burst its banks again."],
    ["The council will publish a timetable for the work at its next meeting in",
     "January, a spokesperson said."],
]


@pytest.fixture
def report_pdf(tmp_path) -> Path:
    pages = [page_lines("Valley County Council - Environment Committee", body, f"Page {n} of 3")
             for n, body in enumerate(PAGES, start=1)]
    return write_pdf(tmp_path / "flood-report.pdf", pages)


def test_pdf_pages_become_paragraphs(report_pdf):
    article = load_path(report_pdf)
    assert article.source_format == "pdf" and article.id == "flood-report"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == "Flood defences to be strengthened along the river"
    assert paragraphs[1].startswith("The county council agreed on Thursday to spend twelve million pounds "
                                    "on new flood defences")
    # a word hyphenated across the page break and a paragraph running onto the next page
    assert "build two new pumping stations near the railway bridge" in article.text
    assert "low-lying" in article.text
    assert "January, a spokesperson said." in article.text
    assert "Environment Committee" not in article.text and "Page 2 of 3" not in article.text
    reasons = {r.reason for r in article.removed}
    assert reasons == {"running header/footer", "page number"}
    assert article.meta.title == "Flood defences to be strengthened along the river"


HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Library hours extended | Northfield Courier</title>
<meta name="author" content="Sam Patel">
<meta property="og:site_name" content="Northfield Courier">
<meta property="article:published_time" content="2024-02-19T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> NAV_MENU_TEXT</nav>
<header><div class="logo">Northfield Courier</div></header>
<main><article>
<h1>Library hours extended</h1>
<p class="byline">By Sam Patel</p>
<p>The central library will stay open until nine in the evening on weekdays from March, the council
announced on Monday, after a petition signed by more than four thousand residents.</p>
<p>Students had complained that the library closed too early for them to study after classes, and
local businesses said longer hours would bring more people into the town centre in the evening.</p>
<p>"We listened to what people told us," the council's head of culture said. The change will cost
about 120,000 pounds a year, paid from the arts budget.</p>
</article></main>
<aside>Most read: ASIDE_PROMO_TEXT</aside>
<footer>Copyright 2024 Northfield Courier. FOOTER_TEXT <a href="/privacy">Privacy</a></footer>
</body></html>"""


def test_html_article_page(tmp_path):
    path = tmp_path / "library.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    article = load_path(path)
    assert "stay open until nine in the evening" in article.text
    assert "paid from the arts budget" in article.text
    for chrome in ("NAV_MENU_TEXT", "ASIDE_PROMO_TEXT", "FOOTER_TEXT"):
        assert chrome not in article.text
    meta = article.meta
    assert meta.title == "Library hours extended"
    assert meta.author == "Sam Patel"
    assert meta.date == "2024-02-19"
    assert meta.outlet == "Northfield Courier"
    assert meta.evidence_for("outlet").source == "html"


def test_html_without_article_markup_falls_back(tmp_path):
    path = tmp_path / "bare.htm"
    path.write_text("<html><head><title>Notice</title><script>var HIDDEN = 1;</script></head>"
                    "<body><p>Bins are collected on Tuesday this week.</p></body></html>")
    article = load_path(path)
    assert "Bins are collected on Tuesday" in article.text
    assert "HIDDEN" not in article.text


def test_markdown_markup_dropped(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# Market moves to the square\n\nBy Lee Chan\n\nThe **weekly market** moves to the "
                    "[town square](https://example.org/square) from June, *traders* said.\n\n"
                    "![stalls](http://images.example/stalls.jpg)\n\n* Fruit\n* Bread\n", encoding="utf-8")
    article = load_path(path)
    assert article.text.startswith("Market moves to the square\n\nThe weekly market moves to the town square")
    assert "images.example" not in article.text and "**" not in article.text
    assert "- Fruit\n- Bread" in article.text
    assert article.meta.author == "Lee Chan" and article.source_format == "md"


def test_windows_newlines_and_bom(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("\ufeffBus lanes approved\r\n\r\nThe plan was approved on Friday, the mayor said.\r\n"
                     .encode("utf-8"))
    article = load_path(path)
    assert article.text == "Bus lanes approved\n\nThe plan was approved on Friday, the mayor said."
    assert "\r" not in article.raw_text and not article.raw_text.startswith("\ufeff")


def test_supported_suffixes():
    assert {".txt", ".md", ".html", ".htm", ".pdf"} <= set(SUPPORTED_SUFFIXES)


def test_manifest_values_override_with_manifest_evidence(seeds_dir):
    manifest = load_manifest(seeds_dir)
    assert manifest.name and manifest.description
    articles, errors = load_paths(sorted(seeds_dir.glob("*.txt")))
    assert not errors
    for article in articles:
        entry = manifest.entry_for(article)
        applied = apply_manifest(article, manifest)
        for field, value in entry.items():
            assert getattr(applied.meta, field) == value
            assert applied.meta.evidence_for(field).source == "manifest"
        untouched = {"title", "author", "date"} - set(entry)
        for field in untouched:
            assert getattr(applied.meta, field) == getattr(article.meta, field)


def test_manifest_missing_and_broken(tmp_path):
    assert load_manifest(tmp_path) is None
    (tmp_path / "collection.toml").write_text("name = [unclosed")
    with pytest.raises(ValueError, match="collection.toml: cannot read collection manifest"):
        load_manifest(tmp_path)


def test_html_site_name_from_the_title_tag(tmp_path):
    path = tmp_path / "allotments.html"
    path.write_text("<html><head><title>Allotments waiting list grows - Village Post</title></head><body>"
                    "<article><h1>Allotments waiting list grows</h1><p>More than two hundred people are now "
                    "waiting for an allotment in the village, the parish council said on Monday.</p>"
                    "<p>The council said it was looking for new land near the school.</p></article></body></html>")
    meta = load_path(path).meta
    assert meta.title == "Allotments waiting list grows"
    assert meta.outlet == "Village Post" and meta.evidence_for("outlet").source == "html"
    assert meta.date is None


def test_pdf_columns_stay_apart(tmp_path):
    left = ["The harbour board met on Monday to", "discuss the new ferry timetable.", "",
            "Fares will not change this year."]
    right = ["The school board met on Tuesday to", "discuss longer library hours."]
    lines = [(72, 700 - 14 * i, t) for i, t in enumerate(left) if t]
    lines += [(320, 700 - 14 * i, t) for i, t in enumerate(right)]
    article = load_path(write_pdf(tmp_path / "columns.pdf", [lines]))
    assert article.text.split("\n\n") == [
        "The harbour board met on Monday to discuss the new ferry timetable.",
        "Fares will not change this year.",
        "The school board met on Tuesday to discuss longer library hours.",
    ]
