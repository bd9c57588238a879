"""Shared library: annotation versions (optimistic concurrency), roles and answer keys.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("annotations") as batch:
        batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default="1"))
    # annotations_since(article, stamp) reads one article's rows changed after a moment.
    op.create_index("ix_annotations_article_updated", "annotations", ["article_id", "updated"])
    op.create_index("ix_annotations_author", "annotations", ["author"])
    op.create_table(
        "roles",
        sa.Column("name", sa.String(300), primary_key=True),
        sa.Column("role", sa.String(20), nullable=False),
        sa.CheckConstraint("role IN ('student', 'teacher')", name="ck_roles_role"),
    )
    op.create_table(
        "answer_keys",
        sa.Column(
            "article_id",
            sa.Integer,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("author", sa.String(300), nullable=False),
        sa.Column("marked_by", sa.String(300), nullable=False),
        sa.Column("marked_at", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("answer_keys")
    op.drop_table("roles")
    op.drop_index("ix_annotations_author", "annotations")
    op.drop_index("ix_annotations_article_updated", "annotations")
    with op.batch_alter_table("annotations") as batch:
        batch.drop_column("version")
