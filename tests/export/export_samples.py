"""Hand-built (Article, Analysis) pairs for export tests: the seeds with the gold marks, and a made-up story."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from reader_app.model import (
    Analysis,
    Annotation,
    Article,
    Attribution,
    Claim,
    Flag,
    Metadata,
    span_of,
    suggestion_key,
)

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
GOLD = REPO.parent / "shared" / "gold" / "seeds-gold.json"
FLAG_CATEGORY = {
    "loaded label": "loaded",
    "puffery": "puffery",
    "pejorative": "pejorative",
    "emotive": "emotive",
    "honorific": "honorific",
    "certainty": "certainty",
}

COUNCIL = """Council approves new bus lanes after heated debate

Riverton City Council voted 7-2 on Tuesday to add bus lanes on Main Street, a plan the mayor called "a visionary step for a greener city".

"This will cut commute times by 15 percent," Mayor Jane Doe said at the meeting. Opponents claimed the lanes would hurt small shops.

The conflict over the plan has lasted two years. Shop owner Tom Finch told reporters the council had ignored "the people who actually fund this town".

Construction is expected to start in March 2027 and cost $4.2 million, according to the city's budget office.
"""


def article_from(text: str, name: str, meta: Metadata, path: str | None = None) -> Article:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(
        id=name,
        path=path or f"/data/{name}.txt",
        raw_text=text,
        text=text,
        meta=meta,
        content_hash=digest,
    )


def council_item() -> tuple[Article, Analysis]:
    """A city council story with one of each mark (no seed names)."""
    meta = Metadata(
        title="Council approves new bus lanes after heated debate",
        outlet="Riverton Ledger",
        author="Sam Ortiz",
        date="2026-10-06",
        genre="news",
    )
    article = article_from(COUNCIL, "council", meta)
    t = article.text
    find = lambda s: (t.index(s), t.index(s) + len(s))
    q1 = find("This will cut commute times by 15 percent,")
    attributions = (
        Attribution(
            "Jane Doe",
            span_of(t, *find("Mayor Jane Doe")),
            span_of(t, *find("said at")[:1], find("said at")[0] + 4),
            (span_of(t, *q1),),
            "direct",
        ),
        Attribution(
            "Tom Finch",
            span_of(t, *find("Shop owner Tom Finch")),
            span_of(t, *find("told reporters")),
            (span_of(t, *find("the people who actually fund this town")),),
            "indirect",
        ),
    )
    claims = (
        Claim(
            *find("Riverton City Council voted 7-2 on Tuesday to add bus lanes on Main Street"),
            "Riverton City Council voted 7-2 on Tuesday to add bus lanes on Main Street",
            0.82,
            ("numeric", "event"),
            ("number",),
        ),
        Claim(*q1, t[slice(*q1)], 0.64, ("numeric", "prediction"), ("percent",), attribution=0),
        Claim(
            *find("Construction is expected to start in March 2027 and cost $4.2 million"),
            "Construction is expected to start in March 2027 and cost $4.2 million",
            0.71,
            ("date", "numeric"),
            ("money",),
        ),
    )
    flags = (
        Flag(*find("visionary"), "visionary", "puffery", "quoted", "puffery list: 'visionary'"),
        Flag(
            *find("claimed"),
            "claimed",
            "reporting_verb",
            "author",
            "reporting verb that doubts the speaker",
        ),
        Flag(*find("heated"), "heated", "emotive", "author", "emotive list: 'heated'"),
    )
    return article, Analysis(article.id, claims=claims, attributions=attributions, flags=flags)


def council_annotations(article: Article) -> list[Annotation]:
    t = article.text
    s = t.index("cost $4.2 million")
    user = Annotation(
        article.id,
        s,
        s + len("cost $4.2 million"),
        "cost $4.2 million",
        label="check-figure",
        note="Budget office PDF says $4.5 million",
        tags=("budget", "numbers"),
        author="Ada Reviewer",
        verdict="misleading",
        id=1,
    )
    d = t.index("heated")
    dismissed = Annotation(
        article.id,
        d,
        d + 6,
        "heated",
        status="dismissed",
        target=suggestion_key("flag", d, d + 6, "emotive"),
        id=2,
    )
    return [user, dismissed]


def seed_items() -> list[tuple[Article, Analysis]]:
    """The five seeds as stored, marked with the gold claims, attributions and evaluative phrases."""
    gold = json.loads(GOLD.read_text(encoding="utf-8")) if GOLD.exists() else {}
    meta_by_file = {a["file"]: a for a in gold.get("articles", [])}
    items = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        g = meta_by_file.get(path.name, {})
        meta = Metadata(
            title=g.get("title"),
            outlet=g.get("outlet"),
            author=g.get("author"),
            date=g.get("date"),
            genre=g.get("genre"),
        )
        article = article_from(text, path.stem, meta, str(path))
        items.append((article, _gold_analysis(article, gold, path.name)))
    return items


def _gold_analysis(article: Article, gold: dict, name: str) -> Analysis:
    t = article.text
    attributions = []
    for a in (x for x in gold.get("attributions", []) if x["file"] == name):
        start = t.find(a["text"])
        if start >= 0:
            attributions.append(
                Attribution(
                    a["speaker"],
                    None,
                    None,
                    (span_of(t, start, start + len(a["text"])),),
                    a["kind"],
                )
            )
    claims = []
    for c in (x for x in gold.get("claims", []) if x["file"] == name):
        start = t.find(c["text"])
        if start >= 0:
            claims.append(Claim(start, start + len(c["text"]), c["text"], 0.7, ("event",), ()))
    flags = []
    for e in (x for x in gold.get("evaluative", []) if x["file"] == name):
        start = t.find(e["text"])
        if start >= 0:
            category = FLAG_CATEGORY.get(e["category"], "loaded")
            flags.append(
                Flag(
                    start,
                    start + len(e["text"]),
                    e["text"],
                    category,
                    e.get("voice", "author"),
                    f"gold: {e['category']}",
                )
            )
    return Analysis(
        article.id, claims=tuple(claims), attributions=tuple(attributions), flags=tuple(flags)
    )


def gold_comparison() -> dict:
    """A comparison dict in the shape compare_to_json gives, built from the gold events."""
    gold = json.loads(GOLD.read_text(encoding="utf-8")) if GOLD.exists() else {}
    stem = lambda f: f.rsplit(".", 1)[0]

    def ref(items):
        return [{"article": stem(m["file"]), "text": m["text"]} for m in items]

    return {
        "events": [
            {"id": e["id"], "label": e["label"], "mentions": ref(e["mentions"])}
            for e in gold.get("events", [])
        ],
        "term_variants": [
            {"referent": v["referent"], "variants": ref(v["variants"])}
            for v in gold.get("term_variants", [])
        ],
        "discrepancies": [
            {"event": d["event"], "detail": d["detail"], "values": ref(d["values"])}
            for d in gold.get("discrepancies", [])
        ],
        "profiles": [
            {
                "article": stem(a["file"]),
                "outlet": a.get("outlet"),
                "genre": a.get("genre"),
                "claims": 3,
                "quoted_share": 0.42,
            }
            for a in gold.get("articles", [])
        ],
    }


def pipeline_items() -> list[tuple[Article, Analysis]] | None:
    """The seeds through the real ingest and analysis pipeline, or None while they are missing."""
    try:
        from reader_app.analysis.pipeline import analyze
        from reader_app.ingest import load_path
    except ImportError:
        return None
    return [(a, analyze(a)) for a in (load_path(p) for p in sorted(SEEDS.glob("*.txt")))]


def pipeline_comparison(items) -> dict | None:
    try:
        from reader_app.compare import compare_articles, comparison_to_json
    except ImportError:
        return None
    return comparison_to_json(compare_articles(items))
