"""The block a pasted page opens with (masthead, tagline, menu, section label), 'Name | date' meta
lines, subscription prompts and a dateline under a photo caption. Pages written for these rules."""

import pytest

from reader_app.ingest import load_text
from reader_app.ingest.header_block import meta_parts

HARBOUR_PAGE = """The Kestrel Gazette
Local news you can trust since 1888
News | Sport | Business | Opinion | Obituaries
Subscribe for $1
CITY HALL

Harbour board delays vote on cruise terminal as costs climb to $90 million

Mira Solberg | 2026-02-11 | 4 min read

Photo: The empty pier at North Quay on Tuesday. (Mira Solberg/Kestrel Gazette)

KESTREL BAY, Wash. — The harbour board on Tuesday postponed a vote on the new cruise terminal after engineers said the cost had risen by a third.

"We cannot sign a blank cheque," board chair Ruth Aalto said.
"""

TITLE_IN_BLOCK = """Home | World | Politics | Sport | Culture
Harbour board delays vote on cruise terminal

The harbour board on Tuesday postponed a vote on the new cruise terminal, officials said.

The board meets again next month.
"""


@pytest.fixture(scope="module")
def harbour():
    return load_text(HARBOUR_PAGE, name="harbour.txt")


def test_header_block_lines_leave_the_text(harbour):
    removed = {r.text.strip(): r.reason for r in harbour.removed}
    for line in ("The Kestrel Gazette", "Local news you can trust since 1888", "Subscribe for $1"):
        assert line in removed and line not in harbour.text
    assert removed["The Kestrel Gazette"] == "masthead"  # the outlet's name, an outlet cue
    assert removed["Local news you can trust since 1888"] == "masthead tagline"
    assert harbour.text.startswith("CITY HALL") or harbour.text.startswith("Harbour board")


def test_metadata_from_the_page(harbour):
    meta = harbour.meta
    assert (
        meta.title == "Harbour board delays vote on cruise terminal as costs climb to $90 million"
    )
    assert (meta.author, meta.date) == ("Mira Solberg", "2026-02-11")
    assert meta.outlet == "The Kestrel Gazette"
    assert meta.dateline == "KESTREL BAY"  # under a photo caption, still the lead's dateline


def test_a_headline_pasted_into_the_menu_block_stays():
    article = load_text(TITLE_IN_BLOCK, name="block.txt")
    assert article.text.startswith("Harbour board delays vote on cruise terminal")
    assert article.meta.title == "Harbour board delays vote on cruise terminal"


@pytest.mark.parametrize(
    "line, parts",
    [
        ("Leah Brandt | 2025-06-02", ["Leah Brandt", "2025-06-02"]),
        ("11 Mar 2025 | 5 min read", ["11 Mar 2025"]),
        ("By Sam Ortiz · March 3, 2026", ["By Sam Ortiz", "March 3, 2026"]),
        ("News | Sport | Business | Opinion", None),  # a menu
        ("Budget 2024 | What it means for you", None),  # a headline with a bar
        ("5 min read | Share", None),
    ],
)
def test_bar_separated_meta_lines(line, parts):
    assert meta_parts(line) == parts


@pytest.mark.parametrize(
    "line, author, outlet",
    [
        ("By JANE DOE Associated Press", "Jane Doe", "Associated Press"),
        (
            "By MARA LINDT and OWEN PRICE Example Press",
            "Mara Lindt and Owen Price",
            "Example Press",
        ),
        ("By Mara Lindt, Example Press", "Mara Lindt", "Example Press"),
        ("By MARA LINDT", "Mara Lindt", None),
    ],
)
def test_wire_bylines_with_names_in_capitals(line, author, outlet):
    from reader_app.ingest.bylines import parse_byline

    found = parse_byline(line)
    assert (found.author, found.outlet) == (author, outlet)
