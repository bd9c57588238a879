"""Links from a span to what the comparison found in the other columns (plain data)."""

from reader_app.compare.types import (
    Comparison,
    Discrepancy,
    Event,
    Mention,
    Spelling,
    TermVariantGroup,
)
from reader_app.ui.comparison_links import framing_for, mentions_for

OUTLETS = {"a": "Harbour Gazette", "b": "Valley Times"}  # "c" is not open


def comparison():
    return Comparison(
        events=(
            Event(
                "e1",
                "flood",
                (
                    Mention("a", 0, 30, "The river flooded on Monday."),
                    Mention("b", 50, 90, "Floods hit the valley Tuesday."),
                    Mention("c", 5, 9, "x"),
                ),
            ),
        ),
        term_variants=(
            TermVariantGroup(
                "protest", (Spelling("a", 40, 45, "riots"), Spelling("b", 10, 20, "protests"))
            ),
        ),
        discrepancies=(
            Discrepancy(
                "e1", "date", (Spelling("a", 20, 26, "Monday"), Spelling("b", 80, 87, "Tuesday"))
            ),
        ),
    )


def test_mentions_link_to_the_other_open_columns_only():
    links = mentions_for(comparison(), "a", 5, 10, OUTLETS.get)
    assert links == [("b", 50, 90, "Valley Times: Floods hit the valley Tuesday.")]
    assert mentions_for(comparison(), "a", 100, 120, OUTLETS.get) == []
    assert mentions_for(None, "a", 0, 5, OUTLETS.get) == []


def test_framing_lists_other_words_and_disagreements():
    assert framing_for(comparison(), "a", 38, 46, OUTLETS.get) == [
        ("b", 10, 20, "Here “riots”; Valley Times says “protests”")
    ]
    assert framing_for(comparison(), "a", 0, 30, OUTLETS.get) == [
        ("b", 80, 87, "Disagrees on the date: here “Monday”, Valley Times “Tuesday”")
    ]
