"""Annotations, the labels codebook and the analysis cache, as queries on a session."""

from __future__ import annotations

import json
import logging
from dataclasses import replace

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from reader_app.model import Analysis, Annotation
from reader_app.store import convert
from reader_app.store.analysis_codec import analysis_from_dict, analysis_to_dict
from reader_app.store.articles_repo import NotFoundError, article_row
from reader_app.store.engine import LibraryError
from reader_app.store.errors import ConflictError
from reader_app.store.orm import AnalysisCacheRow, AnnotationRow, LabelRow
from reader_app.store.types import Label

log = logging.getLogger(__name__)


# --- annotations ----------------------------------------------------------------------


def add_annotation(session: Session, ann: Annotation) -> Annotation:
    row = article_row(session, ann.article_id)
    stamp = convert.now_precise()
    new = convert.fill_annotation_row(
        AnnotationRow(article_id=row.id, created=stamp, updated=stamp, version=1), ann
    )
    session.add(new)
    session.flush()
    return convert.row_to_annotation(new)


def annotation_row(session: Session, ann_id: int | None) -> AnnotationRow:
    row = session.get(AnnotationRow, ann_id) if ann_id is not None else None
    if row is None:
        raise NotFoundError(f"no annotation with id {ann_id!r} in the library")
    return row


def update_annotation(session: Session, ann: Annotation) -> Annotation:
    row = annotation_row(session, ann.id)
    if str(row.article_id) != str(ann.article_id):
        raise LibraryError(
            f"annotation {ann.id} belongs to article {row.article_id}, not {ann.article_id}"
        )
    if ann.version and ann.version != row.version:
        raise ConflictError(
            f"annotation {ann.id} was changed by {row.author or 'someone'} at {row.updated} "
            f"(version {row.version}; you edited version {ann.version}); reload it and apply "
            "your change again",
            current=convert.row_to_annotation(row),
        )
    # The compare-and-set in SQL, not only above: two writers that both read version n cannot
    # both write n+1 (PostgreSQL runs them concurrently under READ COMMITTED).
    values = {**_row_values(ann), "author": ann.author or row.author}
    done = session.execute(
        update(AnnotationRow)
        .where(AnnotationRow.id == row.id, AnnotationRow.version == row.version)
        .values(**values, updated=convert.now_precise(), version=row.version + 1)
        .execution_options(synchronize_session=False)
    )
    if done.rowcount != 1:
        raise ConflictError(f"annotation {ann.id} was changed by someone else just now; reload it")
    session.refresh(row)
    return convert.row_to_annotation(row)


def _row_values(ann: Annotation) -> dict:
    values = {name: getattr(ann, name) for name in convert.ANNOTATION_FIELDS}
    return {**values, "tags": list(ann.tags), "sources": list(ann.sources)}


def annotations(
    session: Session, article_id: str, authors: tuple[str, ...] | None = None
) -> list[Annotation]:
    """An article's annotations, by any of ``authors`` (None: everyone's)."""
    query = select(AnnotationRow).where(
        AnnotationRow.article_id == article_row(session, article_id).id
    )
    if authors is not None:
        query = query.where(AnnotationRow.author.in_(authors))
    rows = session.scalars(query.order_by(AnnotationRow.start, AnnotationRow.id))
    return [convert.row_to_annotation(r) for r in rows]


def moved_annotations(session: Session, article_id: int, new_text: str) -> list[int]:
    """Re-anchor an article's annotations on its new text; returns the ids that lost their quote.

    Those keep their quote and note but collapse to offset 0..0, so no wrong words get highlighted.
    """
    from reader_app.store.anchoring import reanchor

    lost = []
    for row in session.scalars(select(AnnotationRow).where(AnnotationRow.article_id == article_id)):
        old = convert.row_to_annotation(row)
        moved = reanchor(old, new_text)
        if moved is None:
            lost.append(row.id)
            moved = replace(old, start=0, end=0)
        if moved != old:
            convert.fill_annotation_row(row, moved)
            row.updated = convert.now_precise()
            row.version = (row.version or 1) + 1
    session.flush()
    return lost


# --- labels ---------------------------------------------------------------------------


def labels(session: Session) -> list[Label]:
    rows = session.scalars(select(LabelRow).order_by(LabelRow.id))
    return [Label(r.name, r.colour, r.description, tuple(r.examples or ())) for r in rows]


def save_label(session: Session, label: Label) -> Label:
    name = " ".join(label.name.split())
    if not name:
        raise LibraryError("a label needs a name")
    row = session.scalar(select(LabelRow).where(LabelRow.name == name))
    if row is None:
        row = LabelRow(name=name)
        session.add(row)
    row.colour, row.description = label.colour, label.description
    row.examples = list(label.examples)
    session.flush()
    return Label(row.name, row.colour, row.description, tuple(row.examples))


def rename_label(session: Session, old: str, new: str) -> tuple[Label, int]:
    """Rename a codebook label and every annotation that carries it, in one transaction.

    Returns the renamed label and how many annotations followed. Each relabelled annotation gets a
    new version, so a reader still editing the old one is told to reload instead of undoing this.
    """
    name = " ".join(new.split())
    if not name:
        raise LibraryError("a label needs a name")
    row = session.scalar(select(LabelRow).where(LabelRow.name == old))
    if row is None:
        raise LibraryError(f"there is no label {old!r} to rename")
    if name != old and session.scalar(select(LabelRow.id).where(LabelRow.name == name)):
        raise LibraryError(f"a label named {name!r} already exists; pick another name")
    row.name = name
    moved = session.execute(
        update(AnnotationRow)
        .where(AnnotationRow.label == old)
        .values(label=name, updated=convert.now_precise(), version=AnnotationRow.version + 1)
    ).rowcount
    session.flush()
    return Label(row.name, row.colour, row.description, tuple(row.examples or ())), moved


def delete_label(session: Session, name: str) -> None:
    session.execute(delete(LabelRow).where(LabelRow.name == name))


# --- analysis cache -------------------------------------------------------------------


def cached_analysis(session: Session, text_hash: str, version: str) -> Analysis | None:
    data = session.scalar(
        select(AnalysisCacheRow.data).where(
            AnalysisCacheRow.text_hash == text_hash, AnalysisCacheRow.version == version
        )
    )
    if data is None:
        return None
    try:
        return analysis_from_dict(json.loads(data))
    except (ValueError, TypeError, KeyError) as error:  # a damaged entry is a cache miss
        log.warning(
            "analysis cache entry %s/%s unreadable (%s); analysing again", text_hash, version, error
        )
        return None


def save_analysis(session: Session, text_hash: str, version: str, analysis: Analysis) -> None:
    """Store one analysis; entries of older analyser versions for the text are dropped (never read again)."""
    session.execute(delete(AnalysisCacheRow).where(AnalysisCacheRow.text_hash == text_hash))
    session.add(
        AnalysisCacheRow(
            text_hash=text_hash,
            version=version,
            created=convert.now_iso(),
            data=json.dumps(analysis_to_dict(analysis), ensure_ascii=False),
        )
    )
    session.flush()


def drop_analyses(session: Session, text_hash: str) -> None:
    session.execute(delete(AnalysisCacheRow).where(AnalysisCacheRow.text_hash == text_hash))
