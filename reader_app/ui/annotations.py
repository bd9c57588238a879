"""Build the Annotation records the reader's decisions become (no Qt, no database)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reader_app.model import Annotation, Article, Claim, suggestion_key

CONTEXT = 32  # characters of prefix/suffix so the anchor survives small text changes


def anchored(article: Article, start: int, end: int, **fields) -> Annotation:
    text = article.text
    return Annotation(
        article_id=article.id,
        start=start,
        end=end,
        quote=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
        **fields,
    )


def verdict_annotation(
    article: Article,
    annotations: Sequence[Annotation],
    claim: Claim,
    verdict: str,
    note: str,
    sources: Sequence[str],
) -> tuple[Annotation | None, Annotation]:
    """(the existing verdict annotation or None, the annotation to write)."""
    key = suggestion_key("claim", claim.start, claim.end)
    existing = next((a for a in annotations if a.verdict and a.target == key), None)
    if existing is not None:
        return existing, replace(
            existing, verdict=verdict or existing.verdict, note=note, sources=tuple(sources)
        )
    return None, anchored(
        article,
        claim.start,
        claim.end,
        label="verdict",
        verdict=verdict or None,
        note=note,
        sources=tuple(sources),
        target=key,
        status="user",
    )


def decision_annotation(
    article: Article,
    annotations: Sequence[Annotation],
    key: str,
    start: int,
    end: int,
    status: str,
) -> tuple[Annotation | None, Annotation]:
    """Accept or dismiss a machine suggestion; one decision per suggestion key."""
    existing = next(
        (a for a in annotations if a.target == key and a.status in ("accepted", "dismissed")), None
    )
    if existing is not None:
        return existing, replace(existing, status=status)
    return None, anchored(article, start, end, label="suggestion", target=key, status=status)
