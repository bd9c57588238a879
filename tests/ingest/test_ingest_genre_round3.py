"""Interview notes and credits, explainers (question subheads, 'Key questions' boxes), and the paper's own view."""

import pytest

from reader_app.ingest import load_text

LEAD = "The city council voted on Tuesday to approve three new bus lanes, officials said."


@pytest.mark.parametrize("text,genre", [
    ("The novelist on fame and failure\n\nJane Doe has written nine novels. We met in her kitchen.\n\n"
     "You said writing got harder. Why?\n\nBecause I know more now.\n\n"
     "This interview has been edited for length and clarity.", "interview"),
    ("The coach on his first season\n\nInterview by Jane Doe\n\nThe coach arrived in June and has won "
     "ten games, the club said.\n\nHe said the squad had surprised him.", "interview"),
    ("Why are floods getting worse?\n\nRivers across the region burst their banks this week, officials said.\n\n"
     "How bad is it?\n\nMore than 400 homes were flooded, the agency said.\n\n"
     "Why now?\n\nTwo months of rain fell in two days, forecasters said.", "explainer"),
    ("Strikes spread to rail network\n\nRail workers walked out on Monday, the union said.\n\n"
     "KEY QUESTIONS\n\nThe union said talks would resume next week.", "explainer"),
    ("Strikes spread to rail network\n\nRail workers walked out on Monday, the union said.\n\n"
     "What we know\n\nThe union said talks would resume next week.", "explainer"),
    ("Our view: The council must publish the bridge report\n\n"
     "The council has kept the report secret for a year. It should publish it now.", "editorial"),
])
def test_genre(text, genre):
    assert load_text(text).meta.genre == genre


@pytest.mark.parametrize("text", [
    # quoted questions and a question headline are not explainer subheads
    f"Council approves new bus lanes\n\n{LEAD}\n\n\"Why now?\" asked one trader. \"What about us?\"\n\n"
    "The council said the lanes would open in May.",
    f"Will the bus lanes work?\n\n{LEAD}\n\nWho pays?\n\nThe council said the lanes would open in May.",
    # police interviewed people: not an interview credit
    f"Council approves new bus lanes\n\n{LEAD}\n\nWitnesses were interviewed by police on Monday, officers said.",
])
def test_news_stays_news(text):
    assert load_text(text).meta.genre == "news"
