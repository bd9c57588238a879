"""Discrepancies on a hand-written earthquake told by three outlets: what is compared, what is not."""

from datetime import date

import pytest
from fixtures import quake_items

from reader_app.compare import compare_articles
from reader_app.compare.moments import find_moments
from reader_app.compare.quantities import find_values
from reader_app.compare.roles import bare_people_counts, with_roles


@pytest.fixture(scope="module")
def quake():
    return compare_articles(quake_items())


def test_death_tolls_of_one_event_disagree(quake):
    tolls = [d for d in quake.discrepancies if d.kind == "count"]
    assert len(tolls) == 1
    assert {v.text for v in tolls[0].values} >= {"12 people", "Nineteen people"}


def test_weekday_times_of_one_event_disagree(quake):
    times = [d for d in quake.discrepancies if d.kind == "moment"]
    assert len(times) == 1
    assert {v.article for v in times[0].values} == {"wire", "local", "tabloid"}
    assert "late on Saturday evening" in {v.text for v in times[0].values}


@pytest.mark.parametrize(
    "fragment",
    [
        "48 hours",  # equals "two days"
        "two days",
        "5 million pounds",  # pounds are never compared with euros
        "on Tuesday",  # the day a statement was made, not the quake
        "3,000",  # "some 3,000" and "Around 3,100" agree
    ],
)
def test_agreeing_or_incomparable_values_are_not_reported(quake, fragment):
    shown = [v.text for d in quake.discrepancies for v in d.values]
    assert not any(fragment in t for t in shown)


def test_spelling_variant_of_the_town_is_one_entity(quake):
    spellings = [{s.text for s in e.spellings} for e in quake.entities]
    assert {"Castelvero", "Castelvaro"} in spellings


def test_every_event_is_small(quake):
    assert quake.events and max(len(e.mentions) for e in quake.events) <= 4


@pytest.mark.parametrize(
    "text, role",
    [
        ("Floods swept the valley, killing at least 14 people.", "kill"),
        ("At least 21 people have died in the flooding.", "kill"),
        ("Fourteen people lost their lives.", "kill"),
        ("The evacuation of more than 20,000 people went smoothly.", "evacuate"),
        ("Police detained 40 people overnight.", "arrest"),
        ("At least 30 people were injured.", "injure"),
        ("Turnout was 62% on the day.", "turnout"),
        ("The club sold 40,000 tickets.", ""),
    ],
)
def test_a_count_takes_the_event_word_beside_it(text, role):
    values = [v for v in with_roles(find_values(text), text) if v.kind in ("count", "percent")]
    assert [v.role for v in values] == [role]


@pytest.mark.parametrize(
    "a, b, agree",
    [
        ("in 48 hours", "for two days", True),
        ("for 120 minutes", "for two hours", True),
        ("about 100 people", "110 people", True),
        ("at least 14 people", "21 people", False),
        ("more than 20,000 people", "21,000 people", True),
        ("2 billion euros", "2 billion pounds", True),  # another currency: not compared
        ("2 billion euros", "3 billion euros", False),
        ("$55 million", "$60 million", False),
    ],
)
def test_values_agree_within_units_and_tolerance(a, b, agree):
    (va, *_), (vb, *_) = find_values(a), find_values(b)
    assert va.agrees(vb) is agree


@pytest.mark.parametrize(
    "text, published, day, hours",
    [
        ("gave way early Sunday", "2024-09-17", "2024-09-15", (0, 7)),
        ("collapsed at around 11 p.m. on Sunday", "2024-09-18", "2024-09-15", (21.5, 24.5)),
        ("broke through early on Monday morning", "2024-09-19", "2024-09-16", (0, 9)),
        ("gathered on Monday evening", "2024-09-17", "2024-09-16", (17, 23)),
        ("arrived late Sunday night", "2024-09-17", "2024-09-15", (22, 30)),
        ("opened on Tuesday", "2024-09-17", "2024-09-17", (0, 24)),  # the publication day itself
    ],
)
def test_weekday_times_become_hour_windows(text, published, day, hours):
    (m,) = find_moments(text, published)
    assert m.unit == day
    base = (date.fromisoformat(day) - date(2000, 1, 1)).days * 24
    assert (m.value - m.spread - base, m.value + m.spread - base) == pytest.approx(hours)


def test_no_weekday_time_without_a_publication_date():
    assert find_moments("It collapsed early Sunday.", None) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Storms kill at least 14 in the north.", [(14.0, "kill")]),
        ("forcing more than 20,000 from their homes.", [(20000.0, "evacuate")]),
        ("The toll rose to 21 on Monday.", [(21.0, "kill")]),
        ("Rates rose by 50 basis points to 5.25%.", []),  # no event word that counts people
        ("He scored 27 in 36 games.", []),
        ("The dam was built in 1975 and failed.", []),  # a year
    ],
)
def test_bare_figures_count_people_only_beside_a_people_event(text, expected):
    values = with_roles(find_values(text), text)
    found = [(v.value, v.role) for v in bare_people_counts(values, text)]
    assert found == expected
