"""The analysis JSON contract ("reader-app/analysis/1"): the one shape every surface and outside tool reads."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reader_app import __version__
from reader_app.model import Analysis, Article, Attribution, Claim, Metadata

SCHEMA = "reader-app/analysis/1"


def analysis_document(
    items: Sequence[tuple[Article, Analysis | None]], comparison: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The whole document: schema tag, generator and one entry per article (plus a comparison)."""
    doc: dict[str, Any] = {
        "schema": SCHEMA,
        "generator": f"reader-app {__version__}",
        "articles": [article_document(article, analysis) for article, analysis in items],
    }
    if comparison is not None:
        doc["comparison"] = comparison
    return doc


def article_document(article: Article, analysis: Analysis | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": article.id,
        "path": article.path,
        "meta": article.meta.to_json(),
        "text": article.text,
        "removed": [r.to_json() for r in article.removed],
        "content_hash": article.content_hash,
        "format": article.source_format,
    }
    if analysis is None:
        return out
    out["sentences"] = [
        {"start": s.start, "end": s.end, "tone": round(s.tone, 4)} for s in analysis.sentences
    ]
    out["claims"] = [
        {**c.to_json(), "chain": claim_chain(article.meta, analysis.attributions, c)}
        for c in analysis.claims
    ]
    out["attributions"] = [a.to_json() for a in analysis.attributions]
    out["flags"] = [f.to_json() for f in analysis.flags]
    out["tone"] = analysis.tone
    out["readability"] = analysis.readability
    out["analyzer_version"] = analysis.version
    return out


def claim_chain(
    meta: Metadata, attributions: Sequence[Attribution], claim: Claim
) -> list[dict[str, Any]]:
    """Who a claim comes from, outermost first: outlet -> author -> speaker (or the outlet's voice)."""
    chain: list[dict[str, Any]] = [{"role": "outlet", "name": meta.outlet}]
    if meta.reporting_by:
        chain.append({"role": "reporting", "name": meta.reporting_by})
    chain.append({"role": "author", "name": meta.author})
    if claim.attribution is not None and 0 <= claim.attribution < len(attributions):
        attribution = attributions[claim.attribution]
        chain.append(
            {
                "role": "speaker",
                "name": attribution.speaker,
                "kind": attribution.kind,
                "cue": attribution.cue.text if attribution.cue else None,
            }
        )
    else:
        chain.append({"role": "voice", "name": "the outlet's own voice"})
    return chain
