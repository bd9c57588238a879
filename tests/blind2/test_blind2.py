"""Second blind set: eight articles by an annotator who never read the engine, scored against their gold.

The gold was frozen (md5 7d3c6ea5af8006f77055b983de5d4d63) before the engine first ran on it;
REPORT.md has that first, honest run. Afterwards the page-header, spelling and toll rules were
written from its failure *classes* (and tested on other texts), so metadata and comparison figures
here are no longer blind; who-said-what and claims were not worked on. Floors sit a little below
the figures measured when the set was committed, so a regression fails.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gold_set import assert_metadata_floor, assert_score_floor, gold_report, right_count


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    return gold_report(Path(__file__).parent)


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
    assert_score_floor(report, section, measure, floor)


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
    assert_metadata_floor(report, field, floor)


def test_two_reports_of_one_dam_burst_are_compared(report):
    # first run 5/11 event pairs, 0/4 places, 0/5 discrepancies; when committed 6/11, 4/4, 2/5
    comparison = report["comparison"]
    assert comparison["event_pair_recall"] >= 0.45, comparison["misses"]
    assert right_count(comparison, "places_in_one_entity") >= 4, comparison["misses"]
    assert right_count(comparison, "discrepancies_reported") >= 2, comparison["misses"]
