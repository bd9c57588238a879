"""The words between a speaker and its verb ('has also', 'on Monday', 'last Friday 12'), skipped
back from the verb."""

from __future__ import annotations

import re

from reader_app.analysis.attribution_lexicon import Lexicon, lexicon
from reader_app.analysis.attribution_phrases import tokens
from reader_app.analysis.attribution_tokens import POSSESSIVE_ENDS

_ON_DAY = re.compile(
    r"(?:\b(?:on|last|this)\s+[A-Z][a-z]+\.?(?:\s+\d{1,2})?|\b(?:on|in|at|during)\s+(?:a|an|the|his|her|their)\s+\w+)\s*$"
)


# _ON_DAY's first words: a match has one ending a chunk before the last one.
_ON_DAY_OPENERS = ("on", "last", "this", "in", "at", "during")
# (lexicon, its one-word auxiliaries and weekdays): one tuple, so a reader never pairs a lexicon
# with another lexicon's words
_adverbial_ends: tuple[Lexicon | None, frozenset[str] | None] = (None, None)
_ASCII_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def _adverbial_words(lex: Lexicon) -> frozenset[str] | None:
    """The one-word auxiliaries and weekdays (None when one is not plain letters and digits: the
    test below then always reads the tokens)."""
    global _adverbial_ends
    cached = _adverbial_ends
    if cached[0] is lex:
        return cached[1]
    words = lex.words.get("auxiliary", frozenset()) | lex.words.get("weekday", frozenset())
    single = frozenset(w for w in words if " " not in w)
    plain = all(w and w.isascii() and w.isalnum() and w == w.lower() for w in single)
    found = single if plain else None
    _adverbial_ends = (lex, found)
    return found


def _may_end_in_adverbial(chunk: str, words: frozenset[str] | None) -> bool:
    """Whether the last token of a chunk, if it ends the chunk, can be one of ``words`` (plain
    letters and digits) as its ``bare``: then that bare is the chunk's last run of letters and
    digits, read the way ``bare`` reads a word (no possessive, no trailing dots, lowercase).
    (Non-ASCII chunks take the full test: lowercasing may depend on the letters before.)"""
    if words is None or not chunk.isascii():
        return True
    low = (chunk[:-2] if chunk[-2:] in POSSESSIVE_ENDS else chunk).rstrip(".").lower()
    return low[len(low.rstrip(_ASCII_ALNUM)) :] in words


def skip_back_adverbials(text: str, lo: int, pos: int) -> int:
    """Move ``pos`` back over words between a speaker and its verb ("has also", "on Monday")."""
    lex = lexicon()
    adverbials = _adverbial_words(lex)
    while True:
        # Only the last chunks matter: an _ON_DAY match spans at most the last three
        # space-separated chunks ('on Friday 12'), and the last word must end the last chunk.
        stretch = text[lo:pos]
        chunks = stretch.rsplit(None, 3)
        if not chunks:
            return pos
        tail = lo + len(chunks[0]) if len(chunks) == 4 else lo  # a space or ``lo``
        # its opening word is followed by spaces, so it ends a chunk before the last
        inner = chunks[1:-1] if len(chunks) == 4 else chunks[:-1]
        if any(c.endswith(_ON_DAY_OPENERS) for c in inner):
            m = _ON_DAY.search(text, tail, pos)
            if m and not text[m.end() : pos].strip():
                pos = m.start()
                continue
        if not _may_end_in_adverbial(chunks[-1], adverbials):
            return pos  # (most verbs follow a name or a noun)
        last_start = lo + len(stretch.rstrip()) - len(chunks[-1])
        words = tokens(text, last_start, pos)  # no word holds a space: the tail's words
        if (
            words
            and not text[words[-1].end : pos].strip()
            and (lex.is_word(words[-1].bare, "auxiliary") or lex.is_word(words[-1].bare, "weekday"))
        ):
            pos = words[-1].start
            continue
        return pos
