"""Sentence and article tone from VADER: one lexical signal of positive/negative wording, not stance."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from reader_app.model import Sentence

# VADER's own recommended cut-offs for calling a compound score positive or negative.
POSITIVE, NEGATIVE = 0.05, -0.05


@lru_cache(maxsize=1)
def analyzer():
    """The one VADER analyser: our ``tone_vader.ToneVader`` (stock VADER's scores, computed with
    per-word work only at lexicon words; it reads VADER's lexicon files when built)."""
    from reader_app.analysis.tone_vader import ToneVader

    return ToneVader()


def sentence_tokens(text: str, sentences: Sequence[Sentence]) -> list[list[str]]:
    """The whitespace-separated tokens of every sentence, lowercased.

    Made once per article and shared: the tone step scores them, and readability counts the
    words in them (split_sentences' sentences hold every token of the text)."""
    lower = text.lower()
    if len(lower) != len(text):  # "İ" lowercases to two characters: offsets shift
        return [text[s.start : s.end].lower().split() for s in sentences]
    return [lower[s.start : s.end].split() for s in sentences]


def sentence_tones(
    text: str, sentences: Sequence[Sentence], tokens: Sequence[list[str]] | None = None
) -> list[float]:
    """VADER compound score (-1..1) of every sentence (``tokens``: from sentence_tokens)."""
    return analyzer().compounds(text, [(s.start, s.end) for s in sentences], tokens)


def _extreme(sentences: Sequence[Sentence], tones: Sequence[float], pick) -> dict[str, Any] | None:
    index = pick(range(len(tones)), key=tones.__getitem__)
    s = sentences[index]
    return {"start": s.start, "end": s.end, "compound": round(tones[index], 4)}


def article_tone(sentences: Sequence[Sentence], tones: Sequence[float]) -> dict[str, Any]:
    """Mean compound, shares of positive/negative sentences, and the most positive/negative one."""
    n = len(tones)
    if n == 0:
        return {
            "sentences": 0,
            "mean": 0.0,
            "share_positive": 0.0,
            "share_negative": 0.0,
            "most_positive": None,
            "most_negative": None,
            "signal": "vader",
        }
    return {
        "sentences": n,
        "mean": round(sum(tones) / n, 4),
        "share_positive": round(sum(t >= POSITIVE for t in tones) / n, 4),
        "share_negative": round(sum(t <= NEGATIVE for t in tones) / n, 4),
        "most_positive": _extreme(sentences, tones, max) if max(tones) >= POSITIVE else None,
        "most_negative": _extreme(sentences, tones, min) if min(tones) <= NEGATIVE else None,
        # VADER scores words such as "war" or "killed" negative: a reading aid, not the outlet's stance.
        "signal": "vader",
    }
