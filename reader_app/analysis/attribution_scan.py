"""Fast scanning for attribution: reporting verbs as one trie regex, patterns tried only at known
cue positions, word counts and tail windows without building tokens, merged quote regions."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from operator import le, lt

from reader_app.analysis.attribution_lexicon import Lexicon
from reader_app.analysis.attribution_phrases import TOKEN
from reader_app.analysis.phrase_trie import trie_pattern

_verb_re: tuple[Lexicon, re.Pattern[str]] | None = None
_lowered: tuple[str, str] = ("", "")  # the last article lowercased (one tuple: thread-safe)


def lowered(text: str) -> str:
    """``text.lower()``, computed once for the article being read (the cue pass and the document
    mentions both need it); only the last text is kept."""
    global _lowered
    last = _lowered
    if last[0] is text:
        return last[1]
    low = text.lower()
    _lowered = (text, low)
    return low


def verb_matcher(lex: Lexicon) -> re.Pattern[str]:
    """The reporting-verb forms as one trie regex: it matches what ``lex.verb_pattern`` matches
    (longest form first), but tries a few characters per position instead of every form."""
    global _verb_re
    if _verb_re is None or _verb_re[0] is not lex:
        _verb_re = (lex, re.compile(rf"\b(?:{trie_pattern(lex.verbs, fold=False)})\b"))
    return _verb_re[1]


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Sequence[int] | None, start: int, end: int
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)`` for a pattern that never matches the empty string and
    can only match at one of ``starts`` (sorted positions, as ``cue_starts`` gives them): it is
    tried at those positions only. ``starts=None``: every position."""
    if starts is None:
        yield from pattern.finditer(text, start, end)
        return
    pos = start
    for i in range(bisect_left(starts, start), len(starts)):
        p = starts[i]
        if p >= end:
            return
        if p < pos:
            continue  # inside the last match: finditer goes on after it
        m = pattern.match(text, p, end)
        if m is not None:
            yield m
            pos = m.end()


def matches_list(
    pattern: re.Pattern[str], text: str, starts: Sequence[int] | None, start: int, end: int
) -> list[re.Match[str]] | Iterator[re.Match[str]]:
    """``matches_at`` as a list (no generator to set up: most calls meet one or two positions)."""
    if starts is None:
        return pattern.finditer(text, start, end)
    out = []
    pos = start
    match = pattern.match
    for i in range(bisect_left(starts, start), len(starts)):
        p = starts[i]
        if p >= end:
            break
        if p >= pos:  # (a position inside the last match: finditer goes on after it)
            m = match(text, p, end)
            if m is not None:
                out.append(m)
                pos = m.end()
    return out


def word_count(text: str, start: int, end: int) -> int:
    """``len(tokens(text, start, end))`` without building the tokens: one token per TOKEN match
    (a dot kept by 'Dr.' is no match of its own)."""
    return len(TOKEN.findall(text, start, end))


def tail_start(text: str, lo: int, hi: int, chunks: int) -> int:
    """Where the last ``chunks`` space-separated chunks of text[lo:hi] begin, less the space before
    them (or ``lo``). A pattern ending in '\\s+$' whose words are that many chunks at most matches
    from there as from ``lo``: reading from it skips the sentence's start."""
    parts = text[lo:hi].rsplit(None, chunks)
    return lo + len(parts[0]) if len(parts) > chunks else lo


def words_at_least(text: str, start: int, end: int, n: int) -> bool:
    """``word_count(text, start, end) >= n``, reading no further than the n-th word."""
    if n <= 0:
        return True
    # n chunks that open or close with a letter or digit hold n words at least (no word spans a
    # space): enough for most long stretches, without the regex
    parts = text[start:end].split(None, n)
    if len(parts) > n and all(c[0].isalnum() or c[-1].isalnum() for c in parts[:n]):
        return True
    # the n-th match or None, skipping the first n - 1 in C
    return next(islice(TOKEN.finditer(text, start, end), n - 1, None), None) is not None


