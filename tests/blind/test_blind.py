"""Blind evaluation: eight articles written by someone who never saw the engine, scored against their gold.

The set was frozen before the engine first ran on it (REPORT.md has that first, honest run). Later
rounds were told its failure *classes*, so the evaluative figures here are no longer blind; the
others still say how the engine does on unseen pages. Floors sit a little below the figures measured
when the set was committed, so a regression fails; raise them as the engine improves.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reader_app.analysis.pipeline import analyze
from reader_app.compare import compare_articles, comparison_to_json
from reader_app.evaluation import evaluate
from reader_app.export.contract import analysis_document
from reader_app.ingest import load_path

HERE = Path(__file__).parent
ARTICLES = sorted((HERE / "articles").glob("*.txt"))
GOLD = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    items = [(article, analyze(article)) for article in (load_path(p) for p in ARTICLES)]
    document = analysis_document(items, comparison_to_json(compare_articles(items)))
    for article in document["articles"]:
        for claim in article["claims"]:
            assert article["text"][claim["start"] : claim["end"]] == claim["text"]
        for flag in article["flags"]:
            assert article["text"][flag["start"] : flag["end"]] == flag["text"]
    return evaluate(GOLD, document)


# (section, measure, floor). First (blind) run, REPORT.md: attributions 95/161, evaluative 24/80,
# claims 34/38. When committed: 122/161, 76/80 (voice 69/76), 36/38.
FLOORS = [
    ("attributions", "recall", 0.72),
    ("evaluative", "recall", 0.90),
    ("evaluative", "voice_accuracy", 0.85),
    ("claims", "recall", 0.90),
]


@pytest.mark.parametrize("section, measure, floor", FLOORS)
def test_scores_stay_above_floor(report, section, measure, floor):
    value = report[section][measure]
    assert value is not None and value >= floor, f"{section} {measure} {value} < {floor}"


def test_plain_words_and_non_claims_stay_out(report):
    assert report["evaluative"]["plain_flagged"] <= 2, report["evaluative"]["misses"]
    assert report["claims"]["non_claims_taken"] <= 3, report["claims"]["misses"]


# First run: title 2/8, author 2/6, date 5/8, outlet 7/8, genre 5/8, dateline 0/2, boilerplate 59/104.
META_FLOORS = [("author", 5), ("date", 7), ("outlet", 6), ("genre", 6), ("boilerplate_removed", 75)]


@pytest.mark.parametrize("field, floor", META_FLOORS)
def test_metadata_stays_above_floor(report, field, floor):
    assert report["metadata"][field]["right"] >= floor, report["metadata"]["misses"]


def test_same_election_from_two_outlets_is_compared(report):
    # first run 3/13 event pairs, 0/2 places, 0/6 discrepancies; when committed 6/13, 2/2, 2/6
    comparison = report["comparison"]
    assert comparison["event_pair_recall"] >= 0.35, comparison["misses"]
    assert int(comparison["places_in_one_entity"].split("/")[0]) >= 2, comparison["misses"]
