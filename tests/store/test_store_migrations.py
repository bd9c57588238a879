"""Alembic migrations: a library made by an older version keeps its data when a newer one opens it."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from reader_app.store import ALL, Library, LibraryError, migrate
from reader_app.store.engine import make_engine

FLOOD = "The river rose two metres overnight and 300 homes in the lower town were evacuated."

pytestmark = pytest.mark.empty_db  # these tests build (old) schemas themselves


def _library_at_revision_1(url: str) -> None:
    """A database exactly as the first schema left it, filled the way that version wrote rows."""
    engine = make_engine(url)
    migrate.upgrade(engine, "0001")
    stamp = "2026-01-01T00:00:00+00:00"
    with engine.begin() as conn:
        # RETURNING, not fixed ids: PostgreSQL's sequences must move on as they do for real rows.
        def insert(sql: str, **values) -> int:
            return conn.execute(text(sql + " RETURNING id"), {"stamp": stamp, **values}).scalar()

        collection = insert(
            "INSERT INTO collections (name, description, created) "
            "VALUES ('Floods', 'wire copy', :stamp)"
        )
        outlet = insert(
            "INSERT INTO outlets (name, key) VALUES ('Valley Courier', 'valley courier')"
        )
        article = insert(
            "INSERT INTO articles (content_hash, path, source_format, raw_text, text, removed, title, "
            "outlet_id, word_count, imported) VALUES ('h1', '/w/flood.txt', 'txt', :t, :t, '[]', "
            "'River floods lower town', :outlet, 15, :stamp)",
            t=FLOOD,
            outlet=outlet,
        )
        conn.execute(
            text("INSERT INTO collection_articles VALUES (:c, :a)"), {"c": collection, "a": article}
        )
        insert(
            "INSERT INTO annotations (article_id, start_offset, end_offset, quote, prefix, suffix, "
            "label, note, tags, author, verdict, sources, target, status, created, updated) VALUES "
            "(:a, 4, 9, 'river', 'The ', ' rose', 'Question', 'which river?', '[\"geo\"]', 'kim', "
            "NULL, '[]', NULL, 'user', :stamp, :stamp)",
            a=article,
        )
    assert migrate.current_revision(engine) == "0001"
    engine.dispose()


def test_opening_an_old_library_upgrades_it_and_keeps_the_data(db_url):
    _library_at_revision_1(db_url)
    with Library(db_url) as lib:
        assert migrate.current_revision(lib._engine) == migrate.head_revision()
        [info] = lib.articles()
        assert (info.title, info.outlet, len(info.collection_ids)) == (
            "River floods lower town",
            "Valley Courier",
            1,
        )
        assert lib.article(info.id).text == FLOOD
        [note] = lib.annotations(info.id, author=ALL)
        assert (note.quote, note.tags, note.author, note.note) == (
            "river",
            ("geo",),
            "kim",
            "which river?",
        )
        assert "Question" in [label.name for label in lib.labels()]  # added by revision 2
        assert [h.article_id for h in lib.search("evacuated")] == [info.id]  # indexed by revision 3
        new_id, _ = lib.add_article(_other_article())
        assert [h.article_id for h in lib.search("kickoff")] == [new_id]


def _other_article():
    from store_helpers import make_article

    return make_article("The kickoff was delayed an hour by the storm.", title="Storm delays match")


def test_every_revision_downgrades_and_upgrades_again(db_url):
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    from alembic import command

    config = migrate.alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    assert migrate.current_revision(engine) is None
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    engine.dispose()


def test_library_from_a_newer_version_is_refused_with_a_clear_message(db_url):
    Library(db_url).close()
    engine = make_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dcafe'"))
    engine.dispose()
    with pytest.raises(LibraryError, match="newer reader-app .*f00dcafe"):
        Library(db_url)


def test_not_a_database_is_a_clear_error(tmp_path):
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("this is a text file, not a database\n" * 50)
    with pytest.raises(LibraryError, match="notes.sqlite3"):
        Library(f"sqlite:///{bogus}")
