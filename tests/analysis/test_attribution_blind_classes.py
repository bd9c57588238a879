"""General failure classes from a blind evaluation, on invented text (schools, sport, courts, tabloids)."""

import pytest

from reader_app.analysis.attribution import find_attributions
from reader_app.analysis.sentences import split_sentences


def found(text):
    """(speaker, kind, joined content) for every attribution."""
    atts = find_attributions(text, split_sentences(text))
    return [(a.speaker, a.kind, " | ".join(c.text for c in a.content)) for a in atts]


def has(text, speaker, content):
    rows = found(text)
    assert any(s == speaker and content in c for s, _, c in rows), (
        f"{speaker!r}: {content!r} in {rows}"
    )


APPOSITIVE_AGE = [
    (
        "Omar Reyes, 61, a retired bus driver, said the new timetable left villages stranded.",
        "Omar Reyes",
        "the new timetable left villages stranded",
    ),
    (
        "Helen Park, 47, a nurse who has worked at the clinic since 2001, said staff were exhausted.",
        "Helen Park",
        "staff were exhausted",
    ),
    (
        (
            "Tariq Nasser, aged 29, a striker who joined from a rival club in May, said: "
            "\u201cI am here to win trophies.\u201d"
        ),
        "Tariq Nasser",
        "I am here to win trophies.",
    ),
]


@pytest.mark.parametrize("text,speaker,content", APPOSITIVE_AGE)
def test_name_with_age_and_apposition_before_said(text, speaker, content):
    has(text, speaker, content)


TABLOID_SINGLE = [
    (
        "\u2018Dan\u2019s bandmates are livid about it,\u2019 the insider said.",
        "insider",
        "Dan\u2019s bandmates are livid about it",
    ),
    (
        "\u2018They can\u2019t stand each other,\u2019 a pal said.",
        "pal",
        "They can\u2019t stand each other",
    ),
    (
        "\u2018She\u2019s heartbroken,\u2019 a confidant told the magazine.",
        "confidant",
        "She\u2019s heartbroken",
    ),
    (
        "A pal told the paper that the striker wanted a move abroad.",
        "pal",
        "the striker wanted a move abroad",
    ),
    (
        "Sources close to the couple said the wedding was off.",
        "Sources close to the couple",
        "the wedding was off",
    ),
]


@pytest.mark.parametrize("text,speaker,content", TABLOID_SINGLE)
def test_tabloid_single_quotes_and_unnamed_sources(text, speaker, content):
    has(text, speaker, content)


COURT = [
    (
        "Karl Webb, 36, of Hull, is accused of arson.\n\nHe denies all the charges.",
        "Karl Webb",
        "all the charges",
    ),
    (
        "Lucy Hart, 52, faces two counts of theft.\n\nShe told jurors she had never seen the ledger.",
        "Lucy Hart",
        "she had never seen the ledger",
    ),
    (
        "Prosecuting, Ruth Okoye told magistrates the van was stolen twice.",
        "Ruth Okoye",
        "the van was stolen twice",
    ),
    (
        "Defending, Simon Adeyemi said his client was deeply sorry.",
        "Simon Adeyemi",
        "his client was deeply sorry",
    ),
    (
        "Sam Cole, 29, denies burglary.\n\nHe told jurors: \u201cI was at home all night.\u201d",
        "Sam Cole",
        "I was at home all night.",
    ),
]


@pytest.mark.parametrize("text,speaker,content", COURT)
def test_court_reporting(text, speaker, content):
    has(text, speaker, content)


@pytest.mark.parametrize(
    "text,unwanted",
    [
        ("The request was refused, and he was denied access to the site.", "access to the site"),
        ("The tall man, 41, of Leeds, crossed the road.", "crossed the road"),
    ],
)
def test_no_speech_without_a_speaker(text, unwanted):
    assert not any(unwanted in c for _, _, c in found(text)), found(text)


