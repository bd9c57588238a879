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
    """The one SentimentIntensityAnalyzer (it reads its lexicon files when built)."""
    from vaderSentiment import vaderSentiment as vader

    class _PlainTextAnalyzer(vader.SentimentIntensityAnalyzer):
        """VADER, minus its per-character emoji loop for text that holds no emoji.

        ``polarity_scores`` rebuilds the text one character at a time (string concatenation in
        Python) to swap emoji for their descriptions; for news text without emoji that loop returns
        the text unchanged and was a fifth of VADER's cost. Text with an emoji goes to VADER as is;
        the rest below is VADER 3.3.2's own code after that loop, minus calls that change nothing,
        so the scores are the same (a test compares them with stock VADER).
        """

        def __init__(self):
            super().__init__()
            self.emoji_chars = frozenset(k for k in self.emojis if len(k) == 1)

        def polarity_scores(self, text):
            if not isinstance(text, str) or not self.emoji_chars.isdisjoint(text):
                return super().polarity_scores(text)
            text = text.strip()
            sentitext = vader.SentiText(text)
            sentiments: list = []
            words = sentitext.words_and_emoticons
            lexicon, boosters = self.lexicon, vader.BOOSTER_DICT
            for i, item in enumerate(words):
                lower = item.lower()
                # VADER's own skips (boosters, "kind of"), and for a word outside its lexicon what
                # sentiment_valence would do (append 0), without the call.
                if (
                    lower in boosters
                    or lower not in lexicon
                    or (lower == "kind" and i < len(words) - 1 and words[i + 1].lower() == "of")
                ):
                    sentiments.append(0)
                    continue
                sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
            # _but_check lowercases every word to look for "but": only worth it if the text has one.
            if "but" in text.lower():
                sentiments = self._but_check(words, sentiments)
            return self.score_valence(sentiments, text)

    return _PlainTextAnalyzer()


def sentence_tones(text: str, sentences: Sequence[Sentence]) -> list[float]:
    """VADER compound score (-1..1) of every sentence."""
    score = analyzer().polarity_scores
    return [score(text[s.start : s.end])["compound"] for s in sentences]


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
