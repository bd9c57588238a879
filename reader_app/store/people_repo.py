"""People in a shared library: who annotated what, roles, answer keys, and others' recent changes."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from reader_app.model import Annotation
from reader_app.store import convert
from reader_app.store.articles_repo import article_row
from reader_app.store.engine import LibraryError
from reader_app.store.errors import NotAllowedError
from reader_app.store.orm import AnnotationRow, AnswerKeyRow, RoleRow

ROLES = ("student", "teacher")
# Each client stamps its writes with its own clock and commits take time, so a change can land
# with a stamp a little before one already seen. Re-reading this much before ``since`` means such
# a change still arrives; callers merge by id and version, so the overlap costs nothing.
SINCE_OVERLAP = timedelta(seconds=30)


def authors(session: Session, article_id: str | None = None) -> list[str]:
    query = select(AnnotationRow.author).distinct().where(AnnotationRow.author != "")
    if article_id is not None:
        query = query.where(AnnotationRow.article_id == article_row(session, article_id).id)
    return sorted(session.scalars(query))


def annotations_since(session: Session, article_id: str, since: str) -> list[Annotation]:
    """Annotations of an article created or changed at ``since`` or later (minus the overlap)."""
    try:
        moment = datetime.fromisoformat(since)
    except ValueError as error:
        raise LibraryError(f"{since!r} is not an ISO timestamp") from error
    floor = (moment - SINCE_OVERLAP).isoformat(timespec="microseconds")
    rows = session.scalars(
        select(AnnotationRow)
        .where(
            AnnotationRow.article_id == article_row(session, article_id).id,
            AnnotationRow.updated >= floor,
        )
        .order_by(AnnotationRow.updated, AnnotationRow.id)
    )
    return [convert.row_to_annotation(r) for r in rows]


def role_of(session: Session, name: str) -> str | None:
    row = session.get(RoleRow, name)
    return row.role if row is not None else None


def roles(session: Session) -> dict[str, str]:
    return {r.name: r.role for r in session.scalars(select(RoleRow).order_by(RoleRow.name))}


def teachers_exist(session: Session) -> bool:
    return (
        session.scalar(select(RoleRow.name).where(RoleRow.role == "teacher").limit(1)) is not None
    )


def set_role(session: Session, actor: str, name: str, role: str) -> None:
    """Give ``name`` a role. The first teacher may name themselves; after that only teachers assign."""
    if role not in ROLES:
        raise LibraryError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    if teachers_exist(session) and role_of(session, actor) != "teacher":
        raise NotAllowedError(f"{actor} is not a teacher in this library and cannot assign roles")
    if not teachers_exist(session) and not (name == actor and role == "teacher"):
        raise NotAllowedError("a library without teachers takes its first teacher's own claim only")
    session.merge(RoleRow(name=name, role=role))


def set_answer_key(session: Session, actor: str, article_id: str, author: str) -> None:
    if role_of(session, actor) != "teacher":
        raise NotAllowedError(
            f"{actor} is not a teacher in this library; only a teacher can set the answer key"
        )
    row = article_row(session, article_id)
    session.merge(
        AnswerKeyRow(article_id=row.id, author=author, marked_by=actor, marked_at=convert.now_iso())
    )


def answer_key(session: Session, article_id: str) -> str | None:
    row = session.get(AnswerKeyRow, article_row(session, article_id).id)
    return row.author if row is not None else None


def clear_answer_key(session: Session, actor: str, article_id: str) -> None:
    if role_of(session, actor) != "teacher":
        raise NotAllowedError(f"{actor} is not a teacher; only a teacher can clear the answer key")
    row = session.get(AnswerKeyRow, article_row(session, article_id).id)
    if row is not None:
        session.delete(row)
