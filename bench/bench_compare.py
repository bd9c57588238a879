"""Benchmark: compare_articles on 10/25/50 analysed articles (seeds plus renamed, shuffled copies).

Reports the comparison time, its growth with the number of articles, and a baseline measured in
the same run (a plain sparse TF-IDF pass over the same sentences: tokenise, weight, candidate pairs
and cosines through the same inverted index). Usage: ``python bench/bench_compare.py [--repeat N]``.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader_app.compare import compare_articles
from reader_app.compare.tfidf import idf_weights, similar_pairs, tfidf_vectors
from reader_app.compare.units import as_sentences, split_sentences_fallback
from reader_app.model import Analysis, Article

_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{3,}")
_SYLLABLES = ["ka", "lo", "mi", "ra", "ten", "vos", "du", "bel", "sar", "qu", "nor", "zi"]


def seed_articles() -> list[Article]:
    out = []
    for path in sorted((REPO / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out.append(Article(path.name, str(path), text, text))
    return out


def varied_copy(art: Article, n: int, rng: random.Random) -> Article:
    """Names replaced consistently (an invented name per original), paragraphs shuffled."""
    names: dict[str, str] = {}

    def rename(m: re.Match[str]) -> str:
        word = m.group(0)
        if word not in names:
            names[word] = "".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize()
        return names[word] if rng.random() < 0.7 else word

    paragraphs = [p for p in re.split(r"\n\s*\n|\n", art.text) if p.strip()]
    rng.shuffle(paragraphs)
    text = _NAME.sub(rename, "\n\n".join(paragraphs))
    return Article(f"{art.id}#{n}", None, text, text)


def analyse(art: Article) -> Analysis:
    """The full pipeline when it runs, else sentences only (compare uses whatever is there)."""
    try:
        from reader_app.analysis.pipeline import analyze

        return analyze(art)
    except Exception:  # noqa: BLE001 - an unfinished pipeline must not stop the benchmark
        try:
            from reader_app.analysis.sentences import split_sentences

            return Analysis(art.id, sentences=tuple(split_sentences(art.text)))
        except ImportError:
            return Analysis(art.id, sentences=as_sentences(split_sentences_fallback(art.text)))


def collection(size: int) -> list[tuple[Article, Analysis]]:
    rng = random.Random(4)
    seeds = seed_articles()
    arts = list(seeds)
    n = 0
    while len(arts) < size:
        n += 1
        arts.append(varied_copy(seeds[n % len(seeds)], n, rng))
    return [(a, analyse(a)) for a in arts[:size]]


def baseline(items) -> None:
    """Plain TF-IDF over sentences: the cheapest honest 'find similar sentences' pass."""
    docs, groups = [], []
    for art, an in items:
        for s in an.sentences:
            words = re.findall(r"[a-z]{3,}", art.text[s.start : s.end].lower())
            docs.append(Counter(words))
            groups.append(art.id)
    vectors = tfidf_vectors(docs, idf_weights(docs))
    similar_pairs(vectors, groups, max(12, len(docs) // 50))


def timed(fn, items, repeat: int) -> tuple[float, float]:
    """Median wall-clock and CPU seconds (CPU time is steadier on a shared machine)."""
    wall, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        fn(items)
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    head = ("articles", "words", "compare s", "(cpu s)", "baseline s", "(cpu s)", "ratio", "events")
    print("{:>8} {:>7} {:>10} {:>8} {:>11} {:>8} {:>6} {:>7}".format(*head))
    compare_articles(collection(3))  # warm-up: word lists are read once per process
    first = None
    for size in (10, 25, 50):
        items = collection(size)
        words = sum(len(a.text.split()) for a, _ in items)
        wall, cpu = timed(compare_articles, items, args.repeat)
        base_wall, base_cpu = timed(baseline, items, args.repeat)
        events = len(compare_articles(items).events)
        first = first or cpu
        print(
            f"{size:>8} {words:>7} {wall:>10.3f} {cpu:>8.3f} {base_wall:>11.3f} {base_cpu:>8.3f} "
            f"{cpu / base_cpu:>6.1f} {events:>7}"
        )
    print(f"CPU growth 10 -> 50 articles: x{cpu / first:.1f} (linear: x5.0); target: 50 under 2 s")
    print("ratio = compare CPU time / baseline CPU time, both measured in this run")


if __name__ == "__main__":
    main()
