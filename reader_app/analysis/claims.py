"""Check-worthiness of every sentence; the sentences that state checkable facts are claims."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from reader_app.analysis.claim_cues import cues
from reader_app.analysis.claim_features import SentenceFeatures, sparse_features
from reader_app.analysis.claim_filters import CLOSERS, exact_lower, not_a_claim, question_turns
from reader_app.model import Attribution, Claim, Metadata, Sentence

# Cue category -> (claim kind, feature label) for the evidence that adds to the score.
_POSITIVE = {
    "number_word": ("numeric", "number in words"),
    "event_verb": ("event", "past-tense event verb"),
    "event_phrase": ("event", "event"),
    "prediction": ("prediction", "modal/future"),
    "speculation": (None, "possibility"),
    "comparison": ("comparison", "comparison"),
    "causal": ("causal", "causal"),
}
# The same with the name of each category's weight in weights.toml.
_POSITIVE_WEIGHTS = {
    category: (kind, label, "event" if category.startswith("event") else category)
    for category, (kind, label) in _POSITIVE.items()
}
# (category, kind, "label: ", weight) in _POSITIVE's order, for _evidence.
_POSITIVE_ROWS = tuple((c, k, f"{label}: ", w) for c, (k, label, w) in _POSITIVE_WEIGHTS.items())
_EMPTY = SentenceFeatures()  # a sentence where nothing was found (never modified)


@dataclass(frozen=True)
class ArticleContext:
    """What scoring one sentence needs to know about the whole article (built once per article)."""

    attributions: tuple[Attribution, ...]
    spans: tuple[tuple[int, int, int], ...]  # attribution content (start, end, index), by start
    starts: tuple[int, ...]
    longest: int


def article_context(attributions: Sequence[Attribution] = ()) -> ArticleContext:
    """Attribution content spans sorted for lookup by position."""
    spans = sorted((c.start, c.end, i) for i, a in enumerate(attributions) for c in a.content)
    return ArticleContext(
        attributions=tuple(attributions),
        spans=tuple(spans),
        starts=tuple(s[0] for s in spans),
        longest=max((b - a for a, b, _ in spans), default=0),
    )


def attribution_for(ctx: ArticleContext, start: int, end: int) -> int | None:
    """Index of the attribution whose content overlaps [start, end) the most (None if none)."""
    best, best_overlap = None, 0
    i = bisect.bisect_left(ctx.starts, end) - 1
    while i >= 0 and ctx.spans[i][0] >= start - ctx.longest:
        a, b, index = ctx.spans[i]
        overlap = min(b, end) - max(a, start)
        if overlap > best_overlap:
            best, best_overlap = index, overlap
        i -= 1
    return best


def _label(values: list[str], n: int = 2) -> str:
    """The first ``n`` distinct values, comma-separated."""
    if len(values) == 1:
        return values[0]
    distinct = dict.fromkeys(values)
    return ", ".join(distinct if len(distinct) <= n else list(distinct)[:n])


def _evidence(f: SentenceFeatures, add: dict[str, float]) -> tuple[float, list[str], list[str]]:
    """What adds to check-worthiness: score, claim kinds, and the features that fired."""
    score, kinds, features = 0.0, [], []
    numbers, hits = f.numbers, f.hits
    if numbers:
        score += add["number"]
        kinds.append("numeric")
        features.append("number: " + _label(numbers))
    if f.dates:
        score += add["date"]
        kinds.append("date")
        features.append("date: " + _label(f.dates))
    if hits:
        for category, kind, label, weight in _POSITIVE_ROWS:
            if category in hits and not (numbers and category == "number_word"):
                score += add[weight]
                if kind:
                    kinds.append(kind)
                features.append(label + _label(hits[category]))
    if f.names:
        score += add["entities"] if len(f.names) > 1 else add["entity"]
        features.append("named: " + _label(f.names, 3))
    return score, kinds, features


def score_sentence(
    text: str,
    s: Sentence,
    f: SentenceFeatures,
    ctx: ArticleContext,
    question_turn: bool = False,
) -> Claim:
    """Check-worthiness (0..1) of one sentence with the kinds and features behind it."""
    reason = not_a_claim(text, s.start, s.end, question_turn)
    return _claim(text, s, f, ctx, reason, attribution_for(ctx, s.start, s.end))


def _claim(
    text: str,
    s: Sentence,
    f: SentenceFeatures,
    ctx: ArticleContext,
    reason: str | None,
    attribution: int | None,
) -> Claim:
    """score_sentence, given why the sentence is no claim (or None) and its attribution."""
    start, end = s.start, s.end
    if reason:
        return Claim(start, end, text[start:end], 0.0, (), (reason,))
    c = cues()
    score, kinds, features = _evidence(f, c.add)
    if attribution is not None:
        score += c.add["attributed"]
        kinds.append("attributed")
        features.append(f"attributed to: {ctx.attributions[attribution].speaker}")
    body = text[start:end]
    specific = bool(f.names or f.numbers or f.dates or "number_word" in f.hits)
    final = score - _subjectivity(body, f.hits, specific, features, c.subtract)
    # max(0, min(1, final)) and round(final, 3) without the calls where the answer is known.
    final = 0.0 if final <= 0.0 else 1.0 if final >= 1.0 else round(final, 3)
    # kinds holds "event" twice when both event categories fired: keep the first of each.
    return Claim(
        start,
        end,
        body,
        final,
        tuple(dict.fromkeys(kinds)) if len(kinds) > 1 else tuple(kinds),
        tuple(features),
        attribution,
    )


def _subjectivity(
    body: str, hits: dict, specific: bool, notes: list[str], sub: dict[str, float]
) -> float:
    """How much opinion, evaluation and generality take away; the reasons go to ``notes``."""
    penalty = 0.0
    if hits:
        if "belief" in hits:
            penalty += sub["belief"]
            notes.append(f"first-person belief: {_label(hits['belief'])} (-{sub['belief']})")
        if "evaluative" in hits:
            amount = min(sub["evaluative_max"], sub["evaluative"] * len(hits["evaluative"]))
            penalty += amount
            notes.append(f"evaluative: {_label(hits['evaluative'], 3)} (-{amount:.2g})")
        if "generic" in hits:
            penalty += sub["generic"]
            notes.append(f"generic: {_label(hits['generic'])} (-{sub['generic']})")
        if "conditional" in hits:
            penalty += sub["conditional"]
            notes.append(f"conditional: {_label(hits['conditional'])} (-{sub['conditional']})")
    if not specific:
        penalty += sub["unspecific"]
        notes.append(f"no named agent, number, date or place (-{sub['unspecific']})")
    if body.rstrip(CLOSERS).endswith(":"):
        penalty += sub["lead_in"]
        notes.append(f"lead-in ending with a colon (-{sub['lead_in']})")
    return penalty


@dataclass(slots=True)
class _Scan:
    """One article read for scoring: the features of each sentence, and what not_a_claim needs."""

    text: str
    sentences: Sequence[Sentence]
    feats: list[SentenceFeatures | None]  # None: nothing found
    ctx: ArticleContext
    turns: list[bool] | None  # interviewer's turns (None: no "Q:" in the text)
    lower: str | None  # text.lower() if matching it is exact (see claim_filters.exact_lower)
    furniture: set[int]  # with lower: the sentences that may hold furniture-anywhere phrases

    def claim(self, i: int, attribution: int | None) -> Claim:
        """The full Claim of sentence ``i``."""
        s = self.sentences[i]
        question = self.turns is not None and self.turns[i]
        anywhere = i in self.furniture
        reason = not_a_claim(self.text, s.start, s.end, question, self.lower, anywhere)
        return _claim(self.text, s, self.feats[i] or _EMPTY, self.ctx, reason, attribution)


def _scan(text, sentences, attributions, meta: Metadata | None) -> _Scan:
    skip = frozenset([meta.dateline]) if meta and meta.dateline else frozenset()
    lower = text.lower()
    exact = exact_lower(text, lower)
    furniture: set[int] = set()
    same = len(lower) == len(text)
    feats = sparse_features(text, sentences, skip, lower if same else None, exact, furniture)
    return _Scan(
        text,
        sentences,
        feats,
        article_context(attributions),
        question_turns(text, sentences),
        lower if exact else None,
        furniture,
    )


def _scored(
    text: str,
    sentences: Sequence[Sentence],
    attributions: Sequence[Attribution],
    meta: Metadata | None,
    floor: float | None = None,
) -> tuple[Claim, ...]:
    """Claims for the sentences; with ``floor``, only those scoring at least ``floor``."""
    scan = _scan(text, sentences, attributions, meta)
    if floor is not None and floor > 0:
        return _pruned(scan, floor)
    ctx = scan.ctx
    claims = (scan.claim(i, attribution_for(ctx, s.start, s.end)) for i, s in enumerate(sentences))
    return tuple(claims if floor is None else (c for c in claims if c.score >= floor))


def _pruned(scan: _Scan, floor: float) -> tuple[Claim, ...]:
    """The claims scoring at least ``floor`` > 0. A sentence whose upper bound (every addition, no
    subtraction but "unspecific"; inlined: a call per sentence cost more) cannot reach it gets
    no labels or Claim; the bound leaves a margin for float rounding."""
    add = cues().add
    attributed, unspecific, limit = add["attributed"], cues().subtract["unspecific"], floor - 1e-6
    number, date, entity, entities = add["number"], add["date"], add["entity"], add["entities"]
    positive = {category: add[weight] for category, (_, _, weight) in _POSITIVE_WEIGHTS.items()}
    # Sentences where nothing was found (None) score at most this: attribution only adds.
    empty_reaches = attributed - unspecific >= limit
    turns, out = scan.turns, []
    for i, f in enumerate(scan.feats):
        if f is None:
            if not empty_reaches:
                continue
            f = _EMPTY
        if turns is not None and turns[i]:
            continue
        numbers, hits, names = f.numbers, f.hits, f.names
        base = (number if numbers else 0.0) + (date if f.dates else 0.0)
        for category in hits:
            weight = positive.get(category)
            if weight is not None and not (numbers and category == "number_word"):
                base += weight
        if names:
            base += entities if len(names) > 1 else entity
        unspecific_here = not (names or numbers or f.dates or "number_word" in hits)
        # Even with an attribution the bound misses the floor: the lookup can be skipped.
        if (base + attributed) - (unspecific if unspecific_here else 0.0) < limit:
            continue
        s = scan.sentences[i]
        attribution = attribution_for(scan.ctx, s.start, s.end)
        bound = base + attributed if attribution is not None else base
        if unspecific_here:
            bound -= unspecific
        if bound >= limit:
            claim = scan.claim(i, attribution)
            if claim.score >= floor:
                out.append(claim)
    return tuple(out)


def score_all(
    text: str,
    sentences: Sequence[Sentence],
    attributions: Sequence[Attribution] = (),
    meta: Metadata | None = None,
) -> tuple[Claim, ...]:
    """A scored Claim for every sentence, claim or not (for inspection and tuning).

    ``meta.dateline`` is not counted as a named place: it says where the reporter was.
    """
    return _scored(text, sentences, attributions, meta)


def score_claims(
    text: str,
    sentences: Sequence[Sentence],
    attributions: Sequence[Attribution] = (),
    meta: Metadata | None = None,
) -> tuple[Claim, ...]:
    """The sentences whose check-worthiness reaches the threshold (resources/claims/weights.toml)."""
    return _scored(text, sentences, attributions, meta, cues().threshold)
