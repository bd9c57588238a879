"""Event alignment on hand-written articles: sensible groups, no giant group, valid mentions."""

from fixtures import fire_items, protest_items, transfer_items

from reader_app.compare import compare_articles
from reader_app.compare.entity_index import build_entity_index
from reader_app.compare.events import align_events
from reader_app.compare.units import article_units, sentence_spans
from reader_app.model import Analysis


def items_with_sentences(items):
    return [(a, an or Analysis(a.id)) for a, an in items]


def sentences_of(items):
    return {a.id: sentence_spans(a, an) for a, an in items}


def groups_by_text(comparison):
    return [{(m.article, m.text) for m in e.mentions} for e in comparison.events]


def group_containing(comparison, article, fragment):
    for e in comparison.events:
        if any(m.article == article and fragment in m.text for m in e.mentions):
            return e
    return None


def test_fire_reports_align_event_by_event():
    c = compare_articles(fire_items())
    arrest = group_containing(c, "wire", "was arrested on Friday")
    assert arrest is not None and set(arrest.articles) == {"wire", "local", "tabloid"}
    outbreak = group_containing(c, "tabloid", "deadly inferno")
    assert outbreak is not None and {"wire", "local"} <= set(outbreak.articles)
    assert outbreak is not arrest
    assert "June 2023" in outbreak.label


def test_unrelated_sentences_are_left_out():
    c = compare_articles(fire_items())
    for fragment in ("city council voted", "cricket team", "heatwave"):
        assert all(fragment not in m.text for e in c.events for m in e.mentions)


def test_no_giant_group_and_every_group_spans_two_articles():
    c = compare_articles(fire_items() + transfer_items())
    mentions = sum(len(e.mentions) for e in c.events)
    assert max(len(e.mentions) for e in c.events) <= mentions / 2
    for e in c.events:
        assert len(e.articles) >= 2


def test_a_clause_belongs_to_at_most_one_group():
    c = compare_articles(fire_items() + protest_items())
    spans = [(m.article, m.start, m.end) for e in c.events for m in e.mentions]
    assert len(spans) == len(set(spans))
    for a, b in zip(sorted(spans), sorted(spans)[1:]):
        assert not (a[0] == b[0] and b[1] < a[2]), (a, b)


def test_transfer_reports_join_despite_spelling_and_money_format():
    c = compare_articles(transfer_items())
    deal = group_containing(c, "a", "agreed to sell")
    assert deal is not None and "b" in deal.articles


def test_coverage_lists_articles_per_event():
    c = compare_articles(fire_items())
    assert set(c.coverage) == {e.id for e in c.events}
    for e in c.events:
        assert list(c.coverage[e.id]) == list(e.articles)


def test_progress_and_cancel_are_honoured():
    seen = []
    compare_articles(fire_items(), progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]
    try:
        compare_articles(fire_items(), cancel=lambda: True)
    except InterruptedError:
        pass
    else:
        raise AssertionError("cancel was ignored")


def test_mixed_topics_never_share_a_group():
    from fixtures import council_items

    topic = {"wire": "fire", "local": "fire", "tabloid": "fire", "a": "transfer", "b": "transfer"}
    topic.update(
        {"calm": "protest", "loud": "protest", "council-a": "council", "council-b": "council"}
    )
    c = compare_articles(fire_items() + transfer_items() + protest_items() + council_items())
    for e in c.events:
        assert len({topic[a] for a in e.articles}) == 1, e.label
    vote = group_containing(c, "council-a", "voted 7-2")
    assert vote is not None and "council-b" in vote.articles


def test_two_stories_that_share_only_a_broad_name_stay_apart():
    """A quake and a factory fire that both end "Help also came from Europe." stay two stories: no event and
    no term-variant group spans both."""
    from fixtures import article, fire_items, quake_items

    tagged = [("quake", i) for i in quake_items()[:2]] + [("fire", i) for i in fire_items()[:2]]
    items = []
    for story, (a, an) in tagged:
        text = a.text + "\n\nHelp also came from Europe. Roads stayed closed for 48 hours."
        items.append((article(f"{story}-{a.id}", text, date=a.meta.date), None))
    c = compare_articles(items)
    index = build_entity_index(items_with_sentences(items), sentences_of(items))
    units = [u for a, _ in items for u in article_units(a, None)]
    al = align_events(units, {a.id: a.text for a, _ in items}, index)
    assert ("quake-wire", "quake-local") in al.related
    assert not any(a.split("-")[0] != b.split("-")[0] for a, b in al.related)
    for e in c.events:
        assert len({a.split("-")[0] for a in e.articles}) == 1
    for g in c.term_variants:
        assert len({v.article.split("-")[0] for v in g.variants}) == 1
    for ent in c.entities:  # "48 hours" in both stories is a coincidence, not one referent
        if ent.kind in ("date", "quantity"):
            assert len({a.split("-")[0] for a in ent.articles}) == 1
