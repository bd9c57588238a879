"""Search speed on a large library: FTS (Library.search) against a full-scan baseline, as a ratio.

    .venv/bin/python bench/bench_search.py [--articles 10000] [--words 300] [--url sqlite:///...]

Generates articles from a Zipf-distributed made-up vocabulary (so common and rare words both
occur), imports them through Library.add_articles, then times each query both ways in the same
run: the index, and ``scan_search`` (case-insensitive LIKE over every title and text, what any
database without a full-text index would have to do). Both must return the same articles.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader_app.model import Article, Metadata
from reader_app.store import Library
from reader_app.store.search import query_terms, scan_search

LIMIT = 100  # what the GUI asks for
SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ne",
    "ru",
    "sa",
    "ti",
    "vo",
    "be",
    "da",
    "fe",
    "gi",
    "ho",
    "ju",
    "ly",
    "pa",
    "qu",
    "re",
    "so",
    "tu",
]


def vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def make_articles(n: int, words_each: int, seed: int = 1) -> tuple[list[Article], list[str]]:
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    weights = [1 / (rank + 1) for rank in range(len(vocab))]  # Zipf: a few words everywhere
    articles = []
    for i in range(n):
        body = " ".join(rng.choices(vocab, weights, k=words_each))
        text = f"{body}.\n\nserial{i:05d} closes the story."
        articles.append(
            Article(
                id="",
                path=f"gen/{i}.txt",
                raw_text=text,
                text=text,
                meta=Metadata(title=f"Generated report {i}"),
            )
        )
    return articles, vocab


def timed(fn, repeats: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def run(url: str, n: int, words_each: int, repeats: int) -> None:
    articles, vocab = make_articles(n, words_each)
    library = Library(url)
    start = time.perf_counter()
    for chunk in range(0, n, 1000):
        library.add_articles(articles[chunk : chunk + 1000], collection="bench")
    print(
        f"imported {n} articles x {words_each} words in {time.perf_counter() - start:.1f} s ({url})"
    )
    queries = [
        vocab[0],
        vocab[50],
        vocab[3000],
        vocab[-1],
        f"serial{n // 2:05d}",
        f"{vocab[5]} {vocab[700]}",
        f"{vocab[3000][:6]}*",  # a prefix
        f'"{vocab[1]} {vocab[2]}"',  # a phrase
    ]
    print(f"{'query':<28}{'hits':>6}{'index ms':>10}{'scan ms':>10}{'scan/index':>12}")
    ratios = []
    with library._sessions() as session:
        for query in queries:
            terms = query_terms(query)
            t_index, _ = timed(lambda q=query: library.search(q, limit=LIMIT), repeats)
            t_scan, _ = timed(lambda t=terms: scan_search(session, t, limit=LIMIT), repeats)
            # Word and prefix hits are substring hits too: the index may find fewer, never others
            # (a phrase is checked for its words only by the scan).
            hits = {h.article_id for h in library.search(query, limit=n)}
            scanned = {h.article_id for h in scan_search(session, terms, limit=n)}
            check = "" if hits <= scanned and hits else "  (index found other articles!)"
            ratios.append(t_scan / t_index)
            print(
                f"{query:<28}{len(hits):>6}{t_index * 1000:>10.1f}{t_scan * 1000:>10.1f}"
                f"{t_scan / t_index:>11.1f}x{check}"
            )
    print(f"median speed-up of the index over a full scan: {statistics.median(ratios):.1f}x")
    library.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--words", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--url", help="SQLAlchemy URL (default: a SQLite file in a temp dir)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        run(
            args.url or f"sqlite:///{Path(tmp) / 'bench.sqlite3'}",
            args.articles,
            args.words,
            args.repeats,
        )


if __name__ == "__main__":
    main()
