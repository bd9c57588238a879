"""Annotations, labels and the analysis cache: round trips, and survival across an app restart."""

from __future__ import annotations

from dataclasses import replace

import pytest
from store_helpers import make_article

from reader_app.model import (
    Analysis,
    Annotation,
    Attribution,
    Claim,
    Flag,
    Sentence,
    span_of,
)
from reader_app.store import ALL, Label, Library, LibraryError, NotFoundError, text_hash

RELEASE = (
    "Acme Corp today announced a groundbreaking partnership that will revolutionise "
    "logistics, chief executive Dana Li said in a statement."
)


def _full_annotation(article_id: str) -> Annotation:
    start = RELEASE.index("groundbreaking")
    return Annotation(
        article_id=article_id,
        start=start,
        end=start + 14,
        quote="groundbreaking",
        prefix=RELEASE[start - 12 : start],
        suffix=RELEASE[start + 14 : start + 26],
        label="Loaded language",
        note="Promotional: says who?",
        tags=("puffery", "press release"),
        author="teacher",
        verdict="unverifiable",
        sources=("https://example.org/filing", "annual report p. 4"),
        target="flag:29:43:puffery",
        status="accepted",
    )


def test_annotation_round_trip_survives_restart(db_url):
    with Library(db_url) as lib:
        article_id, _ = lib.add_article(make_article(RELEASE, title="Acme partnership"))
        saved = lib.add_annotation(_full_annotation(article_id))
    assert saved.id is not None and saved.created and saved.updated == saved.created
    assert saved.created.endswith("+00:00")
    with Library(db_url) as lib:  # the app was closed and started again
        [back] = lib.annotations(article_id, author=ALL)
    assert back == saved
    assert replace(back, id=None, created="", updated="", version=0) == _full_annotation(article_id)


def test_update_delete_and_author_filter(library):
    article_id, _ = library.add_article(make_article(RELEASE))
    mine = library.add_annotation(
        Annotation(article_id, 0, 9, "Acme Corp", author="ana", note="who")
    )
    theirs = library.add_annotation(Annotation(article_id, 10, 15, "today", author="ben"))
    changed = library.update_annotation(replace(mine, note="check the filing", tags=("todo",)))
    assert (changed.note, changed.tags, changed.created) == (
        "check the filing",
        ("todo",),
        mine.created,
    )
    assert changed.updated >= mine.updated
    assert [a.id for a in library.annotations(article_id, author="ana")] == [mine.id]
    library.delete_annotation(theirs.id)
    assert [a.id for a in library.annotations(article_id, author=ALL)] == [mine.id]
    with pytest.raises(NotFoundError):
        library.delete_annotation(theirs.id)
    with pytest.raises(NotFoundError):
        library.update_annotation(replace(mine, id=None))


def test_annotation_on_a_missing_article_is_refused(library):
    with pytest.raises(NotFoundError):
        library.add_annotation(Annotation("404", 0, 1, "x"))


def test_labels_codebook_defaults_edit_and_delete(library):
    names = [label.name for label in library.labels()]
    assert names == [
        "Evidence needed",
        "Misleading framing",
        "Loaded language",
        "Good sourcing",
        "Question",
    ]
    library.save_label(Label("Question", "#000000", "Ask the author"))
    library.save_label(Label("Satire", "#123456", "Not meant literally"))
    library.delete_label("Good sourcing")
    by_name = {label.name: label for label in library.labels()}
    assert by_name["Question"] == Label("Question", "#000000", "Ask the author")
    assert "Satire" in by_name and "Good sourcing" not in by_name


def test_renaming_a_label_carries_everyones_annotations_with_it(library):
    article_id, _ = library.add_article(make_article(RELEASE))
    mine = library.add_annotation(Annotation(article_id, 0, 4, "Acme", label="Question"))
    theirs = library.add_annotation(Annotation(article_id, 10, 15, "today", label="Question", author="ben"))
    other = library.add_annotation(Annotation(article_id, 16, 25, "announced", label="Satire"))
    label, moved = library.rename_label("Question", "  Ask the   author ")
    assert (label.name, moved) == ("Ask the author", 2)
    names = [item.name for item in library.labels()]
    assert "Ask the author" in names and "Question" not in names
    after = {a.id: a for a in library.annotations(article_id, author=ALL)}
    assert after[mine.id].label == after[theirs.id].label == "Ask the author"
    assert after[other.id].label == "Satire"
    assert after[mine.id].version == mine.version + 1  # an editor of the old version must reload


