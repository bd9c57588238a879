"""Whole pages copied from news sites: masthead, section labels, bylines with roles, footers, releases."""

import pytest

from reader_app.ingest import load_text

MASTHEAD_PAGE = """THE HARBOUR CHRONICLE
Local news since 1901

Home | News | Sport | Weather

Ferry fares to rise by ten percent from July

Operators say fuel costs leave them no choice, but commuters call the increase unfair and want the council to step in

By Olivia Grant, Transport Correspondent

Tuesday 4 June 2024 09:30 BST

Ferry fares across the bay will rise by ten percent from July, the operator announced on Monday, blaming higher fuel costs.

Commuters said the rise would hurt families who rely on the service every day.

Sign up to our free Morning Briefing newsletter, delivered to your inbox every weekday.

More on this story
- Bus timetable changes explained
- Bridge repairs: what we know

Share this article
Facebook | X | WhatsApp | Email

Our newsroom is funded by readers. Support independent journalism: become a member today.

Valley Radio contributed to this report.

The Harbour Chronicle is a division of Bayside Media Group.

Copyright 2024 The Harbour Chronicle. All rights reserved."""


def test_masthead_page():
    article = load_text(MASTHEAD_PAGE)
    meta = article.meta
    assert meta.title == "Ferry fares to rise by ten percent from July"
    assert meta.author == "Olivia Grant"
    assert meta.date == "2024-06-04"
    assert meta.outlet == "The Harbour Chronicle"
    assert meta.genre == "news"
    assert article.text.startswith("Ferry fares to rise by ten percent from July\n\nOperators say")
    assert article.text.endswith("rely on the service every day.")
    reasons = {r.text: r.reason for r in article.removed}
    assert reasons["THE HARBOUR CHRONICLE"] == "masthead"
    assert reasons["Home | News | Sport | Weather"] == "navigation"
    assert reasons["- Bridge repairs: what we know"] == "related links"
    assert reasons["Facebook | X | WhatsApp | Email"] == "share prompt"
    assert reasons["Valley Radio contributed to this report."] == "credit line"
    assert reasons["The Harbour Chronicle is a division of Bayside Media Group."] == "publisher note"


@pytest.mark.parametrize("header, author", [
    ("Megan Cole | Staff Writer", "Megan Cole"),
    ("Interview by Tom Baker", "Tom Baker"),
    ("Written by Ana Silva", "Ana Silva"),
    ("Priya Shah, Health Correspondent", "Priya Shah"),
])
def test_byline_shapes(header, author):
    text = f"Clinic opens late on Thursdays\n\n{header}\n\nThe town clinic will stay open until eight on Thursdays, staff said."
    article = load_text(text)
    assert article.meta.author == author
    assert header not in article.text


def test_headline_with_standfirst_is_not_a_masthead():
    text = ("Council Approves Budget\nMayor Hails Deal\n\n"
            "The council approved the budget on Tuesday by seven votes to two, ending months of argument.")
    article = load_text(text)
    assert article.removed == ()
    assert article.text.startswith("Council Approves Budget")


PRESS_RELEASE = """NEWS PROVIDED BY
Brightwater Foods Ltd.
March 12, 2025, 09:00 ET

Brightwater Foods Launches Oat Milk Line for Schools

DENVER, Colo., March 12, 2025 /Example Newswire/ -- Brightwater Foods Ltd. (NASDAQ: BWFD) today announced a new line of oat milk cartons for school canteens.

"Children deserve better breakfasts," said the company's chief executive.

Forward-Looking Statements

This release contains forward-looking statements. Actual results may differ materially.

Media Contact:
Lena Ortiz
press@brightwater.example
+1 303-555-0100

SOURCE Brightwater Foods Ltd."""


def test_press_release():
    article = load_text(PRESS_RELEASE)
    meta = article.meta
    assert meta.genre == "press release"
    assert meta.outlet == "Brightwater Foods Ltd."
    assert meta.date == "2025-03-12"
    assert meta.dateline == "DENVER"
    assert meta.title == "Brightwater Foods Launches Oat Milk Line for Schools"
    for furniture in ("NEWS PROVIDED BY", "press@brightwater.example", "Media Contact:", "Lena Ortiz",
                      "SOURCE Brightwater"):
        assert furniture not in article.text


def test_oped_disclaimer_moves_out_but_still_tells_the_genre():
    text = ("Why the library matters\n\nBy Ruth Lane\n\n"
            "The library is where this town meets. Closing it on Sundays saves little money.\n\n"
            "Ruth Lane is a retired teacher.\n\n"
            "The views expressed are the author's own and do not necessarily reflect those of this newspaper.")
    article = load_text(text)
    assert article.meta.genre == "opinion"
    assert "views expressed" not in article.text
    assert [r.reason for r in article.removed][-1] == "disclaimer"
