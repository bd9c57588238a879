"""ORM rows <-> the model's frozen dataclasses (Article, Metadata, Annotation), plus name keys."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, datetime

from reader_app.model import Annotation, Article, Evidence, Metadata, Removed
from reader_app.store.orm import AnnotationRow, ArticleRow, MetadataValueRow

# Metadata fields kept as plain article columns (outlet and author are rows of their own).
COLUMN_FIELDS = ("title", "date", "genre", "dateline", "interviewee", "reporting_by")
EDITABLE_FIELDS = COLUMN_FIELDS + ("outlet", "author")


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def now_precise() -> str:
    """Annotation stamps to the microsecond: ``annotations_since`` tells edits within a second apart.

    ISO strings of both precisions still sort in time order ("05+00:00" < "05.1+00:00" < "06").
    """
    return datetime.now(UTC).isoformat(timespec="microseconds")


def display_name(name: str) -> str:
    """A name as shown: Unicode-composed, single spaces, no surrounding blanks."""
    return " ".join(unicodedata.normalize("NFC", name).split())


def name_key(name: str) -> str:
    """The key that merges spellings of one name: case, accents-as-composed, punctuation, spacing."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", folded).split())


def content_hash(article: Article) -> str:
    """The article's dedupe key; ingest sets it, computed here the same way when it is missing."""
    if article.content_hash:
        return article.content_hash
    raw = unicodedata.normalize("NFC", article.raw_text or article.text)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def word_count(text: str) -> int:
    return len(text.split())


# --- articles -------------------------------------------------------------------------


def removed_to_json(removed: tuple[Removed, ...]) -> list[dict]:
    return [
        {"text": r.text, "reason": r.reason, "raw_start": r.raw_start, "raw_end": r.raw_end}
        for r in removed
    ]


def removed_from_json(items: list[dict] | None) -> tuple[Removed, ...]:
    return tuple(Removed(i["text"], i["reason"], i["raw_start"], i["raw_end"]) for i in items or ())


def evidence_rows(evidence: tuple[Evidence, ...]) -> list[MetadataValueRow]:
    return [
        MetadataValueRow(
            position=n,
            field=e.field,
            value=e.value or "",
            evidence=e.evidence or "",
            source=e.source,
        )
        for n, e in enumerate(evidence)
    ]


def row_to_article(row: ArticleRow) -> Article:
    meta = Metadata(
        outlet=row.outlet.name if row.outlet else None,
        author=row.author.name if row.author else None,
        evidence=tuple(Evidence(e.field, e.value, e.evidence, e.source) for e in row.evidence),
        **{name: getattr(row, name) for name in COLUMN_FIELDS},
    )
    return Article(
        id=str(row.id),
        path=row.path,
        raw_text=row.raw_text,
        text=row.text,
        removed=removed_from_json(row.removed),
        meta=meta,
        content_hash=row.content_hash,
        source_format=row.source_format,
    )


# --- annotations ----------------------------------------------------------------------

ANNOTATION_FIELDS = (
    "start",
    "end",
    "quote",
    "prefix",
    "suffix",
    "label",
    "note",
    "author",
    "verdict",
    "target",
    "status",
)


def fill_annotation_row(row: AnnotationRow, ann: Annotation) -> AnnotationRow:
    for name in ANNOTATION_FIELDS:
        setattr(row, name, getattr(ann, name))
    row.tags = list(ann.tags)
    row.sources = list(ann.sources)
    return row


def row_to_annotation(row: AnnotationRow) -> Annotation:
    return Annotation(
        article_id=str(row.article_id),
        tags=tuple(row.tags or ()),
        sources=tuple(row.sources or ()),
        id=row.id,
        created=row.created,
        updated=row.updated,
        version=row.version or 1,
        **{name: getattr(row, name) for name in ANNOTATION_FIELDS},
    )
