"""Agreement formulas checked against small examples worked out by hand."""

from __future__ import annotations

import pytest

from reader_app.agreement import (
    ArticleMarks,
    KappaCounts,
    Mark,
    agreement,
    cohen_kappa,
    span_counts,
)
from reader_app.agreement.measures import kappa_counts
from reader_app.agreement.report import table_rows


def test_overlap_and_exact_span_scores_by_hand():
    reference = [Mark(0, 10, "L"), Mark(20, 30, "L"), Mark(40, 50, "M")]
    predicted = [
        Mark(5, 12, "L"),
        Mark(30, 35, "L"),
        Mark(40, 50, "M"),
    ]  # (30,35) only touches (20,30)
    counts = span_counts(predicted, reference)
    l_scores, m_scores = counts["L"].scores(), counts["M"].scores()
    # L: 1 of 2 predicted overlaps a reference, 1 of 2 references is found, no exact match.
    assert (l_scores["precision"], l_scores["recall"], l_scores["f1"]) == (0.5, 0.5, 0.5)
    assert (l_scores["exact_precision"], l_scores["exact_f1"]) == (0.0, 0.0)
    assert (m_scores["f1"], m_scores["exact_f1"]) == (1.0, 1.0)


def test_one_long_span_covering_two_references():
    counts = span_counts(
        [Mark(0, 30, "L")], [Mark(0, 5, "L"), Mark(10, 15, "L"), Mark(40, 45, "L")]
    )
    scores = counts["L"].scores()
    # precision 1/1, recall 2/3 -> F1 = 2 * 1 * 2/3 / (5/3) = 0.8
    assert (scores["precision"], scores["recall"]) == (1.0, pytest.approx(2 / 3))
    assert scores["f1"] == pytest.approx(0.8)


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        (KappaCounts(20, 5, 10, 15), 0.4),  # po 0.7, pe 0.5*0.6 + 0.5*0.4 = 0.5
        (KappaCounts(2, 2, 2, 4), 1 / 6),  # po 0.6, pe 0.16 + 0.36 = 0.52 -> 0.08 / 0.48
        (KappaCounts(5, 0, 0, 5), 1.0),
        (KappaCounts(0, 5, 5, 0), -1.0),
        (KappaCounts(0, 0, 0, 10), None),  # nobody used the label: chance agreement is total
        (KappaCounts(), None),
    ],
)
def test_cohen_kappa_by_hand(counts, expected):
    result = cohen_kappa(counts)
    assert result == (None if expected is None else pytest.approx(expected))


def test_token_table_of_two_annotators():
    text = "one two three four five six seven eight nine ten"
    starts = [i for i, ch in enumerate(text) if ch != " " and (i == 0 or text[i - 1] == " ")]
    a = [Mark(starts[0], starts[3] + 4, "L")]  # tokens 0-3
    b = [Mark(starts[2] + 1, starts[5] + 1, "L")]  # inside token 2 .. inside token 5: tokens 2-5
    counts = kappa_counts(text, a, b)["L"]
    assert counts == KappaCounts(both=2, only_a=2, only_b=2, neither=4)
    assert counts.kappa() == pytest.approx(1 / 6)


TEXT = "The mayor called the plan a disgraceful waste while aides praised its bold vision."


def _m(phrase: str, label: str) -> Mark:
    start = TEXT.index(phrase)
    return Mark(start, start + len(phrase), label)


def test_collection_report_against_key_and_pairwise():
    key = [
        _m("disgraceful waste", "Loaded"),
        _m("bold vision", "Loaded"),
        _m("The mayor", "Source"),
    ]
    ana = [_m("disgraceful", "Loaded"), _m("The mayor", "Source")]
    ben = [_m("bold vision", "Loaded"), _m("aides", "Source")]
    second = "A quiet day."
    items = [
        ArticleMarks("1", TEXT, {"teach": key, "ana": ana, "ben": ben}, key="teach"),
        ArticleMarks("2", second, {"ana": [Mark(2, 7, "Loaded")]}, key=None),
    ]
    report = agreement(items)
    assert report["annotators"] == ["ana", "ben", "teach"]
    loaded = report["vs_key"]["ana"]["labels"]["Loaded"]
    assert (loaded["precision"], loaded["recall"], loaded["exact_f1"]) == (1.0, 0.5, 0.0)
    assert report["vs_key"]["ana"]["articles"] == 1  # article 2 has no key
    assert report["vs_key"]["ben"]["labels"]["Source"]["f1"] == 0.0
    pooled = report["vs_key"]["ben"]["(all)"]
    assert (pooled["precision"], pooled["recall"]) == (0.5, pytest.approx(1 / 3, abs=1e-4))
    pair = next(p for p in report["pairwise"] if (p["reference"], p["predicted"]) == ("ana", "ben"))
    assert pair["labels"]["Loaded"]["f1"] == 0.0 and pair["articles"] == 1
    rows = table_rows(report)
    assert [r["label"] for r in rows if r["annotator"] == "ana"] == ["Loaded", "Source", "(all)"]
