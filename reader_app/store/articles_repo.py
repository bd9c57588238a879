"""Article and collection queries on a session: import with dedupe, listings, metadata edits."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reader_app.model import Article
from reader_app.store import convert
from reader_app.store.engine import LibraryError
from reader_app.store.orm import (
    ArticleRow,
    AuthorRow,
    CollectionRow,
    OutletRow,
    collection_articles,
)
from reader_app.store.types import ArticleInfo, CollectionInfo


class NotFoundError(LibraryError, LookupError):
    """No such article, collection or annotation in the library."""


def article_row(session: Session, article_id: str | int) -> ArticleRow:
    try:
        row = session.get(ArticleRow, int(article_id))
    except (TypeError, ValueError):
        row = None
    if row is None:
        raise NotFoundError(f"no article with id {article_id!r} in the library")
    return row


def _named(session: Session, cls: type[OutletRow | AuthorRow], name: str | None):
    """The outlet/author row for ``name`` (merged by normalised key), created when new."""
    if not name or not name.strip():
        return None
    key = convert.name_key(name) or name.strip().casefold()
    row = session.scalar(select(cls).where(cls.key == key))
    if row is None:
        row = cls(name=convert.display_name(name), key=key)
        session.add(row)
        session.flush()
    return row


def ensure_collection(session: Session, name: str, description: str = "") -> CollectionRow:
    name = " ".join(name.split())
    if not name:
        raise LibraryError("a collection needs a name")
    row = session.scalar(select(CollectionRow).where(CollectionRow.name == name))
    if row is None:
        row = CollectionRow(name=name, description=description, created=convert.now_iso())
        session.add(row)
        session.flush()
    elif description and not row.description:
        row.description = description
    return row


def add_article(
    session: Session, article: Article, collection: CollectionRow | None
) -> tuple[str, bool]:
    """Store ``article`` unless its content hash is known; either way it joins ``collection``."""
    digest = convert.content_hash(article)
    known = session.scalar(select(ArticleRow.id).where(ArticleRow.content_hash == digest))
    if known is None:
        row = _new_row(session, article, digest)
        if collection is not None:
            row.collections = [collection]
        session.add(row)
        session.flush()
        return str(row.id), True
    if collection is not None:
        _join(session, known, collection.id)
    return str(known), False


def _join(session: Session, article_id: int, collection_id: int) -> None:
    """Add a stored article to a collection; plain SQL, so no article text is loaded to do it."""
    member = collection_articles.c
    exists = session.scalar(
        select(member.article_id).where(
            member.article_id == article_id, member.collection_id == collection_id
        )
    )
    if exists is None:
        session.execute(
            collection_articles.insert().values(article_id=article_id, collection_id=collection_id)
        )


def _new_row(session: Session, article: Article, digest: str) -> ArticleRow:
    meta = article.meta
    return ArticleRow(
        content_hash=digest,
        path=article.path,
        source_format=article.source_format or "txt",
        raw_text=article.raw_text,
        text=article.text,
        removed=convert.removed_to_json(article.removed),
        outlet=_named(session, OutletRow, meta.outlet),
        author=_named(session, AuthorRow, meta.author),
        evidence=convert.evidence_rows(meta.evidence),
        word_count=convert.word_count(article.text),
        imported=convert.now_iso(),
        **{name: getattr(meta, name) for name in convert.COLUMN_FIELDS},
    )


def collections(session: Session) -> list[CollectionInfo]:
    count = func.count(collection_articles.c.article_id)
    rows = session.execute(
        select(CollectionRow.id, CollectionRow.name, CollectionRow.description, count)
        .outerjoin(collection_articles, collection_articles.c.collection_id == CollectionRow.id)
        .group_by(CollectionRow.id, CollectionRow.name, CollectionRow.description)
        .order_by(CollectionRow.id)
    )
    return [CollectionInfo(*r) for r in rows]


def article_infos(session: Session, collection_id: int | None = None) -> list[ArticleInfo]:
    """A listing without loading any text: one query for the rows, one for memberships."""
    query = (
        select(
            ArticleRow.id,
            ArticleRow.title,
            OutletRow.name,
            AuthorRow.name,
            ArticleRow.date,
            ArticleRow.genre,
            ArticleRow.path,
            ArticleRow.word_count,
        )
        .outerjoin(OutletRow, ArticleRow.outlet_id == OutletRow.id)
        .outerjoin(AuthorRow, ArticleRow.author_id == AuthorRow.id)
        .order_by(ArticleRow.id)
    )
    if collection_id is not None:
        query = query.join(collection_articles, collection_articles.c.article_id == ArticleRow.id)
        query = query.where(collection_articles.c.collection_id == collection_id)
    rows = session.execute(query).all()
    members: dict[int, list[int]] = {}
    for article_id, coll_id in session.execute(
        select(collection_articles.c.article_id, collection_articles.c.collection_id).order_by(
            collection_articles.c.collection_id
        )
    ):
        members.setdefault(article_id, []).append(coll_id)
    return [
        ArticleInfo(str(r[0]), *r[1:], collection_ids=tuple(members.get(r[0], ()))) for r in rows
    ]


def update_metadata(session: Session, row: ArticleRow, field: str, value: str | None) -> None:
    """Set one field as the reader's choice; the evidence says what it replaced and why that was there."""
    if field not in convert.EDITABLE_FIELDS:
        raise LibraryError(
            f"cannot edit metadata field {field!r}; editable: {', '.join(convert.EDITABLE_FIELDS)}"
        )
    value = (value or "").strip() or None
    old = convert.row_to_article(row).meta
    previous, old_evidence = getattr(old, field), old.evidence_for(field)
    if value == previous:
        return  # saving an untouched form must not turn detected values into "set by the reader"
    note = "entered by the reader"
    if previous:
        note += f"; was “{previous}”"
        if old_evidence and old_evidence.source != "user":
            note += f" ({old_evidence.source}: “{old_evidence.evidence}”)"
    new = old.with_value(field, value, note, "user")
    if field == "outlet":
        row.outlet = _named(session, OutletRow, value)
    elif field == "author":
        row.author = _named(session, AuthorRow, value)
    else:
        setattr(row, field, value)
    row.evidence = convert.evidence_rows(new.evidence)
    session.flush()


def replace_text(session: Session, row: ArticleRow, article: Article) -> str:
    """New cleaned text and removed furniture for a stored article; returns the old text.

    The raw text (and so the dedupe hash) and the metadata, which the reader may have edited, stay.
    """
    old_text = row.text
    row.text = article.text
    row.removed = convert.removed_to_json(article.removed)
    row.word_count = convert.word_count(article.text)
    session.flush()
    return old_text


def find_article(session: Session, content_hash: str = "", text: str = "") -> str | None:
    """An article id by content hash, else by identical cleaned text (another ingest's hash)."""
    found = None
    if content_hash:
        found = session.scalar(select(ArticleRow.id).where(ArticleRow.content_hash == content_hash))
    if found is None and text:
        found = session.scalar(select(ArticleRow.id).where(ArticleRow.text == text).limit(1))
    return None if found is None else str(found)
