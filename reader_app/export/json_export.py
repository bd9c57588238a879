"""The analysis JSON contract with each article's annotations, written atomically."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from reader_app.export.contract import analysis_document
from reader_app.export.errors import require_selection, write_text_atomically
from reader_app.export.pdf_plan import group_annotations
from reader_app.model import Analysis, Annotation, Article


def export_document(
    items: Sequence[tuple[Article, Analysis | None]],
    annotations: Mapping[str, Sequence[Annotation]] | Iterable[Annotation] | None = None,
    comparison: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """analysis_document(...) with an "annotations" list on every article (decisions included)."""
    doc = analysis_document(items, comparison)
    grouped = group_annotations(annotations)
    for entry, (article, _analysis) in zip(doc["articles"], items):
        entry["annotations"] = [a.to_json() for a in grouped.get(article.id, ())]
    return doc


def write_json(
    items: Sequence[tuple[Article, Analysis | None]],
    out_path: str | os.PathLike[str],
    *,
    annotations: Mapping[str, Sequence[Annotation]] | Iterable[Annotation] | None = None,
    comparison: dict[str, Any] | None = None,
) -> Path:
    require_selection(items, out_path)
    doc = export_document(items, annotations, comparison)
    return write_text_atomically(out_path, json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
