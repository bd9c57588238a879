"""Paragraph and sentence splitting with character offsets: a fast regex splitter for news text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from reader_app.model import Sentence
from reader_app.resource_files import resource_path

# A paragraph ends at one or more blank lines (lines holding only spaces count as blank).
_PARA_BREAK = re.compile(r"\n(?:[ \t\r\f\v\u00a0]*\n)+")
_LINE_BREAK = re.compile(r"\n")
# Candidate sentence ends: terminal punctuation, any closing quotes/brackets, then whitespace.
# Groups: the terminal run, the closers, and (in the lookahead) the whitespace after them.
_END = re.compile(r"([.!?\u2026]+)([\"\u201d\u2019')\]]*)(?=(\s+))")
# Q:/A: interview turns start a new sentence when they follow a finished sentence or a colon.
# Opens by consuming the punctuation (a leading lookbehind is tried at every position); the cut
# is the match end either way.
_QA_TURN = re.compile(r"[.!?:\"\u201d\u2019\u2026)]\s+(?=[QA]:\s)")
# Lines that always start a new sentence: bullets, numbered items, Q:/A: turns, "WATCH:" labels.
_LINE_OPENER = re.compile(
    r"\s*(?:[-\u2022*\u25aa\u25e6\u2023\u2013\u2014]\s+|\d{1,3}[.)]\s+|[a-z][)]\s+|[QA]:\s|[A-Z]{2,}[A-Z ]*:\s)"
)
# A line ending like this continues on the next line (a hard wrap, not a heading).
_JOINER_END = re.compile(
    r"(?:[,;(\-\u2013\u2014/&]|\b(?:and|or|but|nor|of|with|the|a|an|to|in|on|at|for|by|from|as|into|than|that|which|who|its|his|her|their|our|is|are|was|were|be|has|have|had|not))\s*$"
)
_TERMINAL_END = re.compile(r"[.!?\u2026][\"\u201d\u2019')\]]*\s*$")
_QUOTE_END = re.compile(r"[\"\u201d\u2019']\s*$")
# "Why?" Smith asked. -- a quoted question/exclamation followed by its speaker and verb.
_SPEAKER_TAG = re.compile(
    r"(?:[A-Z][\w\u2019'.-]*\s+){1,3}(?:said|says|asked|asks|added|told|wrote|replied|shouted|continued)\b"
)
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]$")
_OPEN_CHARS = "\"\u201c\u2018'([\u00bf\u00a1"
_LEADING_PUNCT = "\"\u201c\u2018'(["
# A line at least this long (chars, and share of the paragraph's longest line) is prose wrapped at
# the page width rather than a heading; page widths are rarely under 50 characters.
_WRAP_MIN, _WRAP_SHARE = 50, 0.6


@dataclass(frozen=True)
class _Abbreviations:
    title: frozenset[str]
    before_number: frozenset[str]
    inner: frozenset[str]
    soft: frozenset[str]
    opener: frozenset[str]


@lru_cache(maxsize=1)
def _abbreviations() -> _Abbreviations:
    groups: dict[str, set[str]] = {k: set() for k in _Abbreviations.__dataclass_fields__}
    for line in (
        resource_path("claims", "abbreviations.tsv").read_text(encoding="utf-8").splitlines()
    ):
        if not line.strip() or line.startswith("#"):
            continue
        word, category = line.split("\t")[:2]
        groups[category].add(word)
    return _Abbreviations(**{k: frozenset(v) for k, v in groups.items()})


def _stripped(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph: text between blank lines, whitespace stripped."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _PARA_BREAK.finditer(text):
        span = _stripped(text, pos, m.start())
        if span:
            out.append(span)
        pos = m.end()
    span = _stripped(text, pos, len(text))
    if span:
        out.append(span)
    return out


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in _LINE_BREAK.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return [s for s in (_stripped(text, a, b) for a, b in out) if s]


def _breaks_line(prev: str, nxt: str, longest: int) -> bool:
    """Whether a single newline between two lines of a paragraph ends a sentence."""
    if _LINE_OPENER.match(nxt) or prev.rstrip().endswith(":"):
        return True
    if _TERMINAL_END.search(prev):
        return False  # the in-line splitter decides (it knows abbreviations)
    if nxt[0].islower() or _JOINER_END.search(prev):
        return False
    # No terminal punctuation: a heading or caption, unless it is prose wrapped at the page width.
    wrapped = len(prev) >= _WRAP_MIN and len(prev) >= _WRAP_SHARE * longest
    return not wrapped or bool(_QUOTE_END.search(prev))


def _blocks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Runs of lines in a paragraph that belong together (line breaks that are not sentence ends)."""
    if text.find("\n", start, end) < 0:  # one line (most paragraphs): itself, already stripped
        return [(start, end)]
    lines = _lines(text, start, end)
    longest = max(b - a for a, b in lines)
    blocks = [list(lines[0])]
    for (a0, b0), (a1, b1) in pairwise(lines):
        if _breaks_line(text[a0:b0], text[a1:b1], longest):
            blocks.append([a1, b1])
        else:
            blocks[-1][1] = b1
    return [(a, b) for a, b in blocks]


