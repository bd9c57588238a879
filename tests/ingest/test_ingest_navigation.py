"""Navigation bars (menu rows) are furniture; a masthead under them is still found, and the headline below is the title."""

import pytest

from reader_app.ingest import load_text
from reader_app.ingest.navigation import nav_bar

BODY = """By Jane Doe
14 June 2024
The city council voted on Tuesday to approve three new bus lanes, officials said.
Traders said the plan would hurt business on the high street.
"We are disappointed," said shop owner Mark Hill."""


@pytest.mark.parametrize("line,expected", [
    ("World  Europe  Business  Science  Opinion  Sport", True),
    ("Home  News  Video  Sounds", True),
    ("Reviews  Guides  Deals  How-To  Podcasts", True),
    ("Reviews • Guides • Deals • How-To • Podcasts", True),
    ("Home · World · Science & Environment · Sport", True),
    ("Scores\tFixtures\tTables\tTransfers", True),
    ("Home  News  Sport", False),  # three items: too few to be sure
    ("Arsenal  12  8  3  1", False),  # a table row of figures
    ("The council voted  on Tuesday. It said  no.", False),
    ("Budget 2024 | What it means for you", False),
    ("Goals: 3  Assists: 2  Shots: 5  Cards: 1", False),
    ("home  news  video  sounds", False),
])
def test_nav_bar(line, expected):
    assert nav_bar(line) is expected


@pytest.mark.parametrize("top,title,outlet", [
    ("Home  News  Video  Sounds  Sport\nWorld  Europe  Business  Science  Opinion\n"
     "THE LAKESIDE CHRONICLE\nCrime & Courts",
     "Council approves new bus lanes despite traders' protests", "The Lakeside Chronicle"),
    ("Reviews • Guides • Deals • How-To • Podcasts\nThe Harbour Gazette\nLocal",
     "Council approves new bus lanes despite traders' protests", "The Harbour Gazette"),
    ("Home  Politics  Economy  Culture  Sport",
     "Council approves new bus lanes despite traders' protests", None),
])
def test_nav_bar_is_never_the_title(top, title, outlet):
    article = load_text(f"{top}\nCouncil approves new bus lanes despite traders' protests\n{BODY}")
    assert article.meta.title == title
    if outlet:
        assert article.meta.outlet == outlet
    assert "Home" not in article.text.split("\n")[0]
    assert any(r.reason == "navigation" for r in article.removed)


NOVEL = ("Why the novel still matters in a distracted age\nBy Jane Doe\n"
         "Novels are selling more copies than a decade ago, publishers say.\n\"Readers want depth,\" said one editor.")


@pytest.mark.parametrize("masthead,tagline", [
    ("The Meridian Review", "The journal of books, film and music"),
    ("The Coast Monitor", "West Africa and the coast, in translation"),
    ("VALLEY VOICE", "News, views and sport from the valley"),
])
def test_tagline_under_masthead(masthead, tagline):
    article = load_text(f"{masthead}\n{tagline}\n{NOVEL}")
    assert article.meta.title == "Why the novel still matters in a distracted age"
    assert {r.text: r.reason for r in article.removed}.get(tagline) == "masthead"



LANES = ("Council approves new bus lanes despite traders' protests on the high street\nBy Jane Doe\n"
         "The city council voted on Tuesday to approve three new bus lanes, officials said.\n"
         "\"We are disappointed,\" said shop owner Mark Hill.\nCopyright 2024 Example Media Inc. All rights reserved.")


@pytest.mark.parametrize("top,outlet", [
    ("TECHWIRE", "Techwire"),
    ("The Lakeside Chronicle", "The Lakeside Chronicle"),
    ("Jane Doe", "Example Media Inc"),  # a name above the headline is no masthead
    ("Opinion", "Example Media Inc"),  # a genre label neither
])
def test_lone_masthead_beats_copyright_holder(top, outlet):
    article = load_text(f"{top}\n{LANES}")
    assert article.meta.title == "Council approves new bus lanes despite traders' protests on the high street"
    assert article.meta.outlet == outlet