@pytest.mark.parametrize(
    "old, new, reason",
    [
        ("Question", "Loaded language", "already exists"),
        ("Nowhere", "Anything", "no label 'Nowhere'"),
        ("Question", "   ", "needs a name"),
    ],
)
def test_renaming_a_label_refuses_clashes_and_blanks(library, old, new, reason):
    with pytest.raises(LibraryError, match=reason):
        library.rename_label(old, new)
    assert "Question" in [label.name for label in library.labels()]


def _analysis(article_id: str) -> Analysis:
    t = RELEASE
    said = t.index("said")
    return Analysis(
        article_id=article_id,
        sentences=(Sentence(0, len(t), tone=0.4404, paragraph=0),),
        claims=(Claim(0, len(t), t, 0.61, ("attributed",), ("reporting verb", "named source"), 0),),
        attributions=(
            Attribution(
                "Dana Li",
                span_of(t, said - 8, said - 1),
                span_of(t, said, said + 4),
                (span_of(t, 0, said - 32),),
                "indirect",
                "person",
            ),
        ),
        flags=(
            Flag(
                t.index("ground"),
                t.index("ground") + 14,
                "groundbreaking",
                "puffery",
                "author",
                "puffery list: groundbreaking",
                "groundbreaking",
            ),
        ),
        tone={"compound": 0.4404, "by_paragraph": [0.4404], "label": "positive"},
        readability={"flesch_reading_ease": 31.2, "grade": 14.0, "words": 19},
        version="analysis-7",
    )


def test_analysis_cache_round_trip_equals_the_dataclass(db_url):
    with Library(db_url) as lib:
        article_id, _ = lib.add_article(make_article(RELEASE))
        key = text_hash(lib.article(article_id).text)
        assert lib.cached_analysis(key, "analysis-7") is None
        lib.save_analysis(key, "analysis-7", _analysis(article_id))
    with Library(db_url) as lib:
        assert lib.cached_analysis(key, "analysis-7") == _analysis(article_id)
        assert lib.cached_analysis(key, "analysis-8") is None  # another analyser version: a miss
        lib.save_analysis(key, "analysis-8", replace(_analysis(article_id), version="analysis-8"))
        assert lib.cached_analysis(key, "analysis-7") is None  # superseded entries are dropped
        assert lib.cached_analysis(key, "analysis-8").version == "analysis-8"


def test_damaged_cache_entry_is_a_miss(library):
    from sqlalchemy import text

    library.save_analysis("abc", "v1", Analysis("1"))
    with library._engine.begin() as conn:
        conn.execute(text("UPDATE analysis_cache SET data = '{not json'"))
    assert library.cached_analysis("abc", "v1") is None


def test_worker_threads_write_while_another_reads(library):
    """The GUI reads while workers save analyses and annotations: no 'database is locked'."""
    from concurrent.futures import ThreadPoolExecutor

    article_id, _ = library.add_article(make_article(RELEASE))

    def work(n: int) -> int:
        for k in range(15):
            library.add_annotation(Annotation(article_id, 0, 4, "Acme", note=f"{n}-{k}"))
            library.save_analysis(f"hash-{n}-{k}", "v1", Analysis(article_id, version="v1"))
            library.annotations(article_id)
        return n

    with ThreadPoolExecutor(max_workers=4) as pool:
        assert sorted(pool.map(work, range(4))) == [0, 1, 2, 3]
    assert len(library.annotations(article_id)) == 60
    assert library.cached_analysis("hash-3-14", "v1") == Analysis(article_id, version="v1")


def test_real_analysis_of_a_sample_round_trips(library, seed_files):
    """Whatever the analyser puts in an Analysis comes back from the cache equal."""
    pipeline = pytest.importorskip("reader_app.analysis.pipeline")
    from reader_app.ingest import load_path

    article = load_path(seed_files[0])
    analysis = pipeline.analyze(article)
    assert analysis.claims and analysis.flags  # a real, non-trivial analysis
    library.save_analysis(text_hash(article.text), "real", analysis)
    assert library.cached_analysis(text_hash(article.text), "real") == analysis
