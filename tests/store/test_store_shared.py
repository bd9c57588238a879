"""A library shared by a class: authors, roles and answer keys, stale edits, others' new notes."""

from __future__ import annotations

from dataclasses import replace

import pytest
from store_helpers import make_article

from reader_app.model import Annotation
from reader_app.store import ALL, ConflictError, Library, NotAllowedError

TEXT = "The council approved the new budget on Monday after a long debate about bus fares."


@pytest.fixture
def two_readers(db_url):
    ana, ben = Library(db_url, user="ana"), Library(db_url, user="ben")
    article_id, _ = ana.add_article(make_article(TEXT, title="Budget"))
    yield ana, ben, article_id
    ana.close()
    ben.close()


def _note(article_id: str, start: int, end: int, **kw) -> Annotation:
    return Annotation(article_id, start, end, TEXT[start:end], **kw)


def test_annotations_are_the_readers_own_by_default_others_on_demand(two_readers):
    ana, ben, article_id = two_readers
    mine = ana.add_annotation(_note(article_id, 4, 11, label="Question"))
    theirs = ben.add_annotation(_note(article_id, 12, 20))
    assert (mine.author, theirs.author) == ("ana", "ben")
    assert [a.id for a in ana.annotations(article_id)] == [mine.id]
    assert [a.id for a in ana.annotations(article_id, author="ben")] == [theirs.id]
    assert [a.id for a in ana.annotations(article_id, author=ALL)] == [mine.id, theirs.id]
    assert ana.authors(article_id) == ["ana", "ben"] == ben.authors()


def test_postgres_reader_without_a_name_is_the_database_role(db_url):
    with Library(db_url) as lib:
        if lib._engine.dialect.name != "postgresql":
            pytest.skip("current_user exists on PostgreSQL only")
        from sqlalchemy import text

        with lib._engine.connect() as conn:
            role = conn.scalar(text("SELECT current_user"))
        assert lib.user == role
        article_id, _ = lib.add_article(make_article(TEXT))
        assert lib.add_annotation(_note(article_id, 0, 3)).author == role


def test_only_a_teacher_sets_the_answer_key(two_readers):
    ana, ben, article_id = two_readers
    with pytest.raises(NotAllowedError, match="only a teacher"):
        ben.set_answer_key(article_id, "ben")
    ana.set_role("ana", "teacher")  # the first teacher names themselves
    with pytest.raises(NotAllowedError):
        ben.set_role("ben", "teacher")  # after that, only teachers assign roles
    ana.set_role("ben", "student")
    with pytest.raises(NotAllowedError):
        ben.set_answer_key(article_id, "ben")
    assert ben.answer_key(article_id) is None
    ana.set_answer_key(article_id, "ana")
    assert (ben.answer_key(article_id), ben.role(), ben.role("ana")) == (
        "ana",
        "student",
        "teacher",
    )
    assert ana.roles() == {"ana": "teacher", "ben": "student"}
    ana.clear_answer_key(article_id)
    assert ana.answer_key(article_id) is None


def test_a_stale_edit_raises_a_conflict_and_loses_nothing(two_readers):
    ana, ben, article_id = two_readers
    note = ana.add_annotation(_note(article_id, 4, 11, note="first"))
    seen_by_ben = ben.annotations(article_id, author="ana")[0]
    saved = ana.update_annotation(replace(note, note="second"))
    assert (note.version, saved.version) == (1, 2)
    with pytest.raises(ConflictError, match="reload") as caught:
        ben.update_annotation(replace(seen_by_ben, note="ben's edit"))
    assert caught.value.current.note == "second"
    again = ben.update_annotation(replace(caught.value.current, note="ben's edit"))
    assert (again.note, again.version, again.author) == ("ben's edit", 3, "ana")


def test_annotations_since_shows_others_new_and_changed_notes(two_readers):
    ana, ben, article_id = two_readers
    first = ana.add_annotation(_note(article_id, 4, 11))
    seen = ben.annotations_since(article_id, "2000-01-01T00:00:00+00:00")
    assert [a.id for a in seen] == [first.id]
    mark = max(a.updated for a in seen)
    later = ana.add_annotation(_note(article_id, 12, 20))
    changed = ana.update_annotation(replace(first, note="edited"))
    fresh = {a.id: a for a in ben.annotations_since(article_id, mark)}
    assert fresh[later.id] == later and fresh[changed.id].note == "edited"
    assert ben.annotations_since(article_id, "2999-01-01T00:00:00+00:00") == []
