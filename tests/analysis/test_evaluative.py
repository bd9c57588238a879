"""Evaluative flags: list matches, rules, neutral terms, voice, on varied text written for the tests."""

import pytest

from reader_app.analysis.evaluative import find_flags
from reader_app.analysis.sentences import split_sentences
from reader_app.model import FLAG_CATEGORIES


def flags(text, regions=()):
    return find_flags(text, split_sentences(text), regions)


def texts(text, regions=()):
    return [(f.text, f.category) for f in flags(text, regions)]


@pytest.mark.parametrize(
    "text, phrase, category",
    [
        (
            "The firm unveiled its world-class platform on Monday.",
            "world-class platform",
            "puffery",
        ),
        ("Police said thugs smashed the windows.", "thugs", "pejorative"),
        ("The brutal beating left him in hospital.", "brutal beating", "pejorative"),
        ("He denounced the vicious ideology of the group.", "vicious ideology", "pejorative"),
        ("The army looted and plundered the villages.", "plundered", "pejorative"),
        ("Officials repeated that the estate tax is a death tax.", "death tax", "loaded"),
        ("The rally drew pro-life activists.", "pro-life", "loaded"),
        ("The heartbreaking scenes shocked viewers.", "heartbreaking scenes", "emotive"),
        ("The storm wreaked havoc on the coast.", "wreaked havoc", "emotive"),
        ("His Excellency the ambassador arrived.", "His Excellency", "honorific"),
        ("Undoubtedly, the plan will work.", "Undoubtedly", "certainty"),
        ("It's no secret that the mayor wants a second term.", "It's no secret", "certainty"),
        ("The bridge was massively damaged.", "massively damaged", "certainty"),
        ("The minister reportedly resigned.", "reportedly", "hedge"),
        ("Some say the deal is dead.", "Some say", "hedge"),
        ("The senator admitted that he voted for it.", "admitted", "reporting_verb"),
        ("The chief executive claimed the merger saved jobs.", "claimed", "reporting_verb"),
        ("The minister conceded the target was missed.", "conceded", "reporting_verb"),
        ("Sanctions hit the military regime hard.", "military regime", "loaded"),
        ("Officials called the gunmen terrorists.", "terrorists", "loaded"),
        ("The ad blamed illegal immigrants for crime.", "illegal immigrants", "loaded"),
        ("The Honourable member for the north rose.", "The Honourable member", "honorific"),
        ("Our esteemed guests arrived late.", "esteemed guests", "honorific"),
        ("Sources say the talks collapsed.", "Sources say", "hedge"),
        ("Critics claim the test was rigged.", "Critics claim", "hedge"),
        ("It seems the vote will be delayed.", "It seems", "hedge"),
        ("The results were clearly wrong.", "clearly", "certainty"),
        ("Yobs smashed the bus shelter.", "Yobs", "pejorative"),
        ("The therapy was hailed as a miracle cure.", "miracle cure", "puffery"),
    ],
)
def test_list_entries_are_flagged(text, phrase, category):
    assert (phrase, category) in texts(text)


@pytest.mark.parametrize(
    "text, phrase",
    [
        (
            "The club hailed her as the most admired coach in the league.",
            "the most admired coach in the league",
        ),
        (
            "It is one of the finest museums in the country.",
            "one of the finest museums in the country",
        ),
        ("Fans call him the best player in the world.", "the best player in the world"),
        (
            "The deal will usher in a new era of growth and jobs, the mayor said.",
            "usher in a new era of growth and jobs",
        ),
        (
            "The courage, wisdom and tireless service of the nurses saved lives.",
            "courage, wisdom and tireless service",
        ),
        (
            "The town was liberated from the 40-year-old foreign occupation last spring.",
            "liberated from the 40-year-old foreign occupation",
        ),
        ("The region suffered under illegal military occupation.", "illegal military occupation"),
    ],
)
def test_rules_flag_whole_phrases(text, phrase):
    assert phrase in [f.text for f in flags(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The best way to reach the stadium is by train.",
        "The greatest threat to the harvest is drought.",
        "Gross domestic product rose 2 percent in the quarter.",
        "Special forces secured the airport.",
        "The company said outstanding debt fell to $2 billion.",
        "The state of emergency was lifted after the ceasefire.",
        "Troops withdrew and peacekeepers began demining the area.",
        "Shelling killed 12 people and wounded 30, officials said.",
    ],
)
def test_plain_reporting_gets_no_flags(text):
    assert flags(text) == ()


def test_voice_follows_quoted_regions():
    text = 'The mayor called it "a brutal decision" and it was brutal too.'
    inner = text.index("a brutal")
    out = flags(text, [(inner, inner + len("a brutal decision"))])
    assert [(f.text, f.voice) for f in out] == [("brutal decision", "quoted"), ("brutal", "author")]


def test_flags_carry_offsets_reason_and_entry():
    text = "Critics say the brutal regime plundered the treasury."
    for f in flags(text):
        assert text[f.start : f.end] == f.text
        assert f.category in FLAG_CATEGORIES
        assert f.reason and f.entry
    brutal = next(f for f in flags(text) if "brutal" in f.text)
    assert "'brutal' is in the pejorative list" in brutal.reason


@pytest.mark.parametrize(
    "text",
    [
        "Questions about his honesty were raised.",  # one praise noun is not a list of praise
        "The courage of the crew was never in doubt.",
    ],
)
def test_coordinated_praise_needs_two_praise_members(text):
    assert not any(f.entry == "rule:coordinated_praise" for f in flags(text))


def test_neutral_terms_win_over_user_entries(tmp_path):
    from reader_app.analysis.lexicon import add_user_entry, load_lexicon

    add_user_entry("war", "emotive", "testing", user_dir=tmp_path)
    add_user_entry("ceasefire", "loaded", "testing", user_dir=tmp_path)
    text = "The war ended with a ceasefire."
    assert find_flags(text, split_sentences(text), [], load_lexicon(tmp_path)) == ()


def test_flags_stay_inside_their_sentence():
    text = "The plan was brutal. Arrests followed."
    assert [f.text for f in flags(text)] == ["brutal"]


def test_empty_and_sentence_less_text():
    assert find_flags("", [], []) == ()
    assert [f.text for f in find_flags("a visionary plan", [], [])] == ["visionary plan"]
