"""What each sentence contains that makes it checkable or not: cue phrases, figures, dates, names.

Every pattern runs once over the whole article and its matches are dealt out to sentences, which
keeps the cost linear and low (the claim step runs on every sentence of every article).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from reader_app.analysis.claim_cues import cues, lower_matches
from reader_app.analysis.claim_dates import date_spans, with_count
from reader_app.analysis.claim_names import OPENING_SLACK, sentence_names
from reader_app.analysis.phrase_trie import normalise
from reader_app.model import Sentence

# A past participle after a determiner or preposition describes, it does not report an event:
# "the liberated areas", "in destroyed villages"; after "is/are" it is a present state ("is funded").
_ATTRIBUTIVE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|your|my|these|those|this|newly|recently|in|from|of|with"
    r"|for|on|at|into|is|are|be|being)\s+$",
    re.IGNORECASE,
)
# A figure, with its currency sign if any, not inside a word or a longer figure. Written to open
# with a character class so ``re`` skips ahead to candidate characters: a pattern that opens with
# a lookbehind is tried at every position, which made this the slowest pattern of the step.
# The opening class is ASCII digits, the signs and everything from U+0660 (the first non-ASCII
# digit) on, checked against ``[\d...]`` by a lookbehind: ``re`` tests a class of ranges per
# character several times faster than one holding the ``\d`` category.
_CURRENCY = "$\u20ac\u00a3\u00a5"
_NUMBER = re.compile(
    rf"[0-9{_CURRENCY}\u0660-\U0010ffff](?<=[\d{_CURRENCY}])(?<![\w.,].)"
    rf"(?:(?<=\d)\d*|(?<=[{_CURRENCY}])\s?\d+)"
    r"(?:[.,]\d+)*(?:\s?(?:%|percent\b|per cent\b))?(?:-[A-Za-z]+)?"
)
# Past tense / perfect / passive of any regular verb: "had been liberated", "were evacuated".
# Each branch opens with its literal letter and checks the word start after it, so ``re`` skips to
# "h"/"w" instead of trying every position.
_PARTICIPLE = (
    r"(?:(?:[a-z]+ly|never|not|also|already|later|then|still|just|first|since)\s+)?([a-z]+ed)\b"
)
_AUX_PARTICIPLE = re.compile(
    r"(?:h(?<!\w.)(?:as|ave|ad)\s+(?:been\s+)?|w(?<!\w.)(?:as|ere)\s+)" + _PARTICIPLE
)
# _AUX_PARTICIPLE as two patterns, each opening with a literal prefix ("ha", "w"), which ``re``
# finds ~3x faster than a set of first letters. Their matches never overlap (no word inside
# one can open the other: "been", the adverbs and the -ed word are not has/had/was/were), so
# both passes merged by position find what the single pattern finds.
_HAVE_PARTICIPLE = re.compile(r"ha(?<!\w..)(?:s|ve|d)\s+(?:been\s+)?" + _PARTICIPLE)
_BE_PARTICIPLE = re.compile(r"w(?<!\w.)(?:as|ere)\s+" + _PARTICIPLE)


def aux_participles(text: str) -> list[re.Match[str]]:
    """``_AUX_PARTICIPLE.finditer(text)`` as a list, from the two literal-prefix passes."""
    found = list(_HAVE_PARTICIPLE.finditer(text))
    found += _BE_PARTICIPLE.finditer(text)
    if found:
        found.sort(key=re.Match.start)
    return found


# The same test on text lowered exactly (no dotless i or long s, which IGNORECASE matches to "i"
# and "s"): a case-sensitive search costs a third.
_ATTRIBUTIVE_LOWER = re.compile(_ATTRIBUTIVE.pattern)


@dataclass(slots=True)
class SentenceFeatures:
    """The evidence found in one sentence, as written in the text."""

    hits: dict[str, list[str]] = field(default_factory=dict)  # cue category -> phrases
    dates: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    date_spans: list[tuple[int, int]] = field(default_factory=list)
    aux_starts: set[int] = field(default_factory=set)


def article_features(
    text: str,
    sentences: Sequence[Sentence],
    skip_names: frozenset[str] = frozenset(),
    lower: str | None = None,
) -> list[SentenceFeatures]:
    """Cue phrases, dates, figures and names of every sentence, from one pass per pattern.

    ``lower`` may pass ``text.lower()`` if the caller has it (same length as ``text`` only)."""
    found = sparse_features(text, sentences, skip_names, lower)
    return [f if f is not None else SentenceFeatures() for f in found]


def sparse_features(
    text: str,
    sentences: Sequence[Sentence],
    skip_names: frozenset[str] = frozenset(),
    lower: str | None = None,
    exact_lower: bool | None = None,
    furniture: set[int] | None = None,
) -> list[SentenceFeatures | None]:
    """article_features, with None for each sentence where nothing was found (most of them in
    some articles: building empty records for them cost more than the lookups).

    ``exact_lower``: ``lower`` holds no character that ``re.IGNORECASE`` equates with an ASCII
    letter where ``str.lower`` does not (None: check here). ``furniture``, if given and the text
    is lowered exactly, receives the sentences that may hold a furniture-anywhere phrase: each
    holds a key word of its phrase, which the cue scan of the lowered text meets."""
    starts = [s.start for s in sentences]
    ends = [s.end for s in sentences]
    feats: list[SentenceFeatures | None] = [None] * len(sentences)
    _deal_dates_and_numbers(text, feats, starts, ends)
    lower = lower or text.lower()
    # Lowercasing keeps offsets unless a character changes length ("İ"): then match ignoring case.
    if len(lower) != len(text):
        lower = None
    elif exact_lower is None:
        exact_lower = "\u0131" not in text and "\u017f" not in text
    _deal_cues(text, feats, starts, ends, lower, bool(exact_lower), furniture)
    for i, names in sentence_names(text, starts, ends, skip_names).items():
        f = feats[i]
        if f is None:
            feats[i] = SentenceFeatures(names=names)
        else:
            f.names = names
    return feats


def _deal_dates_and_numbers(text: str, feats: list, starts: list[int], ends: list[int]) -> None:
    # Matches come in text order: the sentence index is found with bisect inline (a method call
    # per match cost as much as the rest of the loop).
    for start, end in date_spans(text):
        i = bisect_right(starts, start) - 1
        if i >= 0 and start < ends[i]:
            f = feats[i]
            if f is None:
                f = feats[i] = SentenceFeatures()
            f.dates.append(with_count(text, start, end, starts[i]))
            f.date_spans.append((start, end))
    for m in _NUMBER.finditer(text):
        start = m.start()
        i = bisect_right(starts, start) - 1
        if i < 0 or start >= ends[i]:
            continue
        f = feats[i]
        if f is None:
            f = feats[i] = SentenceFeatures()
        elif f.date_spans and any(a <= start < b for a, b in f.date_spans):
            continue
        f.numbers.append(m.group())


def _deal_cues(
    text: str,
    feats: list,
    starts: list[int],
    ends: list[int],
    lower: str | None,
    exact: bool,
    furniture: set[int] | None = None,
) -> None:
    c = cues()
    aux: dict[int, int] = {}  # participle start -> sentence of its "has/was"
    for m in aux_participles(text):
        start = m.start()
        i = bisect_right(starts, start) - 1
        if i >= 0 and start < ends[i]:
            f = feats[i]
            if f is None:
                f = feats[i] = SentenceFeatures()
            f.hits.setdefault("event_verb", []).append(m.group())
            f.aux_starts.add(m.start(1))
            aux[m.start(1)] = i
    if lower:  # the phrase is group 1
        matches, src, group = lower_matches(c, lower), lower, 1
        attributive = (_ATTRIBUTIVE_LOWER if exact else _ATTRIBUTIVE).search
    else:
        matches, src, group = c.matcher.finditer(text), text, 0
        attributive = _ATTRIBUTIVE.search
    categories, keys = c.categories, c.furniture_words
    if furniture is None:
        furniture = set()  # nobody asked: collected and dropped
    for m in matches:
        start, end = m.span(group)
        phrase = m.group(group)
        cats = categories.get(phrase)
        if cats is None:  # a furniture key word; or "will  be", "don’t": normalised
            if phrase not in keys:
                phrase = normalise(phrase)
            cats = categories.get(phrase, ())
        if phrase in keys:
            furniture.update(_overlapping(starts, ends, start, end))
        i = bisect_right(starts, start) - 1
        if i < 0 or start >= ends[i]:
            continue
        f = feats[i]
        if f is None:
            if not cats:
                continue
            f = feats[i] = SentenceFeatures()
        hits = f.hits
        for category in cats:
            if category == "event_verb" and (
                aux.get(start) == i or attributive(src, max(0, start - 12), start)
            ):
                continue  # already counted in "has/was VERBed", or used as an adjective
            if category == "conditional" and start - starts[i] > OPENING_SLACK:
                continue  # "if" counts only where it opens the sentence
            found = hits.get(category)
            if found is None:
                hits[category] = [text[start:end]]
            else:
                found.append(text[start:end])


def _overlapping(starts: list[int], ends: list[int], start: int, end: int) -> list[int]:
    """Indices of the sentences overlapping [start, end)."""
    i = max(bisect_right(starts, start) - 1, 0)
    out = []
    while i < len(starts) and starts[i] < end:
        if ends[i] > start:
            out.append(i)
        i += 1
    return out
