"""``reader-app agreement`` / ``codebook`` / ``role`` on a small class library: two students and a key."""

from __future__ import annotations

import argparse
import json

import pytest

from reader_app.agreement_cli import (
    add_agreement_parser,
    add_codebook_parser,
    add_role_parser,
    run_agreement,
    run_codebook,
    run_role,
)
from reader_app.model import Annotation, Article, Metadata
from reader_app.store import Library

TEXT = (
    "The striker joined for a record fee, which the club hailed as a masterstroke. "
    "Critics called the deal reckless, the agent said."
)
HANDLERS = {"agreement": run_agreement, "codebook": run_codebook, "role": run_role}


def _cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    sub = parser.add_subparsers(dest="command")
    add_agreement_parser(sub)
    add_codebook_parser(sub)
    add_role_parser(sub)
    args = parser.parse_args(argv)
    return HANDLERS[args.command](args)


def _mark(lib: Library, article_id: str, phrase: str, label: str) -> None:
    start = TEXT.index(phrase)
    lib.add_annotation(Annotation(article_id, start, start + len(phrase), phrase, label=label))


@pytest.fixture
def class_db(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'class.sqlite3'}"
    article = Article("", "transfer.txt", TEXT, TEXT, (), Metadata(title="Transfer"), "h1")
    with Library(url, user="ms-lee") as teacher:
        article_id, _ = teacher.add_article(article, "Sport")
        _mark(teacher, article_id, "a masterstroke", "Loaded")
        _mark(teacher, article_id, "reckless", "Loaded")
        _mark(teacher, article_id, "the agent", "Source")
    for name, marks in {
        "ana": [("masterstroke", "Loaded"), ("reckless", "Loaded"), ("the agent", "Source")],
        "ben": [("record fee", "Loaded"), ("Critics", "Source")],
    }.items():
        with Library(url, user=name) as student:
            for phrase, label in marks:
                _mark(student, article_id, phrase, label)
    return url


def test_agreement_prints_per_label_figures_against_the_key(class_db, capsys):
    assert _cli(["--db", class_db, "role", "ms-lee", "teacher", "--user", "ms-lee"]) == 0
    assert (
        _cli(
            [
                "--db",
                class_db,
                "agreement",
                "--collection",
                "Sport",
                "--set-key",
                "ben",
                "--user",
                "ana",
            ]
        )
        == 2
    )
    assert "only a teacher" in capsys.readouterr().err
    assert (
        _cli(
            [
                "--db",
                class_db,
                "agreement",
                "--collection",
                "Sport",
                "--set-key",
                "ms-lee",
                "--user",
                "ms-lee",
                "--json",
            ]
        )
        == 0
    )
    report = json.loads(capsys.readouterr().out)
    assert sorted(report["vs_key"]) == ["ana", "ben"]
    ana, ben = report["vs_key"]["ana"], report["vs_key"]["ben"]
    assert ana["(all)"]["f1"] == 1.0 and ana["labels"]["Loaded"]["exact_f1"] == 0.5
    assert (ben["labels"]["Loaded"]["f1"], ben["labels"]["Source"]["f1"]) == (0.0, 0.0)
    assert len(report["pairwise"]) == 3
    assert _cli(["--db", class_db, "agreement", "--collection", "Sport"]) == 0
    text = capsys.readouterr().out
    assert "ana vs key" in text and "ben vs key" in text and "Loaded" in text


def test_unknown_collection_and_codebook_round_trip(class_db, tmp_path, capsys):
    assert _cli(["--db", class_db, "agreement", "--collection", "Nope"]) == 2
    assert "no collection named 'Nope'" in capsys.readouterr().err
    out = tmp_path / "codebook.json"
    assert _cli(["--db", class_db, "codebook", "export", str(out)]) == 0
    other = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    assert _cli(["--db", other, "codebook", "import", str(out)]) == 0
    assert "0 labels added, 5 updated" in capsys.readouterr().out
    assert _cli(["--db", other, "codebook", "import", str(tmp_path / "none.json")]) == 2
    assert "none.json: cannot read" in capsys.readouterr().err


def test_the_per_student_table_for_the_ui(class_db):
    from reader_app.agreement import TABLE_COLUMNS, student_table

    with Library(class_db, user="ms-lee") as lib:
        lib.set_role("ms-lee", "teacher")
        [info] = lib.articles()
        lib.set_answer_key(info.id, "ms-lee")
        columns, rows = student_table(lib, collection="Sport")
        assert student_table(lib, article_id=info.id) == (columns, rows)
    assert columns == TABLE_COLUMNS and columns[:2] == ("annotator", "label")
    by_key = {(r["annotator"], r["label"]): r for r in rows}
    assert by_key[("ana", "(all)")]["f1"] == 1.0 and by_key[("ben", "Loaded")]["recall"] == 0.0
