"""Turns raw text into the article text: furniture removed (and kept for restoring), lines rejoined."""

from __future__ import annotations

from dataclasses import dataclass

from reader_app.ingest.bylines import byline_block, date_line, name_line, parse_byline
from reader_app.ingest.genre import is_genre_label
from reader_app.ingest.furniture import inline_cuts, mark_page_furniture, mark_rule_lines
from reader_app.ingest.letterhead import LETTERHEAD, find_letterhead
from reader_app.ingest.lines import Line, is_prose, latin_share, normalize_spaces, split_lines
from reader_app.ingest.paragraphs import assemble
from reader_app.model import Removed

META_LINE = "byline/date line (kept as metadata)"
LABEL_LINE = "genre label (kept as metadata)"
_HEADER_LINES = 15


@dataclass(frozen=True)
class Cleaned:
    text: str
    removed: tuple[Removed, ...]


def clean_text(raw: str, restored: frozenset[int] | set[int] = frozenset()) -> tuple[str, tuple[Removed, ...]]:
    """(article text, removed pieces); ``restored`` holds Removed.raw_start values to keep."""
    cleaned = clean(raw, frozenset(restored))
    return cleaned.text, cleaned.removed


def clean(raw: str, restored: frozenset[int] = frozenset()) -> Cleaned:
    lines = split_lines(raw)
    marks = furniture_marks(lines, raw)
    marks = {i: reason for i, reason in marks.items() if lines[i].start not in restored}
    cuts = [c for c in inline_cuts(lines, marks) if c[0] not in restored]
    removed = [Removed(raw[lines[i].start:lines[i].end], reason, lines[i].start, lines[i].end)
               for i, reason in marks.items()]
    removed += [Removed(raw[s:e], reason, s, e) for s, e, reason in cuts]
    text = assemble(lines, marks, cuts)
    return Cleaned(text, tuple(sorted(removed, key=lambda r: r.raw_start)))


def furniture_marks(lines: list[Line], raw: str) -> dict[int, str]:
    """line index -> reason, for every whole line that is not article text (before restoring)."""
    marks: dict[int, str] = {}
    mark_page_furniture(lines, marks)
    mark_rule_lines(lines, marks)
    body_is_latin = latin_share(raw[:20000]) >= 0.8
    for line in find_letterhead(lines, marks, body_is_latin):
        marks[line.index] = LETTERHEAD
    mark_header_meta(lines, marks)
    return marks


def mark_header_meta(lines: list[Line], marks: dict[int, str]) -> None:
    """Byline blocks and date lines near the top move out of the text (their values become metadata)."""
    seen = 0
    i = 0
    while i < len(lines) and seen < _HEADER_LINES:
        line = lines[i]
        if line.is_blank or line.is_page_break or line.index in marks:
            i += 1
            continue
        text = normalize_spaces(line.text)
        if is_prose(text) and not date_line(text):
            break
        seen += 1
        if parse_byline(text):
            block = byline_block(lines, i)
            for member in block:
                marks[member.index] = META_LINE
            i += len(block)
            continue
        if is_genre_label(text):
            marks[line.index] = LABEL_LINE
        elif date_line(text):
            marks[line.index] = META_LINE
        elif _name_above_date(lines, i):
            marks[line.index] = marks[line.index + 1] = META_LINE
            i += 1
        i += 1


def _name_above_date(lines: list[Line], i: int) -> bool:
    """'Jane Doe' directly above its date line: the byline of pages that print no 'By'."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    return bool(below and not below.is_blank and name_line(lines[i].text) and date_line(below.text))
