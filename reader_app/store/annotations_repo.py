"""Annotations, the labels codebook and the analysis cache, as queries on a session."""

from __future__ import annotations

import json
import logging
from dataclasses import replace

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from reader_app.model import Analysis, Annotation
from reader_app.store import convert
from reader_app.store.analysis_codec import analysis_from_dict, analysis_to_dict
from reader_app.store.articles_repo import NotFoundError, article_row
from reader_app.store.engine import LibraryError
from reader_app.store.orm import AnalysisCacheRow, AnnotationRow, LabelRow
from reader_app.store.types import Label

log = logging.getLogger(__name__)


# --- annotations ----------------------------------------------------------------------


def add_annotation(session: Session, ann: Annotation) -> Annotation:
    row = article_row(session, ann.article_id)
    stamp = convert.now_iso()
    new = convert.fill_annotation_row(
        AnnotationRow(article_id=row.id, created=stamp, updated=stamp), ann
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
    convert.fill_annotation_row(row, ann)
    row.updated = convert.now_iso()
    session.flush()
    return convert.row_to_annotation(row)


def annotations(session: Session, article_id: str, author: str | None = None) -> list[Annotation]:
    query = select(AnnotationRow).where(
        AnnotationRow.article_id == article_row(session, article_id).id
    )
    if author is not None:
        query = query.where(AnnotationRow.author == author)
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
            row.updated = convert.now_iso()
    session.flush()
    return lost


# --- labels ---------------------------------------------------------------------------


def labels(session: Session) -> list[Label]:
    rows = session.scalars(select(LabelRow).order_by(LabelRow.id))
    return [Label(r.name, r.colour, r.description) for r in rows]


def save_label(session: Session, label: Label) -> Label:
    name = " ".join(label.name.split())
    if not name:
        raise LibraryError("a label needs a name")
    row = session.scalar(select(LabelRow).where(LabelRow.name == name))
    if row is None:
        row = LabelRow(name=name)
        session.add(row)
    row.colour, row.description = label.colour, label.description
    session.flush()
    return Label(row.name, row.colour, row.description)


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
