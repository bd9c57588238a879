"""Average-linkage grouping over a sparse similarity graph, with per-article limits."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reader_app.compare.tfidf import Vector, cosine

LINK_MIN = 0.20  # average similarity two groups need to merge
SAME_ARTICLE_MIN = 0.05  # two clauses of one article in one group must resemble each other
MAX_PER_ARTICLE = 3  # one article rarely tells the same event more than this often


@dataclass
class AlignedGroup:
    units: list[int]
    score: float


class Linker:
    """Merges the most similar clauses first; two groups join only if similar on average.

    Similarities missing from the sparse graph count as zero, which only makes merging stricter.
    """

    def __init__(
        self, sims: dict[tuple[int, int], float], vectors: Sequence[Vector], articles: Sequence[str]
    ):
        self.vectors, self.articles = vectors, articles
        self.nbrs: dict[int, dict[int, float]] = defaultdict(dict)
        for (i, j), s in sims.items():
            if s > 0.05:  # tiny similarities hardly move an average; skipping them saves time
                self.nbrs[i][j] = s
                self.nbrs[j][i] = s
        self.owner: dict[int, int] = {}  # unit -> group id (singletons are -1 - unit)
        self.members: dict[int, list[int]] = {}
        self._same: dict[tuple[int, int], float] = {}
        self._refused: set[tuple[int, int]] = (
            set()
        )  # group pairs already refused (groups unchanged)

    def run(self, edges, progress: Callable | None, cancel: Callable | None) -> list[AlignedGroup]:
        for n, (_sim, i, j) in enumerate(edges):
            if cancel is not None and n % 2000 == 0 and cancel():
                raise InterruptedError("comparison cancelled")
            if progress is not None and n % 500 == 0:
                progress(n, len(edges))
            self._try(n, i, j)
        return self._finish()

    def _try(self, n: int, i: int, j: int) -> None:
        gi, gj = self.owner.get(i, -1 - i), self.owner.get(j, -1 - j)
        if gi == gj or (gi, gj) in self._refused:
            return
        a, b = self.members.get(gi, [i]), self.members.get(gj, [j])
        if not self._may_merge(a, b, gj):
            self._refused.add((gi, gj))
            self._refused.add((gj, gi))
            return
        gid = n  # a fresh id (edge numbers are unique), so refusals of the old groups expire
        for old in (gi, gj):
            self.members.pop(old, None)
        self.members[gid] = a + b
        for u in a + b:
            self.owner[u] = gid

    def _may_merge(self, a: list[int], b: list[int], gb: int) -> bool:
        arts = self.articles
        ca, cb = Counter(arts[u] for u in a), Counter(arts[u] for u in b)
        if any(ca[k] + cb[k] > MAX_PER_ARTICLE for k in cb):
            return False
        for x in a:
            for y in b:
                if arts[x] == arts[y] and self._same_sim(x, y) < SAME_ARTICLE_MIN:
                    return False
        pairs = len(a) * len(b) - sum(ca[k] * cb[k] for k in cb)
        if pairs <= 0:
            return False
        small, large = (a, b) if len(a) <= len(b) else (b, a)
        in_large = set(large)
        nbrs = self.nbrs
        total = 0.0
        for x in small:
            near = nbrs[x]
            if len(near) < len(in_large):
                total += sum(s for y, s in near.items() if y in in_large)
            else:
                total += sum(near.get(y, 0.0) for y in in_large)
        return total / pairs >= LINK_MIN

    def _same_sim(self, x: int, y: int) -> float:
        key = (min(x, y), max(x, y))
        if key not in self._same:
            self._same[key] = cosine(self.vectors[x], self.vectors[y])
        return self._same[key]

    def _finish(self) -> list[AlignedGroup]:
        out = []
        for units in self.members.values():
            arts = Counter(self.articles[u] for u in units)
            if len(arts) < 2:
                continue
            pairs = len(units) ** 2 - sum(c * c for c in arts.values())
            inside = set(units)
            total = sum(s for x in units for y, s in self.nbrs[x].items() if y in inside)
            out.append(AlignedGroup(sorted(units), total / max(1, pairs)))
        out.sort(key=lambda g: g.units[0])
        return out
