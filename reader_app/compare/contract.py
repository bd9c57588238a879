"""The comparison's JSON shape, added beside the analysis JSON ("comparison": {...})."""

from __future__ import annotations

from typing import Any

from reader_app.compare.types import Comparison, Spelling


def _span(s: Spelling) -> dict[str, Any]:
    return {"article": s.article, "text": s.text, "start": s.start, "end": s.end}


def comparison_to_json(c: Comparison) -> dict[str, Any]:
    return {
        "entities": [
            {"canonical": e.canonical, "kind": e.kind, "spellings": [_span(s) for s in e.spellings]}
            for e in c.entities
        ],
        "events": [
            {
                "id": e.id,
                "label": e.label,
                "mentions": [
                    {"article": m.article, "start": m.start, "end": m.end, "text": m.text}
                    for m in e.mentions
                ],
            }
            for e in c.events
        ],
        "coverage": {k: list(v) for k, v in c.coverage.items()},
        "term_variants": [
            {"referent": t.referent, "variants": [_span(s) for s in t.variants]}
            for t in c.term_variants
        ],
        "discrepancies": [
            {"event": d.event, "detail": d.detail, "values": [_span(s) for s in d.values]}
            for d in c.discrepancies
        ],
        "profiles": [{"article": p.article, "outlet": p.outlet, **p.data} for p in c.profiles],
        "outlet_profiles": [{"outlet": p.outlet, **p.data} for p in c.outlet_profiles],
    }
