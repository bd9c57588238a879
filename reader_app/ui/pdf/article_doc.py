"""One article as a QTextDocument: header, text with painted highlights, note markers, footnotes."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate

from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from reader_app.export.pdf_plan import ArticlePlan, HighlightSpan
from reader_app.model import display_title
from reader_app.ui.pdf.qt_setup import export_font

UNDERLINES = {
    "wave": QTextCharFormat.UnderlineStyle.WaveUnderline,
    "dash": QTextCharFormat.UnderlineStyle.DashUnderline,
    "dot": QTextCharFormat.UnderlineStyle.DotLine,
    "underline": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "double": QTextCharFormat.UnderlineStyle.SingleUnderline,
}
# Painting order: later layers win where spans overlap (a flag inside a claim keeps its tint).
PAINT_ORDER = ("claims", "attributions", "flags", "annotations")


class PositionMap:
    """Article offsets (Python str indices) -> document positions (UTF-16 units, markers counted)."""

    def __init__(self, base: int, text: str, markers: list[tuple[int, int]]):
        self.base = base
        wide = [1 if ord(ch) > 0xFFFF else 0 for ch in text] if _has_wide(text) else None
        self._extra = [0, *accumulate(wide)] if wide else None
        self._marker_at = [offset for offset, _ in markers]
        self._marker_len = [0, *accumulate(length for _, length in markers)]

    def start(self, offset: int) -> int:
        """A range starting at ``offset`` begins after any marker placed at that offset."""
        return self._pos(offset) + self._marker_len[bisect_right(self._marker_at, offset)]

    def end(self, offset: int) -> int:
        """A range ending at ``offset`` stops before a marker placed at that offset."""
        return self._pos(offset) + self._marker_len[bisect_left(self._marker_at, offset)]

    def _pos(self, offset: int) -> int:
        return self.base + offset + (self._extra[offset] if self._extra else 0)


@dataclass
class ArticleDocument:
    document: QTextDocument
    positions: PositionMap


def build_article_document(plan: ArticlePlan, number: int) -> ArticleDocument:
    doc = QTextDocument()
    doc.setDefaultFont(export_font())
    doc.setDocumentMargin(0)
    # Long URLs and tokens wrap instead of running past the margin (where the page clip cuts them).
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    cursor = QTextCursor(doc)
    _insert_header(cursor, plan, number)
    positions = _insert_body(cursor, plan)
    _paint_spans(doc, plan.spans, positions)
    if plan.footnotes:
        _insert_footnotes(cursor, plan)
    return ArticleDocument(doc, positions)


def _insert_header(cursor: QTextCursor, plan: ArticlePlan, number: int) -> None:
    meta = plan.article.meta
    title_fmt = _char(export_font(sans=True, point_size=15), bold=True)
    cursor.setBlockFormat(_block(bottom=4))
    title = display_title(plan.article) or f"Article {number}"
    cursor.insertText(f"{number}. {title}", title_fmt)
    facts = [
        meta.outlet,
        meta.reporting_by and f"reporting: {meta.reporting_by}",
        meta.author and f"by {meta.author}",
        meta.date,
        meta.genre,
        meta.dateline,
    ]
    line = "  \u00b7  ".join(f for f in facts if f) or "source not identified"
    cursor.insertBlock(_block(bottom=2), _char(export_font(sans=True, point_size=9.5)))
    cursor.insertText(line)
    if plan.article.path:
        cursor.insertBlock(
            _block(bottom=10), _char(export_font(sans=True, point_size=8), color="#555555")
        )
        cursor.insertText(plan.article.path)
    cursor.insertBlock(_block(), _char(export_font()))


def _insert_body(cursor: QTextCursor, plan: ArticlePlan) -> PositionMap:
    """The text with a superscript [n] after each user note; returns the offset map."""
    text = qt_safe(plan.article.text)
    base = cursor.position()
    marker_fmt = _char(export_font(sans=True, point_size=7.5), bold=True, color="#A0005A")
    marker_fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
    body_fmt = _char(export_font())
    markers = sorted((s.end, s.marker) for s in plan.spans if s.marker is not None)
    placed: list[tuple[int, int]] = []
    done = 0
    for offset, number in markers:
        cursor.insertText(text[done:offset], body_fmt)
        label = f"[{number}]"
        cursor.insertText(label, marker_fmt)
        placed.append((offset, len(label)))
        done = offset
    cursor.insertText(text[done:], body_fmt)
    return PositionMap(base, text, placed)


def _paint_spans(doc: QTextDocument, spans, positions: PositionMap) -> None:
    cursor = QTextCursor(doc)
    for layer in PAINT_ORDER:
        for span in (s for s in spans if s.layer == layer):
            cursor.setPosition(positions.start(span.start))
            cursor.setPosition(positions.end(span.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(_span_format(span))


def _span_format(span: HighlightSpan) -> QTextCharFormat:
    return layer_format(span.style_key, span.fill, span.color, span.line)


def layer_format(style_key: str, fill: str, color: str, line: str) -> QTextCharFormat:
    """How a layer looks in the text (the legend shows the same format)."""
    fmt = QTextCharFormat()
    if style_key == "quote":
        # Quoted speech keeps the claim's tint underneath; the dashed line says it is quoted.
        fmt.setUnderlineStyle(UNDERLINES["dash"])
        fmt.setUnderlineColor(QColor(color))
        return fmt
    fmt.setBackground(QBrush(QColor(fill)))
    if line in UNDERLINES:
        fmt.setUnderlineStyle(UNDERLINES[line])
        fmt.setUnderlineColor(QColor(color))
    return fmt


def _insert_footnotes(cursor: QTextCursor, plan: ArticlePlan) -> None:
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertBlock(
        _block(top=14, bottom=4), _char(export_font(sans=True, point_size=11), bold=True)
    )
    cursor.insertText("Notes")
    small = _char(export_font(point_size=9))
    for note in plan.footnotes:
        cursor.insertBlock(_block(bottom=3), small)
        quote = note.quote if len(note.quote) <= 160 else note.quote[:157] + "..."
        cursor.insertText(
            f"[{note.number}] \u201c{quote}\u201d \u2014 {note.note} ({note.author})", small
        )


def _char(font: QFont, *, bold: bool = False, color: str | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if bold:
        font = QFont(font)
        font.setBold(True)
    fmt.setFont(font)
    if color:
        fmt.setForeground(QBrush(QColor(color)))
    return fmt


def _block(*, top: float = 0, bottom: float = 0) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    return fmt


def qt_safe(text: str) -> str:
    """The text with one document position per character: Qt folds "\r\n" into one block break."""
    return text.replace("\r\n", " \n").replace("\r", "\n")


def _has_wide(text: str) -> bool:
    return any(ord(ch) > 0xFFFF for ch in text)
