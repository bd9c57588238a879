"""VADER 3.3.2's scores, bit for bit, doing per-word Python work only around the words VADER scores.

Stock ``polarity_scores`` runs several Python calls for every word (punctuation stripping, the
capitals count, ``sentiment_valence``, ``_but_check``'s lowercasing) and one string concatenation
per character (its emoji loop), though in news text only about one word in ten is in its lexicon
and every other word adds a 0. Here the words are split, lowercased and stripped by C-level calls
over the whole sentence, lexicon words are found with set lookups, and VADER's rules (negation,
booster and idiom windows, "no", "least", "kind of", capitals, "but", punctuation emphasis) run
only at those words, each a line-for-line copy of VADER's own rule. A test compares the
valences and scores with stock VADER on every sentence of our article sets and on crafted text.
"""

from __future__ import annotations

import math
import re
import string
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate, chain, compress, count, repeat
from operator import and_, ne

_PUNCT = string.punctuation
_SHORT = (3).__gt__  # VADER keeps a token unstripped when stripping leaves <= 2 characters
_SO_THIS = ("so", "this")
# Characters whose lowercase depends on context (final sigma) or is longer than they are
# (dotted capital I): text holding one is split and lowercased word by word, as VADER does.
_LOWER_HAZARDS = ("\u03a3", "\u0130")
# Every single-character emoji key of VADER 3.3.2 is one of these (a superset: the hits are
# checked against the real keys). One regex pass per article instead of a set test per character.
_MAYBE_EMOJI = re.compile("[\u00a9\u00ae\u203c\u2049\u2122-\U0010ffff]")


def _cap_differential(orig: list[str]) -> bool:
    """VADER's ``allcap_differential``: some but not all words are in capitals.

    Counted on the unstripped tokens: stripping removes ASCII punctuation, which has no case."""
    caps = sum(map(str.isupper, orig))
    return 0 < caps < len(orig)


