"""Term variants, discrepancies and profiles on hand-written articles."""

from fixtures import fire_items, profiled_item, protest_items, transfer_items

from reader_app.compare import compare_articles
from reader_app.compare.profiles import UNKNOWN_OUTLET


def test_loaded_label_is_contrasted_with_the_neutral_word():
    c = compare_articles(protest_items())
    assert c.term_variants, "no term variant group"
    group = c.term_variants[0]
    texts = {(v.article, v.text) for v in group.variants}
    assert ("calm", "protesters") in texts and ("loud", "Rioters") in texts
    assert "protesters" in group.referent


def test_status_participles_make_a_variant_group_without_flags():
    from fixtures import article, bare_analysis

    a = article(
        "one",
        "Aid reached the liberated territories on Monday near Dravo. The liberated territories need power.",
    )
    b = article(
        "two", "Aid reached the region ceded by the rebels on Monday near Dravo, officials said."
    )
    c = compare_articles([(a, bare_analysis(a)), (b, bare_analysis(b))])
    texts = {v.text for g in c.term_variants for v in g.variants}
    assert "liberated territories" in texts and "region ceded by the rebels" in texts


def test_date_disagreement_is_reported_and_close_counts_are_not():
    c = compare_articles(fire_items())
    dates = [d for d in c.discrepancies if d.kind == "date"]
    assert len(dates) == 1
    assert {v.text for v in dates[0].values} >= {"June 5"}
    assert {v.article for v in dates[0].values} >= {"tabloid"}
    counts = [
        d
        for d in c.discrepancies
        if d.kind == "count" and "2,000" in " ".join(v.text for v in d.values)
    ]
    assert counts == []  # "nearly 2,000" and "About 2,000" agree


def test_no_discrepancy_when_values_agree():
    assert compare_articles(transfer_items()).discrepancies == ()


def test_profile_counts_voices_speakers_and_unattributed_claims():
    art, analysis = profiled_item()
    other = fire_items()[0]
    c = compare_articles([(art, analysis), other])
    p = next(p for p in c.profiles if p.article == "p")
    assert p.outlet == UNKNOWN_OUTLET
    words = p.data["words"]
    assert p.data["flags_per_1000_words"]["quoted"]["puffery"] == round(1000 / words, 2)
    assert p.data["flag_counts"]["author"] == {"reporting_verb": 1}
    speakers = p.data["quoted_speakers"]
    assert speakers["count"] == 2 and speakers["direct"] == 1 and speakers["indirect"] == 1
    assert 0 < speakers["quoted_share"] < 0.3
    assert p.data["unattributed_claims"] == {"count": 1, "of": 2, "share": 0.5}


def test_outlet_profiles_aggregate_articles_of_one_outlet():
    items = fire_items()
    c = compare_articles(items)
    outlets = {p.outlet: p for p in c.outlet_profiles}
    assert set(outlets) == {"Wire Agency", "Local Daily", "The Tabloid"}
    assert outlets["Wire Agency"].data["articles"] == ["wire"]
    assert all(p.article is None for p in c.outlet_profiles)


def test_outlets_naming_one_thing_with_other_nouns_make_variant_groups():
    from fixtures import article, bare_analysis

    a = article(
        "wire",
        "The levee outside Marlow failed on Friday, flooding 300 homes. Protesters gathered "
        "outside Marlow city hall on Saturday to demand answers.",
    )
    b = article(
        "tabloid",
        "The crumbling dam outside Marlow failed on Friday and flooded 300 homes. A mob gathered "
        "outside Marlow city hall on Saturday to demand answers.",
    )
    c = compare_articles([(a, bare_analysis(a)), (b, bare_analysis(b))])
    heads = [{v.text.split()[-1].lower() for v in g.variants} for g in c.term_variants]
    assert {"levee", "dam"} in heads
    assert {"protesters", "mob"} in heads


def test_no_variant_group_across_unrelated_stories():
    from fixtures import article, bare_analysis

    a = article("council", "Protesters filled the Harlow council chamber before the vote on rents.")
    b = article("match", "A mob of fans invaded the pitch at Kenton Park after the final whistle.")
    c = compare_articles([(a, bare_analysis(a)), (b, bare_analysis(b))])
    assert c.term_variants == ()
