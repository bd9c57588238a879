"""Adds real PDF /Highlight annotations (QuadPoints, note, author, popup) to a rendered PDF with pypdf."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Highlight, Popup
from pypdf.generic import ArrayObject, FloatObject, NameObject, NumberObject, TextStringObject

POPUP_WIDTH, POPUP_HEIGHT = 220.0, 110.0
OVERLAY_OPACITY = 0.35


@dataclass(frozen=True)
class PdfHighlight:
    """One highlight on one page; ``lines`` are (left, top, right, bottom) in PDF points, y upward."""

    page: int
    lines: tuple[tuple[float, float, float, float], ...]
    color: str  # "#RRGGBB"
    note: str
    author: str
    name: str  # unique id (/NM), e.g. "a3-claim:120:188"
    group: str  # spans split over pages share a group; the first part holds the popup


def quad_points(lines: Sequence[tuple[float, float, float, float]]) -> ArrayObject:
    """QuadPoints per line in the order viewers expect: UL, UR, LL, LR."""
    values = []
    for left, top, right, bottom in lines:
        values += [left, top, right, top, left, bottom, right, bottom]
    return ArrayObject(FloatObject(round(v, 3)) for v in values)


def bounding_rect(lines: Sequence[tuple[float, float, float, float]]) -> tuple[float, ...]:
    return (
        min(l[0] for l in lines),
        min(l[3] for l in lines),
        max(l[2] for l in lines),
        max(l[1] for l in lines),
    )


@contextmanager
def gc_paused() -> Iterator[None]:
    """pypdf makes thousands of small objects; in a process holding a large analysed library each
    of the collections they trigger walks every live object (measured: 2-4x slower export)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def add_highlights(src: Path, dest: Path, highlights: Sequence[PdfHighlight]) -> int:
    """Copy ``src`` to ``dest`` with the highlights added; returns how many were added."""
    with gc_paused():
        return _add_highlights(src, dest, highlights)


def _add_highlights(src: Path, dest: Path, highlights: Sequence[PdfHighlight]) -> int:
    writer = PdfWriter(clone_from=PdfReader(str(src)))
    stamp = _pdf_date(datetime.now(UTC))
    primaries: dict[str, object] = {}
    for item in highlights:
        first = primaries.get(item.group)
        added = writer.add_annotation(item.page, _highlight(item, stamp, first))
        if first is None:
            primaries[item.group] = added
            writer.add_annotation(item.page, _popup(writer, item, added))
    with open(dest, "wb") as handle:
        writer.write(handle)
    return len(highlights)


def _highlight(item: PdfHighlight, stamp: str, first) -> Highlight:
    kwargs = {"in_reply_to": first, "reply_type": "Group"} if first is not None else {}
    annotation = Highlight(
        rect=bounding_rect(item.lines),
        quad_points=quad_points(item.lines),
        highlight_color=item.color.lstrip("#"),
        printing=True,
        title_bar=item.author,
        **kwargs,
    )
    annotation[NameObject("/Contents")] = TextStringObject(item.note)
    annotation[NameObject("/NM")] = TextStringObject(item.name)
    annotation[NameObject("/M")] = TextStringObject(stamp)
    annotation[NameObject("/CreationDate")] = TextStringObject(stamp)
    # The tint is already painted under the text (it must print in any viewer); a light
    # overlay marks the note without doubling the colour.
    annotation[NameObject("/CA")] = FloatObject(OVERLAY_OPACITY)
    return annotation


def _popup(writer: PdfWriter, item: PdfHighlight, parent) -> Popup:
    box = writer.pages[item.page].mediabox
    _left, _bottom, right, top = bounding_rect(item.lines)
    x = min(float(box.right) - POPUP_WIDTH, right + 8)
    y = max(float(box.bottom), top - POPUP_HEIGHT)
    popup = Popup(rect=(x, y, x + POPUP_WIDTH, y + POPUP_HEIGHT), parent=parent, open=False)
    popup[NameObject("/F")] = NumberObject(0)
    return popup


def _pdf_date(moment: datetime) -> str:
    return moment.strftime("D:%Y%m%d%H%M%SZ")
