"""Header lines: reading time beside the date, two writers 'in <Place>' without 'By'; translation credits at the foot."""

import pytest

from reader_app.ingest import load_text
from reader_app.ingest.header import names_in_place

BODY = """Dozens of villages were cut off on Monday after two days of heavy rain, officials said.
"The water came at night," said one farmer."""


@pytest.mark.parametrize("line,expected", [
    ("Published 14 June 2024 · 14 min read", "2024-06-14"),
    ("3 March 2023 · 5 min read", "2023-03-03"),
    ("June 4, 2024 · 7-minute listen", "2024-06-04"),
])
def test_reading_time_beside_date(line, expected):
    article = load_text(f"The quiet collapse of the village shop\n{line}\n{BODY}")
    assert article.meta.date == expected
    assert line not in article.text


@pytest.mark.parametrize("line,expected", [
    ("Ana Ruiz and Tom Hale in Lagos", ("Ana Ruiz", "Tom Hale", "Lagos")),
    ("Li Wei and Sara Okafor in New York", ("Li Wei", "Sara Okafor", "New York")),
    ("Jane Doe in Nairobi", None),  # one name: could be a Title Case headline
    ("Storm Ciaran in Cornwall", None),
    ("Floods hit homes in Leeds", None),
    ("Prices Rise and Fall in London", None),
])
def test_names_in_place(line, expected):
    found = names_in_place(line)
    if expected is None:
        assert found is None
    else:
        assert found == (f"{expected[0]} and {expected[1]}", expected[2])


def test_two_writers_in_place_fill_author_and_dateline():
    article = load_text(f"Floods cut off villages in the north as rivers rise\nAna Ruiz and Tom Hale in Lagos\n{BODY}")
    assert article.meta.author == "Ana Ruiz and Tom Hale"
    assert article.meta.dateline == "Lagos"
    assert "Tom Hale" not in article.text


@pytest.mark.parametrize("line", [
    "Source: Example Press Agency. Unofficial translation from the French by Coast Digest.",
    "Source: Valley Wire. Translated from the Arabic by Example Monitor.",
])
def test_translation_credit_removed(line):
    article = load_text(f"Floods cut off villages in the north as rivers rise\n{BODY}\n{line}")
    assert {r.text: r.reason for r in article.removed}.get(line) == "translation credit"


@pytest.mark.parametrize("line,outlet,reporting_by", [
    ("Source: Example Press Agency. Unofficial translation from the French by Coast Digest.",
     "Coast Digest", "Example Press Agency"),
    ("Source: Valley Wire. Translated from the Arabic by Example Monitor.", "Example Monitor", "Valley Wire"),
])
def test_translation_credit_names_outlet_and_source(line, outlet, reporting_by):
    article = load_text(f"Floods cut off villages in the north as rivers rise\n{BODY}\n{line}")
    assert article.meta.outlet == outlet
    assert article.meta.reporting_by == reporting_by
