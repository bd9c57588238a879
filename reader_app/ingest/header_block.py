"""The block of short lines a pasted web page opens with, and 'Name | date' meta lines."""

from __future__ import annotations

import re

from reader_app.ingest.bylines import date_line, name_line, name_role_line, parse_byline
from reader_app.ingest.header import MASTHEAD, META_LINE, SECTION, headline_like
from reader_app.ingest.lines import Line, ends_sentence, normalize_spaces
from reader_app.ingest.navigation import NAV_BAR

TAGLINE = "masthead tagline"
_BLOCK_LINES = 8  # a page header is a handful of lines; a longer first block is article text
_TAGLINE_WORDS = 8  # 'Independent news in English since 2011'
_LABEL_WORDS = 3  # 'LOCAL POLITICS', 'Asia Pacific' between the menu and the headline
_META_SCAN = 20  # meta lines sit near the top
_PIPE = re.compile(r"\s+[|·•]\s+")
_READING_TIME = re.compile(r"\d+\s*(?:-\s*)?min(?:ute)?s?(?: read)?", re.IGNORECASE)


def mark_header_block(lines: list[Line], marks: dict[int, str]) -> None:
    """A first block (no blank line inside) that holds a menu row is the page's header: its other
    short lines are the masthead, its tagline and section labels ('The Millbrook Ledger', 'Science
    news from the ground up', 'LOCAL POLITICS'), never the headline.

    Only when a headline-like line follows the block; lines after the last already-marked line
    (menu, subscription prompt) go only when they are label-short, so a headline pasted at the
    block's end stays.
    """
    block = _first_block(lines)
    marked = [k for k, line in enumerate(block) if line.index in marks]
    if not 2 <= len(block) <= _BLOCK_LINES or not any(
        marks.get(ln.index) == NAV_BAR for ln in block
    ):
        return
    if not _headline_follows(lines[block[-1].index + 1 :], marks):
        return
    masthead_seen = any(marks.get(ln.index) in (MASTHEAD, SECTION) for ln in block)
    for k, line in enumerate(block):
        text = normalize_spaces(line.text)
        if line.index in marks or ends_sentence(text) or parse_byline(text) or date_line(text):
            continue
        words = len(text.split())
        if k < marked[-1] and words <= _TAGLINE_WORDS or words <= _LABEL_WORDS:
            marks[line.index] = TAGLINE if masthead_seen else MASTHEAD
            masthead_seen = True


def mark_pipe_meta(lines: list[Line], marks: dict[int, str]) -> None:
    """'Leah Brandt | 2025-06-02', '11 Mar 2025 | 5 min read': a byline or date line whose parts a
    bar separates is metadata, not a menu row (the menu rules would take it otherwise)."""
    seen = 0
    for line in lines:
        if line.is_blank or line.is_page_break or line.index in marks:
            continue
        seen += 1
        if seen > _META_SCAN:
            return
        if meta_parts(line.text):
            marks[line.index] = META_LINE


def meta_parts(text: str) -> list[str] | None:
    """The parts of a bar-separated line when each is a name, a name with role, a date or a
    reading time and one is a date or name; else None."""
    parts = _PIPE.split(normalize_spaces(text))
    if not 2 <= len(parts) <= 4:
        return None
    kinds = [_kind(p) for p in parts]
    if None in kinds or not {"date", "name"} & set(kinds):
        return None
    return [p for p, kind in zip(parts, kinds) if kind != "time"]


def _kind(part: str) -> str | None:
    if date_line(part):
        return "date"
    if name_line(part) or name_role_line(part) or parse_byline(part):
        return "name"
    return "time" if _READING_TIME.fullmatch(part.strip()) else None


def _headline_follows(rest: list[Line], marks: dict[int, str]) -> bool:
    """A headline-like line comes next, past at most two short section labels ('ANIMALS')."""
    kept = (ln for ln in rest if not ln.is_blank and not ln.is_page_break and ln.index not in marks)
    for n, line in enumerate(kept):
        text = normalize_spaces(line.text)
        if len(text.split()) > _LABEL_WORDS:
            return headline_like(text)
        if n >= 2:
            return False
    return False


def _first_block(lines: list[Line]) -> list[Line]:
    block: list[Line] = []
    for line in lines:
        if line.is_blank or line.is_page_break:
            if block:
                break
            continue
        block.append(line)
    return block
