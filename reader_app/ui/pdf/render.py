"""export_pdf: paginates the cover, the articles and the appendix onto a QPdfWriter, then adds PDF notes."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from reader_app import __version__
from reader_app.export.errors import ExportError, check_target, require_selection, temp_path_beside
from reader_app.export.pdf_annotations import PdfHighlight, add_highlights
from reader_app.export.pdf_plan import LAYERS, MACHINE, ArticlePlan, legend_entries, plan_export
from reader_app.export.pdf_sections import appendix_html, cover_html
from reader_app.model import Analysis, Annotation, Article
from reader_app.palette import load_palette
from reader_app.ui.pdf.article_doc import build_article_document, layer_format
from reader_app.ui.pdf.geometry import range_boxes
from reader_app.ui.pdf.qt_setup import ensure_app, export_font

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "LETTER": QPageSize.PageSizeId.Letter}
MARGIN_MM = (20.0, 18.0, 20.0, 20.0)  # left, top, right, bottom; the footer sits in the bottom one
MM_PER_INCH = 25.4


@dataclass
class ExportReport:
    path: str
    pages: int
    articles: int
    spans: int  # highlighted passages (each one PDF Highlight, plus a grouped part per extra page)
    highlights: int  # /Highlight annotations written
    footnotes: int
    dismissed: int
    skipped: list[str] = field(default_factory=list)


@dataclass
class _Section:
    document: QTextDocument
    plan: ArticlePlan | None = None
    positions: Any = None
    first_page: int = 0


def export_pdf(
    items: Sequence[tuple[Article, Analysis | None]],
    out_path: str | os.PathLike[str],
    *,
    annotations: Mapping[str, Sequence[Annotation]] | Iterable[Annotation] | None = None,
    comparison: dict[str, Any] | None = None,
    layers: str | Iterable[str] = LAYERS,
    page_size: str = "A4",
    annotator: str = MACHINE,
    user_name: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    palette: str | None = None,
    label_colours: Mapping[str, str] | None = None,
) -> ExportReport:
    """Write an annotated PDF of ``items`` to ``out_path`` atomically; raises ExportError."""
    require_selection(items, out_path)
    target = check_target(out_path)
    size_id = PAGE_SIZES.get(page_size.upper())
    if size_id is None:
        raise ExportError(f"{target}: unknown page size {page_size!r} (choose A4 or Letter)")
    colours = load_palette(palette) if palette else load_palette()
    plans = plan_export(
        items,
        annotations,
        layers=layers,
        palette=colours,
        annotator=annotator,
        user_name=user_name,
        label_colours=label_colours,
    )
    ensure_app()
    raw, final = temp_path_beside(target), temp_path_beside(target)
    try:
        author = user_name or annotator
        pages, highlights = _render(
            plans, colours, comparison, raw, size_id, author, progress, cancel
        )
        added = add_highlights(raw, final, highlights)
        os.replace(final, target)
    except OSError as error:
        raise ExportError(f"{target}: cannot write ({error.strerror or error})") from error
    except _Cancelled:
        raise ExportError(f"{target}: export cancelled, nothing written") from None
    finally:
        for tmp in (raw, final):
            tmp.unlink(missing_ok=True)
    return ExportReport(
        str(target),
        pages,
        len(plans),
        sum(len(p.spans) for p in plans),
        added,
        sum(len(p.footnotes) for p in plans),
        sum(p.dismissed for p in plans),
        [reason for p in plans for reason in p.skipped],
    )


class _Cancelled(Exception):
    pass


def _render(
    plans, colours, comparison, raw: Path, size_id, author: str, progress, cancel
) -> tuple[int, list[PdfHighlight]]:
    writer = QPdfWriter(str(raw))
    writer.setPageLayout(
        QPageLayout(QPageSize(size_id), QPageLayout.Orientation.Portrait, QMarginsF())
    )
    writer.setTitle("Annotated articles")
    writer.setCreator(f"reader-app {__version__}")
    writer.setAuthor(author)
    frame = _Frame(writer)
    sections = _sections(plans, colours, comparison, frame)
    total = sum(s.document.pageCount() for s in sections)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"Qt could not open {raw} for writing")
    try:
        page = 0
        for section in sections:
            section.first_page = page
            for index in range(section.document.pageCount()):
                if page:
                    writer.newPage()
                _draw_page(painter, section.document, index, frame)
                _draw_footer(painter, frame, page + 1, total)
                page += 1
                if progress:
                    progress(page, total)
                if cancel and cancel():
                    raise _Cancelled
    finally:
        painter.end()
    return total, [h for s in sections if s.plan for h in _highlights(s, frame)]


class _Frame:
    """Page geometry in device units, and the conversion to PDF points (y upward)."""

    def __init__(self, writer: QPdfWriter):
        self.dpi = writer.resolution()
        self.page_w, self.page_h = writer.width(), writer.height()
        left, top, right, bottom = (mm / MM_PER_INCH * self.dpi for mm in MARGIN_MM)
        self.left, self.top, self.bottom = left, top, bottom
        self.text_w, self.text_h = self.page_w - left - right, self.page_h - top - bottom
        self.writer = writer

    def to_points(self, x: float, y: float) -> tuple[float, float]:
        scale = 72.0 / self.dpi
        return (self.left + x) * scale, (self.page_h - self.top - y) * scale


def _sections(plans, colours, comparison, frame: _Frame) -> list[_Section]:
    legend = legend_entries(plans, colours)
    cover = _html_document(cover_html(plans, legend, date.today().isoformat()), frame)
    _style_legend(cover, legend)
    sections = [_Section(cover)]
    for number, plan in enumerate(plans, start=1):
        built = build_article_document(plan, number)
        _fit(built.document, frame)
        sections.append(_Section(built.document, plan, built.positions))
    if comparison:
        sections.append(_Section(_html_document(appendix_html(comparison, plans), frame)))
    return sections


def _style_legend(doc: QTextDocument, legend) -> None:
    """Give each legend sample the exact format its layer has in the text."""
    flags = QTextDocument.FindFlag
    at = doc.find("Legend", doc.characterCount(), flags.FindBackward | flags.FindCaseSensitively)
    for style in legend:
        found = doc.find(style.label, at, flags.FindCaseSensitively)
        if found.isNull():
            continue
        found.mergeCharFormat(layer_format(style.key, style.fill, style.color, style.style))
        at = found


def _html_document(html: str, frame: _Frame) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(export_font())
    doc.setDocumentMargin(0)
    _fit(doc, frame)
    doc.setHtml(html)
    return doc


def _fit(doc: QTextDocument, frame: _Frame) -> None:
    # Lay out against the PDF device, not the screen, so fonts get the writer's metrics.
    doc.documentLayout().setPaintDevice(frame.writer)
    doc.setPageSize(QSizeF(frame.text_w, frame.text_h))


def _draw_page(painter: QPainter, doc: QTextDocument, index: int, frame: _Frame) -> None:
    painter.save()
    painter.translate(frame.left, frame.top - index * frame.text_h)
    clip = QRectF(0, index * frame.text_h, frame.text_w, frame.text_h)
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = clip
    doc.documentLayout().draw(painter, context)
    painter.restore()


def _draw_footer(painter: QPainter, frame: _Frame, page: int, total: int) -> None:
    painter.save()
    font = export_font(sans=True, point_size=8)
    painter.setFont(font)
    painter.setPen(QColor("#555555"))
    rect = QRectF(frame.left, frame.page_h - frame.bottom * 0.7, frame.text_w, frame.bottom * 0.4)
    painter.drawText(
        rect,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        f"reader-app export \u00b7 {date.today().isoformat()}",
    )
    painter.drawText(
        rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"Page {page} of {total}"
    )
    painter.restore()


def _highlights(section: _Section, frame: _Frame) -> list[PdfHighlight]:
    out = []
    doc, plan, positions = section.document, section.plan, section.positions
    for index, span in enumerate(plan.spans):
        boxes = range_boxes(doc, positions.start(span.start), positions.end(span.end), frame.text_h)
        by_page: dict[int, list[tuple[float, float, float, float]]] = {}
        for box in boxes:
            left, top = frame.to_points(box.x, box.y)
            right, bottom = frame.to_points(box.x + box.width, box.y + box.height)
            by_page.setdefault(box.page, []).append((left, top, right, bottom))
        group = f"{plan.article.id}/{index}"
        for page, lines in sorted(by_page.items()):
            out.append(
                PdfHighlight(
                    section.first_page + page,
                    tuple(lines),
                    span.fill,
                    span.note,
                    span.author,
                    f"{group}/{span.key}/p{page}",
                    group,
                )
            )
    return out
