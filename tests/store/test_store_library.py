"""Library basics on a SQLite file: import with dedupe, listings, metadata edits, deletes, transactions."""

from __future__ import annotations

from dataclasses import replace

import pytest
from store_helpers import make_article

from reader_app.model import Article
from reader_app.store import Library, LibraryError, NotFoundError

COUNCIL = (
    "The city council voted 7-2 on Tuesday to close the Elm Street library branch, "
    "Mayor Ruth Adler said the savings would fund longer hours elsewhere."
)
TRANSFER = "The club confirmed the striker's transfer for a fee reported at 40 million euros."


def test_new_library_in_a_missing_folder_is_created_and_migrated(tmp_path):
    path = tmp_path / "deep" / "er" / "library.sqlite3"
    with Library(f"sqlite:///{path}") as lib:
        assert lib.collections() == []
        assert [label.name for label in lib.labels()][:2] == [
            "Evidence needed",
            "Misleading framing",
        ]
    assert path.is_file()


def test_default_url_is_in_the_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_APP_DATA_DIR", str(tmp_path / "data"))
    with Library() as lib:
        assert lib.url.endswith("data/library.sqlite3")
    assert (tmp_path / "data" / "library.sqlite3").is_file()


def test_sqlite_pragmas_wal_and_foreign_keys(sqlite_url):
    with Library(sqlite_url) as lib, lib._engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_same_file_imported_twice_is_stored_once_and_joins_both_collections(library):
    article = make_article(COUNCIL, title="Council closes branch", path="/a/council.txt")
    first = library.add_article(article, collection="Local politics")
    second = library.add_article(replace(article, path="/b/copy.txt"), collection="Libraries")
    assert first == (first[0], True)
    assert second == (first[0], False)
    infos = library.articles()
    assert len(infos) == 1
    assert infos[0].path == "/a/council.txt"
    assert {c.name: c.article_count for c in library.collections()} == {
        "Local politics": 1,
        "Libraries": 1,
    }
    assert len(infos[0].collection_ids) == 2


def test_duplicates_inside_one_batch_are_stored_once(library):
    article = make_article(TRANSFER)
    results = library.add_articles([article, article], collection="Sport")
    assert [created for _id, created in results] == [True, False]
    assert results[0][0] == results[1][0]


def test_article_round_trip_keeps_text_removed_and_metadata(library):
    from reader_app.model import Removed

    furniture = (Removed("Subscribe to our newsletter", "promo line", 0, 27),)
    article = make_article(
        COUNCIL,
        title="Council closes branch",
        outlet="The  Riverside Gazette",
        author="Ana Ruiz",
        path="/x/council.txt",
        removed=furniture,
    )
    article_id, _ = library.add_article(article)
    back = library.article(article_id)
    assert back.id == article_id
    assert (back.text, back.raw_text, back.removed) == (article.text, article.raw_text, furniture)
    assert back.content_hash == article.content_hash
    assert back.meta.outlet == "The Riverside Gazette"  # spacing normalised
    assert back.meta.evidence == article.meta.evidence


def test_authors_and_outlets_are_shared_by_normalised_name(library):
    a = library.add_article(make_article(COUNCIL, outlet="Riverside Gazette", author="Ana Ruiz"))[0]
    b = library.add_article(make_article(TRANSFER, outlet="RIVERSIDE  gazette", author="ana ruiz"))[
        0
    ]
    assert library.article(b).meta.outlet == "Riverside Gazette"
    assert library.article(b).meta.author == library.article(a).meta.author == "Ana Ruiz"


def test_metadata_edit_is_user_evidence_and_keeps_other_evidence(library):
    article_id, _ = library.add_article(
        make_article(COUNCIL, title="Council vote", author="Ana Ruiz")
    )
    edited = library.update_metadata(article_id, "title", "Council closes Elm Street branch")
    assert edited.meta.title == "Council closes Elm Street branch"
    title_ev = edited.meta.evidence_for("title")
    assert title_ev.source == "user"
    assert "Council vote" in title_ev.evidence  # what it replaced, and the old snippet
    assert "snippet showing Council vote" in title_ev.evidence
    assert edited.meta.evidence_for("author").source == "text"
    assert library.article(article_id) == edited
    assert library.articles()[0].title == "Council closes Elm Street branch"


def test_saving_an_unchanged_value_keeps_the_detected_evidence(library):
    article_id, _ = library.add_article(make_article(COUNCIL, title="Council vote"))
    meta = library.update_metadata(article_id, "title", " Council vote ").meta
    assert meta.evidence_for("title").source == "text"


