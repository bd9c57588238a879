"""The appendix's profile table: known profile fields become readable columns, unknown shapes still show."""

import pytest

from reader_app.export.pdf_plan import ArticlePlan
from reader_app.export.pdf_sections import appendix_html
from reader_app.export.profile_table import profile_rows, profile_table
from reader_app.model import Article, Metadata

PROFILE = {
    "outlet": "Harbour Times",
    "words": 812,
    "flags_per_1000_words": {"author": {"puffery": 2.5, "loaded": 1.0}, "quoted": {"emotive": 0.5}},
    "flag_counts": {"author": {"puffery": 2, "loaded": 1, "hedge": 1}},
    "quoted_speakers": {"count": 3, "quoted_share": 0.214},
    "unattributed_claims": {"count": 2, "of": 5},
    "tone": {"mean": -0.1234},
    "readability": {"flesch_reading_ease": 48.6},
}


def test_known_fields_become_columns():
    labels, cells = profile_table([PROFILE])
    assert dict(zip(labels, cells[0])) == {
        "Words": "812",
        "Flags per 1000 words, own voice": "3.5",
        "Flags per 1000 words, in quotes": "0.5",
        "Most frequent flags, own voice": "puffery 2, hedge 1",
        "Quoted speakers": "3",
        "Quoted share of text": "21%",
        "Claims without a source": "2 of 5",
        "Tone (VADER mean)": "-0.12",
        "Reading ease (Flesch)": "49",
    }


def test_columns_nobody_has_are_dropped_and_missing_cells_dashed():
    labels, cells = profile_table(
        [{"outlet": "A", "words": 10}, {"outlet": "B", "tone": {"mean": 0.3}}]
    )
    assert labels == ["Words", "Tone (VADER mean)"]
    assert cells == [["10", "\u2014"], ["\u2014", "+0.30"]]


def test_unknown_shape_falls_back_to_scalar_fields():
    labels, cells = profile_table(
        [{"outlet": "A", "pages": 3, "style": "terse", "nested": {"x": 1}}]
    )
    assert (labels, cells) == (["pages", "style"], [["3", "terse"]])


@pytest.mark.parametrize(
    "comparison, kind",
    [
        ({"outlet_profiles": [PROFILE], "profiles": [{"article": "a1", **PROFILE}]}, "outlet"),
        ({"outlet_profiles": [], "profiles": [{"article": "a1", **PROFILE}]}, "article"),
        ({"profiles": {"a1": PROFILE}}, "article"),
        ({}, ""),
    ],
)
def test_outlet_aggregates_preferred(comparison, kind):
    assert profile_rows(comparison)[0] == kind


def test_appendix_numbers_articles_in_coverage_and_profiles():
    article = Article("a1", "/x/harbour.txt", "t", "t", meta=Metadata(outlet="Harbour Times"))
    other = Article("a2", None, "u", "u", meta=Metadata(outlet="Valley Post"))
    plans = [ArticlePlan(article, None, ()), ArticlePlan(other, None, ())]
    comparison = {
        "events": [
            {"id": "e1", "label": "Port strike", "mentions": [{"article": "a2", "text": "strike"}]}
        ],
        "coverage": {"e1": ["a1", "a2"]},
        "outlet_profiles": [PROFILE],
    }
    html = appendix_html(comparison, plans)
    row = html[html.index("Port strike") : html.index("</tr>", html.index("Port strike"))]
    assert row.count("\u2713") == 2
    assert "Harbour Times (1)" in html and "Outlet profiles" in html
    assert "No conflicting figures" in html and "No competing names" in html
