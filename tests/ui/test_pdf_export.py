"""The annotated PDF as readers get it: text, real Highlight notes over the right words, clean failures."""

import html
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtGui")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))

from export_samples import (
    article_from,
    council_annotations,
    council_item,
    gold_comparison,
    pipeline_comparison,
    pipeline_items,
    seed_items,
)
from pypdf import PdfReader

from reader_app.export.errors import ExportError
from reader_app.export.pdf_plan import plan_export
from reader_app.model import Analysis, Claim, Metadata
from reader_app.palette import tint
from reader_app.ui.pdf import export_pdf

WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)
LIGATURES = "\ufb00\ufb01\ufb02\ufb03\ufb04"


def needs_poppler():
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")


def pdf_text(path: Path) -> str:
    needs_poppler()
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(out.stdout.split())


def word_boxes(path: Path, page: int) -> list[tuple[str, float, float, float, float]]:
    """pdftotext word boxes of one page (1-based), in PDF points with y upward like QuadPoints."""
    needs_poppler()
    cmd = ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', out).group(1))
    return [
        (html.unescape(w), float(x0), height - float(y1), float(x1), height - float(y0))
        for x0, y0, x1, y1, w in WORD.findall(out)
    ]


def highlights(path: Path) -> list[tuple[int, dict]]:
    reader = PdfReader(str(path))
    out = []
    for number, page in enumerate(reader.pages):
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            if annot.get("/Subtype") == "/Highlight":
                out.append((number, annot))
    return out


@pytest.fixture(scope="module")
def council_pdf(tmp_path_factory):
    article, analysis = council_item()
    marks = council_annotations(article)
    out = tmp_path_factory.mktemp("pdf") / "council.pdf"
    report = export_pdf([(article, analysis)], out, annotations=marks, user_name="Ada")
    plans = plan_export([(article, analysis)], marks)
    return out, report, plans[0]


@pytest.fixture(scope="module", params=["gold", "pipeline"])
def seeds_pdf(request, tmp_path_factory):
    """The seeds marked with the gold annotations, and as the real ingest + pipeline mark them."""
    if request.param == "gold":
        items, comparison = seed_items(), gold_comparison()
    else:
        items = pipeline_items()
        if items is None:
            pytest.skip("ingest or the analysis pipeline is not there yet")
        comparison = pipeline_comparison(items)
    out = tmp_path_factory.mktemp("pdf") / "seeds.pdf"
    report = export_pdf(items, out, comparison=comparison, page_size="Letter")
    return out, report, items


def test_every_seed_article_is_in_the_text_without_ligatures(seeds_pdf):
    out, report, items = seeds_pdf
    assert len(PdfReader(str(out)).pages) == report.pages > len(items)
    text = pdf_text(out)
    assert not any(ch in text for ch in LIGATURES)
    for article, analysis in items:
        # The first sentence of every claim or quote holds distinctive words of each article.
        sample = (analysis.claims or analysis.attributions)[0]
        passage = sample.text if hasattr(sample, "text") else sample.content[0].text
        # pdftotext drops a hyphen that ends a line ("Nagorno-" + "Karabakh"), so hyphens are ignored.
        assert " ".join(passage.split()).replace("-", "") in text.replace("-", ""), article.id
    assert "Appendix: how the sources compare" in text and "Page 1 of" in text


def test_letter_size_pages(seeds_pdf):
    out, _, _ = seeds_pdf
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_one_highlight_per_span_with_note_author_and_popup(council_pdf):
    out, report, plan = council_pdf
    found = highlights(out)
    primary = [a for _, a in found if "/IRT" not in a]
    assert len(primary) == len(plan.spans) == report.spans > 0
    assert len(found) == report.highlights
    for _, annot in found:
        assert annot["/Contents"].strip() and annot["/T"].strip()
        assert len(annot["/QuadPoints"]) % 8 == 0
    for annot in primary:
        popup = annot["/Popup"].get_object()
        assert popup["/Subtype"] == "/Popup" and popup["/Parent"].get_object() is annot
    authors = {a["/T"] for a in primary}
    assert authors == {"reader-app", "Ada Reviewer"}


def test_dismissed_suggestion_has_no_annotation(council_pdf):
    out, report, _ = council_pdf
    notes = [a["/Contents"] for _, a in highlights(out)]
    assert report.dismissed == 1
    assert not any("'heated'" in n for n in notes) and any("'visionary'" in n for n in notes)


def test_user_note_marker_and_footnote_survive_printing(council_pdf):
    out, _, _ = council_pdf
    text = pdf_text(out)
    assert "cost $4.2 million[1]" in text
    assert (
        "Notes [1] \u201ccost $4.2 million\u201d" in text
        and "Budget office PDF says $4.5 million" in text
    )