@pytest.mark.parametrize(
    "field,value,expected",
    [
        ("outlet", "Valley Courier", "Valley Courier"),
        ("author", "  Sam   Okafor ", "Sam Okafor"),
        ("date", "2024-03-05", "2024-03-05"),
        ("genre", "opinion", "opinion"),
        ("title", "", None),
    ],
)
def test_metadata_fields_editable(library, field, value, expected):
    article_id, _ = library.add_article(make_article(COUNCIL, title="Council vote"))
    meta = library.update_metadata(article_id, field, value).meta
    assert getattr(meta, field) == expected
    assert (meta.evidence_for(field) is not None) == (expected is not None)


def test_unknown_metadata_field_and_unknown_article_are_clear_errors(library):
    article_id, _ = library.add_article(make_article(COUNCIL))
    with pytest.raises(LibraryError, match="cannot edit metadata field 'colour'"):
        library.update_metadata(article_id, "colour", "red")
    with pytest.raises(NotFoundError, match="no article with id '999'"):
        library.article("999")
    with pytest.raises(NotFoundError):
        library.article("not-a-number")


def test_failed_import_leaves_nothing_behind(library):
    good = make_article(COUNCIL, title="Council", outlet="Riverside Gazette", author="Ana Ruiz")
    bad = replace(make_article(TRANSFER), text=None)  # NOT NULL text: fails mid-transaction
    with pytest.raises(LibraryError, match="nothing was imported"):
        library.add_articles([good, bad], collection="Mixed")
    assert library.articles() == []
    assert library.collections() == []
    assert library.search("council") == []
    with library._engine.connect() as conn:
        for table in ("outlets", "authors", "metadata_values", "collection_articles"):
            assert conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == 0


def test_delete_article_removes_its_annotations_evidence_and_memberships(library):
    from reader_app.model import Annotation

    article_id, _ = library.add_article(make_article(COUNCIL, title="Council"), collection="Local")
    library.add_annotation(Annotation(article_id, 4, 16, COUNCIL[4:16], note="check"))
    library.delete_article(article_id)
    assert library.articles() == []
    assert library.collections()[0].article_count == 0
    with library._engine.connect() as conn:
        for table in ("annotations", "metadata_values", "collection_articles"):
            assert conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == 0


def test_listing_by_collection(library):
    council_id, _ = library.add_article(make_article(COUNCIL, title="Council"), collection="Local")
    library.add_article(make_article(TRANSFER, title="Transfer"), collection="Sport")
    local = next(c for c in library.collections() if c.name == "Local")
    assert [i.id for i in library.articles(local.id)] == [council_id]
    assert len(library.articles()) == 2
    assert library.ensure_collection("Local") == local.id


def test_key_values_and_sample_flag_survive_reopening(db_url):
    with Library(db_url) as lib:
        assert lib.get_value("missing", "dflt") == "dflt"
        lib.set_value("theme", "dark")
        lib.set_value("theme", "light")
        assert not lib.is_sample_imported()
        lib.mark_sample_imported()
    with Library(db_url) as lib:
        assert lib.get_value("theme") == "light"
        assert lib.is_sample_imported()


def test_replace_text_moves_annotations_and_keeps_metadata(library):
    from reader_app.model import Annotation, Removed
    from reader_app.store.anchoring import context_of

    article_id, _ = library.add_article(make_article(COUNCIL, title="Council vote"))
    start = COUNCIL.index("Mayor Ruth Adler")
    prefix, suffix = context_of(COUNCIL, start, start + 16)
    kept = library.add_annotation(
        Annotation(
            article_id,
            start,
            start + 16,
            "Mayor Ruth Adler",
            prefix=prefix,
            suffix=suffix,
            note="who?",
        )
    )
    lost = library.add_annotation(Annotation(article_id, 0, 8, "The city", note="gone"))
    restored = "PHOTO: the Elm Street branch.\n\n" + COUNCIL.replace("The city council", "Council")
    orphans = library.replace_article_text(
        article_id, Article("", None, "", restored, removed=(Removed("x", "caption", 0, 1),))
    )
    assert orphans == [lost.id]
    moved = {a.id: a for a in library.annotations(article_id)}
    assert restored[moved[kept.id].start : moved[kept.id].end] == "Mayor Ruth Adler"
    assert (moved[lost.id].start, moved[lost.id].end, moved[lost.id].note) == (0, 0, "gone")
    back = library.article(article_id)
    assert back.text == restored and back.meta.title == "Council vote"
    assert library.search("branch")[0].article_id == article_id