def _token_before(text: str, lo: int, pos: int) -> str:
    """The word that ends at ``pos`` (no leading quotes/brackets), e.g. "Mr", "U.S", "i.e"."""
    # The last space is near; a newline or tab only matters after it (blocks seldom hold one, and
    # searching the whole block back for one made this quadratic in the block length).
    ws = max(lo - 1, text.rfind(" ", lo, pos))
    ws = max(ws, text.rfind("\n", ws + 1, pos), text.rfind("\t", ws + 1, pos))
    return text[ws + 1 : pos].lstrip(_LEADING_PUNCT)


def _next_word(text: str, pos: int, end: int) -> str:
    stop = pos
    while stop < end and (text[stop].isalpha() or text[stop] in "\u2019'"):
        stop += 1
    return text[pos:stop]


def _is_end(text: str, m: re.Match[str], lo: int, end: int) -> bool:
    """Whether the candidate end ``m`` really ends a sentence (abbreviations, quotes, lowercase)."""
    j = m.end(3)  # the first character after the whitespace
    if j >= end:
        return False
    if text[j].islower():
        return False
    punct, closers = m.group(1, 2)
    if punct != ".":
        return not (closers and punct[-1] in "?!" and _SPEAKER_TAG.match(text, j, end))
    if closers:  # '."' closes a quotation
        return True
    token = _token_before(text, lo, m.start())
    if m.start() - len(token) == lo and token.isdigit():
        return False  # "1." opening a numbered item
    return _ends_after_token(token, text, j, end)


def _ends_after_token(token: str, text: str, j: int, end: int) -> bool:
    abbr = _abbreviations()
    if token in abbr.title or token in abbr.inner:
        return False
    if token in abbr.before_number:
        return not text[j].isdigit()
    # An initialism holds a dot: most tokens skip the regex call.
    initialism = "." in token and _INITIALISM.match(token)
    if token in abbr.soft or len(token) == 1 and token.isalpha() or initialism:
        return _next_word(text, j, end) in abbr.opener
    return text[j].isupper() or text[j].isdigit() or text[j] in _OPEN_CHARS or not text[j].isalnum()


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [start]
    cuts += [m.end() for m in _END.finditer(text, start, end) if _is_end(text, m, start, end)]
    # Rare: skip the scan (a colon first: one search of the block, not two, in most blocks).
    if text.find(":", start, end) >= 0 and (
        text.find("Q:", start, end) >= 0 or text.find("A:", start, end) >= 0
    ):
        cuts += [m.end() for m in _QA_TURN.finditer(text, start, end)]
        cuts = sorted(set(cuts))  # else the ends are already in order, each after ``start``
    cuts.append(end)
    spans = (_stripped(text, a, b) for a, b in pairwise(cuts))
    return [s for s in spans if s]


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of ``text`` with offsets (whitespace stripped) and its paragraph index.

    Paragraphs (blank lines) always end sentences; inside a paragraph, bullets, Q:/A: turns and
    headings (lines without terminal punctuation) are sentences of their own.
    """
    out: list[Sentence] = []
    for index, (p_start, p_end) in enumerate(paragraphs(text)):
        for b_start, b_end in _blocks(text, p_start, p_end):
            # Positional (tone 0.0, the field's default): a dataclass init with keywords costs more.
            out += [Sentence(a, b, 0.0, index) for a, b in _split_block(text, b_start, b_end)]
    return out
