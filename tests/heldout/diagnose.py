"""Lists what the scorer does not: engine output with no gold counterpart (extra attributions, flags, claims, removals).

Run: .venv/bin/python tests/heldout/diagnose.py [gold.json] [files...]  (defaults: the held-out set)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from reader_app.analysis.pipeline import analyze
from reader_app.compare import compare_articles, comparison_to_json
from reader_app.evaluation import Located, _occurrence
from reader_app.export.contract import analysis_document
from reader_app.ingest import load_path

HERE = Path(__file__).parent


def _gold_spans(gold, key, name, located, raw):
    out = []
    for g in gold.get(key, []):
        if g["file"] == name:
            where = located.find(g["text"], _occurrence(raw, g["text"], g["start"]))
            if where:
                out.append((where, g))
    return out


def _overlaps(a, b):
    return min(a[1], b[1]) > max(a[0], b[0])


def report(gold_path: Path, paths: list[Path]) -> dict:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    items = [(a, analyze(a)) for a in (load_path(p) for p in paths)]
    doc = analysis_document(items, comparison_to_json(compare_articles(items)))
    out = {}
    for art in doc["articles"]:
        name = Path(art["path"]).name
        raw = Path(art["path"]).read_text(encoding="utf-8")
        loc = Located(art["text"])
        g_att = _gold_spans(gold, "attributions", name, loc, raw)
        g_ev = _gold_spans(gold, "evaluative", name, loc, raw)
        boiler = {b for g in gold["articles"] if g["file"] == name for b in g.get("boilerplate", [])}
        extra_att = [
            f"{a['speaker']!r} <- {a['content'][0]['text'][:80]!r}" for a in art["attributions"]
            if not any(_overlaps((s["start"], s["end"]), w) for s in a["content"] for w, _ in g_att)
        ]
        extra_flags = [
            f"{f['text']!r} ({f['category']}, {f['voice']})" for f in art["flags"]
            if not any(_overlaps((f["start"], f["end"]), w) for w, _ in g_ev)
        ]
        removed_content = [r["text"][:90] for r in art["removed"] if r["text"] not in boiler]
        out[name] = {"meta": {k: art["meta"].get(k) for k in ("title", "author", "date", "outlet", "genre",
                                                             "dateline", "interviewee")},
                     "extra_attributions": extra_att, "extra_flags": extra_flags,
                     "removed_not_in_gold_boilerplate": removed_content}
    out["comparison"] = {
        "events": [[m["text"][:60] + " @" + m["article"][:2] for m in e["mentions"]] for e in doc["comparison"]["events"]],
        "discrepancies": doc["comparison"].get("discrepancies", []),
        "term_variants": doc["comparison"].get("term_variants", []),
        "entities": [[s["text"] + " @" + s["article"][:2] for s in e["spellings"]]
                     for e in doc["comparison"].get("entities", []) if len({s["text"] for s in e["spellings"]}) > 1],
    }
    return out


if __name__ == "__main__":
    args = sys.argv[1:]
    gold_path = Path(args[0]) if args else HERE / "gold.json"
    files = [Path(a) for a in args[1:]] or sorted((HERE / "articles").glob("*.txt"))
    json.dump(report(gold_path, files), sys.stdout, ensure_ascii=False, indent=1)
