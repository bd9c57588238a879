"""Thirty annotators on one article at once, each with its own connection: nothing acknowledged is lost."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from store_helpers import make_article

from reader_app.model import Annotation
from reader_app.store import ALL, ConflictError, Library

TEXT = " ".join(
    f"Paragraph {n} of the match report names the striker and the fee." for n in range(40)
)
ANNOTATORS = 30
SECONDS = 4.0


def _annotate(
    url: str, name: str, article_id: str, ready: threading.Barrier, stop: threading.Event
) -> dict[int, str]:
    """Add notes (and edit every third one) until told to stop; returns what the library acknowledged."""
    acknowledged: dict[int, str] = {}
    with Library(url, user=name) as lib:
        ready.wait()  # everyone connected: the clock starts for all at once
        n = 0
        while not stop.is_set():
            start = (n * 7) % (len(TEXT) - 20)
            note = f"{name} note {n}"
            saved = lib.add_annotation(
                Annotation(article_id, start, start + 9, TEXT[start : start + 9], note=note)
            )
            acknowledged[saved.id] = note
            if n % 3 == 2:
                edited = lib.update_annotation(replace(saved, note=note + " (edited)"))
                acknowledged[edited.id] = edited.note
            if n % 5 == 4:
                lib.annotations_since(article_id, saved.updated)
            n += 1
    return acknowledged


def test_thirty_concurrent_annotators_lose_nothing(db_url):
    with Library(db_url, user="teacher") as lib:
        article_id, _ = lib.add_article(make_article(TEXT, title="Transfer"))
    stop, ready = threading.Event(), threading.Barrier(ANNOTATORS + 1)
    names = [f"student{n:02d}" for n in range(ANNOTATORS)]
    with ThreadPoolExecutor(max_workers=ANNOTATORS) as pool:
        futures = [pool.submit(_annotate, db_url, name, article_id, ready, stop) for name in names]
        ready.wait(timeout=60)
        time.sleep(SECONDS)
        stop.set()
        results = [f.result() for f in futures]
    with Library(db_url, user="teacher") as lib:
        stored = {a.id: a for a in lib.annotations(article_id, author=ALL)}
        assert lib.authors(article_id) == names
    acknowledged = {ann_id: note for result in results for ann_id, note in result.items()}
    assert all(results) and len(acknowledged) >= ANNOTATORS * 3
    assert {
        ann_id: stored[ann_id].note for ann_id in acknowledged if ann_id in stored
    } == acknowledged
    assert set(stored) == set(acknowledged)


def test_two_writers_of_one_version_one_wins_one_conflicts(db_url):
    with Library(db_url, user="ana") as lib:
        article_id, _ = lib.add_article(make_article(TEXT))
        note = lib.add_annotation(Annotation(article_id, 0, 9, TEXT[:9]))
    barrier = threading.Barrier(8)

    def edit(n: int) -> str:
        with Library(db_url, user=f"s{n}") as mine:
            barrier.wait()
            try:
                mine.update_annotation(replace(note, note=f"edit {n}"))
                return "saved"
            except ConflictError:
                return "conflict"

    with ThreadPoolExecutor(max_workers=8) as pool:
        outcomes = list(pool.map(edit, range(8)))
    assert outcomes.count("saved") == 1 and outcomes.count("conflict") == 7
    with Library(db_url) as lib:
        [stored] = lib.annotations(article_id, author=ALL)
    assert stored.version == 2 and f"edit {outcomes.index('saved')}" == stored.note
