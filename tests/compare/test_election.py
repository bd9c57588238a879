"""Election coverage from two invented outlets: events align by kind, figures of one kind are compared."""

import pytest
from fixtures import article, bare_analysis

from reader_app.compare import compare_articles

WIRE = (
    "Official results announced on Sunday gave the ruling Union Party 118 seats in the assembly. "
    "Turnout was 41.2 percent, the electoral commission said. "
    "Opposition leader Karim Dalloul said his party would appeal the results. "
    "International observers said the vote was orderly. "
    "The new parliament will hold its first session on March 20."
)
DAILY = (
    "The party of the president won 124 seats in Sunday's parliamentary election, officials announced. "
    "Participation reached 47.3 percent of registered voters. "
    "Karim Dalloul, who leads the opposition, vowed to challenge the outcome in court. "
    "Monitors from the regional observer mission praised the calm polling. "
    "Lawmakers will convene for the inaugural session on March 20."
)


@pytest.fixture(scope="module")
def election():
    arts = (article("wire", WIRE, outlet="Harbour Wire"), article("daily", DAILY, outlet="Capital Daily"))
    return compare_articles([(a, bare_analysis(a)) for a in arts])


def _group(c, article_id, fragment):
    for e in c.events:
        if any(m.article == article_id and fragment in m.text for m in e.mentions):
            return {m.article: m.text for m in e.mentions}
    return {}


@pytest.mark.parametrize(
    ("wire_fragment", "daily_fragment"),
    [
        ("Turnout was", "Participation reached"),
        ("International observers", "Monitors from"),
        ("would appeal", "vowed to challenge"),
        ("first session", "inaugural session"),
    ],
)
def test_election_events_align_across_wordings(election, wire_fragment, daily_fragment):
    group = _group(election, "wire", wire_fragment)
    assert daily_fragment in group.get("daily", "")


def test_turnout_figures_that_disagree_are_reported(election):
    details = [d.detail for d in election.discrepancies]
    assert any("41.2" in d and "47.3" in d for d in details), details


def _discrepancies(wire_text, daily_text):
    arts = (article("wire", wire_text), article("daily", daily_text))
    return [d.detail for d in compare_articles([(a, bare_analysis(a)) for a in arts]).discrepancies]


@pytest.mark.parametrize(
    ("wire_text", "daily_text", "pair"),
    [
        (
            "The Green League won 118 seats in the chamber, results showed on Monday.",
            "Results on Monday gave the Green League 124 seats in the chamber.",
            ("118", "124"),
        ),
        (
            "Police arrested 60 activists at the rally in Norbury on Saturday.",
            "Officers detained 23 agitators at the rally in Norbury on Saturday.",
            ("60", "23"),
        ),
    ],
)
def test_seat_and_arrest_figures_that_disagree_are_reported(wire_text, daily_text, pair):
    details = _discrepancies(wire_text, daily_text)
    assert any(pair[0] in d and pair[1] in d for d in details), details


def test_turnout_is_not_compared_with_a_vote_share():
    details = _discrepancies(
        "Turnout in the Lanmark referendum was 41 percent, officials said on Sunday.",
        "The Lanmark referendum on Sunday passed with 58 percent of the vote, officials said.",
    )
    assert not any("41" in d and "58" in d for d in details), details


def test_seats_are_not_compared_with_arrests():
    details = _discrepancies(
        "The Green League won 118 seats as police arrested 60 protesters in Norbury.",
        "The Green League took 124 seats while police arrested 90 protesters in Norbury.",
    )
    assert not any("118" in d and "90" in d or "60" in d and "124" in d for d in details), details


def _variant_sets(wire_text, daily_text):
    arts = (article("wire", wire_text), article("daily", daily_text))
    c = compare_articles([(a, bare_analysis(a)) for a in arts])
    return [{(v.article, v.text) for v in g.variants} for g in c.term_variants]


@pytest.mark.parametrize(
    ("wire_text", "daily_text", "wire_term", "daily_term"),
    [
        (
            "The Harvest Party won 118 seats in Sunday's election in Norbury, results showed.",
            "The party of the president won 124 seats in Sunday's election in Norbury, results showed.",
            "Harvest Party",
            "party of the president",
        ),
        (
            "The ruling party won 118 seats in Sunday's election in Norbury, results showed.",
            "The National Harvest Party won 124 seats in Sunday's election in Norbury, results showed.",
            "ruling party",
            "National Harvest Party",
        ),
        (
            "Police arrested 60 activists who had called for a boycott of the vote in Norbury.",
            "Police detained 23 troublemakers spreading calls for chaos before the vote in Norbury.",
            "boycott",
            "calls for chaos",
        ),
    ],
)
def test_outlets_name_one_actor_differently(wire_text, daily_text, wire_term, daily_term):
    groups = _variant_sets(wire_text, daily_text)
    assert any(
        any(a == "wire" and wire_term in t for a, t in g) and any(a == "daily" and daily_term in t for a, t in g)
        for g in groups
    ), groups