@pytest.mark.parametrize(
    "quote", ["Mayor Jane Doe", "cost $4.2 million", "visionary", "Shop owner Tom Finch"]
)
def test_quadpoints_lie_over_the_words(council_pdf, quote):
    out, _, _ = council_pdf
    page, annot = next((p, a) for p, a in highlights(out) if _quoted_text(a, quote))
    quads = [float(v) for v in annot["/QuadPoints"]]
    assert len(quads) == 8  # one line
    left, top, right, bottom = quads[0], quads[1], quads[2], quads[5]
    words = word_boxes(out, page + 1)
    expected = [w for w in words if w[0].rstrip(",.[]1") in quote.split()]
    inside = [
        w
        for w in expected
        if left - 1 <= w[1] and w[3] <= right + 1 and bottom - 1 <= w[2] and w[4] <= top + 1
    ]
    assert {w[0].rstrip(",.[]1") for w in inside} == set(quote.split())
    outside = [
        w
        for w in words
        if left + 2 < (w[1] + w[3]) / 2 < right - 2 and bottom < (w[2] + w[4]) / 2 < top
    ]
    assert {w[0].rstrip(",.[]1") for w in outside} <= set(quote.split())


def _quoted_text(annot, quote: str) -> bool:
    note = annot["/Contents"]
    marks = {
        "Mayor Jane Doe": "Speaker: Jane Doe",
        "cost $4.2 million": "Note 1:",
        "visionary": "Puffery: 'visionary'",
        "Shop owner Tom Finch": "Speaker: Tom Finch",
    }
    return note.startswith(marks[quote])


def test_span_across_a_page_break_is_one_grouped_note(tmp_path):
    text = "Opening line.\n\n" + " ".join(
        f"Sentence number {i} of a very long claim." for i in range(420)
    )
    article = article_from(text, "long", Metadata(title="A long wire story", outlet="Wire"))
    start = text.index("Sentence number 0")
    analysis = Analysis(
        article.id, claims=(Claim(start, len(text), text[start:], 0.5, ("event",), ()),)
    )
    out = tmp_path / "long.pdf"
    report = export_pdf([(article, analysis)], out)
    found = highlights(out)
    assert report.spans == 1 and len(found) == report.highlights > 1
    first, rest = found[0][1], [a for _, a in found[1:]]
    assert len({p for p, _ in found}) == len(found)  # one part per page
    for part in rest:
        assert part["/IRT"].get_object() is first and part["/RT"] == "/Group"
        assert part["/Contents"] == first["/Contents"]


@pytest.mark.parametrize(
    "text",
    [
        "Prices \U0001d400\U0001d401 rose sharply. The treasurer resigned on Friday.",
        "Prices rose.\r\n\r\nIt was sharp.\r\nThe treasurer resigned on Friday.",
        "See https://example.org/" + "a" * 150 + " now.\n\nThe treasurer resigned on Friday.",
    ],
    ids=["astral", "crlf", "long-token"],
)
def test_text_after_odd_characters_still_lines_up(tmp_path, text):
    article = article_from(text, "astral", Metadata(title="Astral", outlet="Test Times"))
    start = text.index("treasurer resigned")
    claim = Claim(
        start, start + len("treasurer resigned"), "treasurer resigned", 0.9, ("event",), ()
    )
    out = tmp_path / "astral.pdf"
    export_pdf([(article, Analysis(article.id, claims=(claim,)))], out)
    page, annot = highlights(out)[0]
    q = [float(v) for v in annot["/QuadPoints"]]
    words = {w[0]: w for w in word_boxes(out, page + 1)}
    for word in ("treasurer", "resigned"):
        _, x0, y0, x1, y1 = words[word]
        assert q[0] - 1 <= x0 and x1 <= q[2] + 1 and q[5] - 1 <= y0 and y1 <= q[1] + 1
    _, x0, _, x1, _ = words["The"]
    assert x1 <= q[0] + 1


def test_empty_selection_fails_clearly(tmp_path):
    target = tmp_path / "none.pdf"
    with pytest.raises(ExportError, match=r"none\.pdf: nothing to export"):
        export_pdf([], target)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_path_fails_clearly_and_leaves_nothing(tmp_path):
    item = council_item()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(
        ExportError, match=r"not-a-folder/out\.pdf: cannot write \(folder .* does not exist\)"
    ):
        export_pdf([item], blocker / "out.pdf")
    with pytest.raises(ExportError, match="unknown page size"):
        export_pdf([item], tmp_path / "out.pdf", page_size="A3")
    assert [p.name for p in tmp_path.iterdir()] == ["not-a-folder"]


def test_failure_while_rendering_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "keep.pdf"
    target.write_bytes(b"%PDF old")

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("reader_app.ui.pdf.render.add_highlights", broken)
    with pytest.raises(ExportError, match=r"keep\.pdf: cannot write \(No space left on device\)"):
        export_pdf([council_item()], target)
    assert target.read_bytes() == b"%PDF old" and [p.name for p in tmp_path.iterdir()] == [
        "keep.pdf"
    ]


