"""Aligns clauses from different articles that report the same event (TF-IDF + entities + values)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reader_app.compare.entity_index import EntityIndex
from reader_app.compare.features import unit_features
from reader_app.compare.linkage import AlignedGroup, Linker
from reader_app.compare.tfidf import Vector, cosine, idf_weights, similar_pairs, tfidf_vectors
from reader_app.compare.units import Unit

EDGE_MIN = 0.20  # cosine a link needs, with two specific shared features, to join two clauses
EDGE_ONE = 0.35  # ... or this much with one specific shared feature (name, date, rare concept)
EDGE_TYPED = 0.40  # ... or this much with any shared name, concept, date or number
EDGE_STRONG = 0.55  # a link this similar needs no specific shared feature
EDGE_TALLY = 0.30  # ... or this much when both count the same thing for the same event word
POSTINGS_FLOOR = 30  # features in more clauses than this (or 1%) only add to pairs found otherwise
DATE_FIRST = 0.10  # links through a shared date or month are tried as if this much more similar
ANCHOR_SHARE = 0.05  # a shared feature is specific if at most this share of clauses has it
STORY_SIM_ONE = 0.15  # article cosine that, with one common name, makes two articles one story
STORY_SIM_TWO = 0.08  # ... with two or more common names
_BOOST = {"E": 1.5, "C": 2.5, "D": 2.0, "M": 1.5, "N": 2.0, "Q": 2.0, "W": 1.0}


@dataclass
class Alignment:
    units: list[Unit]
    features: list[Counter[str]]
    vectors: list[Vector]
    groups: list[AlignedGroup]
    surface: dict[str, Counter]
    related: set[tuple[str, str]]


def align_events(
    units: Sequence[Unit],
    texts: dict[str, str],
    index: EntityIndex,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Alignment:
    """Groups of clauses from at least two articles; each clause is in at most one group."""
    surface: dict[str, Counter] = {}
    feats = [unit_features(u, texts[u.article], index, surface) for u in units]
    idf = idf_weights(feats)
    vectors = tfidf_vectors(feats, idf, lambda f: _BOOST.get(f[0], 1.0))
    articles = [u.article for u in units]
    sims = similar_pairs(vectors, articles, max(POSTINGS_FLOOR, len(units) // 100))
    # Specific: in at most a tenth of the clauses, or (small collections) about once per article.
    max_df = max(ANCHOR_SHARE * len(units), len(set(articles)) + 1)
    anchor_idf = math.log((len(units) + 1) / (max_df + 1)) + 1.0
    specific = {f: (0.5 if f[0] == "W" else 1.0) for f, w in idf.items() if w >= anchor_idf}
    related = related_articles(index, feats, articles)
    sims = {
        pair: sim for pair, sim in sims.items() if (articles[pair[0]], articles[pair[1]]) in related
    }
    edges = _scored_edges(sims, feats, specific, cancel)
    groups = Linker(sims, vectors, articles).run(edges, progress, cancel)
    return Alignment(list(units), feats, vectors, groups, surface, related)


def related_articles(
    index: EntityIndex, feats: Sequence[Counter[str]] = (), articles: Sequence[str] = ()
) -> set[tuple[str, str]]:
    """Article pairs about one story: they name a common person, place or organisation and their
    vocabularies overlap (two names and some overlap, or one name and clear overlap).

    Two reports of one story nearly always do; a look-alike sentence in an unrelated story (another
    town's council vote) then cannot join the group, and two stories that both mention "Europe"
    stay apart.
    """
    names: dict[str, set[int]] = {}
    for article, mentions in index.mentions.items():
        names[article] = {index.key(e) for _, _, e in mentions}
    overlap = _article_similarity(feats, articles) if feats else None
    related = set()
    for a, na in names.items():
        for b, nb in names.items():
            shared = len(na & nb) if a != b else 0
            if not shared:
                continue
            sim = overlap.get(frozenset((a, b)), 0.0) if overlap is not None else 1.0
            if sim >= STORY_SIM_ONE or (shared >= 2 and sim >= STORY_SIM_TWO):
                related.add((a, b))
    return related


def _article_similarity(
    feats: Sequence[Counter[str]], articles: Sequence[str]
) -> dict[frozenset[str], float]:
    """Cosine of whole articles (binary TF-IDF over their clauses' features)."""
    docs: dict[str, Counter[str]] = {}
    for f, art in zip(feats, articles):
        docs.setdefault(art, Counter()).update(dict.fromkeys(f, 1))
    ids = list(docs)
    binary = [Counter(dict.fromkeys(docs[i], 1)) for i in ids]
    vecs = tfidf_vectors(binary, idf_weights(binary))
    return {
        frozenset((ids[x], ids[y])): cosine(vecs[x], vecs[y])
        for x in range(len(ids))
        for y in range(x + 1, len(ids))
    }


def _tally(feature: str) -> bool:
    """A count or share with its event word ("Q:count:kill:people", "Q:percent:turnout:"), not a
    bare number."""
    parts = feature.split(":")
    return (
        parts[0] == "Q" and len(parts) >= 4 and parts[1] in ("count", "percent") and bool(parts[2])
    )


def _scored_edges(sims, feats, specific, cancel) -> list[tuple[float, int, int]]:
    """Links worth trying, most similar first: similar enough, and sharing something specific."""
    edges = []
    for n, ((i, j), sim) in enumerate(sims.items()):
        if cancel is not None and n % 20000 == 0 and cancel():
            raise InterruptedError("comparison cancelled")
        if sim < EDGE_MIN:
            continue
        common = feats[i].keys() & feats[j].keys()
        shared = sum(specific.get(f, 0.0) for f in common)
        typed = sim >= EDGE_TYPED and any(f[0] != "W" for f in common)
        # "killing at least 14 people" / "the death toll has risen to 21": one tally, however told
        typed = typed or (sim >= EDGE_TALLY and any(_tally(f) for f in common))
        if sim >= EDGE_STRONG or typed or (shared >= 1 and sim >= EDGE_ONE) or shared >= 2:
            # A shared date is the strongest sign of one happening: such links are tried first.
            dated = any(f[0] in "DM" for f in common)
            edges.append((sim + (DATE_FIRST if dated else 0.0), i, j))
    edges.sort(reverse=True)
    return edges
