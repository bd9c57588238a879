"""Paint marks into a QTextDocument as character formats (fills, underline styles, italics)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import pairwise

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextDocument

from reader_app.palette import FLAG_LAYERS, LayerStyle, Palette
from reader_app.ui.marks import Mark, OffsetMap

UNDERLINES = {
    "underline": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "wave": QTextCharFormat.UnderlineStyle.WaveUnderline,
    "dot": QTextCharFormat.UnderlineStyle.DotLine,
    "dash": QTextCharFormat.UnderlineStyle.DashUnderline,
    # Qt has no double underline; dash-dot keeps it apart from every other style.
    "double": QTextCharFormat.UnderlineStyle.DashDotLine,
    "box": QTextCharFormat.UnderlineStyle.SingleUnderline,
}

# Which background wins where marks overlap: the reader's own marks, then a flagged word
# (its category tint; the underline style tells categories apart without colour), the
# speaker's name, the claim, and last the quote tint (quotes also show by italics and dashes).
FILL_PRIORITY = {
    "annotation": 5,
    **{key: 4 for key in FLAG_LAYERS},
    "speaker": 3,
    "claim": 2,
    "quote": 1,
}
# Which line wins: evaluative flags (in palette order), then speaker, then quote.
LINE_PRIORITY = {key: 10 + n for n, key in enumerate(reversed(FLAG_LAYERS))} | {
    "speaker": 2,
    "quote": 1,
}


def layer_format(style: LayerStyle, fill: str | None = None) -> QTextCharFormat:
    """The format one layer alone gives its text (also used by the legend's swatches)."""
    fmt = QTextCharFormat()
    if style.key in FILL_PRIORITY:
        fmt.setBackground(QColor(fill or style.fill))
    if style.key in LINE_PRIORITY or style.key == "annotation":
        fmt.setUnderlineStyle(
            UNDERLINES.get(style.style, QTextCharFormat.UnderlineStyle.SingleUnderline)
        )
        fmt.setUnderlineColor(QColor(style.color))
    if style.key == "quote":
        fmt.setFontItalic(True)
    if style.key == "speaker":
        fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


def segment_format(active: Sequence[Mark], palette: Palette) -> QTextCharFormat:
    """One format for a stretch of text covered by several marks."""
    fmt = QTextCharFormat()
    fills = [m for m in active if m.fill and m.layer in FILL_PRIORITY]
    if fills:
        top = max(fills, key=lambda m: FILL_PRIORITY[m.layer])
        fmt.setBackground(QColor(top.fill))
    lines = [m for m in active if m.layer in LINE_PRIORITY]
    if lines:
        top_line = palette.layer(max(lines, key=lambda m: LINE_PRIORITY[m.layer]).layer)
        fmt.setUnderlineStyle(
            UNDERLINES.get(top_line.style, QTextCharFormat.UnderlineStyle.SingleUnderline)
        )
        fmt.setUnderlineColor(QColor(top_line.color))
    layers = {m.layer for m in active}
    if "quote" in layers:
        fmt.setFontItalic(True)
    if "speaker" in layers:
        fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


def segments(marks: Sequence[Mark]) -> list[tuple[int, int, list[Mark]]]:
    """Split marked text at every mark boundary: (start, end, marks covering it)."""
    bounds = sorted({m.start for m in marks} | {m.end for m in marks})
    out = []
    ordered = sorted(marks, key=lambda m: m.start)
    active: list[Mark] = []
    i = 0
    for start, end in pairwise(bounds):
        while i < len(ordered) and ordered[i].start <= start:
            active.append(ordered[i])
            i += 1
        active = [m for m in active if m.end > start]
        if active:
            out.append((start, end, list(active)))
    return out


def apply_marks(
    document: QTextDocument,
    marks: Sequence[Mark],
    visible: Collection[str],
    palette: Palette,
    offsets: OffsetMap,
) -> None:
    """Reset the document's formats and paint the marks of the visible layers."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.setCharFormat(QTextCharFormat())
    shown = [m for m in marks if m.layer in visible]
    for start, end, active in segments(shown):
        cursor.setPosition(offsets.to_qt(start))
        cursor.setPosition(offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(segment_format(active, palette))
    cursor.endEditBlock()
