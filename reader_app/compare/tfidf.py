"""A small sparse TF-IDF with cosine similarity and an inverted index, so no scikit-learn is needed.

Vectors are plain ``dict[str, float]``, l2-normalised; candidate pairs come from an inverted index
over the rarer features, so only units that share something are ever compared.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

Vector = dict[str, float]


def idf_weights(docs: Sequence[Counter[str]]) -> dict[str, float]:
    """Smoothed inverse document frequency of every feature."""
    df: Counter[str] = Counter()
    for doc in docs:
        df.update(doc.keys())
    n = len(docs)
    return {f: math.log((n + 1) / (c + 1)) + 1.0 for f, c in df.items()}


def tfidf_vectors(
    docs: Sequence[Counter[str]],
    idf: dict[str, float],
    boost: Callable[[str], float] = lambda f: 1.0,
) -> list[Vector]:
    """Sublinear tf times idf (times a per-feature boost), l2-normalised."""
    out = []
    for doc in docs:
        vec = {f: (1.0 + math.log(c)) * idf[f] * boost(f) for f, c in doc.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        out.append({f: v / norm for f, v in vec.items()})
    return out


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(f, 0.0) for f, v in a.items())


def candidate_pairs(
    vectors: Sequence[Vector], groups: Sequence[str], max_df: int, keep: Callable[[str], bool]
) -> set[tuple[int, int]]:
    """Index pairs from different groups that share at least one feature rarer than ``max_df``.

    Very common features ("E:the country every article names") would make every pair a candidate;
    they still count in the cosine, they just do not propose pairs.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for i, vec in enumerate(vectors):
        for f in vec:
            if keep(f):
                postings[f].append(i)
    pairs: set[tuple[int, int]] = set()
    for ids in postings.values():
        if len(ids) > max_df:
            continue
        for x, i in enumerate(ids):
            for j in ids[x + 1 :]:
                if groups[i] != groups[j]:
                    pairs.add((i, j))
    return pairs


def similar_pairs(
    vectors: Sequence[Vector], groups: Sequence[str], max_df: int
) -> dict[tuple[int, int], float]:
    """Exact cosine of every pair from different groups that shares a feature rarer than ``max_df``.

    Dot products are accumulated feature by feature over an inverted index (a sparse matrix
    product), so pairs sharing nothing specific cost nothing; common features are added afterwards
    to the pairs found, so the cosines are exact.
    """
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, vec in enumerate(vectors):
        for f, w in vec.items():
            postings[f].append((i, w))
    common = {f for f, ids in postings.items() if len(ids) > max_df}
    acc: dict[tuple[int, int], float] = defaultdict(float)
    for f, ids in postings.items():
        if f in common:
            continue
        for x, (i, wi) in enumerate(ids):
            gi = groups[i]
            for j, wj in ids[x + 1 :]:
                if groups[j] != gi:
                    acc[(i, j)] += wi * wj
    if common:
        high = [{f: w for f, w in vec.items() if f in common} for vec in vectors]
        for i, j in acc:
            hi, hj = high[i], high[j]
            if hi and hj:
                acc[(i, j)] += sum(w * hj.get(f, 0.0) for f, w in hi.items())
    return acc