def test_progress_reaches_every_page_and_cancel_leaves_nothing(tmp_path):
    item = council_item()
    seen = []
    report = export_pdf([item, item], tmp_path / "p.pdf", progress=lambda d, t: seen.append((d, t)))
    assert seen == [(n, report.pages) for n in range(1, report.pages + 1)]
    with pytest.raises(ExportError, match=r"c\.pdf: export cancelled, nothing written"):
        export_pdf([item], tmp_path / "c.pdf", cancel=lambda: True)
    assert [p.name for p in tmp_path.iterdir()] == ["p.pdf"]
    assert PdfReader(str(tmp_path / "p.pdf")).metadata["/Author"] == "reader-app"


def test_fonts_are_embedded_and_rect_bounds_the_quads(council_pdf):
    out, _, plan = council_pdf
    reader = PdfReader(str(out))
    fonts = {}
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            for part in font.get("/DescendantFonts", [font]):
                descriptor = part.get_object().get("/FontDescriptor")
                fonts[str(font["/BaseFont"])] = descriptor is not None and any(
                    k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")
                )
    assert fonts and all(fonts.values()), fonts
    fills = {s.fill.lower() for s in plan.spans}
    for _, annot in highlights(out):
        q = [float(v) for v in annot["/QuadPoints"]]
        xs, ys = q[0::2], q[1::2]
        rect = [float(v) for v in annot["/Rect"]]
        assert rect == pytest.approx([min(xs), min(ys), max(xs), max(ys)], abs=0.01)
        color = "#" + "".join(f"{round(float(c) * 255):02x}" for c in annot["/C"])
        assert color in fills


def _words(text: str) -> list[str]:
    return [w for w in (re.sub(r"[^\w$%]", "", t).lower() for t in text.split()) if w]


def test_every_seed_highlight_covers_exactly_its_words(seeds_pdf):
    """For each note, the words poppler finds under its QuadPoints are the words of its span."""
    out, _, items = seeds_pdf
    plans = {p.article.id: p for p in plan_export(items)}
    boxes: dict[int, list] = {}
    checked = 0
    for page, annot in highlights(out):
        article_id, index, _ = str(annot["/NM"]).split("/", 2)
        span = plans[article_id].spans[int(index)]
        words = boxes.setdefault(page, word_boxes(out, page + 1))
        q = [float(v) for v in annot["/QuadPoints"]]
        found = []
        for i in range(0, len(q), 8):
            left, top, right, bottom = q[i], q[i + 1], q[i + 2], q[i + 5]
            found += [
                w[0]
                for w in words
                # Overlap, not centre: '“I' is one poppler word while the span starts at 'I'.
                if min(w[3], right) - max(w[1], left) > 1.0 and bottom <= (w[2] + w[4]) / 2 <= top
            ]
        # Compared without spaces: a line may wrap inside a hyphenated word.
        expected = "".join(_words(span.text))
        got = "".join(_words(" ".join(found)))
        assert got, span.text
        if "/IRT" in annot:  # the part of a span on a later page
            assert got in expected
        else:
            assert expected.startswith(got), (span.text, found)
        checked += "/IRT" not in annot
    assert checked == sum(len(p.spans) for p in plans.values()) > 50


def test_a_window_can_open_after_an_export_in_the_same_process(tmp_path):
    """The CLI and test sessions export first; the app they create must still allow widgets."""
    script = f"""
import sys
sys.path.insert(0, {str(Path(__file__).resolve().parents[1] / "export")!r})
from export_samples import council_item
from reader_app.ui.pdf import export_pdf
export_pdf([council_item()], {str(tmp_path / "w.pdf")!r})
from PySide6.QtWidgets import QLabel
print(QLabel("still fine").text())
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, env=env
    )
    assert result.returncode == 0 and result.stdout.strip() == "still fine", result.stderr


def test_codebook_label_colour_reaches_the_pdf_note_and_legend(tmp_path):
    """A note labelled in the codebook is highlighted in its label's colour, and the legend names it."""
    article, analysis = council_item()
    marks = council_annotations(article)
    out = tmp_path / "labelled.pdf"
    export_pdf(
        [(article, analysis)], out, annotations=marks, label_colours={"check-figure": "#0072B2"}
    )
    (note,) = [a for _, a in highlights(out) if a["/T"] == "Ada Reviewer" and "/IRT" not in a]
    # Highlights carry the tint the text is painted with (as in the app's columns), not the raw colour.
    rgb = [int(tint("#0072B2")[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    assert [round(float(c), 3) for c in note["/C"]] == [round(c, 3) for c in rgb]
    assert "Label: check-figure" in pdf_text(out)
