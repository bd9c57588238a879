"""SQLAlchemy ORM tables of the library; the migrations in ``migrations/versions`` create them."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


collection_articles = Table(
    "collection_articles",
    Base.metadata,
    Column("collection_id", ForeignKey("collections.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "article_id", ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
)


class Setting(Base):
    """Small key/value facts about the library itself (e.g. whether the samples were imported)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class CollectionRow(Base):
    __tablename__ = "collections"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[str] = mapped_column(String(40), default="")
    articles: Mapped[list[ArticleRow]] = relationship(
        secondary=collection_articles, back_populates="collections", passive_deletes=True
    )


class OutletRow(Base):
    """An outlet, shared by its articles; ``key`` is the normalised name that merges spellings."""

    __tablename__ = "outlets"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    key: Mapped[str] = mapped_column(String(300), unique=True)


class AuthorRow(Base):
    __tablename__ = "authors"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    key: Mapped[str] = mapped_column(String(300), unique=True)


class ArticleRow(Base):
    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    path: Mapped[str | None] = mapped_column(Text)
    source_format: Mapped[str] = mapped_column(String(20), default="txt")
    raw_text: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    removed: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    title: Mapped[str | None] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(40))
    genre: Mapped[str | None] = mapped_column(String(60))
    dateline: Mapped[str | None] = mapped_column(String(200))
    interviewee: Mapped[str | None] = mapped_column(Text)
    reporting_by: Mapped[str | None] = mapped_column(Text)
    outlet_id: Mapped[int | None] = mapped_column(
        ForeignKey("outlets.id", ondelete="SET NULL"), index=True
    )
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("authors.id", ondelete="SET NULL"), index=True
    )
    word_count: Mapped[int] = mapped_column(Integer, default=0)
    imported: Mapped[str] = mapped_column(String(40), default="")

    outlet: Mapped[OutletRow | None] = relationship(lazy="joined")
    author: Mapped[AuthorRow | None] = relationship(lazy="joined")
    collections: Mapped[list[CollectionRow]] = relationship(
        secondary=collection_articles, back_populates="articles", passive_deletes=True
    )
    evidence: Mapped[list[MetadataValueRow]] = relationship(
        order_by="MetadataValueRow.position", cascade="all, delete-orphan", passive_deletes=True
    )


class MetadataValueRow(Base):
    """Why a metadata field holds its value: the snippet that shows it and where it came from."""

    __tablename__ = "metadata_values"
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    field: Mapped[str] = mapped_column(String(60))
    value: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(20))


class AnalysisCacheRow(Base):
    """A finished Analysis as JSON, keyed by what it depends on: the text and the analyser version."""

    __tablename__ = "analysis_cache"
    __table_args__ = (UniqueConstraint("text_hash", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    text_hash: Mapped[str] = mapped_column(String(64))
    version: Mapped[str] = mapped_column(String(100))
    data: Mapped[str] = mapped_column(Text)
    created: Mapped[str] = mapped_column(String(40), default="")


class AnnotationRow(Base):
    __tablename__ = "annotations"
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column("start_offset", Integer)
    end: Mapped[int] = mapped_column("end_offset", Integer)
    quote: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(Text, default="")
    suffix: Mapped[str] = mapped_column(Text, default="")
    label: Mapped[str] = mapped_column(String(300), default="note")
    note: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    author: Mapped[str] = mapped_column(String(300), default="")
    verdict: Mapped[str | None] = mapped_column(String(60))
    sources: Mapped[list[str]] = mapped_column(JSON, default=list)
    target: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20), default="user")
    created: Mapped[str] = mapped_column(String(40))
    updated: Mapped[str] = mapped_column(String(40))
    # Bumped by every update; an update that read an older version is refused (ConflictError).
    version: Mapped[int] = mapped_column(Integer, default=1)


class LabelRow(Base):
    """The codebook: the labels readers pick from when they annotate."""

    __tablename__ = "labels"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    colour: Mapped[str] = mapped_column(String(20), default="#ffd54f")
    description: Mapped[str] = mapped_column(Text, default="")
    examples: Mapped[list[str]] = mapped_column(JSON, default=list)


class RoleRow(Base):
    """Who may do what in a shared library: a student annotates, a teacher also sets answer keys."""

    __tablename__ = "roles"
    __table_args__ = (CheckConstraint("role IN ('student', 'teacher')", name="ck_roles_role"),)
    name: Mapped[str] = mapped_column(String(300), primary_key=True)
    role: Mapped[str] = mapped_column(String(20))


class AnswerKeyRow(Base):
    """The one person whose annotations of an article are the reference the others are measured by."""

    __tablename__ = "answer_keys"
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    author: Mapped[str] = mapped_column(String(300))
    marked_by: Mapped[str] = mapped_column(String(300))
    marked_at: Mapped[str] = mapped_column(String(40))
