"""What each sentence contains that makes it checkable or not: cue phrases, figures, dates, names.

Every pattern runs once over the whole article and its matches are dealt out to sentences, which
keeps the cost linear and low (the claim step runs on every sentence of every article).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from reader_app.analysis.claim_cues import cues
from reader_app.analysis.claim_dates import date_spans, with_count
from reader_app.analysis.phrase_trie import normalise, trie_pattern
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
# A run of capitalised words or initialisms ("Defence Ministry", "U.N."): a name unless it is only a
# capitalised sentence opener ("The", "However").
_CAP_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w\u2019'\-]*)"
_OPENING_SLACK = 3  # characters a sentence may open with before its first word (quote, bullet, Q:)
_NOT_NAMES = frozenset(
    [
        "I",
        "Q",
        "A",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
    ]
)


@lru_cache(maxsize=1)
def _capitalised() -> re.Pattern[str]:
    """Runs of capitalised words that do not start with a word that is never a name ("The",
    "However", "May"): skipping those in the regex spares a Python step for most sentence openers."""
    never = [w[:1].upper() + w[1:] for w in cues().not_names] + sorted(_NOT_NAMES)
    # The run's first capital is consumed first (a leading character class lets ``re`` skip to
    # capitals); the never-a-name test then looks back at that capital and on at the rest.
    by_first: dict[str, set[str]] = {}
    for word in never:
        if word[:1].isascii() and word[:1].isupper():
            by_first.setdefault(word[0], set()).add(word[1:])
    never_here = "|".join(
        rf"(?<={first})(?:{trie_pattern(rests, fold=False)}){'?' if '' in rests else ''}"
        for first, rests in sorted(by_first.items())
    )
    return re.compile(
        rf"[A-Z](?<![\w.].)(?!(?:{never_here or '(?!)'})(?![\w\u2019'\-.]))"
        rf"(?:\.(?:[A-Z]\.)+|[\w\u2019'\-]*)(?:[ \t]+{_CAP_WORD})*"
    )


# Past tense / perfect / passive of any regular verb: "had been liberated", "were evacuated".
# Each branch opens with its literal letter and checks the word start after it, so ``re`` skips to
# "h"/"w" instead of trying every position.
_AUX_PARTICIPLE = re.compile(
    r"(?:h(?<!\w.)(?:as|ave|ad)\s+(?:been\s+)?|w(?<!\w.)(?:as|ere)\s+)"
    r"(?:(?:[a-z]+ly|never|not|also|already|later|then|still|just|first|since)\s+)?([a-z]+ed)\b"
)


@dataclass(slots=True)
class SentenceFeatures:
    """The evidence found in one sentence, as written in the text."""

    hits: dict[str, list[str]] = field(default_factory=dict)  # cue category -> phrases
    dates: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    date_spans: list[tuple[int, int]] = field(default_factory=list)
    aux_starts: set[int] = field(default_factory=set)


class _Dealer:
    """Finds the sentence a text position falls in (None between sentences)."""

    def __init__(self, sentences: Sequence[Sentence]):
        self.starts = [s.start for s in sentences]
        self.ends = [s.end for s in sentences]

    def index(self, pos: int) -> int | None:
        i = bisect_right(self.starts, pos) - 1
        return i if i >= 0 and pos < self.ends[i] else None


def article_features(
    text: str,
    sentences: Sequence[Sentence],
    skip_names: frozenset[str] = frozenset(),
    lower: str | None = None,
) -> list[SentenceFeatures]:
    """Cue phrases, dates, figures and names of every sentence, from one pass per pattern.

    ``lower`` may pass ``text.lower()`` if the caller has it (same length as ``text`` only)."""
    feats = [SentenceFeatures() for _ in sentences]
    dealer = _Dealer(sentences)
    starts, ends = dealer.starts, dealer.ends
    for start, end in date_spans(text):
        i = bisect_right(starts, start) - 1
        if i >= 0 and start < ends[i]:
            feats[i].dates.append(with_count(text, start, end, starts[i]))
            feats[i].date_spans.append((start, end))
    for m in _NUMBER.finditer(text):
        start = m.start()
        i = bisect_right(starts, start) - 1
        if i < 0 or start >= ends[i]:
            continue
        dates = feats[i].date_spans
        if not dates or not any(a <= start < b for a, b in dates):
            feats[i].numbers.append(m.group())
    _deal_cues(text, feats, dealer, lower)
    _deal_names(text, feats, dealer, skip_names)
    return feats


def _deal_cues(
    text: str, feats: list[SentenceFeatures], dealer: _Dealer, lower: str | None = None
) -> None:
    # Matches come in text order: the sentence index is found with bisect inline (a method call
    # per match cost as much as the rest of the loop).
    c, starts, ends = cues(), dealer.starts, dealer.ends
    for m in _AUX_PARTICIPLE.finditer(text):
        start = m.start()
        i = bisect_right(starts, start) - 1
        if i >= 0 and start < ends[i]:
            feats[i].hits.setdefault("event_verb", []).append(m.group())
            feats[i].aux_starts.add(m.start(1))
    lower = lower or text.lower()
    # Lowercasing keeps offsets unless a character changes length ("İ"): then match ignoring case.
    if len(lower) != len(text):
        lower = None
    matches = c.matcher_lower.finditer(lower) if lower else c.matcher.finditer(text)
    categories = c.categories
    for m in matches:
        start, end = m.span()
        i = bisect_right(starts, start) - 1
        if i < 0 or start >= ends[i]:
            continue
        phrase = m.group()
        f = feats[i]
        for category in categories.get(phrase) or categories[normalise(phrase)]:
            if category == "event_verb" and (
                start in f.aux_starts
                or _ATTRIBUTIVE.search(lower or text, max(0, start - 12), start)
            ):
                continue  # already counted in "has/was VERBed", or used as an adjective
            if category == "conditional" and start - starts[i] > _OPENING_SLACK:
                continue  # "if" counts only where it opens the sentence
            f.hits.setdefault(category, []).append(text[start:end])


@lru_cache(maxsize=20_000)
def _name_words(run: str) -> tuple[str, bool]:
    """A capitalised run without a leading function word or month/weekday: (name, first word dropped)."""
    words = run.split()
    dropped = words[0].lower() in cues().not_names or words[0] in _NOT_NAMES
    if dropped:
        words = words[1:]
    return " ".join(w for w in words if w not in _NOT_NAMES), dropped


def _deal_names(text: str, feats: list[SentenceFeatures], dealer, skip: frozenset[str]) -> None:
    """Names per sentence. A capitalised word opening a sentence counts as a name only when the
    article also uses it mid-sentence ("Norway was ... in Norway"), or as part of a longer run."""
    runs, known = [], set()
    starts, ends = dealer.starts, dealer.ends
    for m in _capitalised().finditer(text):
        start = m.start()
        i = bisect_right(starts, start) - 1
        if i < 0 or start >= ends[i]:
            continue
        # Within a few characters of the sentence start (after a quote, bullet or "Q: ").
        opens = start - starts[i] <= _OPENING_SLACK
        name, dropped = _name_words(m.group())
        runs.append((i, name, opens and not dropped and " " not in name))
        if name and (not opens or dropped or " " in name):
            known.add(name)
            words = name.split()
            known.update((words[0], words[-1]))  # "Acme Robotics ... Acme said", "Ann Lee ... Lee"
    for i, name, lone_opener in runs:
        names = feats[i].names
        if name and name not in skip and name not in names and (not lone_opener or name in known):
            names.append(name)
