"""Bring a library database to the newest schema with Alembic, configured in code (no alembic.ini)."""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

from reader_app.store.engine import WRITE_OPTION, LibraryError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str = "") -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


@lru_cache(maxsize=1)
def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


# Alembic's ``context`` is one module-level global: two threads migrating at once (readers
# opening their own Library) would run each other's scripts. One migration per process at a time.
_ALEMBIC_LOCK = threading.Lock()
# Any fixed number: PostgreSQL serialises the first-time migrations of several machines on it.
_PG_MIGRATION_LOCK = 472_015_001


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate to ``revision`` in one transaction; a library from a newer app version is refused."""
    _refuse_newer(engine)
    if revision == "head" and current_revision(engine) == head_revision():
        return  # the usual case; skips Alembic's script loading (and its global state)
    config = alembic_config()
    with _ALEMBIC_LOCK, engine.execution_options(**{WRITE_OPTION: True}).begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK}
            )
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _refuse_newer(engine: Engine) -> None:
    current = current_revision(engine)
    if current is None:
        return
    scripts = ScriptDirectory.from_config(alembic_config())
    known = {script.revision for script in scripts.walk_revisions()}
    if current not in known:
        raise LibraryError(
            f"{engine.url.render_as_string(hide_password=True)}: the library was written by a newer "
            f"reader-app (schema revision {current}); this version knows up to "
            f"{scripts.get_current_head()}. Update reader-app to open it."
        )
