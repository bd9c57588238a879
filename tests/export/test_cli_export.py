"""`reader-app export` end to end on files (skipped until ingest and the analysis pipeline have landed)."""

import csv
import json

import pytest

from reader_app.cli import main


@pytest.fixture
def pipeline_ready():
    try:
        import reader_app.analysis.attribution  # noqa: F401
        from reader_app.analysis.pipeline import analyze  # noqa: F401
        from reader_app.ingest import load_path  # noqa: F401
    except ImportError as error:
        pytest.skip(f"ingest/analysis not there yet: {error}")


def test_export_data_files_from_the_command_line(pipeline_ready, seed_files, tmp_path, capsys):
    out = {name: tmp_path / name for name in ("a.json", "a.csv", "w.jsonld", "c.jsonld")}
    code = main(
        [
            "export",
            *map(str, seed_files[:2]),
            "--json",
            str(out["a.json"]),
            "--csv",
            str(out["a.csv"]),
            "--webanno",
            str(out["w.jsonld"]),
            "--claimreview",
            str(out["c.jsonld"]),
            "--layers",
            "claims,flags",
        ]
    )
    assert code == 0, capsys.readouterr().err
    doc = json.loads(out["a.json"].read_text(encoding="utf-8"))
    assert len(doc["articles"]) == 2 and "comparison" in doc
    with out["a.csv"].open(encoding="utf-8-sig", newline="") as handle:
        kinds = {row["kind"] for row in csv.DictReader(handle)}
    assert kinds <= {"claim", "flag"}


def test_export_pdf_from_the_command_line(pipeline_ready, seed_files, tmp_path, capsys):
    pdf = tmp_path / "out.pdf"
    assert main(["export", *map(str, seed_files), "--pdf", str(pdf), "--page-size", "Letter"]) == 0
    assert f"wrote {pdf}" in capsys.readouterr().out and pdf.read_bytes().startswith(b"%PDF")


def test_export_to_a_missing_folder_is_a_clear_error(pipeline_ready, seed_files, tmp_path, capsys):
    code = main(["export", str(seed_files[0]), "--json", str(tmp_path / "nope" / "a.json")])
    assert code == 2 and "nope/a.json: cannot write" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_export_a_library_collection_with_its_annotations(
    pipeline_ready, seed_files, tmp_path, capsys
):
    from reader_app.analysis.pipeline import analyze
    from reader_app.model import Annotation, suggestion_key
    from reader_app.store import Library

    db = f"sqlite:///{tmp_path / 'lib.db'}"
    assert main(["--db", db, "import", *map(str, seed_files[:2]), "--collection", "Harbour"]) == 0
    with Library(db) as library:
        info = library.articles()[0]
        article = library.article(info.id)
        claim = analyze(article).claims[0]
        library.add_annotation(
            Annotation(
                article.id,
                claim.start,
                claim.end,
                claim.text,
                label="verdict",
                verdict="false",
                author="Ada",
                target=suggestion_key("claim", claim.start, claim.end),
            )
        )
    out = tmp_path / "cr.jsonld"
    args = ["--db", db, "export", "--collection", "Harbour", "--claimreview", str(out)]
    assert main([*args, "--user", "Bo"]) == 0  # Bo sees only Bo's notes
    assert json.loads(out.read_text(encoding="utf-8"))["@graph"] == []
    assert main([*args, "--user", "Ada"]) == 0
    reviews = json.loads(out.read_text(encoding="utf-8"))["@graph"]
    assert [(r["claimReviewed"], r["author"]["name"]) for r in reviews] == [(claim.text, "Ada")]
    assert (
        main(["--db", db, "export", "--collection", "Nowhere", "--json", str(tmp_path / "x.json")])
        == 2
    )
    assert "--collection Nowhere: no such collection (known: Harbour)" in capsys.readouterr().err
