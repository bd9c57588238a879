"""Third blind set: eight articles by an annotator who never read the engine, scored against their gold.

The gold was frozen (md5 b8567dc7b3d18a06c9e0206b81dae346) before the engine first ran on it;
REPORT.md has that first, honest run. Afterwards genre, footer, byline and spelling rules were
written from its metadata and comparison failure classes (tested on other texts), so those figures
are no longer blind. Floors sit a little below the figures measured when the set was committed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gold_set import assert_metadata_floor, assert_score_floor, gold_report, right_count


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    return gold_report(Path(__file__).parent)


# (section, measure, floor). First (blind) run, REPORT.md: attributions 133/186, evaluative 12/62
# (voice 12/12), claims 29/35. When committed: 146/186 (untagged quote paragraphs, a class seen
# here, were fixed), evaluative 14/62 (lists widened from another set: an honest figure), 29/35.
FLOORS = [
    ("attributions", "recall", 0.74),
    ("evaluative", "recall", 0.15),
    ("evaluative", "voice_accuracy", 0.85),
    ("claims", "recall", 0.78),
]


@pytest.mark.parametrize("section, measure, floor", FLOORS)
def test_scores_stay_above_floor(report, section, measure, floor):
    assert_score_floor(report, section, measure, floor)


def test_plain_words_and_non_claims_stay_out(report):
    assert report["evaluative"]["plain_flagged"] <= 4, report["evaluative"]["misses"]
    assert report["claims"]["non_claims_taken"] <= 2, report["claims"]["misses"]


# First run: title 8/8, author 5/6, date 8/8, outlet 6/7, genre 5/8, dateline 1/2, boilerplate 38/50.
META_FLOORS = [
    ("title", 7),
    ("author", 5),
    ("date", 7),
    ("outlet", 5),
    ("genre", 6),
    ("boilerplate_removed", 40),
]


@pytest.mark.parametrize("field, floor", META_FLOORS)
def test_metadata_stays_above_floor(report, field, floor):
    assert_metadata_floor(report, field, floor)


def test_two_reports_of_one_strike_are_compared(report):
    # first run 2/10 event pairs, 1/3 places, 0/4 discrepancies; when committed 3/10, 3/3, 0/4
    comparison = report["comparison"]
    assert comparison["event_pair_recall"] >= 0.2, comparison["misses"]
    assert right_count(comparison, "places_in_one_entity") >= 3, comparison["misses"]
