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


TURNS = ("The coach on his first season\n\nThe coach arrived in June and has won ten games. "
         "We spoke at the training ground.\n\n{a}: How has the first season gone?\n\n"
         "{b}: Better than I hoped. The squad surprised me.\n\n{a}: What about the fans?\n\n"
         "{b}: They have been patient with us, and I am grateful.")


@pytest.mark.parametrize("a,b", [("Jane Doe", "Tom Hale"), ("Doe", "Hale"), ("JD", "TH")])
def test_named_turns_make_an_interview(a, b):
    assert load_text(TURNS.format(a=a, b=b)).meta.genre == "interview"


def test_repeated_update_labels_are_not_turns():
    text = (f"Council approves new bus lanes\n\n{LEAD}\n\nUpdate: The council said the lanes would open in May.\n\n"
            "Note: The vote was seven to two.\n\nUpdate: Traders said they would appeal.\n\n"
            "Note: The council meets again in June.")
    assert load_text(text).meta.genre != "interview"