class Regions:
    """Half-open (start, end) regions, merged once so that 'is this position inside one of them'
    is a bisection, not a scan of every region (quotes of a long interview are many)."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]]):
        merged: list[list[int]] = []
        for a, b in sorted(span for span in spans if span[0] < span[1]):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self._starts = [a for a, _ in merged]
        self._ends = [b for _, b in merged]

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]


def first_word_start(text: str, start: int, end: int) -> int | None:
    """``tokens(text, start, end)[0].start``, or None when there is no word."""
    m = TOKEN.search(text, start, end)
    return m.start() if m else None


def last_word(text: str, lo: int, hi: int) -> str:
    r"""The word characters ending text[lo:hi] (before one final line break), as
    ``re.search(r"(\w+)$", text[lo:hi])`` finds them, without trying every position; '' if none."""
    if hi > lo and text[hi - 1] == "\n":  # '$' also matches before a final newline
        hi -= 1
    start = hi
    while start > lo and (text[start - 1].isalnum() or text[start - 1] == "_"):  # '\w'
        start -= 1
    return text[start:hi]


def heads_of(phrases: Iterable[str]) -> frozenset[str]:
    """The first two characters of each phrase as ``cue_heads`` reads them (lowercase, a space for
    any whitespace, a plain apostrophe also as \u2019)."""
    out = set()
    for phrase in phrases:
        head = phrase[:2].lower()
        head = head[0] + " " if head[1:].isspace() else head
        out |= {head, head.replace("'", "\u2019")}
    return frozenset(out)


def cue_heads(text: str, starts: Sequence[int]) -> set[str]:
    """The first two characters at each cue position, lowercased (a space for any whitespace). A
    set phrase can match at a position only when its ``heads_of`` holds that position's head (for
    letters IGNORECASE folds otherwise, ``cue_starts`` gives no positions)."""
    out = set()
    for p in starts:
        head = text[p : p + 2].lower()
        out.add(head[0] + " " if head[1:].isspace() else head)
    return out


def word_before_spaces(text: str, lo: int, pos: int) -> tuple[str, int]:
    r"""The word characters right before the spaces that end text[lo:pos] and where they start
    ('' when text[lo:pos] does not end with a space). ``re.search(r"\b(?:W)\s+$", tail)`` on the
    text's last chunk finds a word of W exactly when this word is one (a word ends where the spaces
    start, and its characters run back to a non-word character or to ``lo``)."""
    j = pos
    while j > lo and text[j - 1].isspace():
        j -= 1
    if j == pos:
        return "", pos
    w = j
    while w > lo and (text[w - 1].isalnum() or text[w - 1] == "_"):  # '\w'
        w -= 1
    return text[w:j], w


class ParagraphFinder:
    """Which paragraph holds a position: by bisection when the paragraphs are in order with gaps
    between them (as ``sentences.paragraphs`` gives them), else by the scan it replaces."""

    def __init__(self, paragraphs: Sequence[tuple[int, int]]):
        self.paragraphs = paragraphs
        self.starts = [a for a, _ in paragraphs]
        ends = [b for _, b in paragraphs]
        # in C: every start <= its end, every end < the next start
        self.ordered = all(map(le, self.starts, ends)) and all(map(lt, ends, self.starts[1:]))

    def holding(self, pos: int) -> int:
        """The first paragraph with start <= pos < end, else 0."""
        if not self.ordered:
            return next((i for i, (a, b) in enumerate(self.paragraphs) if a <= pos < b), 0)
        i = bisect_right(self.starts, pos) - 1
        return i if i >= 0 and pos < self.paragraphs[i][1] else 0

    def end_at(self, pos: int, default: int) -> int:
        """The end of the first paragraph with start <= pos <= end, else ``default``."""
        if not self.ordered:
            return next((b for a, b in self.paragraphs if a <= pos <= b), default)
        i = bisect_right(self.starts, pos) - 1
        return self.paragraphs[i][1] if i >= 0 and pos <= self.paragraphs[i][1] else default