QA_WITH_OUTLET_LABELS = [
    (
        (
            "Ines Carvalho is a novelist whose third book won a major prize.\n\n"
            "Folio: Why did you write it?\n\nIC: Because nobody else would.\n\n"
            "Folio: Was it hard?\n\nIC: Very. I rewrote it four times."
        ),
        "Ines Carvalho",
        ["Because nobody else would", "I rewrote it four times"],
    ),
    (
        (
            "John Mensah runs the city's food bank.\n\nQ: How busy are you?\n\n"
            "J.M.: Busier than ever.\n\nThe Post: Why is that?\n\nJ.M.: Rents keep rising."
        ),
        "John Mensah",
        ["Busier than ever", "Rents keep rising"],
    ),
    (
        (
            "Coach Dara Quinn spoke to us before the final.\n\nThe Herald: Are you nervous?\n\n"
            "DQ: Not at all.\n\nThe Herald: Who starts in goal?\n\nDQ: You will see on Saturday."
        ),
        "Dara Quinn",
        ["Not at all", "You will see on Saturday"],
    ),
]


@pytest.mark.parametrize("text,interviewee,answers", QA_WITH_OUTLET_LABELS)
def test_outlet_labelled_questions_and_initialled_answers(text, interviewee, answers):
    rows = found(text)
    for answer in answers:
        assert (interviewee, "interview") in [(s, k) for s, k, c in rows if answer in c], rows
    assert not any("?" in c for _, _, c in rows), rows  # questions are nobody's claims
    assert not any(s in ("Folio", "The Post", "The Herald", "Q") for s, _, _ in rows), rows


UNNAMED = [
    (
        "It is understood that the club rejected a second bid.",
        "unnamed source",
        "the club rejected a second bid",
    ),
    (
        "The chef, it is understood, plans to open a second restaurant.",
        "unnamed source",
        "plans to open a second restaurant",
    ),
    (
        "The court heard that the lorry was travelling at 70mph.",
        "court",
        "the lorry was travelling at 70mph",
    ),
    (
        "Jurors were told the fire started in a bin store.",
        "court",
        "the fire started in a bin store",
    ),
    (
        "The inquest heard the pilot had flown the route many times.",
        "inquest",
        "the pilot had flown the route many times",
    ),
]


@pytest.mark.parametrize("text,speaker,content", UNNAMED)
def test_unnamed_and_court_sources(text, speaker, content):
    has(text, speaker, content)


def test_set_phrase_inside_a_quote_is_the_quoted_speaker():
    text = "\u201cIt is understood that we will lose staff,\u201d said the manager, Ann Cole."
    assert [s for s, _, _ in found(text)] == ["Ann Cole"]


PRONOUN_NOT_ORGANISATION = [
    (
        (
            "Ben Ode said the arrests were illegal. Human Rights Watch called for an inquiry.\n\n"
            "He said families were still waiting."
        ),
        "families were still waiting",
    ),
    (
        (
            "Ben Ode said the pitch was unsafe. The Players Union called for a review.\n\n"
            "He said nobody had listened."
        ),
        "nobody had listened",
    ),
    (
        (
            "Ben Ode said the levee failed. The Flood Relief Foundation called for funds.\n\n"
            "\u201cWe were abandoned,\u201d he said."
        ),
        "We were abandoned",
    ),
]


@pytest.mark.parametrize("text,content", PRONOUN_NOT_ORGANISATION)
def test_he_resolves_to_a_person_not_an_organisation(text, content):
    has(text, "Ben Ode", content)


SOURCE_AT_THE_END = [
    (
        "Profits fell by a third, the company said in a statement released on Friday.",
        "company",
        "Profits fell by a third",
    ),
    (
        "Two bridges were closed, the council said in a notice posted on its website.",
        "council",
        "Two bridges were closed",
    ),
    (
        (
            "Floodwaters reached the second floor of the hospital overnight, forcing staff to move "
            "200 patients to a school gym on higher ground, the agency reported."
        ),
        "agency",
        "forcing staff to move 200 patients",
    ),
]


@pytest.mark.parametrize("text,speaker,content", SOURCE_AT_THE_END)
def test_source_tag_at_the_end_of_a_long_sentence(text, speaker, content):
    has(text, speaker, content)
    assert not any(c.startswith(("released", "posted")) for _, _, c in found(text))


