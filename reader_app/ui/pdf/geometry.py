"""Where a text range lies on the pages: one rectangle per laid-out line, in document units."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextDocument


@dataclass(frozen=True)
class LineBox:
    page: int  # page of the document (0-based)
    x: float  # left edge, document units, relative to the page's text area
    y: float  # top edge, relative to the page's text area
    width: float
    height: float


def range_boxes(doc: QTextDocument, start: int, end: int, page_height: float) -> list[LineBox]:
    """One box per line the range [start, end) covers; lines never straddle pages.

    Trailing spaces at a wrap are left out (clamped to the line's natural width) so a
    highlight stops at the last word of the line, as in a reader.
    """
    boxes: list[LineBox] = []
    block = doc.findBlock(start)
    while block.isValid() and block.position() < end:
        boxes.extend(_block_boxes(block, start, end, page_height))
        block = block.next()
    return boxes


def _block_boxes(block, start: int, end: int, page_height: float) -> list[LineBox]:
    layout = block.layout()
    origin = layout.position()
    first, last = start - block.position(), end - block.position()
    out = []
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        line_start, line_end = line.textStart(), line.textStart() + line.textLength()
        s, e = max(first, line_start), min(last, line_end)
        if s >= e:
            continue
        x1 = line.cursorToX(s)[0]
        x2 = line.cursorToX(e)[0]
        x2 = min(x2, line.x() + line.naturalTextWidth())
        if x2 <= x1:
            continue
        top = origin.y() + line.y()
        page = int(top // page_height) if page_height > 0 else 0
        out.append(LineBox(page, origin.x() + x1, top - page * page_height, x2 - x1, line.height()))
    return out
