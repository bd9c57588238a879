"""Speaker phrases, spelling variants and the people registry behind attribution."""

import pytest

from reader_app.analysis.attribution_lexicon import reporting_verbs, verb_connotation
from reader_app.analysis.attribution_phrases import read_phrase
from reader_app.analysis.quotes import find_quotes
from reader_app.analysis.speakers import Registry, same_surname


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("Johnson", "Jonson", True),  # one letter dropped
        ("Kowalczyk", "Kowalcyzk", True),  # two letters swapped in a long name
        ("Tran", "Tram", False),  # short names: a different letter is a different name
        ("Smith", "Smyth", True),
        ("Miller", "Muller", True),
        ("Brown", "Crown", False),  # first letter differs
        ("Peterson", "Patterson", False),  # three edits
        ("Lee", "Lee", True),
    ],
)
def test_near_identical_surnames(a, b, same):
    assert same_surname(a, b) is same


@pytest.mark.parametrize(
    "phrase,kind,expected",
    [
        ("Mayor Carla Reyes", "name", ("Carla", "Reyes")),
        ("Deputy Health Minister Omar Haddad", "name", ("Omar", "Haddad")),
        ("the country's envoy to Japan Lucy Hart", "name", ("Lucy", "Hart")),
        ("Dr. Amit Rao", "name", ("Amit", "Rao")),
        ("the ambassador", "role", ()),
        ("the club's head coach", "role", ()),
        ("The 64-year-old", "descriptor", ()),
        ("Local residents", "group", ()),
        ("the Finance Ministry", "organisation", ()),
        ("the transit authority", "organisation", ()),
        ("Reuters", "outlet", ()),
        ("she", "pronoun", ()),
    ],
)
def test_reading_a_speaker_phrase(phrase, kind, expected):
    read = read_phrase(phrase, 0, len(phrase))
    assert read is not None and read.kind == kind
    assert read.name == expected


def test_phrase_must_end_at_the_verb():
    text = "The storm closed the port"
    assert read_phrase(text, 0, len(text)) is None


def test_registry_keeps_the_first_full_name_and_merges_spellings():
    text = (
        "Club chairman Roberto Mancinelli met Mayor Tim Ross. Mancineli said the stadium would stay. "
        "Ambassador Paul Chen arrived later."
    )
    reg = Registry(text)
    person = reg.find_name(("Mancineli",), text.index("Mancineli said"))
    assert person is not None and person.canonical == "Roberto Mancinelli"
    assert "chairman" in person.roles
    assert reg.find_name(("Ross",), 0).canonical == "Tim Ross"


def test_role_mentions_prefer_the_matching_role_then_recency():
    from reader_app.analysis.attribution_phrases import read_phrase as rp

    text = "Ambassador Paul Chen met Governor Lisa Grant. Later the ambassador spoke."
    reg = Registry(text)
    mention = rp(text, text.index("the ambassador"), text.index(" spoke"))
    assert reg.find_role(mention, mention.start).canonical == "Paul Chen"


def test_quotes_curly_straight_single_and_apostrophes():
    text = 'He called it \u2018a turning point\u2019 and the team\u2019s \u201cbest season\u201d ever, "truly".'
    found = [text[a:b] for q in find_quotes(text) for a, b in q.segments]
    assert found == ["a turning point", "best season", "truly"]


@pytest.mark.parametrize(
    "verb,connotation",
    [
        ("said", "neutral"),
        ("told", "neutral"),
        ("claimed", "loaded"),
        ("admitted", "loaded"),
        ("insisted", "loaded"),
        ("alleged", "loaded"),
        ("stressed", "emphatic"),
        ("pointed out", "neutral"),
        ("ate", None),
    ],
)
def test_verb_connotation_is_data(verb, connotation):
    assert verb_connotation(verb) == connotation


def test_every_verb_has_a_note_and_a_known_frame():
    frames = {
        "clause",
        "tell",
        "that",
        "commit",
        "object",
        "stance",
        "relay",
        "tag",
        "participle",
        "label",
    }
    for verb in reporting_verbs().values():
        assert (
            verb.note
            and verb.frame in frames
            and verb.connotation in {"neutral", "emphatic", "loaded"}
        )