HEDGES = [
    ("The goalkeeper is said to be unhappy with his contract.", "is said to be unhappy"),
    ("The bakery chain has reportedly closed twelve shops.", "has reportedly closed twelve shops"),
    ("The two ministers were said to have argued for an hour.", "were said to have argued"),
]


@pytest.mark.parametrize("text,content", HEDGES)
def test_hedged_claims_belong_to_an_unnamed_source(text, content):
    has(text, "unnamed source", content)


def test_a_hedge_inside_a_named_report_adds_no_second_source():
    text = "The mayor said the contractor had reportedly missed three deadlines."
    assert [s for s, _, _ in found(text)] == ["mayor"]


def test_a_hedge_inside_an_interview_question_is_nobodys_claim():
    text = (
        "Rosa Lind runs the harbour trust.\n\nQ: The port is said to be losing money. Is it?\n\n"
        "A: No. We made a profit last year.\n\nQ: Will you expand?\n\nA: Yes, next spring."
    )
    rows = found(text)
    assert not any("losing money" in c for _, _, c in rows), rows
    assert ("Rosa Lind", "interview") in [(s, k) for s, k, c in rows if "profit" in c], rows


HEADLINE_TAGS = [
    (
        "Care home owner ignored warnings, inquest hears\n\nThe owner of a care home ignored warnings.",
        "inquest",
        "Care home owner ignored warnings",
    ),
    (
        "Teenager stole car to visit girlfriend, jury told\n\nA teenager stole a car in March.",
        "court",
        "Teenager stole car to visit girlfriend",
    ),
]


@pytest.mark.parametrize("text,speaker,content", HEADLINE_TAGS)
def test_court_headline_tag(text, speaker, content):
    has(text, speaker, content)


def test_two_sources_for_the_same_words_do_not_crash():
    text = (
        "Driver was on his phone, court told.\n\nThe court heard that he was texting at the time."
    )
    has(text, "court", "he was texting at the time")


QUOTE_OVER_PARAGRAPHS = [
    (
        (
            "Dr Maya Singh runs the children's ward.\n\n\u201cWe need more nurses. Staff have said so "
            "for years.\n\n\u201cThe rota does not work,\u201d she said."
        ),
        "Maya Singh",
        "The rota does not work",
    ),
    (
        (
            "Tom Vance coaches the under-12s.\n\n\u201cThe pitch floods every winter.\n\n"
            "\u201cWe train in a car park,\u201d he said."
        ),
        "Tom Vance",
        "The pitch floods every winter.",
    ),
]


@pytest.mark.parametrize("text,speaker,content", QUOTE_OVER_PARAGRAPHS)
def test_quote_over_paragraphs_with_a_pronoun_tag(text, speaker, content):
    has(text, speaker, content)


PLURAL_POSSESSIVE_IN_SINGLE_QUOTES = [
    (
        "\u2018The players\u2019 union is furious about it,\u2019 the source said.",
        "source",
        "The players\u2019 union is furious about it",
    ),
    (
        "\u2018The Joneses\u2019 house was empty for weeks,\u2019 a neighbour said.",
        "neighbour",
        "The Joneses\u2019 house was empty for weeks",
    ),
    (
        "\u2018It is over,\u2019 the pal said. \u2018The twins\u2019 mother knows.\u2019",
        "pal",
        "The twins\u2019 mother knows.",
    ),
]


@pytest.mark.parametrize("text,speaker,content", PLURAL_POSSESSIVE_IN_SINGLE_QUOTES)
def test_plural_possessive_does_not_close_a_single_quote(text, speaker, content):
    has(text, speaker, content)


INVERTED_TAG_WITH_TIME_CLAUSE = [
    ("\u2018We won,\u2019 said the captain as the fans cheered.", "captain", "We won"),
    ("\u201cWe lost our way,\u201d said Ana Ruiz after the game.", "Ana Ruiz", "We lost our way"),
    (
        "The river burst its banks overnight, said the mayor while touring the area.",
        "mayor",
        "The river burst its banks overnight",
    ),
]


@pytest.mark.parametrize("text,speaker,content", INVERTED_TAG_WITH_TIME_CLAUSE)
def test_inverted_tag_followed_by_a_time_clause(text, speaker, content):
    has(text, speaker, content)
