"""Whose words a flag is in, beyond attributions: text inside quotation marks, labels after 'called X'."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader_app.analysis.evaluative_match import Token

# A quoted stretch within one paragraph: curly, straight or guillemet double quotes. Scare quotes
# ('what the press calls a "peaceful vigil"') are someone else's words too. One pattern per mark:
# each opens with its literal, which re finds by a fast scan, where the three as alternatives
# made it test a character class at every character; ``_leftmost`` reads them as that
# alternation would (leftmost first, no overlaps).
_QUOTED = (
    re.compile(r"\u201c[^\u201d\n]{1,800}\u201d"),
    re.compile(r"\"[^\"\n]{1,800}\""),
    re.compile(r"\u00ab[^\u00bb\n]{1,800}\u00bb"),
)
# Curly single quotes as British headlines use them ('They are lying to us'): the opening mark
# follows a space or line start and the closing one precedes a space or punctuation, so the
# apostrophes of "don't" and "the residents' homes" do not open a quotation.
# It opens with the mark itself and looks back from there: a pattern opening with a lookbehind is
# tried at every position of the text. (A negative lookbehind over two characters also holds at
# the text's start; a line start follows a newline, which is in \s.)
_SINGLE = re.compile(
    r"\u2018(?<![^\s(\[\u2014\u2013]\u2018)(?:[^\u2018\u2019\n]|\u2019(?=\w)){1,400}\u2019(?=[\s.,;:!?)]|$)",
    re.MULTILINE,
)
_CLAUSE_END = re.compile(r"[.,;:!?\u2014\"\u201d\u00bb]")


def _leftmost(patterns: Sequence[re.Pattern[str]], text: str) -> list[tuple[int, int]]:
    """The matches ``finditer`` of the patterns' alternation finds, when each pattern opens with a
    different character (so at most one matches at a position) and none matches empty."""
    out: list[tuple[int, int]] = []
    pos = 0
    ahead = [p.search(text) for p in patterns]  # each one's first match at or after pos
    while True:
        live = [m for m in ahead if m is not None]
        if not live:
            return out
        first = min(live, key=lambda m: m.start())
        out.append(first.span())
        pos = first.end()
        ahead = [
            m if m is None or m.start() >= pos else p.search(text, pos)
            for m, p in zip(ahead, patterns, strict=True)
        ]


def quote_mark_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of every stretch of text between paired double quotation marks."""
    found = _leftmost(_QUOTED, text)
    return found + [(m.start(), m.end()) for m in _SINGLE.finditer(text)]


def label_cues(text: str, toks: Sequence[Token], cfg: dict) -> list[tuple[int, int]]:
    """Token ranges (cue, last token it covers) after 'called', 'described ... as', 'dismissed ... as'.

    A flag starting inside a range is the named speaker's label, not the author's. 'called for',
    'called on' are not labelling, and the range stops at the end of the clause.
    """
    cues, skip, limit = frozenset(cfg["cues"]), frozenset(cfg["not_after_cue"]), cfg["max_words"]
    out = []
    for k, tok in enumerate(toks):
        if tok[2] not in cues or k + 1 >= len(toks) or toks[k + 1][2] in skip:
            continue
        if k and text[toks[k - 1][1] : tok[0]] in ("-", "\u2010", "\u2011"):
            continue  # 'so-called', 'self-described': a label of the author's own
        last = k
        while last + 1 < len(toks) and last - k < limit:
            if _CLAUSE_END.search(text, toks[last][1], toks[last + 1][0]):
                break
            last += 1
        out.append((k, last))
    return out
