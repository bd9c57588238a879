"""Initial library schema: collections, articles with metadata evidence, annotations, analysis cache.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _named_table(name: str) -> None:
    """Outlets and authors: a display name plus the normalised key that merges spellings."""
    op.create_table(
        name,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("key", sa.String(300), nullable=False, unique=True),
    )


def upgrade() -> None:
    op.create_table(
        "settings",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "collections",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(300), nullable=False, unique=True),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("created", sa.String(40), nullable=False),
    )
    _named_table("outlets")
    _named_table("authors")
    _articles()
    op.create_table(
        "collection_articles",
        sa.Column(
            "collection_id",
            sa.Integer,
            sa.ForeignKey("collections.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_index("ix_collection_articles_article_id", "collection_articles", ["article_id"])
    _metadata_values()
    _analysis_cache()
    _annotations()


def _articles() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("path", sa.Text),
        sa.Column("source_format", sa.String(20), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("date", sa.String(40)),
        sa.Column("genre", sa.String(60)),
        sa.Column("dateline", sa.String(200)),
        sa.Column("interviewee", sa.Text),
        sa.Column("reporting_by", sa.Text),
        sa.Column("outlet_id", sa.Integer, sa.ForeignKey("outlets.id", ondelete="SET NULL")),
        sa.Column("author_id", sa.Integer, sa.ForeignKey("authors.id", ondelete="SET NULL")),
        sa.Column("word_count", sa.Integer, nullable=False),
        sa.Column("imported", sa.String(40), nullable=False),
        # Long columns last: SQLite walks a row's overflow pages to reach any column after them,
        # so listings (title, date, outlet...) stay fast only if those come first.
        sa.Column("removed", sa.JSON, nullable=False),
        sa.Column("raw_text", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("ix_articles_outlet_id", "articles", ["outlet_id"])
    op.create_index("ix_articles_author_id", "articles", ["author_id"])


def _metadata_values() -> None:
    op.create_table(
        "metadata_values",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("field", sa.String(60), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
    )
    op.create_index("ix_metadata_values_article_id", "metadata_values", ["article_id"])


def _analysis_cache() -> None:
    op.create_table(
        "analysis_cache",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("text_hash", sa.String(64), nullable=False),
        sa.Column("version", sa.String(100), nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("created", sa.String(40), nullable=False),
        sa.UniqueConstraint("text_hash", "version"),
    )


def _annotations() -> None:
    op.create_table(
        "annotations",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("start_offset", sa.Integer, nullable=False),
        sa.Column("end_offset", sa.Integer, nullable=False),
        sa.Column("quote", sa.Text, nullable=False),
        sa.Column("prefix", sa.Text, nullable=False),
        sa.Column("suffix", sa.Text, nullable=False),
        sa.Column("label", sa.String(300), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("tags", sa.JSON, nullable=False),
        sa.Column("author", sa.String(300), nullable=False),
        sa.Column("verdict", sa.String(60)),
        sa.Column("sources", sa.JSON, nullable=False),
        sa.Column("target", sa.String(300)),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("created", sa.String(40), nullable=False),
        sa.Column("updated", sa.String(40), nullable=False),
    )
    op.create_index("ix_annotations_article_id", "annotations", ["article_id"])


def downgrade() -> None:
    for table in (
        "annotations",
        "analysis_cache",
        "metadata_values",
        "collection_articles",
        "articles",
        "authors",
        "outlets",
        "collections",
        "settings",
    ):
        op.drop_table(table)
