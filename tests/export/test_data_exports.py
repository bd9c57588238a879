"""JSON, CSV, Web Annotation and ClaimReview files: fields present, dismissed left out, atomic writes."""

import csv
import json

import pytest
from export_samples import council_annotations, council_item

from reader_app.export.claimreview import write_claimreview
from reader_app.export.contract import SCHEMA
from reader_app.export.csv_export import write_csv
from reader_app.export.errors import ExportError
from reader_app.export.json_export import write_json
from reader_app.export.webanno import write_webanno
from reader_app.model import Annotation

WRITERS = [write_json, write_csv, write_webanno, write_claimreview]


@pytest.fixture
def council():
    article, analysis = council_item()
    return [(article, analysis)], council_annotations(article)


def test_json_carries_contract_and_annotations(council, tmp_path):
    items, marks = council
    out = write_json(items, tmp_path / "a.json", annotations=marks, comparison={"events": []})
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["schema"] == SCHEMA and doc["comparison"] == {"events": []}
    article = doc["articles"][0]
    assert len(article["claims"]) == 3 and article["claims"][1]["chain"][-1]["name"] == "Jane Doe"
    assert [a["status"] for a in article["annotations"]] == ["user", "dismissed"]


def test_csv_one_row_per_mark_without_dismissed(council, tmp_path):
    items, marks = council
    out = write_csv(items, tmp_path / "a.csv", annotations=marks)
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig", newline="")))
    kinds = [r["kind"] for r in rows]
    assert kinds.count("claim") == 3 and kinds.count("attribution") == 2
    assert kinds.count("flag") == 2 and kinds.count("annotation") == 1  # "heated" was dismissed
    text = items[0][0].text
    for row in rows:
        assert (
            text[int(row["start"]) : int(row["end"])] == row["text"] or row["kind"] == "attribution"
        )
    claim = next(r for r in rows if r["kind"] == "claim" and r["speaker"])
    assert (claim["speaker"], claim["voice"], claim["score"]) == ("Jane Doe", "quoted", "0.64")
    note = next(r for r in rows if r["kind"] == "annotation")
    assert (note["label"], note["verdict"], note["author"]) == (
        "check-figure",
        "misleading",
        "Ada Reviewer",
    )


def test_web_annotation_selectors_and_bodies(council, tmp_path):
    items, marks = council
    out = write_webanno(items, tmp_path / "a.jsonld", annotations=marks)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert (
        doc["@context"] == "http://www.w3.org/ns/anno.jsonld"
        and doc["type"] == "AnnotationCollection"
    )
    annos = doc["first"]["items"]
    assert doc["total"] == len(annos) > 0
    text = items[0][0].text
    for anno in annos:
        quote, position = anno["target"]["selector"]
        assert (
            anno["type"] == "Annotation" and anno["target"]["source"] == "file:///data/council.txt"
        )
        assert text[position["start"] : position["end"]] == quote["exact"]
        assert text[: position["start"]].endswith(quote["prefix"]) and text[
            position["end"] :
        ].startswith(quote["suffix"])
        assert anno["body"][0]["type"] == "TextualBody" and anno["body"][0]["value"]
        assert anno["creator"]["name"]
    user = next(a for a in annos if a["creator"]["type"] == "Person")
    assert user["motivation"] == "assessing" and user["creator"]["name"] == "Ada Reviewer"
    assert {"budget", "numbers"} <= {b["value"] for b in user["body"] if b["purpose"] == "tagging"}
    assert not any(a["target"]["selector"][0]["exact"] == "heated" for a in annos)


def test_claimreview_for_verdicts(council, tmp_path):
    items, marks = council
    article, analysis = items[0]
    q = article.text.index("This will cut")
    verdict = Annotation(
        article.id,
        q,
        q + 20,
        article.text[q : q + 20],
        verdict="false",
        author="Ada",
        note="Study says 3 percent",
        sources=("https://example.org/study",),
        created="2026-11-01T10:00:00Z",
    )
    unverified = Annotation(article.id, 0, 7, "Council", verdict="unverified")
    out = write_claimreview(
        items, tmp_path / "cr.jsonld", annotations=[*marks, verdict, unverified]
    )
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["@context"] == "https://schema.org"
    reviews = {r["reviewRating"]["alternateName"]: r for r in doc["@graph"]}
    assert set(reviews) == {"misleading", "false"}
    review = reviews["false"]
    assert review["@type"] == "ClaimReview" and review["claimReviewed"] == analysis.claims[1].text
    assert review["itemReviewed"]["author"] == {"@type": "Person", "name": "Jane Doe"}
    assert review["itemReviewed"]["appearance"]["publisher"]["name"] == "Riverton Ledger"
    assert review["reviewRating"]["ratingValue"] == 1 and review["author"]["name"] == "Ada"
    assert review["datePublished"] == "2026-11-01" and review["citation"] == [
        "https://example.org/study"
    ]
    own_voice = reviews["misleading"]
    assert own_voice["itemReviewed"]["author"] == {
        "@type": "Organization",
        "name": "Riverton Ledger",
    }
    assert own_voice["reviewRating"]["ratingValue"] == 2


@pytest.mark.parametrize("writer", WRITERS, ids=lambda w: w.__name__)
def test_empty_selection_fails_clearly_and_writes_nothing(writer, tmp_path):
    target = tmp_path / "out.file"
    with pytest.raises(ExportError, match=r"out\.file.*no articles selected"):
        writer([], target)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("writer", WRITERS, ids=lambda w: w.__name__)
def test_unwritable_path_fails_clearly_and_leaves_no_file(writer, council, tmp_path):
    items, _ = council
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(
        ExportError, match=r"a-file/out\.file: cannot write \(folder .* does not exist\)"
    ):
        writer(items, blocker / "out.file")
    with pytest.raises(ExportError, match="it is a folder"):
        writer(items, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_failed_write_keeps_old_file_and_removes_temp(council, tmp_path, monkeypatch):
    items, marks = council
    target = tmp_path / "a.json"
    target.write_text("old")

    def broken_dumps(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("reader_app.export.json_export.json.dumps", broken_dumps)
    with pytest.raises(OSError):
        write_json(items, target, annotations=marks)
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_web_annotation_offsets_name_the_text_they_count_in(tmp_path):
    """Offsets count in the cleaned text: a cleaned article gets its own URN, the file is the scope."""
    from dataclasses import replace

    from reader_app.export.webanno import selector_target

    article, _ = council_item()
    assert selector_target(article) == {"source": "file:///data/council.txt"}
    cleaned = replace(article, raw_text="Advertisement\n" + article.raw_text)
    target = selector_target(cleaned)
    assert target["source"].startswith("urn:reader-app:article:") and len(target["source"]) == 55
    assert target["scope"] == "file:///data/council.txt"
    pasted = replace(cleaned, path=None)
    assert "scope" not in selector_target(pasted)
