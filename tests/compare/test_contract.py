"""The comparison JSON: its keys, and offsets that point at the quoted text."""

import json

import pytest
from fixtures import fire_items, protest_items

from reader_app.compare import compare_articles, comparison_to_json
from reader_app.model import Analysis, Article


def all_spans(doc):
    for e in doc["entities"]:
        yield from e["spellings"]
    for e in doc["events"]:
        yield from e["mentions"]
    for t in doc["term_variants"]:
        yield from t["variants"]
    for d in doc["discrepancies"]:
        yield from d["values"]


def test_contract_keys_and_offsets():
    items = fire_items() + protest_items()
    doc = comparison_to_json(compare_articles(items))
    assert set(doc) == {
        "entities", "events", "coverage", "term_variants", "discrepancies", "profiles", "outlet_profiles",
    }  # fmt: skip
    texts = {a.id: a.text for a, _ in items}
    spans = list(all_spans(doc))
    assert spans
    for s in spans:
        assert texts[s["article"]][s["start"] : s["end"]] == s["text"]
    assert {"canonical", "kind", "spellings"} <= set(doc["entities"][0])
    assert {"id", "label", "mentions"} <= set(doc["events"][0])
    assert {"article", "outlet"} <= set(doc["profiles"][0])
    json.dumps(doc)  # plain data only


def test_seed_offsets_point_into_the_cleaned_text(seed_files):
    items = []
    for path in seed_files:
        text = path.read_text(encoding="utf-8")
        items.append((Article(path.name, str(path), text, text), Analysis(path.name)))
    doc = comparison_to_json(compare_articles(items))
    texts = {a.id: a.text for a, _ in items}
    for s in all_spans(doc):
        assert texts[s["article"]][s["start"] : s["end"]] == s["text"]


def test_duplicate_article_ids_are_refused():
    items = fire_items()
    with pytest.raises(ValueError, match="appears twice"):
        compare_articles(items + items[:1])


def test_empty_and_single_article_collections():
    assert compare_articles([]).events == ()
    single = compare_articles(fire_items()[:1])
    assert single.events == () and len(single.profiles) == 1


def test_empty_and_odd_articles_do_not_break_the_comparison():
    odd = "!!! 123 ??? \n\n —— «» "
    items = fire_items() + [
        (Article("empty", None, "", ""), Analysis("empty")),
        (Article("odd", None, odd, odd), None),
    ]
    c = compare_articles(items)
    assert {p.article for p in c.profiles} == {"wire", "local", "tabloid", "empty", "odd"}
    assert all("empty" not in e.articles and "odd" not in e.articles for e in c.events)
    json.dumps(comparison_to_json(c))
