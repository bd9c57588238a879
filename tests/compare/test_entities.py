"""Entities merged across articles: spelling variants join, namesakes and near-names stay apart."""

from fixtures import article, bare_analysis, fire_items, transfer_items

from reader_app.compare.entity_index import build_entity_index
from reader_app.compare.units import sentence_spans


def index_of(items):
    return build_entity_index(items, {a.id: sentence_spans(a, an) for a, an in items})


def entity_with(index, text):
    found = [e for e in index.entities if any(s.text == text for s in e.spellings)]
    assert len(found) == 1, (text, found)
    return found[0]


def test_transliterations_join_one_entity_across_articles():
    index = index_of(fire_items())
    place = entity_with(index, "Narayangonj")
    assert {s.text for s in place.spellings} == {"Narayangonj", "Narayanganj"}
    assert place.canonical == "Narayangonj"  # the most frequent spelling
    assert len(place.articles) == 3


def test_people_sharing_a_surname_are_not_merged():
    index = index_of(transfer_items())
    gary, phil = entity_with(index, "Gary Neville"), entity_with(index, "Phil Neville")
    assert gary is not phil
    salah = entity_with(index, "Mohamed Salah")
    assert "Mohammed Salah" in {s.text for s in salah.spellings}
    assert salah.kind == "person"


def test_lone_surname_joins_the_full_name_in_its_own_article():
    index = index_of(transfer_items())
    salah = entity_with(index, "Mohamed Salah")
    assert ("a", "Salah") in {(s.article, s.text) for s in salah.spellings}


def test_similar_countries_stay_apart_and_kinds_are_guessed():
    text_a = "Officials in Armenia met envoys from Albania. President Anna Berg said the talks went well."
    text_b = "Talks between Armenia and Albania resumed in Tirana, said the Foreign Ministry."
    items = [(a, bare_analysis(a)) for a in (article("x", text_a), article("y", text_b))]
    index = index_of(items)
    assert entity_with(index, "Armenia") is not entity_with(index, "Albania")
    assert entity_with(index, "Armenia").kind == "place"
    assert entity_with(index, "Anna Berg").kind == "person"
    assert entity_with(index, "Foreign Ministry").kind == "organisation"


def test_sentence_initial_function_words_are_not_names():
    text = (
        "The council met. However, Mayor Lee Park said In the end it passed. Yesterday Park left."
    )
    index = index_of([(article("z", text), bare_analysis(article("z", text)))])
    names = {
        s.text for e in index.entities for s in e.spellings if e.kind not in ("date", "quantity")
    }
    assert "Lee Park" in names
    assert not names & {"The", "However", "In", "Yesterday"}


def test_dates_and_quantities_become_entities_with_values():
    index = index_of(fire_items())
    dates = [e for e in index.entities if e.kind == "date"]
    june4 = next(e for e in dates if e.value == "2023-06-04")
    assert {s.text for s in june4.spellings} == {"June 4", "4 June"}
