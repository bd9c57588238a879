"""Many annotators writing one shared library at once: throughput, latency, and nothing lost.

    .venv/bin/python bench/bench_annotators.py [--annotators 30] [--seconds 5] [--url URL | --postgres]

Each annotator is a thread with its own Library (own connection) adding notes to one article,
editing every third (versioned update) and polling ``annotations_since``. The baseline is one
annotator alone for the same time, in the same run; the figure is the ratio of total writes per
second with N annotators to that. Afterwards every acknowledged annotation must be in the library.
``--postgres`` starts a throwaway server like the tests do (tests/store/pg_server.py).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader_app.model import Annotation, Article, Metadata
from reader_app.store import ALL, Library

TEXT = " ".join(f"Section {n}: the council voted on the depot, the mayor said." for n in range(60))


def annotator(url: str, name: str, article_id: str, ready, stop, out: dict) -> None:
    acknowledged, latencies = {}, []
    with Library(url, user=name) as lib:
        ready.wait()
        n = 0
        while not stop.is_set():
            start = (n * 11) % (len(TEXT) - 20)
            began = time.perf_counter()
            saved = lib.add_annotation(
                Annotation(
                    article_id, start, start + 7, TEXT[start : start + 7], note=f"{name}-{n}"
                )
            )
            if n % 3 == 2:
                saved = lib.update_annotation(replace(saved, note=saved.note + " edited"))
            latencies.append(time.perf_counter() - began)
            acknowledged[saved.id] = saved.note
            if n % 5 == 4:
                lib.annotations_since(article_id, saved.updated)
            n += 1
    out[name] = (acknowledged, latencies)


def run(url: str, count: int, seconds: float) -> dict:
    with Library(url, user="setup") as lib:
        article_id, _ = lib.add_article(
            Article(
                "", None, TEXT, TEXT, (), Metadata(title="Depot vote"), f"bench-{time.time_ns()}"
            )
        )
    ready, stop, out = threading.Barrier(count + 1), threading.Event(), {}
    threads = [
        threading.Thread(target=annotator, args=(url, f"a{n:02d}", article_id, ready, stop, out))
        for n in range(count)
    ]
    for thread in threads:
        thread.start()
    ready.wait()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join()
    acknowledged = {i: note for ack, _lat in out.values() for i, note in ack.items()}
    latencies = sorted(x for _ack, lat in out.values() for x in lat)
    with Library(url) as lib:
        stored = {a.id: a.note for a in lib.annotations(article_id, author=ALL)}
    lost = sum(stored.get(i) != note for i, note in acknowledged.items())
    return {
        "writes_per_s": len(latencies) / seconds,
        "acknowledged": len(acknowledged),
        "lost": lost,
        "median_ms": 1000 * statistics.median(latencies),
        "p95_ms": 1000 * latencies[int(0.95 * (len(latencies) - 1))],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--annotators", type=int, default=30)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--url")
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    server = None
    if args.postgres:
        sys.path.insert(0, str(ROOT / "tests" / "store"))
        from pg_server import find_bindir, start_server

        bindir = find_bindir()
        if bindir is None:
            print("no PostgreSQL binaries found", file=sys.stderr)
            return 2
        server = start_server(bindir)
        url = server.url()
    else:
        url = args.url or f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.sqlite3'}"
    try:
        alone = run(url, 1, args.seconds)
        crowd = run(url, args.annotators, args.seconds)
    finally:
        if server is not None:
            server.stop()
    for name, figures in (("1 annotator", alone), (f"{args.annotators} annotators", crowd)):
        print(
            f"{name:>15}: {figures['writes_per_s']:7.1f} writes/s, median {figures['median_ms']:6.1f} ms, "
            f"p95 {figures['p95_ms']:7.1f} ms, {figures['acknowledged']} acknowledged, {figures['lost']} lost"
        )
    print(
        f"throughput ratio ({args.annotators} vs 1): {crowd['writes_per_s'] / alone['writes_per_s']:.2f}"
    )
    return 1 if alone["lost"] or crowd["lost"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
