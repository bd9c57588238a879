"""Labels codebook, seeded with the default labels readers start from.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Frozen here (not imported from store.types) so this revision does the same thing forever.
DEFAULTS = (
    ("Evidence needed", "#ffb74d", "A claim that needs a source or a check."),
    ("Misleading framing", "#e57373", "True parts arranged to suggest something false."),
    ("Loaded language", "#ba68c8", "Wording that judges instead of describing."),
    ("Good sourcing", "#81c784", "Named, checkable sources backing the claim."),
    ("Question", "#64b5f6", "Something to ask or look up."),
)


def upgrade() -> None:
    labels = op.create_table(
        "labels",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(300), nullable=False, unique=True),
        sa.Column("colour", sa.String(20), nullable=False),
        sa.Column("description", sa.Text, nullable=False),
    )
    op.bulk_insert(labels, [{"name": n, "colour": c, "description": d} for n, c, d in DEFAULTS])


def downgrade() -> None:
    op.drop_table("labels")
