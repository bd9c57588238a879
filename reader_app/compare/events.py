"""Aligns clauses from different articles that report the same event (TF-IDF + entities + values)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reader_app.compare.entity_index import EntityIndex
from reader_app.compare.features import unit_features
from reader_app.compare.tfidf import Vector, candidate_pairs, cosine, idf_weights, tfidf_vectors
from reader_app.compare.units import Unit

EDGE_MIN = 0.20  # cosine a link needs, with two specific shared features, to join two clauses
EDGE_ONE = 0.30  # ... or this much with one specific shared feature (name, date, rare concept)
EDGE_STRONG = 0.55  # a link this similar needs no specific shared feature
LINK_MIN = 0.18  # average similarity two groups need to merge (average linkage)
SAME_ARTICLE_MIN = 0.12  # two clauses of one article in one group must resemble each other
MAX_PER_ARTICLE = 3  # one article rarely tells the same event more than this often
ANCHOR_SHARE = 0.10  # a shared feature is specific if at most this share of clauses has it
_BOOST = {"E": 1.5, "C": 2.0, "D": 2.5, "N": 2.0, "W": 0.7}


@dataclass
class AlignedGroup:
    units: list[int]
    score: float


@dataclass
class Alignment:
    units: list[Unit]
    features: list[Counter[str]]
    vectors: list[Vector]
    groups: list[AlignedGroup]
    surface: dict[str, Counter]


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
    pairs = candidate_pairs(vectors, articles, max(12, len(units) // 25), lambda f: True)
    # Specific: in at most a tenth of the clauses, or (small collections) about once per article.
    max_df = max(ANCHOR_SHARE * len(units), len(set(articles)) + 1)
    anchor_idf = math.log((len(units) + 1) / (max_df + 1)) + 1.0
    specific = {f: (0.5 if f[0] == "W" else 1.0) for f, w in idf.items() if w >= anchor_idf}
    edges = _scored_edges(pairs, vectors, feats, specific, cancel)
    groups = _average_linkage(edges, vectors, articles, progress, cancel)
    return Alignment(list(units), feats, vectors, groups, surface)


def _scored_edges(pairs, vectors, feats, specific, cancel) -> list[tuple[float, int, int]]:
    edges = []
    for n, (i, j) in enumerate(pairs):
        if cancel is not None and n % 5000 == 0 and cancel():
            raise InterruptedError("comparison cancelled")
        sim = cosine(vectors[i], vectors[j])
        if sim < EDGE_MIN:
            continue
        shared = sum(specific.get(f, 0.0) for f in feats[i].keys() & feats[j].keys())
        if sim >= EDGE_STRONG or (shared >= 1 and sim >= EDGE_ONE) or shared >= 2:
            edges.append((sim, i, j))
    edges.sort(reverse=True)
    return edges


def _average_linkage(edges, vectors, articles, progress, cancel) -> list[AlignedGroup]:
    """Merge the most similar clauses first; two groups join only if they are similar on average."""
    owner: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    for n, (sim, i, j) in enumerate(edges):
        if cancel is not None and n % 2000 == 0 and cancel():
            raise InterruptedError("comparison cancelled")
        if progress is not None and n % 500 == 0:
            progress(n, len(edges))
        gi, gj = owner.get(i, -1 - i), owner.get(j, -1 - j)
        if gi == gj:
            continue
        a, b = members.get(gi, [i]), members.get(gj, [j])
        if not _may_merge(a, b, vectors, articles):
            continue
        gid = gi if gi >= 0 else (gj if gj >= 0 else n)  # edge numbers are unique new ids
        merged = a + b
        for old in (gi, gj):
            members.pop(old, None)
        members[gid] = merged
        for u in merged:
            owner[u] = gid
    return _finish(members, vectors, articles)


def _may_merge(a: list[int], b: list[int], vectors, articles) -> bool:
    counts = Counter(articles[u] for u in a + b)
    if max(counts.values()) > MAX_PER_ARTICLE:
        return False
    for x in a:
        for y in b:
            if articles[x] == articles[y] and cosine(vectors[x], vectors[y]) < SAME_ARTICLE_MIN:
                return False
    sims = [cosine(vectors[x], vectors[y]) for x in a for y in b if articles[x] != articles[y]]
    return bool(sims) and sum(sims) / len(sims) >= LINK_MIN


def _finish(members, vectors, articles) -> list[AlignedGroup]:
    out = []
    for units in members.values():
        if len({articles[u] for u in units}) < 2:
            continue
        sims = [
            cosine(vectors[x], vectors[y])
            for k, x in enumerate(units)
            for y in units[k + 1 :]
            if articles[x] != articles[y]
        ]
        out.append(AlignedGroup(sorted(units), sum(sims) / max(1, len(sims))))
    out.sort(key=lambda g: g.units[0])
    return out