class ToneVader:
    """``polarity_scores`` and ``compound`` equal to stock VADER's for any text."""

    def __init__(self):
        from vaderSentiment import vaderSentiment as vader

        stock = vader.SentimentIntensityAnalyzer()
        self.stock, self.lexicon, self.emojis = stock, stock.lexicon, stock.emojis
        self.boosters, self.negate = vader.BOOSTER_DICT, frozenset(vader.NEGATE)
        self.n_scalar, self.c_incr = vader.N_SCALAR, vader.C_INCR
        # VADER's main loop gives boosters 0 before looking at the lexicon.
        self.scored = frozenset(self.lexicon).difference(self.boosters)
        # Its emoji loop looks at one character at a time: longer keys never match.
        self.emoji_chars = frozenset(k for k in self.emojis if len(k) == 1)
        # Another VADER release could add an emoji outside the superset: then test every character.
        self.emoji_superset = all(_MAYBE_EMOJI.match(k) for k in self.emoji_chars)
        # Word tuples for its "a b" / "a b c" string lookups (words never hold whitespace).
        self.special = {tuple(k.split(" ")): v for k, v in vader.SPECIAL_CASES.items()}
        self.booster_grams = {tuple(k.split(" ")): v for k, v in self.boosters.items() if " " in k}
        self.idiom_firsts = frozenset(k[0] for k in (*self.special, *self.booster_grams))

    # -- the words -------------------------------------------------------------------------

    def describe_emoji(self, text: str) -> str:
        """VADER's emoji loop: each emoji becomes its description (spaced from the word before)."""
        out, prev_space = [], True
        for ch in text:
            if ch in self.emojis:
                if not prev_space:
                    out.append(" ")
                out.append(self.emojis[ch])
                prev_space = False
            else:
                out.append(ch)
                prev_space = ch == " "
        return "".join(out)

    def has_emoji(self, text: str) -> bool:
        """Whether ``text`` holds a character VADER's emoji loop replaces."""
        chars = self.emoji_chars
        if not self.emoji_superset:
            return not chars.isdisjoint(text)
        return any(m.group() in chars for m in _MAYBE_EMOJI.finditer(text))

    @staticmethod
    def words(text: str, tokens: list[str] | None = None) -> list[str]:
        """VADER's words of ``text``, lowercased. ``tokens``: ``text.lower().split()``, given
        only when the text holds no _LOWER_HAZARDS."""
        if tokens is None:
            if any(h in text for h in _LOWER_HAZARDS):
                orig = text.split()
                stripped = [t.strip(_PUNCT) for t in orig]
                return [(s if len(s) > 2 else t).lower() for s, t in zip(stripped, orig)]
            tokens = text.lower().split()
        # Lowercasing the sentence equals lowercasing each word (no hazards): split, lower and
        # strip run in C; only tokens that stripping cut to <= 2 characters go back to their
        # unstripped form (found in C too: short and changed).
        words = list(map(str.strip, tokens, repeat(_PUNCT)))
        for j in compress(count(), map(and_, map(_SHORT, map(len, words)), map(ne, words, tokens))):
            words[j] = tokens[j]
        return words

    # -- the valences ----------------------------------------------------------------------

    def valences(self, text: str) -> tuple[str, int, list[int], list[float]]:
        """(the text VADER scores, its word count, positions and values of non-zero valences).

        Every other word's valence is 0, as in VADER; "but" is applied."""
        if self.has_emoji(text):
            text = self.describe_emoji(text)
        text = text.strip()
        n, positions, values = self._scan(text)
        return text, n, positions, values

    def _scan(
        self, text: str, tokens: list[str] | None = None
    ) -> tuple[int, list[int], list[float]]:
        """valences() of text without emoji (``tokens`` as for words())."""
        return self._scan_words(text, self.words(text, tokens))

    def _scan_words(self, text: str, words: list[str]) -> tuple[int, list[int], list[float]]:
        """_scan() with ``words`` = ``self.words(text)`` already made."""
        n = len(words)
        positions: list[int] = []
        values: list[float] = []
        hits = list(self._hits(words))
        if not hits:
            return n, positions, values
        orig = text.split()  # as written: VADER looks at capitals
        for i in hits:
            if words[i] == "kind" and i < n - 1 and words[i + 1] == "of":
                continue
            valence = self._valence(words, orig, i)
            if valence != 0:
                positions.append(i)
                values.append(valence)
        if values and "but" in words:
            _but_check(words.index("but"), positions, values)
        return n, positions, values

    def _valence(self, words: list[str], orig: list[str], i: int) -> float:
        """VADER's ``sentiment_valence`` for lexicon word ``i`` (not a booster, not "kind of").

        Its loop over the three words before (``scalar_inc_dec``, ``_negation_check``,
        ``_special_idioms_check``) is unrolled, ``_least_check`` follows; ``w1``..``w3`` are the
        words 1..3 before (None before the first word)."""
        lex, boosters, negate, n_scalar = self.lexicon, self.boosters, self.negate, self.n_scalar
        item = words[i]
        valence = lex[item]
        w1 = words[i - 1] if i > 0 else None
        w2 = words[i - 2] if i > 1 else None
        w3 = words[i - 3] if i > 2 else None
        if item == "no" and i != len(words) - 1 and words[i + 1] in lex:
            valence = 0.0
        if w1 == "no" or w2 == "no" or (w3 == "no" and w1 in ("or", "nor")):
            valence = lex[item] * n_scalar
        if orig[i].isupper() and _cap_differential(orig):
            valence = valence + self.c_incr if valence > 0 else valence - self.c_incr
        if w1 is not None and w1 not in lex:
            scalar = boosters.get(w1)
            valence = valence + (
                0.0 if scalar is None else self._boost(scalar, orig, i - 1, valence)
            )
            if w1 in negate or "n't" in w1:
                valence = valence * n_scalar
        if w2 is not None and w2 not in lex:
            scalar = boosters.get(w2)
            s = 0.0 if scalar is None else self._boost(scalar, orig, i - 2, valence)
            if s != 0:
                s = s * 0.95
            valence = valence + s
            if w2 == "never" and w1 in _SO_THIS:
                valence = valence * 1.25
            elif w2 == "without" and w1 == "doubt":
                pass
            elif w2 in negate or "n't" in w2:
                valence = valence * n_scalar
        if w3 is not None and w3 not in lex:
            scalar = boosters.get(w3)
            s = 0.0 if scalar is None else self._boost(scalar, orig, i - 3, valence)
            if s != 0:
                s = s * 0.9
            valence = valence + s
            if (w3 == "never" and w2 in _SO_THIS) or w1 in _SO_THIS:
                valence = valence * 1.25
            elif w3 == "without" and (w2 == "doubt" or w1 == "doubt"):
                pass
            elif w3 in negate or "n't" in w3:
                valence = valence * n_scalar
            firsts = self.idiom_firsts  # every idiom/booster phrase starts with one of these
            if w3 in firsts or w2 in firsts or w1 in firsts or item in firsts:
                valence = self._idioms(valence, words, i)
        if w1 == "least" and w1 not in lex and (w2 is None or w2 not in ("at", "very")):
            valence = valence * n_scalar  # _least_check
        return valence

    def _boost(self, scalar: float, orig: list[str], j: int, valence: float) -> float:
        """VADER's ``scalar_inc_dec`` for booster word ``j`` worth ``scalar``."""
        if valence < 0:
            scalar *= -1
        if orig[j].isupper() and _cap_differential(orig):
            scalar = scalar + self.c_incr if valence > 0 else scalar - self.c_incr
        return scalar

    def _idioms(self, valence: float, w: list[str], i: int) -> float:
        """VADER's ``_special_idioms_check`` (only reached with i >= 3)."""
        special = self.special
        a3, a2, a1, a0 = w[i - 3], w[i - 2], w[i - 1], w[i]
        for seq in ((a1, a0), (a2, a1, a0), (a2, a1), (a3, a2, a1), (a3, a2)):
            if seq in special:
                valence = special[seq]
                break
        n = len(w)
        if n - 1 > i and (a0, w[i + 1]) in special:
            valence = special[(a0, w[i + 1])]
        if n - 1 > i + 1 and (a0, w[i + 1], w[i + 2]) in special:
            valence = special[(a0, w[i + 1], w[i + 2])]
        for gram in ((a3, a2, a1), (a3, a2), (a2, a1)):
            if gram in self.booster_grams:
                valence = valence + self.booster_grams[gram]
        return valence

    # -- the scores ------------------------------------------------------------------------

    def compound(self, text: str) -> float:
        """VADER's compound score of ``text`` (-1..1, rounded to 4 digits as VADER does)."""
        text, n, _positions, values = self.valences(text)
        if not n:
            return 0.0
        return round(_normalize(_emphasised(float(sum(values)), text)), 4)

    def compounds(
        self,
        text: str,
        spans: Sequence[tuple[int, int]],
        tokens: Sequence[list[str]] | None = None,
    ) -> list[float]:
        """``compound(text[start:end])`` for every span: emoji and case checks and lowercasing
        once for the whole text. ``tokens``, if given, holds ``text.lower()[start:end].split()``
        of every span (see tone.span_tokens)."""
        if self.has_emoji(text) or any(h in text for h in _LOWER_HAZARDS):
            return [self.compound(text[a:b]) for a, b in spans]
        if tokens is None:
            lower = text.lower()
            tokens = [lower[a:b].split() for a, b in spans]
        # The words of every span at once (C-level calls over the article): most sentences hold
        # no lexicon word, and those score 0.0 without any per-sentence work.
        words = self.words("", list(chain.from_iterable(tokens)))
        ends = list(accumulate(map(len, tokens)))
        hit_spans = sorted({bisect_right(ends, k) for k in self._hits(words)})
        out = [0.0] * len(spans)
        for s in hit_spans:
            a, b = spans[s]
            # VADER strips the text first: split() ignores the ends, and the ends hold no words
            # and no "!"/"?" that the emphasis could count differently.
            piece = text[a:b]
            _n, _positions, values = self._scan_words(
                piece, words[ends[s] - len(tokens[s]) : ends[s]]
            )
            out[s] = round(_normalize(_emphasised(float(sum(values)), piece)), 4)
        return out

    def _hits(self, words: list[str]):
        """Indexes of the words VADER's lexicon scores (boosters excluded)."""
        return compress(count(), map(self.scored.__contains__, words))

    def polarity_scores(self, text: str) -> dict[str, float]:
        """VADER's whole ``polarity_scores`` dict (neg, neu, pos, compound)."""
        text, n, _positions, values = self.valences(text)
        if not n:
            return {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}
        sum_s = float(sum(values))
        punct = _punctuation_emphasis(text)
        compound = _normalize(_emphasised(sum_s, text))
        # VADER's _sift_sentiment_scores; zeros only count as neutral words.
        pos_sum, neg_sum = 0.0, 0.0
        for s in values:
            if s > 0:
                pos_sum += float(s) + 1
            if s < 0:
                neg_sum += float(s) - 1
        neu_count = n - len(values)
        if pos_sum > math.fabs(neg_sum):
            pos_sum += punct
        elif pos_sum < math.fabs(neg_sum):
            neg_sum -= punct
        total = pos_sum + math.fabs(neg_sum) + neu_count
        return {
            "neg": round(math.fabs(neg_sum / total), 3),
            "neu": round(math.fabs(neu_count / total), 3),
            "pos": round(math.fabs(pos_sum / total), 3),
            "compound": round(compound, 4),
        }


