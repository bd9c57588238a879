"""Agreement over a collection: each annotator against the answer key, and every pair of annotators."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from reader_app.agreement.measures import KappaCounts, Mark, SpanCounts, kappa_counts, span_counts

ALL_AUTHORS = "*"  # store.ALL, without importing the store here
ALL_LABELS = "(all)"  # the row that pools every label (micro average, pooled kappa)


@dataclass(frozen=True)
class ArticleMarks:
    """One article's text with each author's labelled spans and the answer key's author, if set."""

    article_id: str
    text: str
    marks: dict[str, list[Mark]]
    key: str | None = None
    title: str | None = None


@dataclass
class PairTally:
    """Counts for one comparison, summed over articles, per label."""

    spans: dict[str, SpanCounts] = field(default_factory=lambda: defaultdict(SpanCounts))
    tokens: dict[str, KappaCounts] = field(default_factory=lambda: defaultdict(KappaCounts))
    articles: int = 0

    def add(self, text: str, predicted: list[Mark], reference: list[Mark]) -> None:
        self.articles += 1
        for label, counts in span_counts(predicted, reference).items():
            self.spans[label] += counts
        for label, counts in kappa_counts(text, predicted, reference).items():
            self.tokens[label] += counts

    def figures(self) -> dict[str, Any]:
        labels = {
            label: _figures(self.spans[label], self.tokens[label]) for label in sorted(self.spans)
        }
        pooled_spans, pooled_tokens = SpanCounts(), KappaCounts()
        for label in self.spans:
            pooled_spans += self.spans[label]
            pooled_tokens += self.tokens[label]
        return {
            "articles": self.articles,
            "labels": labels,
            ALL_LABELS: _figures(pooled_spans, pooled_tokens),
        }


def _figures(spans: SpanCounts, tokens: KappaCounts) -> dict[str, Any]:
    scores = {k: _round(v) for k, v in spans.scores().items()}
    return {
        **scores,
        "kappa": _round(tokens.kappa()),
        "predicted": spans.predicted,
        "reference": spans.reference,
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def agreement(items: Sequence[ArticleMarks]) -> dict[str, Any]:
    """Per-label figures of each annotator against the key, and of each pair of annotators.

    An annotator counts on an article only if they marked something there (not having opened
    an article is not disagreement). Against the key the key's spans are the reference; in a
    pair (a, b), a's spans are the reference, so a's precision is b's recall.
    """
    vs_key: dict[str, PairTally] = defaultdict(PairTally)
    pairs: dict[tuple[str, str], PairTally] = defaultdict(PairTally)
    for item in items:
        active = sorted(author for author, marks in item.marks.items() if marks)
        if item.key is not None:
            reference = item.marks.get(item.key, [])
            for author in active:
                if author != item.key:
                    vs_key[author].add(item.text, item.marks[author], reference)
        for a, b in combinations(active, 2):
            pairs[(a, b)].add(item.text, item.marks[b], item.marks[a])
    labels = sorted({m.label for item in items for marks in item.marks.values() for m in marks})
    return {
        "articles": len(items),
        "annotators": sorted({a for item in items for a, m in item.marks.items() if m}),
        "keys": {item.article_id: item.key for item in items if item.key is not None},
        "labels": labels,
        "vs_key": {author: tally.figures() for author, tally in sorted(vs_key.items())},
        "pairwise": [
            {"reference": a, "predicted": b, **tally.figures()}
            for (a, b), tally in sorted(pairs.items())
        ],
    }


def marks_of(annotations) -> dict[str, list[Mark]]:
    """The reader's own labelled spans, by author (decisions on machine suggestions left out)."""
    out: dict[str, list[Mark]] = defaultdict(list)
    for ann in annotations:
        if ann.status == "user" and ann.end > ann.start and ann.author:
            out[ann.author].append(Mark(ann.start, ann.end, ann.label))
    return dict(out)


def collection_items(library, collection: str) -> list[ArticleMarks]:
    from reader_app.store import ALL, NotFoundError

    found = [c for c in library.collections() if c.name == collection]
    if not found:
        names = ", ".join(c.name for c in library.collections()) or "none"
        raise NotFoundError(
            f"no collection named {collection!r} in the library (there are: {names})"
        )
    items = []
    for info in library.articles(found[0].id):
        article = library.article(info.id)
        marks = marks_of(library.annotations(info.id, author=ALL))
        items.append(
            ArticleMarks(info.id, article.text, marks, library.answer_key(info.id), info.title)
        )
    return items


def article_items(library, article_id: str) -> list[ArticleMarks]:
    info_title = library.article(article_id).meta.title
    marks = marks_of(library.annotations(article_id, author=ALL_AUTHORS))
    text = library.article(article_id).text
    return [ArticleMarks(article_id, text, marks, library.answer_key(article_id), info_title)]


def article_agreement(library, article_id: str) -> dict[str, Any]:
    """``agreement`` on one article of the library."""
    return {"article": article_id, **agreement(article_items(library, article_id))}


def collection_agreement(library, collection: str) -> dict[str, Any]:
    """``agreement`` over a library collection's articles, annotations and answer keys."""
    return {"collection": collection, **agreement(collection_items(library, collection))}


TABLE_COLUMNS = (
    "annotator",
    "label",
    "precision",
    "recall",
    "f1",
    "exact_f1",
    "kappa",
    "predicted",
    "reference",
)


def table_rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The per-student table (each annotator against the key): one row per label, then (all)."""
    rows = []
    for author, figures in report["vs_key"].items():
        for label, values in [*figures["labels"].items(), (ALL_LABELS, figures[ALL_LABELS])]:
            rows.append(
                {"annotator": author, "label": label, **{c: values[c] for c in TABLE_COLUMNS[2:]}}
            )
    return rows


def student_table(
    library, collection: str | None = None, article_id: str | None = None
) -> tuple[tuple[str, ...], list[dict[str, Any]]]:
    """Columns and rows of the per-student table for a collection or one article (Qt-free)."""
    if article_id is not None:
        report = article_agreement(library, article_id)
    elif collection is not None:
        report = collection_agreement(library, collection)
    else:
        raise ValueError("student_table needs a collection or an article id")
    return TABLE_COLUMNS, table_rows(report)
