"""Dates, durations and counts normalised to comparable values."""

import pytest

from reader_app.compare.quantities import find_values, infer_year


def values(text, year=2020):
    return [(v.kind, v.value) for v in find_values(text, year=year)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("signed on November 9, 2020.", [("date", "2020-11-09")]),
        ("signed on 9 November 2020.", [("date", "2020-11-09")]),
        ("due on Nov. 9, but", [("date", "2020-11-09")]),
        ("broke out on Sept. 27 and", [("date", "2020-09-27")]),
        ("Published on 20th December 2021", [("date", "2021-12-20")]),
        ("ready by January 2022.", [("date", "2022-01")]),
        ("a 44-day war", [("duration", 44.0)]),
        ("six weeks of fighting", [("duration", 42.0)]),
        ("in the past 24 hours", [("duration", pytest.approx(1.0, abs=0.01))]),
        ("nearly 2,000 peacekeepers", [("count", 2000.0)]),
        ("a 132-km border", [("distance", 132.0)]),
        ("prices rose 5% last year", [("percent", 5.0)]),
        ("a fee of £60 million, the club said", [("currency", 60e6)]),
        ("a £60m move", [("currency", 60e6)]),
        ("Forty-three workers died", [("count", 43.0)]),
    ],
)
def test_values_are_normalised(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a truce two weeks ago",
        "one of the first",
        "in 1994 the war ended",
        "the 9th paragraph",
        "two men met",
    ],
)
def test_no_value_where_none_should_be_compared(text):
    assert [v for v in find_values(text, year=2020) if v.kind != "date"] == []


def test_approximate_values_agree_within_tolerance():
    nearly, exact = find_values("nearly 2,000 troops and 1,950 troops", year=None)
    assert nearly.approx > 0 and nearly.agrees(exact)
    six_weeks, days = find_values("six weeks and 44 days", year=None)
    assert six_weeks.agrees(days)
    a, b = find_values("40 workers and 55 workers", year=None)
    assert not a.agrees(b)


def test_year_comes_from_metadata_then_from_full_dates():
    assert infer_year("On May 31 they met.", "2022-06-01") == 2022
    assert infer_year("On Nov 14, 2020 and Sept. 27.", None) == 2020
    assert infer_year("No year here.", None) is None
