"""schema.org ClaimReview JSON-LD for the claims a reader gave a verdict, for fact-check publishing."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from reader_app.export.errors import require_selection, write_text_atomically
from reader_app.export.pdf_plan import group_annotations
from reader_app.export.webanno import article_source
from reader_app.model import Analysis, Annotation, Article, Claim, suggestion_key

# The 1-5 scale Google and the ClaimReview guidelines use (1 = false, 5 = true). "unverified"
# means not reviewed yet, so it is not published; "unverifiable" has no place on a truth scale
# and is published with alternateName only.
RATING = {"false": 1, "misleading": 2, "mostly accurate": 4, "accurate": 5}
NOT_A_REVIEW = {"unverified"}


def claim_for(annotation: Annotation, analysis: Analysis | None) -> Claim | None:
    """The machine claim a verdict is about: by its suggestion key, else the one it overlaps most."""
    if analysis is None:
        return None
    for claim in analysis.claims:
        if annotation.target == suggestion_key("claim", claim.start, claim.end):
            return claim
    overlaps = [
        (min(c.end, annotation.end) - max(c.start, annotation.start), c) for c in analysis.claims
    ]
    best = max(overlaps, default=(0, None), key=lambda oc: oc[0])
    return best[1] if best[0] > 0 else None


def claim_author(
    article: Article, analysis: Analysis | None, claim: Claim | None
) -> dict[str, Any]:
    """The quoted speaker the claim is attributed to, else the outlet that states it."""
    if (
        analysis
        and claim
        and claim.attribution is not None
        and claim.attribution < len(analysis.attributions)
    ):
        attribution = analysis.attributions[claim.attribution]
        kind = "Person" if attribution.speaker_kind == "person" else "Organization"
        return {"@type": kind, "name": attribution.speaker}
    return {
        "@type": "Organization",
        "name": article.meta.outlet or article.meta.reporting_by or "unknown outlet",
    }


def appearance(article: Article) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "url": article_source(article)}
    if article.meta.title:
        work["headline"] = work["name"] = article.meta.title
    if article.meta.outlet:
        work["publisher"] = {"@type": "Organization", "name": article.meta.outlet}
    if article.meta.author:
        work["author"] = {"@type": "Person", "name": article.meta.author}
    if article.meta.date:
        work["datePublished"] = article.meta.date
    return work


def claim_review(
    article: Article, analysis: Analysis | None, verdict: Annotation, reviewer: str | None
) -> dict[str, Any]:
    claim = claim_for(verdict, analysis)
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": verdict.verdict}
    if verdict.verdict in RATING:
        rating.update(ratingValue=RATING[verdict.verdict], bestRating=5, worstRating=1)
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "claimReviewed": claim.text if claim else verdict.quote,
        "itemReviewed": {
            "@type": "Claim",
            "author": claim_author(article, analysis, claim),
            "appearance": appearance(article),
        },
        "reviewRating": rating,
        "author": {"@type": "Person", "name": verdict.author or reviewer or "reader"},
        "datePublished": (verdict.updated or verdict.created or date.today().isoformat())[:10],
    }
    if article.meta.date:
        review["itemReviewed"]["datePublished"] = article.meta.date
    if verdict.note.strip():
        review["reviewBody"] = verdict.note.strip()
    if verdict.sources:
        review["citation"] = list(verdict.sources)
    return review


def claim_reviews(
    items: Sequence[tuple[Article, Analysis | None]],
    annotations: Mapping[str, Sequence[Annotation]] | Iterable[Annotation] | None,
    reviewer: str | None = None,
) -> list[dict[str, Any]]:
    grouped = group_annotations(annotations)
    out = []
    for article, analysis in items:
        for mark in grouped.get(article.id, ()):
            if mark.status == "user" and mark.verdict and mark.verdict not in NOT_A_REVIEW:
                out.append(claim_review(article, analysis, mark, reviewer))
    return out


def write_claimreview(
    items: Sequence[tuple[Article, Analysis | None]],
    out_path: str | os.PathLike[str],
    *,
    annotations: Mapping[str, Sequence[Annotation]] | Iterable[Annotation] | None = None,
    user_name: str | None = None,
) -> Path:
    """All reviews as one JSON-LD graph (an empty graph when no claim has a verdict yet)."""
    require_selection(items, out_path)
    doc = {"@context": "https://schema.org", "@graph": claim_reviews(items, annotations, user_name)}
    return write_text_atomically(out_path, json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
