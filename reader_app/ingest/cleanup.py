"""Turns raw text into the article text: furniture removed (and kept for restoring), lines rejoined."""

from __future__ import annotations

from dataclasses import dataclass

from reader_app.ingest.furniture import (
    FOOTNOTE,
    footnote_ref_cuts,
    inline_cuts,
    mark_footnotes,
    mark_page_furniture,
    mark_rule_lines,
)
from reader_app.ingest.header import (
    mark_footer_date,
    mark_header_meta,
    mark_masthead,
    mark_section_labels,
)
from reader_app.ingest.header_block import mark_header_block, mark_pipe_meta
from reader_app.ingest.letterhead import LETTERHEAD, find_letterhead
from reader_app.ingest.lines import Line, latin_share, normalize_spaces, split_lines
from reader_app.ingest.navigation import mark_nav_bars
from reader_app.ingest.paragraphs import assemble
from reader_app.model import Removed


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
    cuts = [c for c in inline_cuts(lines, marks) + footnote_ref_cuts(lines, marks, _footnote_refs(lines, marks))
            if c[0] not in restored]
    removed = [Removed(raw[lines[i].start:lines[i].end], reason, lines[i].start, lines[i].end)
               for i, reason in marks.items()]
    removed += [Removed(raw[s:e], reason, s, e) for s, e, reason in cuts]
    text = assemble(lines, marks, cuts)
    return Cleaned(text, tuple(sorted(removed, key=lambda r: r.raw_start)))


def _footnote_refs(lines: list[Line], marks: dict[int, str]) -> list[str]:
    """The marks ('1', '*') of the footnotes removed, so their references in the body go too."""
    refs = []
    for i, reason in marks.items():
        if reason == FOOTNOTE:
            refs.append(normalize_spaces(lines[i].text).split()[0].rstrip("."))
    return refs


def furniture_marks(lines: list[Line], raw: str) -> dict[int, str]:
    """line index -> reason, for every whole line that is not article text (before restoring)."""
    marks: dict[int, str] = {}
    mark_page_furniture(lines, marks)
    mark_footnotes(lines, marks)
    mark_pipe_meta(lines, marks)  # 'Jane Doe | 2025-06-02' before the menu rules take it
    mark_rule_lines(lines, marks)
    mark_nav_bars(lines, marks)  # after the rules, so a row of share buttons keeps its own reason
    body_is_latin = latin_share(raw[:20000]) >= 0.8
    letterhead = find_letterhead(lines, marks, body_is_latin)
    for line in letterhead:
        marks[line.index] = LETTERHEAD
    if not letterhead:
        mark_header_block(lines, marks)
        mark_masthead(lines, marks)
        mark_section_labels(lines, marks)
    mark_header_meta(lines, marks)
    mark_footer_date(lines, marks)
    return marks
