"""Per-article and per-outlet profiles: flag rates by voice, tone, readability, sources, unattributed claims."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from reader_app.compare.types import Profile
from reader_app.model import FLAG_CATEGORIES, Analysis, Article

UNKNOWN_OUTLET = "Unknown outlet"
_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def outlet_of(article: Article) -> str:
    return article.meta.outlet or UNKNOWN_OUTLET


def article_profile(article: Article, analysis: Analysis) -> Profile:
    counts = _counts(article, analysis)
    return Profile(
        article.id, outlet_of(article), _finish(counts, analysis.tone, analysis.readability)
    )


def _counts(article: Article, analysis: Analysis) -> dict[str, Any]:
    flags = {"author": Counter(), "quoted": Counter()}
    for f in analysis.flags:
        flags["quoted" if f.voice == "quoted" else "author"][f.category] += 1
    speakers = Counter(a.speaker for a in analysis.attributions if a.speaker)
    kinds = Counter(a.kind for a in analysis.attributions)
    quoted_chars = _covered_chars(
        [(s.start, s.end) for a in analysis.attributions if a.kind == "direct" for s in a.content]
    )
    unattributed = sum(1 for c in analysis.claims if c.attribution is None)
    return {
        "words": len(_WORD.findall(article.text)),
        "chars": len(article.text),
        "flags": flags,
        "speakers": speakers,
        "kinds": kinds,
        "quoted_chars": quoted_chars,
        "claims": len(analysis.claims),
        "unattributed": unattributed,
    }


def _covered_chars(spans: list[tuple[int, int]]) -> int:
    total, reach = 0, -1
    for s, e in sorted(spans):
        if e > reach:
            total += e - max(s, reach)
            reach = e
    return total


def _finish(c: dict[str, Any], tone: dict, readability: dict) -> dict[str, Any]:
    per_k = 1000.0 / max(1, c["words"])
    return {
        "words": c["words"],
        "flags_per_1000_words": {
            voice: {cat: round(c["flags"][voice][cat] * per_k, 2) for cat in FLAG_CATEGORIES}
            for voice in ("author", "quoted")
        },
        "flag_counts": {voice: dict(c["flags"][voice]) for voice in ("author", "quoted")},
        "tone": tone,
        "readability": readability,
        "quoted_speakers": {
            "count": len(c["speakers"]),
            "speakers": sorted(c["speakers"], key=lambda s: (-c["speakers"][s], s)),
            "direct": c["kinds"].get("direct", 0),
            "indirect": c["kinds"].get("indirect", 0),
            "other": sum(v for k, v in c["kinds"].items() if k not in ("direct", "indirect")),
            "quoted_share": round(c["quoted_chars"] / max(1, c["chars"]), 3),
        },
        "unattributed_claims": {
            "count": c["unattributed"],
            "of": c["claims"],
            "share": round(c["unattributed"] / c["claims"], 3) if c["claims"] else 0.0,
        },
    }


def outlet_profiles(items: Sequence[tuple[Article, Analysis]]) -> list[Profile]:
    """One profile per outlet: counts summed, rates recomputed, tone and readability averaged."""
    by_outlet: dict[str, list[tuple[Article, Analysis]]] = {}
    for art, an in items:
        by_outlet.setdefault(outlet_of(art), []).append((art, an))
    out = []
    for outlet, group in sorted(by_outlet.items()):
        total = _sum_counts([_counts(a, an) for a, an in group])
        data = _finish(
            total,
            _mean_dicts([an.tone for _, an in group]),
            _mean_dicts([an.readability for _, an in group]),
        )
        data["articles"] = [a.id for a, _ in group]
        out.append(Profile(None, outlet, data))
    return out


def _sum_counts(parts: list[dict[str, Any]]) -> dict[str, Any]:
    total: dict[str, Any] = {"flags": {"author": Counter(), "quoted": Counter()}}
    for key in ("words", "chars", "quoted_chars", "claims", "unattributed"):
        total[key] = sum(p[key] for p in parts)
    for key in ("speakers", "kinds"):
        total[key] = sum((p[key] for p in parts), Counter())
    for p in parts:
        for voice in ("author", "quoted"):
            total["flags"][voice].update(p["flags"][voice])
    return total


def _mean_dicts(dicts: list[dict]) -> dict[str, Any]:
    """Mean of each numeric field present in any of the dicts (others are dropped)."""
    sums: dict[str, list[float]] = {}
    for d in dicts:
        for k, v in (d or {}).items():
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                sums.setdefault(k, []).append(float(v))
    return {k: round(sum(v) / len(v), 3) for k, v in sums.items()}
