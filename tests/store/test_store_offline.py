"""A dropped or unreachable database: reads and writes retry, then LibraryOffline; nothing typed is lost."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, event, text
from store_helpers import make_article

from reader_app.model import Annotation
from reader_app.store import ALL, Library, LibraryError, LibraryOffline
from reader_app.store.outbox import Outbox

TEXT = "Flood water reached the main square before the barriers were closed, officials said."


class Outage:
    """Makes every new connection of a library fail as if the server were down."""

    def __init__(self, lib: Library) -> None:
        self.down = False
        self.attempts = 0
        dbapi = lib._engine.dialect.dbapi

        @event.listens_for(lib._engine, "do_connect")
        def refuse(*_args):
            if self.down:
                self.attempts += 1
                raise dbapi.OperationalError("connection refused (simulated outage)")

        self.lib = lib

    def start(self) -> None:
        self.down = True
        self.lib._engine.dispose()  # pooled connections die with the server


@pytest.fixture
def offline_lib(db_url):
    lib = Library(db_url, user="ana", retry_delays=(0.01, 0.02))
    article_id, _ = lib.add_article(make_article(TEXT))
    yield lib, Outage(lib), article_id
    lib.close()


def test_an_outage_raises_library_offline_after_bounded_retries(offline_lib):
    lib, outage, article_id = offline_lib
    outage.start()
    with pytest.raises(LibraryOffline, match="cannot be reached.*tried 3 times") as caught:
        lib.annotations(article_id)
    assert outage.attempts == 3
    assert "simulated outage" in str(caught.value)
    outage.down = False
    assert lib.annotations(article_id) == []  # back again: the same object works


def test_the_outbox_keeps_unsent_annotations_and_replays_them(offline_lib, tmp_path):
    lib, outage, article_id = offline_lib
    box = Outbox(tmp_path / "data" / "outbox.jsonl")
    saved = box.save(lib, Annotation(article_id, 0, 5, "Flood", note="typed online"))
    outage.start()
    assert box.save(lib, Annotation(article_id, 6, 11, "water", note="typed offline")) is None
    assert box.save(lib, Annotation(article_id, 12, 19, "reached", note="and this")) is None
    assert [a.note for _op, a in Outbox(box.path).entries()] == ["typed offline", "and this"]
    assert box.replay(lib).pending == 2  # still down: nothing is dropped
    outage.down = False
    result = box.replay(lib)
    assert ([a.note for a in result.sent], result.pending, len(box)) == (
        ["typed offline", "and this"],
        0,
        0,
    )
    notes = [a.note for a in lib.annotations(article_id, author=ALL)]
    assert notes == ["typed online", "typed offline", "and this"] and saved is not None


def test_a_connection_the_server_dropped_is_replaced_silently(db_url):
    if not db_url.startswith("postgresql"):
        pytest.skip("only a server can drop a connection")
    with Library(db_url, user="ana") as lib:
        article_id, _ = lib.add_article(make_article(TEXT))
        admin = create_engine(db_url)
        with admin.connect() as conn:
            killed = conn.scalar(
                text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE application_name = 'reader-app' AND pid <> pg_backend_pid()"
                )
            )
        admin.dispose()
        assert killed >= 1
        assert lib.article(article_id).text == TEXT


def test_a_password_never_shows_in_the_url_or_errors(db_url):
    if not db_url.startswith("postgresql"):
        pytest.skip("SQLite URLs carry no password")
    secret_url = db_url.replace("://pgtest@", "://pgtest:s3cr%40et@")  # trust auth ignores it
    with Library(secret_url, user="ana") as lib:
        assert "s3cr" not in lib.url and "***" in lib.url
        lib.set_value("probe", "1")
    wrong = secret_url.rsplit("/", 1)[0] + "/no_such_database"
    with pytest.raises(LibraryError) as caught:
        Library(wrong)
    assert "no_such_database" in str(caught.value)
    assert "s3cr" not in str(caught.value) and caught.value.__cause__ is None
