"""The seeds measured against the hand-made gold (raw text, sentence-only analyses, so no other
engine's changes move these figures): spellings, the date discrepancy, framing, event pairs."""

import itertools

import pytest

from reader_app.compare import compare_articles
from reader_app.compare.units import as_sentences, split_sentences_fallback
from reader_app.model import Analysis, Article


@pytest.fixture
def seeds(seed_files):
    items = []
    for path in seed_files:
        text = path.read_text(encoding="utf-8")
        sentences = as_sentences(split_sentences_fallback(text))
        items.append(
            (Article(path.name, str(path), text, text), Analysis(path.name, sentences=sentences))
        )
    return items, compare_articles(items)


def spans_of(gold_items, texts):
    for item in gold_items:
        start = texts[item["file"]].find(item["text"])
        yield item["file"], start, start + len(item["text"])


def overlaps(span, article, start, end):
    return span.article == article and span.start < end and start < span.end


def test_place_spellings_join_one_entity(seeds, gold):
    items, comparison = seeds
    texts = {a.id: a.text for a, _ in items}
    for place in gold["place_spellings"]:
        owners = [
            {
                i
                for i, e in enumerate(comparison.entities)
                for s in e.spellings
                if overlaps(s, *span)
            }
            for span in spans_of(place["spellings"], texts)
        ]
        assert set.intersection(*owners), place["place"]


def test_ceasefire_date_discrepancy_is_found(seeds):
    _, comparison = seeds
    dates = [d for d in comparison.discrepancies if d.kind == "date"]
    found = {(v.article[:3], v.text) for d in dates for v in d.values}
    assert {("000", "November 9, 2020"), ("002", "November 10, 2020")} <= found


def test_liberated_is_contrasted_with_ceded(seeds):
    _, comparison = seeds
    for group in comparison.term_variants:
        texts = " | ".join(v.text.lower() for v in group.variants)
        if "liberated" in texts and ("ceded" in texts or "turned over" in texts):
            return
    raise AssertionError("no term-variant group contrasts 'liberated' with 'ceded'/'turned over'")


def test_most_gold_event_pairs_share_a_group(seeds, gold):
    items, comparison = seeds
    texts = {a.id: a.text for a, _ in items}

    def groups(article, start, end):
        return {
            e.id for e in comparison.events for m in e.mentions if overlaps(m, article, start, end)
        }

    hits = total = 0
    for event in gold["events"]:
        for a, b in itertools.combinations(list(spans_of(event["mentions"], texts)), 2):
            if a[0] != b[0]:
                total += 1
                hits += bool(groups(*a) & groups(*b))
    assert hits / total >= 0.5, (hits, total)
    sizes = [len(e.mentions) for e in comparison.events]
    assert max(sizes) <= 0.15 * sum(sizes)  # recall does not come from one giant group
