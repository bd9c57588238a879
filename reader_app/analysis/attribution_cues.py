"""Where indirect-speech cues can start in an article, found in one pass: a sentence without one
reports nothing, and in the others each cue pattern need only be tried at those positions."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from reader_app.analysis.attribution_lexicon import Lexicon, lexicon
from reader_app.analysis.attribution_scan import lowered
from reader_app.analysis.attribution_unnamed import unnamed_phrases
from reader_app.analysis.phrase_trie import trie_pattern

# The verbs of 'as noted in the report' and the subjects of 'I am told' (indirect's patterns).
AS_IN_VERBS = (
    "noted",
    "stated",
    "stipulated",
    "mentioned",
    "said",
    "set out",
    "laid out",
    "outlined",
    "reported",
    "specified",
)
TOLD_SUBJECTS = (
    "I am",
    "I'm",
    "I was",
    "we are",
    "we're",
    "we were",
    "I have been",
    "I've been",
    "we have been",
    "we've been",
)

_cue_re: tuple[Lexicon, re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None = None


def _cues(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The opening words of every cue ``sentence_candidates`` looks for (reporting verbs, set
    phrases, 'according to', 'as noted', 'I am told') in one trie, with nothing after them: a cue
    found in a sentence alone is found in the article too. Lowercase: they read the lowercased
    article. The patterns find them after a space, after another non-word character, and at the
    start. (One pattern opening with '\\W' costs a third more: re tests that category at every
    character, while a literal space is found by a plain character scan and the class of the
    second pattern is a bitmap; in lowercased text the class and '\\W' leave the same positions.)"""
    global _cue_re
    if _cue_re is None or _cue_re[0] is not lex:
        opens = [*lex.verbs, *unnamed_phrases(), "according to", *TOLD_SUBJECTS]
        opens += [f"as {verb}" for verb in AS_IN_VERBS]
        trie = trie_pattern(opens)  # lowercase; a space matches any spaces, ' also \u2019
        after_space = re.compile(rf" (?={trie})")
        after_other = re.compile(rf"[^a-z0-9 _](?<=\W)(?={trie})")
        _cue_re = (lex, after_space, after_other, re.compile(trie))
    return _cue_re[1], _cue_re[2], _cue_re[3]


# Letters that IGNORECASE matches to an ASCII letter but str.lower() does not lowercase to one
# (tested with `in`: a search for a class of non-ASCII letters checks every character in Python's re).
_FOLDS_TO_ASCII = ("\u0131", "\u017f")


def cue_starts(text: str) -> list[int] | None:
    """Sorted positions where an indirect-speech cue may start (one pass over the article): a
    sentence holding none has no candidate, so ``sentence_candidates`` need not read it. None
    (every sentence may hold one) when lowercasing would move offsets."""
    after_space, after_other, at_start = _cues(lexicon())
    low = lowered(text)
    if len(low) != len(text) or _FOLDS_TO_ASCII[0] in text or _FOLDS_TO_ASCII[1] in text:
        return None
    starts = [0] if at_start.match(low) else []
    starts += [m.start() + 1 for m in after_space.finditer(low)]
    others = [m.start() + 1 for m in after_other.finditer(low)]
    if others:
        starts += others
        starts.sort()
    return starts


def cues_in(starts: Sequence[int] | None, start: int, end: int) -> Sequence[int] | None:
    """The cue positions in [start, end) (None: every position may be one)."""
    if starts is None:
        return None
    return starts[bisect_left(starts, start) : bisect_left(starts, end)]


def has_cue(starts: Sequence[int] | None, start: int, end: int) -> bool:
    if starts is None:
        return True
    i = bisect_left(starts, start)
    return i < len(starts) and starts[i] < end
