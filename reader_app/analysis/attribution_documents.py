"""Fuller mentions of a document noun before a point ('a new safety report' for 'the report')."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from reader_app.analysis.attribution_scan import lowered

_DOC_MODIFIER = r"(?:[\w\u2019'-]+\s+){1,3}"
# The first letters of the determiners in any case ('i' also matches the Turkish dotted and
# dotless i under re.IGNORECASE). The pattern opens with them as a plain class so `re` skips to
# candidate letters; a leading \b with IGNORECASE was tried at every position of the article.
_DET_FIRST = "aAtThHiI\u0130\u0131"
_DETERMINER = (
    rf"[{_DET_FIRST}](?<!\w[{_DET_FIRST}])"  # a word start (\b)
    r"(?i:(?<=a)n?|(?<=t)he(?:ir)?|(?<=t)his|(?<=i)ts|(?<=h)is|(?<=h)er)\s+"
)
_WORDS_BEFORE = 4  # a match holds the determiner's word, up to 3 modifiers and the head


@lru_cache(maxsize=256)
def fuller_mention(head: str) -> re.Pattern[str]:
    """'a|an|the|its|their|this|his|her', one to three words and the head noun, in any case;
    group 1 is the words from the first modifier to the head."""
    return re.compile(rf"{_DETERMINER}(?i:({_DOC_MODIFIER}{re.escape(head)}))\b")


@lru_cache(maxsize=256)
def _head_at(head: str) -> re.Pattern[str]:
    """Every start of the head in any case, overlapping ones too, and perhaps a few more (a
    superset does no harm: the windows are tried with the real pattern). Its first letter opens
    the pattern as a plain class of both cases plus any non-ASCII character (which may fold to
    it under IGNORECASE), so `re` skips to candidates."""
    first, rest = head[:1], re.escape(head[1:])
    if not ("a" <= first.lower() <= "z"):
        return re.compile(rf"(?=(?i:{re.escape(head)}))")
    # 'not an ASCII character other than the letter' (a class over every non-ASCII character
    # takes re ~12 ms to compile; this one ~0.2 ms)
    others = "".join(
        re.escape(chr(c)) for c in range(128) if chr(c) not in (first.lower(), first.upper())
    )
    return re.compile(rf"[^{others}](?=(?i:{rest}))")


def _head_starts(text: str, head: str, end: int) -> Iterator[int]:
    """Every start of the head in any case in text[:end] (or a superset, see ``_head_at``). The
    article lowercased and searched with ``str.find`` when that finds what IGNORECASE finds: the
    lowercase keeps every offset and holds no letter IGNORECASE folds to an ASCII one (the
    character class of ``_head_at`` stops at every letter like the head's first)."""
    low = lowered(text)  # the article's, shared with the cue pass
    if head.isascii() and len(low) == len(text) and "\u0131" not in low and "\u017f" not in low:
        key = head.lower()
        at = low.find(key, 0, end)
        while at >= 0:
            yield at
            at = low.find(key, at + 1, end)
    else:
        for occurrence in _head_at(head).finditer(text, 0, end):
            yield occurrence.start()


def fuller_mentions(text: str, head: str, end: int) -> list[re.Match[str]]:
    """``list(fuller_mention(head).finditer(text, 0, end))``, trying the pattern only in the few
    words before each occurrence of the head instead of at every letter of the text.

    Every match ends in an occurrence of the head and opens within the ``_WORDS_BEFORE`` words
    before it, and those windows only move forward, so trying the positions of each window in
    order (after the last match) meets the matches ``finditer`` meets, in the same order."""
    pattern = fuller_mention(head)
    out: list[re.Match[str]] = []
    pos = tried = 0  # the scan resumes at ``pos``; positions below ``tried`` failed already
    for at in _head_starts(text, head, end):
        p = max(pos, tried, _word_start_before(text, at, _WORDS_BEFORE))
        while p < at:
            m = pattern.match(text, p, end) if text[p] in _DET_FIRST else None
            if m is None:
                p += 1
                continue
            out.append(m)
            pos = p = m.end()
        tried = max(tried, at)
    return out


def _word_start_before(text: str, at: int, count: int) -> int:
    """The ``count``-th last start of a whitespace-separated word below ``at`` (0 if fewer)."""
    found = 0
    j = at - 1
    while j > 0:
        if not text[j].isspace() and text[j - 1].isspace():
            found += 1
            if found == count:
                return j
        j -= 1
    return 0
