"""Round-3 classes: tabloid, editorial, state-media, court-quote and review wording; plain copy stays clean."""

import pytest

from reader_app.analysis.evaluative import find_flags
from reader_app.analysis.sentences import split_sentences


def _flags(text):
    return find_flags(text, split_sentences(text), ())



@pytest.mark.parametrize(
    ("text", "phrase", "category"),
    [
        ("The pop princess arrived at the premiere with a mystery brunette.", "pop princess", "emotive"),
        ("The pop princess arrived at the premiere with a mystery brunette.", "mystery brunette", "emotive"),
        ("Friends say the singer is in pieces after the shock split.", "shock split", "emotive"),
        ("Friends say the singer is in pieces after the shock split.", "is in pieces", "emotive"),
        ("The loved-up pair were spotted in a cafe.", "loved-up", "emotive"),
        ("The striker was left humiliated by the jeers.", "humiliated", "emotive"),
        ("Fame has gone to his head, a former bandmate claimed.", "gone to his head", "pejorative"),
        ("The chart-topping band threw a lavish party at the villa.", "chart-topping", "puffery"),
        ("The chart-topping band threw a lavish party at the villa.", "lavish", "puffery"),
        ("The actor rocketed to fame after one advert.", "rocketed to fame", "puffery"),
        ("Cutting the library budget is a false economy.", "false economy", "pejorative"),
        ("The ministry's response was too little, too late.", "too little, too late", "pejorative"),
        ("Nobody disputes that the tram line is over budget.", "nobody disputes", "certainty"),
        ("The effect is plain: fewer buses, longer waits.", "the effect is plain", "certainty"),
        ("This is especially troubling for small farms.", "especially troubling", "certainty"),
        ("The vote showed the political maturity of the nation.", "political maturity", "puffery"),
        ("Police acted with utmost restraint, the ministry said.", "utmost restraint", "puffery"),
        ("The agency denied false and tendentious information spread by pages hostile to the state.", "tendentious", "pejorative"),
        ("The agency denied false and tendentious information spread by pages hostile to the state.", "pages hostile to", "loaded"),
        ("The count was orderly and transparent throughout.", "orderly and transparent", "puffery"),
        ("The treasurer siphoned funds from the club account.", "siphoned", "pejorative"),
        ("The new camera is razor-sharp and works like magic.", "razor-sharp", "puffery"),
        ("The new camera is razor-sharp and works like magic.", "works like magic", "puffery"),
        ("The menus feel clunky on the smaller model.", "clunky", "pejorative"),
        ("It is the most important product we have ever made.", "we have ever made", "puffery"),
        ("The row cast a shadow over the summit.", "cast a shadow over", "emotive"),
        ("The new rules heavily favoured incumbents, the report found.", "heavily favoured", "loaded"),
        ("The rollout was a disaster for commuters.", "was a disaster", "emotive"),
        ("The board has absolute faith in the coach.", "absolute faith", "certainty"),
        ("The wannabe influencer threw a tantrum at the airport.", "tantrum", "pejorative"),
        ("The move is self-defeating and saves little and destroys much.", "saves little and destroys much", "pejorative"),
        ("Cameras showed the A-lister cosied up to her toyboy.", "toyboy", "pejorative"),
        ("It is a joy to use, and the menus are buttery smooth.", "buttery smooth", "puffery"),
        ("Voters backed reform, dignity and prosperity, the agency said.", "dignity and prosperity", "puffery"),
    ],
)
def test_round3_wording_is_flagged(text, phrase, category):
    hits = [f for f in _flags(text) if phrase.lower() in f.text.lower()]
    assert hits, f"{phrase!r} not flagged in {text!r}"
    assert any(f.category == category for f in hits)


@pytest.mark.parametrize(
    "text",
    [
        "Farmers expect a bumper harvest after the spring rains, the ministry said.",
        "The home side are heavily favoured to win on Saturday, bookmakers said.",
        "The vase was found in pieces? No: it was smashed into fragments, police said.",
        "The government declared a disaster area after the floods on Monday.",
        "Police asked residents to report suspicious packages near the station.",
        "The council voted 7-2 on Tuesday to raise parking fees by 5 percent.",
        "The company said it had made 3,000 cars in March, up from 2,400 a year earlier.",
        "Officials said the transition of power would take place in January.",
        "The project has been delayed and the mayor has been asked to testify.",
        "To print, tap an icon at the top of the screen.",
        "The report gave a list of 40 schools that will close in June.",
        "There was too little, and it came too late, the report said.",
    ],
)
def test_round3_plain_copy_has_no_new_flags(text):
    assert not _flags(text), [f.text for f in _flags(text)]


@pytest.mark.parametrize(
    ("text", "phrase", "voice"),
    [
        ("Friends said: \u2018She is devastated and in pieces.\u2019 The band\u2019s team declined to comment.", "devastated", "quoted"),
        ("A source said the star was \u2018absolutely heartbroken\u2019, adding the pair\u2019s split hurt.", "heartbroken", "quoted"),
        ("I was genuinely excited by the razor-sharp screen.", "razor-sharp", "author"),
        ("Voters backed reform, dignity and prosperity, the agency said.", "dignity and prosperity", "author"),
    ],
)
def test_round3_voice(text, phrase, voice):
    hits = [f for f in _flags(text) if phrase in f.text]
    assert hits and hits[0].voice == voice, [(f.text, f.voice) for f in _flags(text)]
