"""Names with lower-case particles ('Pieter de Vries', 'Jan van der Berg') in every quote shape."""

import pytest

from reader_app.analysis.attribution import find_attributions
from reader_app.analysis.attribution_clauses import verbs_in
from reader_app.analysis.attribution_phrases import read_phrase
from reader_app.analysis.sentences import split_sentences
from reader_app.model import Metadata


def found(text):
    """(speaker, kind, joined content) for every attribution."""
    return [
        (a.speaker, a.kind, " | ".join(c.text for c in a.content))
        for a in find_attributions(text, split_sentences(text), Metadata())
    ]


def has(text, speaker, content, kind=None):
    rows = found(text)
    ok = any(s == speaker and content in c and (kind is None or k == kind) for s, k, c in rows)
    assert ok, f"wanted {speaker!r}: {content!r} ({kind}) in {rows}"

# full name, a later surname-only mention (mid-sentence spelling)
NAMES = [
    ("Pieter de Vries", "de Vries"),
    ("Ludwig van Beethoven", "Van Beethoven"),
    ("Maria dos Santos", "dos Santos"),
    ("Jan van der Berg", "van der Berg"),
    ("Erik ten Hag", "ten Hag"),
    ("Ana da Silva", "da Silva"),
    ("Bashar al-Assad", "al-Assad"),
    ("Khalid bin Walid", "bin Walid"),
    ("José Ortega y Gasset", "Ortega y Gasset"),
]

QUOTE = "The budget is fixed"
DIRECT_SHAPES = [
    '"The budget is fixed," {full} told reporters.',
    '"The budget is fixed," said {full}.',
    '"The budget is fixed," said {full}, the council leader.',
    '"The budget is fixed," council leader {full} told reporters outside the town hall.',
    '{full} said: "The budget is fixed."',
    '{full}, the council leader, opened the meeting. "The budget is fixed," {surname} said.',
    '{full}, the council leader, opened the meeting. "The budget is fixed," said {surname}.',
]
INDIRECT_SHAPES = [
    "{full} said on Tuesday that the budget was fixed.",
    "{full}, a council member, said the budget was fixed.",
    "Council leader {full} said the budget was fixed.",
    "{full} opened the meeting. Later {surname} said the budget was fixed.",
    "{full} opened the meeting. {Surname} said the budget was fixed.",
]


def _fill(shape, full, surname):
    return shape.format(full=full, surname=surname, Surname=surname[0].upper() + surname[1:])


@pytest.mark.parametrize("full,surname", NAMES)
@pytest.mark.parametrize("shape", DIRECT_SHAPES)
def test_direct_quote_keeps_a_particle_name(shape, full, surname):
    has(_fill(shape, full, surname), full, QUOTE, kind="direct")


@pytest.mark.parametrize("full,surname", NAMES)
@pytest.mark.parametrize("shape", INDIRECT_SHAPES)
def test_reported_speech_keeps_a_particle_name(shape, full, surname):
    has(_fill(shape, full, surname), full, "the budget was fixed", kind="indirect")


@pytest.mark.parametrize(
    "phrase,expected",
    [
        ("union leader Pieter de Vries", ("Pieter", "de", "Vries")),
        ("Jan van der Berg", ("Jan", "van", "der", "Berg")),
        ("Mayor Maria dos Santos", ("Maria", "dos", "Santos")),
        ("the coach Pieter Vries", ("Pieter", "Vries")),
        ("Bashar al-Assad", ("Bashar", "al-Assad")),
    ],
)
def test_name_phrase_keeps_its_particles(phrase, expected):
    got = read_phrase(phrase, 0, len(phrase))
    assert got is not None and got.kind == "name" and got.name == expected


@pytest.mark.parametrize("phrase", ["Pieter de", "de", "van der", "the plan of de"])
def test_a_particle_never_ends_or_makes_a_name(phrase):
    got = read_phrase(phrase, 0, len(phrase))
    assert got is None or got.kind != "name" or got.name[-1][0].isupper()


def test_two_particle_names_in_one_story_stay_apart():
    text = (
        "Pieter de Vries, the union leader, and Anna de Boer, the port's director, met on Monday. "
        '"We are far apart," de Boer said. "We will not move," said de Vries.'
    )
    has(text, "Anna de Boer", "We are far apart", kind="direct")
    has(text, "Pieter de Vries", "We will not move", kind="direct")
    assert not any(s in ("Vries", "Boer", "de") for s, _, _ in found(text))


@pytest.mark.parametrize(
    "text,speaker,content",
    [
        (
            "The port's chief executive, Anna Smit, said the union's demands were "
            '"completely unrealistic" and warned that the stoppage could cost millions.',
            "Anna Smit",
            "the stoppage could cost millions",
        ),
        (
            "Club chairman Tom Reed said the players' claims were exaggerated.",
            "Tom Reed",
            "the players' claims were exaggerated",
        ),
        (
            "Mayor Carla Reyes said the council's reports showed a deficit.",
            "Carla Reyes",
            "the council's reports showed a deficit",
        ),
    ],
)
def test_a_word_after_a_possessive_is_no_reporting_verb(text, speaker, content):
    has(text, speaker, content, kind="indirect")
    rows = found(text)
    assert all(s == speaker for s, _, _ in rows), rows


@pytest.mark.parametrize(
    "text,verb",
    [
        ("It's claimed that the dam was never inspected.", "claimed"),
        ("He's said the budget was fixed.", "said"),
        ("The union's demands were unrealistic.", None),
        ("The ministers' claims were false.", None),
    ],
)
def test_a_contraction_keeps_its_verb_and_a_possessive_makes_a_noun(text, verb):
    got = [text[a:b] for a, b, _ in verbs_in(text, 0, len(text), labels=True)]
    assert got == ([verb] if verb else [])
