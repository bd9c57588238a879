"""Finds quotations (curly and straight quote marks), including quotes that run over several paragraphs."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from reader_app.analysis.sentences import paragraphs

_OPEN_DOUBLE = "\u201c\u201e\u00ab"  # “ „ «
_CLOSE_DOUBLE = "\u201d\u00bb"  # ” »
_STRAIGHT = '"'
_OPEN_SINGLE = "\u2018"
_CLOSE_SINGLE = "\u2019"
_TRIM = " \t\r\n,;:\u2014\u2013-"
_SPACE_LOWER = re.compile(r" [a-z]")
_MARK_CHARS = _OPEN_DOUBLE + _CLOSE_DOUBLE + _STRAIGHT + _OPEN_SINGLE + _CLOSE_SINGLE


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start`` is the opening mark, ``end`` is just past the closing mark.

    ``segments`` are the quoted words (marks and a trailing comma excluded), one per paragraph
    when a quote runs over several paragraphs.
    """

    start: int
    end: int
    segments: tuple[tuple[int, int], ...]
    single: bool = False

    @property
    def first(self) -> tuple[int, int]:
        return self.segments[0]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return (start, end) if start < end else None


def _is_opening(text: str, i: int) -> bool:
    """A straight or single mark opens when it follows a space/bracket and precedes a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([\u2014\u2013-/") and not after.isspace()


def _is_closing_single(text: str, i: int, end: int) -> bool:
    """’ closes unless a letter follows (it's) or it is a plural possessive ('the players’ union')
    that a later ’ in the paragraph can close instead."""
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isalnum():
        return False
    possessive = text[i - 1 : i] == "s" and _SPACE_LOWER.match(text, i + 1, i + 3)
    return not (possessive and _CLOSE_SINGLE in text[i + 1 : end])


def _mark_positions(text: str) -> list[int]:
    """Sorted positions of the quote marks, one ``str.find`` loop per mark (a regex class of
    non-ASCII marks tests every character). Without an opening \u2018 the closing \u2019 (mostly
    apostrophes) are left out: only a \u2018 seen before makes one count."""
    out: list[int] = []
    for ch in _MARK_CHARS if _OPEN_SINGLE in text else _MARK_CHARS.replace(_CLOSE_SINGLE, ""):
        i = text.find(ch)
        while i >= 0:
            out.append(i)
            i = text.find(ch, i + 1)
    out.sort()
    return out


def _scan_paragraph(
    text: str, start: int, end: int, marks: Sequence[int]
) -> tuple[list[tuple[int, int, bool]], int | None]:
    """Closed quotes (open, close, single) in a paragraph, and the position of a quote left open.
    ``marks``: ``_mark_positions(text)`` (only quote marks matter: the prose between is skipped)."""
    found: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    single_at: int | None = None
    for k in range(bisect_left(marks, start), len(marks)):
        i = marks[k]
        if i >= end:
            break
        ch = text[i]
        if ch in _OPEN_DOUBLE or (ch == _STRAIGHT and open_at is None and _is_opening(text, i)):
            open_at, single_at = i, None
        elif (ch in _CLOSE_DOUBLE or ch == _STRAIGHT) and open_at is not None:
            found.append((open_at, i, False))
            open_at = None
        elif open_at is None and ch == _OPEN_SINGLE and _is_opening(text, i):
            single_at = i
        elif (
            open_at is None
            and single_at is not None
            and ch == _CLOSE_SINGLE
            and _is_closing_single(text, i, end)
        ):
            found.append((single_at, i, True))
            single_at = None
    return found, open_at


def _opens_paragraph(text: str, para: tuple[int, int]) -> bool:
    return text[para[0]] in _OPEN_DOUBLE + _STRAIGHT


def find_quotes(text: str, paras: Sequence[tuple[int, int]] | None = None) -> list[Quote]:
    """Every quotation in ``text`` in order. An unclosed quote that opens a paragraph continues
    into the next paragraph when that one opens with a quote mark (newspaper convention).
    ``paras``: ``paragraphs(text)`` when the caller has it already."""
    quotes: list[Quote] = []
    pending: list[tuple[int, int]] = []  # segments of a quote running over paragraphs
    pending_start = 0
    pending_at_para_start = False
    marks = _mark_positions(text)
    for para in paragraphs(text) if paras is None else paras:
        found, open_at = _scan_paragraph(text, para[0], para[1], marks)
        if pending and found and found[0][0] == para[0]:
            first_open, first_close, _ = found.pop(0)
            seg = _trimmed(text, first_open + 1, first_close)
            segments = tuple(pending + ([seg] if seg else []))
            quotes.append(Quote(pending_start, first_close + 1, segments))
            pending = []
        elif pending and open_at == para[0]:
            seg = _trimmed(text, para[0] + 1, para[1])
            pending += [seg] if seg else []
            open_at = None
        elif pending:  # never closed: keep a paragraph-opening quote, drop a stray mark
            if len(pending) > 1 or pending_at_para_start:
                quotes.append(Quote(pending_start, pending[-1][1], tuple(pending)))
            pending = []
        for a, b, single in found:
            seg = _trimmed(text, a + 1, b)
            if seg:
                quotes.append(Quote(a, b + 1, (seg,), single))
        if open_at is not None and not pending:
            # '"Quote," she said. "More' left open continues in a paragraph opening with a mark.
            seg = _trimmed(text, open_at + 1, para[1])
            if seg:
                pending, pending_start = [seg], open_at
                pending_at_para_start = open_at == para[0]
    if pending and (len(pending) > 1 or pending_at_para_start):
        quotes.append(Quote(pending_start, pending[-1][1], tuple(pending)))
    quotes.sort(key=lambda q: q.start)
    return quotes
