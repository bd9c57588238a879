"""W3C Web Annotation JSON-LD: every exported highlight as an Annotation with quote and position selectors."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reader_app import __version__
from reader_app.export.errors import require_selection, write_text_atomically
from reader_app.export.pdf_plan import LAYERS, MACHINE, ArticlePlan, HighlightSpan, plan_export
from reader_app.model import Analysis, Annotation, Article

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT_CHARS = 32  # prefix/suffix length of a TextQuoteSelector: enough to re-find a short quote
MOTIVATION = {"claims": "highlighting", "attributions": "identifying", "flags": "classifying"}


def article_source(article: Article) -> str:
    """A file URI for an article read from disk, else a stable URN from its content hash."""
    if article.path and os.path.isabs(article.path):
        return Path(article.path).as_uri()
    return f"urn:reader-app:article:{_digest(article.content_hash or article.text)}"


def selector_target(article: Article) -> dict[str, Any]:
    """The resource the selectors' offsets count in.

    Offsets count in the cleaned text. When cleaning changed nothing that is the file itself;
    otherwise the cleaned text gets its own URN and the file becomes the scope it came from,
    so no tool applies the positions to the raw file.
    """
    if article.text == article.raw_text:
        return {"source": article_source(article)}
    target = {"source": f"urn:reader-app:article:{_digest(article.text)}"}
    if article.path:
        target["scope"] = article_source(article)
    return target


def _digest(value: str) -> str:
    if len(value) == 64 and all(c in "0123456789abcdef" for c in value):
        return value[:32]  # already a sha256 hex digest (the content hash)
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:32]


def text_selectors(text: str, start: int, end: int) -> list[dict[str, Any]]:
    return [
        {
            "type": "TextQuoteSelector",
            "exact": text[start:end],
            "prefix": text[max(0, start - CONTEXT_CHARS) : start],
            "suffix": text[end : end + CONTEXT_CHARS],
        },
        {"type": "TextPositionSelector", "start": start, "end": end},
    ]


def annotation_item(plan: ArticlePlan, span: HighlightSpan, created: str) -> dict[str, Any]:
    article = plan.article
    target = selector_target(article)
    creator = (
        {"type": "Software", "name": span.author or MACHINE}
        if span.machine
        else {"type": "Person", "name": span.author}
    )
    bodies: list[dict[str, Any]] = [
        {
            "type": "TextualBody",
            "value": span.note,
            "format": "text/plain",
            "purpose": "commenting",
        },
        {
            "type": "TextualBody",
            "value": span.style_key if span.machine else "note",
            "purpose": "classifying",
        },
    ]
    bodies += [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in span.tags]
    if span.verdict:
        bodies.append({"type": "TextualBody", "value": span.verdict, "purpose": "assessing"})
    return {
        "id": f"{target['source']}#{span.key}",
        "type": "Annotation",
        "motivation": "assessing" if span.verdict else MOTIVATION.get(span.layer, "commenting"),
        "created": created,
        "creator": creator,
        "body": bodies,
        "target": {**target, "selector": text_selectors(article.text, span.start, span.end)},
    }


def annotation_collection(
    plans: Sequence[ArticlePlan], label: str = "reader-app export"
) -> dict[str, Any]:
    created = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    items = [annotation_item(plan, span, created) for plan in plans for span in plan.spans]
    digest = hashlib.sha256(
        "".join(p.article.content_hash or p.article.id for p in plans).encode()
    ).hexdigest()
    return {
        "@context": CONTEXT,
        "id": f"urn:reader-app:collection:{digest[:32]}",
        "type": "AnnotationCollection",
        "label": label,
        "generator": {"type": "Software", "name": f"reader-app {__version__}"},
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def write_webanno(
    items: Sequence[tuple[Article, Analysis | None]],
    out_path: str | os.PathLike[str],
    *,
    annotations: Mapping[str, Sequence[Annotation]] | Iterable[Annotation] | None = None,
    layers: str | Iterable[str] | None = LAYERS,
    user_name: str | None = None,
) -> Path:
    require_selection(items, out_path)
    plans = plan_export(items, annotations, layers=layers, user_name=user_name)
    doc = annotation_collection(plans)
    return write_text_atomically(out_path, json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
