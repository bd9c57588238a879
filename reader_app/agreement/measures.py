"""Agreement formulas on labelled character spans; counts add up across articles before dividing."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple, Self

TOKEN = re.compile(r"\w+")


class Mark(NamedTuple):
    """One labelled span of an article's text (``text[start:end]``)."""

    start: int
    end: int
    label: str


def overlaps(a: Mark, b: Mark) -> bool:
    """Spans share at least one character; touching spans (a.end == b.start) do not."""
    return a.start < b.end and b.start < a.end


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None  # undefined, not zero: nothing to measure


def f1(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None if precision is None and recall is None else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class SpanCounts:
    """Predicted spans scored against reference spans of one label.

    Overlap: a predicted span is correct when it overlaps a reference span (precision side); a
    reference span is found when some predicted span overlaps it (recall side). Exact: same
    start and end.
    """

    predicted: int = 0
    reference: int = 0
    predicted_matched: int = 0
    reference_matched: int = 0
    exact: int = 0

    def __iadd__(self, other: SpanCounts) -> Self:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self

    def scores(self) -> dict[str, float | None]:
        precision = ratio(self.predicted_matched, self.predicted)
        recall = ratio(self.reference_matched, self.reference)
        exact_p, exact_r = ratio(self.exact, self.predicted), ratio(self.exact, self.reference)
        return {
            "precision": precision,
            "recall": recall,
            "f1": f1(precision, recall),
            "exact_precision": exact_p,
            "exact_recall": exact_r,
            "exact_f1": f1(exact_p, exact_r),
        }


def span_counts(predicted: Iterable[Mark], reference: Iterable[Mark]) -> dict[str, SpanCounts]:
    """Per label: how many predicted/reference spans there are and how many are matched."""
    pred, ref = set(predicted), set(reference)
    out: dict[str, SpanCounts] = {}
    for label in sorted({m.label for m in pred | ref}):
        p = [m for m in pred if m.label == label]
        r = [m for m in ref if m.label == label]
        out[label] = SpanCounts(
            predicted=len(p),
            reference=len(r),
            predicted_matched=sum(any(overlaps(m, n) for n in r) for m in p),
            reference_matched=sum(any(overlaps(n, m) for m in p) for n in r),
            exact=len(set(p) & set(r)),
        )
    return out


@dataclass
class KappaCounts:
    """Tokens by whether annotator A and annotator B put the label on them."""

    both: int = 0
    only_a: int = 0
    only_b: int = 0
    neither: int = 0

    def __iadd__(self, other: KappaCounts) -> Self:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self

    def kappa(self) -> float | None:
        return cohen_kappa(self)


def cohen_kappa(counts: KappaCounts) -> float | None:
    """Cohen's kappa = (po - pe) / (1 - pe); None when chance agreement is total (pe == 1)."""
    total = counts.both + counts.only_a + counts.only_b + counts.neither
    if not total:
        return None
    observed = (counts.both + counts.neither) / total
    a_yes = (counts.both + counts.only_a) / total
    b_yes = (counts.both + counts.only_b) / total
    expected = a_yes * b_yes + (1 - a_yes) * (1 - b_yes)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1 - expected)


def tokens(text: str) -> list[tuple[int, int]]:
    """Word tokens of a text as (start, end); a token is labelled if a span overlaps it."""
    return [m.span() for m in TOKEN.finditer(text)]


def token_flags(
    token_spans: Sequence[tuple[int, int]], marks: Iterable[Mark], label: str
) -> list[bool]:
    spans = [m for m in marks if m.label == label]
    return [any(m.start < end and start < m.end for m in spans) for start, end in token_spans]


def kappa_counts(text: str, a: Iterable[Mark], b: Iterable[Mark]) -> dict[str, KappaCounts]:
    """Per label, the token table of annotator ``a`` against ``b`` on one text."""
    a, b = list(a), list(b)
    words = tokens(text)
    out = {}
    for label in sorted({m.label for m in a + b}):
        counts = KappaCounts()
        for x, y in zip(token_flags(words, a, label), token_flags(words, b, label)):
            if x and y:
                counts.both += 1
            elif x:
                counts.only_a += 1
            elif y:
                counts.only_b += 1
            else:
                counts.neither += 1
        out[label] = counts
    return out
