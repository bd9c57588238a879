"""PDF files via pdfium: lines in reading order, paragraph gaps from line spacing, pages split by \\f."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from reader_app.ingest.errors import IngestError
from reader_app.ingest.read_text import read_bytes_checked

MAX_PDF_BYTES = 64 * 1024 * 1024
MAX_PAGES = 2000
_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD
# A vertical gap this many times the usual line spacing starts a new paragraph.
_PARAGRAPH_GAP = 1.45


def read_pdf_file(path: Path) -> str:
    """Raw text: one line per printed line, blank lines between paragraphs, '\\f' between pages."""
    import pypdfium2 as pdfium

    data = read_bytes_checked(path, MAX_PDF_BYTES)
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) == _PASSWORD_ERROR:
            raise IngestError(path, "encrypted PDF (password-protected)") from error
        raise IngestError(path, f"not a readable PDF ({error})") from error
    try:
        if len(doc) > MAX_PAGES:
            raise IngestError(path, f"PDF too long: {len(doc)} pages (limit {MAX_PAGES})")
        pages = [_checked_page_text(doc, i, path) for i in range(len(doc))]
    finally:
        doc.close()
    if not any(p.strip() for p in pages):
        raise IngestError(path, "no text layer (scanned image?)")
    return "\n\f\n".join(pages)


def _checked_page_text(doc, index: int, path: Path) -> str:
    import pypdfium2 as pdfium

    try:
        return _page_text(doc[index])
    except pdfium.PdfiumError as error:
        raise IngestError(path, f"page {index + 1} of the PDF cannot be read ({error})") from error


def _page_text(page) -> str:
    textpage = page.get_textpage()
    try:
        lines = _lines(textpage)
    finally:
        textpage.close()
        page.close()
    if not lines:
        return ""
    return _with_paragraph_gaps(lines)


def _lines(textpage) -> list[tuple[float, float, str]]:
    """(top, bottom, text) per printed line in content order; neighbouring runs on one baseline merged.

    Content order (not sorting by height) keeps two columns apart: sorting would splice the
    left and right column lines that share a baseline into one.
    """
    runs = []
    for i in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(i)
        text = textpage.get_text_bounded(left, bottom, right, top)
        text = text.replace("\x02", "-").replace("\ufffe", "-").replace("\r", " ").replace("\n", " ")
        if text.strip():
            runs.append((top, bottom, left, text))
    lines: list[list] = []
    for top, bottom, left, text in runs:
        if lines and abs(lines[-1][0] - top) < 0.5 * max(1.0, top - bottom):
            lines[-1][2] += " " + text
        else:
            lines.append([top, bottom, text])
    return [(t, b, " ".join(s.split())) for t, b, s in lines]


def _with_paragraph_gaps(lines: list[tuple[float, float, str]]) -> str:
    steps = [a[0] - b[0] for a, b in pairwise(lines) if a[0] > b[0]]
    # A line above the previous one starts a new column (or a block placed out of order).
    # The usual line step is the common small one: headings and footers make the median too wide.
    usual = sorted(steps)[len(steps) // 4] if steps else 0.0
    out = [lines[0][2]]
    for prev, line in pairwise(lines):
        gap = prev[0] - line[0]
        out.append("\n\n" if gap < 0 or (usual and gap > _PARAGRAPH_GAP * usual) else "\n")
        out.append(line[2])
    return "".join(out)