def _but_check(bi: int, positions: list[int], values: list[float]) -> None:
    """VADER's ``_but_check`` on the non-zero valences, quirks included.

    VADER looks each valence up again with ``list.index`` (the first *equal* value, possibly one
    it already halved) and scales that one; zeros stay zeros, so skipping them changes nothing."""
    for k in range(len(values)):
        sentiment = values[k]
        si = values.index(sentiment)
        if positions[si] < bi:
            values[si] = sentiment * 0.5
        elif positions[si] > bi:
            values[si] = sentiment * 1.5


def _punctuation_emphasis(text: str) -> float:
    """VADER's ``_punctuation_emphasis``: up to 4 '!' and 2+ '?' strengthen the score."""
    ep_count = min(text.count("!"), 4)
    qm_count = text.count("?")
    qm = 0
    if qm_count > 1:
        qm = qm_count * 0.18 if qm_count <= 3 else 0.96
    return ep_count * 0.292 + qm


def _emphasised(sum_s: float, text: str) -> float:
    if sum_s > 0:
        return sum_s + _punctuation_emphasis(text)
    if sum_s < 0:
        return sum_s - _punctuation_emphasis(text)
    return sum_s


def _normalize(score: float, alpha: int = 15) -> float:
    """VADER's ``normalize``."""
    norm = score / math.sqrt((score * score) + alpha)
    return -1.0 if norm < -1.0 else min(norm, 1.0)
