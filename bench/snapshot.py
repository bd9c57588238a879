"""Guard for speed work: snapshot every analysis layer on a fixed corpus, then check a change against it.

A speed-up must not change what the engine finds. Write a snapshot before the change and check after:
  .venv/bin/python bench/snapshot.py --write /tmp/snap
  .venv/bin/python bench/snapshot.py --check /tmp/snap [--layer attributions] [--show 5]
The corpus is the seeds, the held-out and blind articles and varied copies from the analysis bench
(numbers shifted, paragraphs rotated), so rules meet openings and endings they do not meet in the seeds.
Exit status 1 when any layer differs; each difference is printed with the article and the first item
that differs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_analysis import _variant  # noqa: E402

from reader_app.analysis.pipeline import analyze  # noqa: E402
from reader_app.export.contract import article_document  # noqa: E402
from reader_app.model import Article  # noqa: E402

LAYERS = ("sentences", "claims", "attributions", "flags", "tone", "readability")
_FOLDERS = ("seeds", "tests/heldout/articles", "tests/blind/articles")


def corpus(copies: int) -> list[tuple[str, str]]:
    """(name, text) pairs: every article file, then ``copies`` varied copies of each seed."""
    items = []
    for folder in _FOLDERS:
        for path in sorted((REPO / folder).glob("*.txt")):
            items.append((f"{folder}/{path.name}", path.read_text(encoding="utf-8")))
    seeds = items[:5]
    for k in range(1, copies + 1):
        for name, text in seeds:
            items.append((f"{name}#v{k}", _variant(text, k)))
    return items


def layers_of(name: str, text: str) -> dict[str, object]:
    article = Article(id=name, path=None, raw_text=text, text=text)
    doc = article_document(article, analyze(article))
    return {layer: doc[layer] for layer in LAYERS}


def _first_difference(old, new) -> str:
    if isinstance(old, list) and isinstance(new, list):
        for i, (a, b) in enumerate(zip(old, new)):
            if a != b:
                return f"item {i}:\n      was {json.dumps(a)[:300]}\n      now {json.dumps(b)[:300]}"
        return f"length {len(old)} -> {len(new)}; extra: {json.dumps((old or new)[min(len(old), len(new))])[:300]}"
    return f"was {json.dumps(old)[:300]}\n      now {json.dumps(new)[:300]}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, metavar="DIR")
    mode.add_argument("--check", type=Path, metavar="DIR")
    parser.add_argument("--copies", type=int, default=10, help="varied copies of each seed")
    parser.add_argument("--layer", action="append", choices=LAYERS, help="check only these layers")
    parser.add_argument("--show", type=int, default=5, help="differences printed per layer")
    args = parser.parse_args()

    items = corpus(args.copies)
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
        snapshot = {name: layers_of(name, text) for name, text in items}
        (args.write / "snapshot.json").write_text(json.dumps(snapshot), encoding="utf-8")
        print(f"wrote {len(snapshot)} articles to {args.write / 'snapshot.json'}")
        return 0

    snapshot = json.loads((args.check / "snapshot.json").read_text(encoding="utf-8"))
    wanted = args.layer or list(LAYERS)
    differing: dict[str, list[str]] = {layer: [] for layer in wanted}
    for name, text in items:
        now = layers_of(name, text)
        for layer in wanted:
            if snapshot[name][layer] != now[layer]:
                differing[layer].append(f"  {name}: {_first_difference(snapshot[name][layer], now[layer])}")
    for layer in wanted:
        lines = differing[layer]
        print(f"{layer}: {'same' if not lines else f'{len(lines)} of {len(items)} articles differ'}")
        for line in lines[: args.show]:
            print(line)
    return 1 if any(differing.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
