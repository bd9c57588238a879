"""Full-text search: finds one article among many, stays in step with edits, never chokes on input."""

from __future__ import annotations

import random

import pytest
from store_helpers import make_article

from reader_app.store import HIT_CLOSE, HIT_OPEN
from reader_app.store.search import fts5_query, make_snippet, pg_tsquery, query_terms, scan_search

WORDS = [
    "council",
    "budget",
    "river",
    "flood",
    "transfer",
    "striker",
    "season",
    "market",
    "shares",
    "profit",
    "ministry",
    "election",
    "turnout",
    "school",
    "teachers",
    "hospital",
    "nurses",
    "storm",
    "harbour",
    "bridge",
    "tunnel",
    "farmers",
    "harvest",
    "drought",
    "court",
    "ruling",
    "police",
    "protest",
    "museum",
    "exhibition",
    "festival",
]


def _filler(rng: random.Random, n: int = 80) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)) + "."


@pytest.fixture
def two_hundred(library):
    rng = random.Random(7)
    articles = [make_article(_filler(rng), title=f"Report {n}") for n in range(200)]
    target = 137
    words = articles[target].text.split()
    words.insert(40, "zeppelin")
    articles[target] = make_article(" ".join(words), title="Report 137")
    ids = [i for i, _ in library.add_articles(articles, collection="Generated")]
    return library, ids[target]


def test_fts_finds_a_word_in_one_of_200_articles(two_hundred):
    library, target_id = two_hundred
    [hit] = library.search("zeppelin")
    assert hit.article_id == target_id and hit.title == "Report 137"
    assert f"{HIT_OPEN}zeppelin{HIT_CLOSE}" in hit.snippet
    assert len(library.search("flood", limit=50)) == 50


def test_fts_agrees_with_a_full_scan(two_hundred):
    library, _ = two_hundred
    with library._sessions() as session:
        for word in ("drought", "zeppelin", "museum"):
            scanned = {h.article_id for h in scan_search(session, [word], limit=1000)}
            assert {h.article_id for h in library.search(word, limit=1000)} == scanned


def test_index_follows_edits_and_deletes(library):
    a, _ = library.add_article(
        make_article("Farmers fear the drought will ruin the harvest.", title="Dry summer")
    )
    b, _ = library.add_article(make_article("Striker signs for rival club.", title="Transfer news"))
    assert [h.article_id for h in library.search("summer")] == [a]  # title is searched too
    library.update_metadata(a, "title", "Heatwave")
    assert library.search("summer") == []
    assert [h.article_id for h in library.search("heatwave")] == [a]
    # A title-only hit still shows the match.
    assert HIT_OPEN in library.search("heatwave")[0].snippet
    library.delete_article(b)
    assert library.search("striker") == []


def test_word_forms_prefixes_phrases_and_ranking(library):
    flood = make_article("Flooding closed the bridge. The flood barrier failed.", title="Floods")
    a, _ = library.add_article(flood)
    b, _ = library.add_article(
        make_article("Officials inspected a bridge after the storm.", title="Storm")
    )
    c, _ = library.add_article(
        make_article("An electrician rewired the town hall.", title="Repairs")
    )
    # Word forms match through the stemmer (flood, floods, flooding)...
    assert {h.article_id for h in library.search("flooded")} == {a}
    # ...other words only whole, unless a prefix is asked for.
    assert library.search("electric") == []
    assert [h.article_id for h in library.search("electric*")] == [c]
    assert [h.article_id for h in library.search('"flood barrier"')] == [a]
    assert library.search('"barrier flood"') == []
    hits = library.search("bridge")
    assert {h.article_id for h in hits} == {a, b}
    assert hits[0].rank >= hits[1].rank


@pytest.mark.parametrize(
    "query",
    [
        "AND",
        "!",
        "a & | b",
        "the of",
        "«quoted»",
        "NEAR(",
        '"unclosed',
        "x:y",
        "-minus",
        "C++",
        "a*b",
        "'",
        "()",
        "",
    ],
)
def test_any_typed_text_is_a_valid_query(library, query):
    library.add_article(make_article("A plain sentence about nothing much."))
    assert isinstance(library.search(query), list)


@pytest.mark.parametrize(
    "query,terms,fts,tsquery",
    [
        ("flood relief", ["flood", "relief"], '"flood" "relief"', "(flood) & (relief)"),
        ("elect* board", ["elect*", "board"], '"elect"* "board"', "(elect:*) & (board)"),
        (
            '"city council" vote',
            ["city council", "vote"],
            '"city council" "vote"',
            "(city <-> council) & (vote)",
        ),
        ("U.S. & aid", ["U", "S", "aid"], '"U" "S" "aid"', "(U) & (S) & (aid)"),
        ("O'Brien", ["O Brien"], '"O Brien"', "(O <-> Brien)"),
        ("  * ", [], "", ""),
    ],
)
def test_query_terms(query, terms, fts, tsquery):
    assert query_terms(query) == terms
    assert fts5_query(terms) == fts
    assert pg_tsquery(terms) == tsquery


def test_snippet_shows_words_around_the_first_match():
    body = " ".join(f"w{n}" for n in range(40)) + " target " + " ".join(f"v{n}" for n in range(40))
    snippet = make_snippet(body, ["target"], words=12)
    assert snippet.startswith("…w36 w37 w38 w39")
    assert f"{HIT_OPEN}target{HIT_CLOSE}" in snippet and snippet.endswith("…")
