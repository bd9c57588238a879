"""Place and person names written differently across languages: articles, generic heads, q/k, capitals."""

import pytest
from fixtures import article, bare_analysis

from reader_app.compare import compare_articles
from reader_app.compare.spelling import fuzzy_pairs, same_name


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Qasr al-Bahr", "Ksar El Bahr", True),
        ("Qasr al-Bahr", "Qasr el-Bahr", True),
        ("Oued Zitoun", "Wadi Zitoun", True),
        ("Djebel Nour", "Jebel Nour", True),
        ("Kfar Malik", "Kafr Malik", True),
        ("Tel Hamra", "Tell Hamra", True),
        ("Khaled Mansouri", "Khalid Mansouri", True),
        ("Salah Ouardi", "Saleh Ouardi", True),
        ("Qasr", "Ksar", False),  # vowel placement alone is not enough without a second word
        ("Wadi Zitoun", "Wadi Mansour", False),  # a shared generic head is not a shared name
        ("Qasr al-Bahr", "Qasr al-Nahr", False),
        ("Ho An", "Ho", False),  # a capitalised "An" is a name word, not an article
    ],
)
def test_name_spelling_table(a, b, same):
    assert same_name(a, b) is same


@pytest.mark.parametrize(
    ("a", "b", "paired"),
    [("KSAR EL BAHR", "Ksar El Bahr", True), ("NORTH RIDGE", "North Ridge", True), ("US", "Us", False)],
)
def test_capitals_in_datelines(a, b, paired):
    assert bool(fuzzy_pairs([a, b])) is paired


def test_place_spellings_across_outlets_form_one_entity():
    wire = article("wire", "KSAR EL BAHR, March 3 - Police arrested 60 people in Ksar El Bahr. "
                           "Long queues formed in Oued Zitoun.")
    daily = article("daily", "Security forces detained 23 people in Qasr al-Bahr on Sunday. "
                             "In Wadi Zitoun voters were patient.")
    c = compare_articles([(a, bare_analysis(a)) for a in (wire, daily)])
    groups = [{s.text for s in e.spellings} for e in c.entities]
    assert any({"KSAR EL BAHR", "Ksar El Bahr", "Qasr al-Bahr"} <= g for g in groups), groups
    assert any({"Oued Zitoun", "Wadi Zitoun"} <= g for g in groups), groups


@pytest.mark.parametrize("written", ["Ksar el Bahr", "Ksar El Bahr", "Qasr al-Bahr"])
def test_dateline_capitals_merge_and_the_written_form_is_shown(written):
    a = article("w", f"KSAR EL BAHR, May 2 - Police arrested 40 people in {written} on Friday.")
    b = article("d", "KSAR EL BAHR - Security forces detained 41 people in KSAR EL BAHR on Friday.")
    c = compare_articles([(x, bare_analysis(x)) for x in (a, b)])
    place = next(e for e in c.entities if any(s.text == written for s in e.spellings))
    assert {s.article for s in place.spellings} == {"w", "d"}
    assert place.canonical == written
