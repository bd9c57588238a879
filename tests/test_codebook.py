"""Codebook files and students' annotation exports moving between libraries."""

from __future__ import annotations

import json

import pytest

from reader_app.agreement.student_exports import ExportFileError, import_student_export
from reader_app.codebook import CodebookError, export_codebook, import_codebook, read_codebook
from reader_app.export.json_export import write_json
from reader_app.model import Annotation, Article, Metadata
from reader_app.store import ALL, Label, Library

TEXT = "Heavy rain flooded the ring road on Tuesday; the transport office called it a freak event."


def _article() -> Article:
    return Article(
        id="",
        path="flood.txt",
        raw_text=TEXT,
        text=TEXT,
        meta=Metadata(title="Floods"),
        content_hash="hash-flood",
    )


@pytest.fixture
def lib(tmp_path):
    with Library(f"sqlite:///{tmp_path / 'teacher.sqlite3'}", user="teacher") as library:
        yield library


def test_codebook_round_trip_with_examples(lib, tmp_path):
    lib.save_label(
        Label("Spin", "#AA3300", "Wording that sells.", ("a freak event", "world-class"))
    )
    out = export_codebook(lib, tmp_path / "codebook.json")
    with Library(f"sqlite:///{tmp_path / 'student.sqlite3'}") as student:
        assert import_codebook(student, out) == (1, 5)  # Spin is new, the five defaults update
        spin = next(l for l in student.labels() if l.name == "Spin")
    assert spin == Label("Spin", "#aa3300", "Wording that sells.", ("a freak event", "world-class"))


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("not json", "not a JSON codebook"),
        ('{"labels": []}', "not a reader-app codebook"),
        ('{"schema": "reader-app/codebook/1", "labels": [{"name": ""}]}', "label 1 has no name"),
        (
            '{"schema": "reader-app/codebook/1", "labels": [{"name": "X", "colour": "red"}]}',
            "not #rrggbb",
        ),
        (
            '{"schema": "reader-app/codebook/1", "labels": [{"name": "X"}, {"name": "x"}]}',
            "repeat: x",
        ),
    ],
)
def test_a_bad_codebook_names_the_file_and_changes_nothing(lib, tmp_path, content, reason):
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    before = lib.labels()
    with pytest.raises(CodebookError, match=reason) as caught:
        import_codebook(lib, bad)
    assert str(bad) in str(caught.value) and lib.labels() == before
    with pytest.raises(CodebookError, match="cannot read"):
        read_codebook(tmp_path / "missing.json")


def test_a_students_export_is_imported_once_under_their_name(lib, tmp_path):
    article_id, _ = lib.add_article(_article(), "Week 1")
    start = TEXT.index("a freak event")
    with Library(f"sqlite:///{tmp_path / 'student.sqlite3'}", user="ben") as student:
        sid, _ = student.add_article(_article())
        mine = student.add_annotation(
            Annotation(sid, start, start + 13, "a freak event", label="Spin")
        )
        stored = student.article(sid)
        write_json([(stored, None)], tmp_path / "ben.json", annotations=[mine])
    result = import_student_export(lib, tmp_path / "ben.json")
    assert (result.added, result.duplicates, result.missing_articles) == (1, 0, [])
    again = import_student_export(lib, tmp_path / "ben.json")
    assert (again.added, again.duplicates) == (0, 1)
    [back] = lib.annotations(article_id, author=ALL)
    assert (back.author, back.label, back.quote, back.start) == (
        "ben",
        "Spin",
        "a freak event",
        start,
    )
    renamed = import_student_export(lib, tmp_path / "ben.json", author="ben-2")
    assert renamed.added == 1 and lib.authors(article_id) == ["ben", "ben-2"]


def test_an_export_of_an_unknown_article_is_reported_not_imported(lib, tmp_path):
    doc = {
        "articles": [
            {
                "id": "9",
                "path": "other.txt",
                "text": "Another text.",
                "content_hash": "x",
                "annotations": [{"start": 0, "end": 7, "quote": "Another"}],
            }
        ]
    }
    (tmp_path / "x.json").write_text(json.dumps(doc), encoding="utf-8")
    result = import_student_export(lib, tmp_path / "x.json")
    assert (result.added, result.missing_articles) == (0, ["other.txt"])
    (tmp_path / "y.json").write_text('{"schema": 1}', encoding="utf-8")
    with pytest.raises(ExportFileError, match="y.json: not a reader-app JSON export"):
        import_student_export(lib, tmp_path / "y.json")
