"""Evaluative flags on whole articles written for the tests: press release, op-ed, sports, wire, council."""

import pytest

from reader_app.analysis.evaluative import find_flags
from reader_app.analysis.sentences import split_sentences
from reader_app.analysis.tone import analyzer

PRESS = """ACME Robotics Unveils Next-Generation Warehouse Platform

SAN JOSE, Calif. – ACME Robotics, the industry-leading provider of warehouse automation, today announced the launch of Orbit 5, a cutting-edge platform that delivers unprecedented success for retailers of every size.

"We are thrilled to bring this game-changing technology to our customers," said chief executive Dana Whitfield. "Orbit 5 is truly revolutionary and will usher in a new era of speed and reliability."

Built on award-winning software, the platform integrates seamlessly with existing systems. The company's visionary leadership and tireless efforts have made it one of the most respected brands in the industry.
"""
OPED = """The council's shameful betrayal of renters

Make no mistake: the council's decision on Tuesday was a disgraceful giveaway to developers. Clearly, the so-called affordability plan is a sham, and everyone knows it.

The mayor's cronies insisted the scheme would help families. It will not. Innocent tenants, many of them elderly, face a heartbreaking choice between rent and medicine, while fat cats in glass towers celebrate.

Some say the market will correct itself. Undoubtedly, the opposite is true.
"""
SPORTS = """United sign striker in record deal

United have completed the signing of striker Marco Reyes from Porto for a fee of 80 million euros, the club said on Friday.

The 24-year-old, who scored 31 goals last season, signed a five-year contract. "He is an extraordinary talent and one of the best players in the world," manager Tom Hale told reporters.

Reyes reportedly turned down offers from two other clubs. He will wear the number 9 shirt and could make his debut against City on Sunday.
"""
WIRE = """Floods kill 12 in northern province

Floodwaters swept through villages in the northern province on Monday, killing at least 12 people and forcing thousands from their homes, officials said.

Rescue teams used boats to reach residents stranded on rooftops after two days of heavy rain caused the river to burst its banks, the provincial disaster agency said in a statement.

The agency said 3,400 people had been evacuated to schools and community halls. Power was cut to about 20,000 homes. The national weather service forecast more rain through Wednesday.

The provincial governor declared a state of emergency and asked the central government for assistance. Damage to roads and bridges was still being assessed, officials said.
"""
COUNCIL = """City council approves budget

The city council voted 7-2 on Tuesday to approve a $412 million budget for the coming fiscal year, including a 3 percent increase in property taxes.

Council member Ana Ruiz, who voted against the plan, said the tax increase would hurt homeowners on fixed incomes. Supporters said the money was needed to repair roads and hire 40 police officers.

The budget takes effect on July 1. The council will hold a public hearing on water rates next month.
"""
CONFLICT = [
    "Shelling killed 14 civilians and wounded dozens more in the eastern city on Sunday, officials said.",
    "Troops fired on protesters, killing three people, witnesses said.",
    "The war has killed thousands and displaced more than a million people since it began.",
    "Two soldiers died when their vehicle hit a landmine near the border.",
    "Peacekeepers reported heavy fighting overnight despite the ceasefire.",
    "Casualties rose to 40 after an airstrike hit a market, the health ministry said.",
    "Demining teams cleared 300 mines from farmland after the truce.",
    "The attack destroyed a school and damaged dozens of homes, police said.",
]


def flagged(text):
    return find_flags(text, split_sentences(text), [])


def test_press_release_puffery_is_flagged():
    texts = {f.text for f in flagged(PRESS) if f.category == "puffery"}
    assert {
        "industry-leading provider",
        "cutting-edge platform",
        "unprecedented success",
        "game-changing technology",
        "usher in a new era of speed and reliability",
        "award-winning software",
        "visionary leadership and tireless efforts",  # one coordinated-praise flag
        "one of the most respected brands in the industry",
    } <= texts


def test_op_ed_wording_is_flagged_by_category():
    got = {(f.text, f.category) for f in flagged(OPED)}
    assert {
        ("Make no mistake", "certainty"),
        ("disgraceful giveaway", "loaded"),  # giveaway is an economy label, the stronger class
        ("so-called affordability", "loaded"),
        ("cronies", "pejorative"),
        ("insisted", "reporting_verb"),
        ("heartbreaking choice", "emotive"),
        ("fat cats", "loaded"),
        ("Some say", "hedge"),
        ("Undoubtedly", "certainty"),
    } <= got


def test_sports_report_flags_only_the_praise_and_the_hedge():
    assert [f.text for f in flagged(SPORTS)] == [
        "extraordinary talent",
        "one of the best players in the world",
        "reportedly",
    ]


@pytest.mark.parametrize("text", [WIRE, COUNCIL], ids=["wire", "council"])
def test_neutral_news_gets_no_flags(text):
    assert flagged(text) == ()


@pytest.mark.parametrize("sentence", CONFLICT)
def test_conflict_reporting_is_not_stance(sentence):
    assert flagged(sentence) == ()


def test_vader_calls_most_conflict_sentences_negative():
    # The point of the test above: these are negative in sentiment, yet carry no evaluative wording.
    negative = [s for s in CONFLICT if analyzer().polarity_scores(s)["compound"] <= -0.05]
    assert len(negative) >= 4
