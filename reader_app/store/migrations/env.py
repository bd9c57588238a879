"""Alembic environment for the library: runs on the connection ``Library`` hands over (no alembic.ini)."""

from __future__ import annotations

from alembic import context

from reader_app.store.orm import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # the alembic CLI (developers making a new revision)
        from sqlalchemy import create_engine

        with create_engine(config.get_main_option("sqlalchemy.url")).connect() as conn:
            _run(conn)
    else:
        _run(connection)


def _run(connection) -> None:
    # Batch mode lets later revisions alter tables on SQLite, which has only a small ALTER TABLE.
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("reader_app migrations run online only, on the library's own connection")
run_migrations_online()
