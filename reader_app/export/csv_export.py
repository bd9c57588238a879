"""One CSV row per claim, attribution, flag and annotation, for spreadsheets (UTF-8 with BOM for Excel)."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from reader_app.export.errors import require_selection, write_text_atomically
from reader_app.export.notes import (
    attribution_note,
    claim_note,
    claim_speaker,
    flag_note,
    user_note,
)
from reader_app.export.pdf_plan import LAYERS, dismissed_keys, group_annotations, parse_layers
from reader_app.model import Analysis, Annotation, Article, suggestion_key

COLUMNS = (
    "article",
    "outlet",
    "kind",
    "start",
    "end",
    "text",
    "category",
    "speaker",
    "score",
    "label",
    "voice",
    "verdict",
    "author",
    "note",
)


def csv_rows(
    items: Sequence[tuple[Article, Analysis | None]],
    annotations: Mapping[str, Sequence[Annotation]] | Iterable[Annotation] | None = None,
    layers: str | Iterable[str] | None = LAYERS,
) -> list[dict[str, object]]:
    """The rows, dismissed suggestions left out, in article then text order."""
    chosen = parse_layers(layers)
    grouped = group_annotations(annotations)
    rows: list[dict[str, object]] = []
    for article, analysis in items:
        marks = grouped.get(article.id, [])
        article_rows = (
            _analysis_rows(article, analysis, chosen, dismissed_keys(marks)) if analysis else []
        )
        if "annotations" in chosen:
            article_rows += _annotation_rows(article, marks)
        rows += sorted(article_rows, key=lambda r: (r["start"], r["end"]))
    return rows


def _base(article: Article, kind: str, start: int, end: int, text: str) -> dict[str, object]:
    row: dict[str, object] = dict.fromkeys(COLUMNS, "")
    row.update(
        article=article.id,
        outlet=article.meta.outlet or "",
        kind=kind,
        start=start,
        end=end,
        text=text,
    )
    return row


def _analysis_rows(article, analysis, layers, dismissed) -> list[dict[str, object]]:
    rows = []
    if "claims" in layers:
        for claim in analysis.claims:
            if suggestion_key("claim", claim.start, claim.end) in dismissed:
                continue
            row = _base(article, "claim", claim.start, claim.end, claim.text)
            speaker = claim_speaker(claim, analysis)
            row.update(
                category=",".join(claim.kinds),
                score=round(claim.score, 3),
                speaker=speaker.speaker if speaker else "",
                voice="quoted" if speaker else "author",
                note=claim_note(claim, article, analysis),
            )
            rows.append(row)
    if "attributions" in layers:
        rows += [
            _attribution_row(article, a)
            for a in analysis.attributions
            if a.content
            and suggestion_key("attribution", a.content[0].start, a.content[0].end) not in dismissed
        ]
    if "flags" in layers:
        for flag in analysis.flags:
            if suggestion_key("flag", flag.start, flag.end, flag.category) in dismissed:
                continue
            row = _base(article, "flag", flag.start, flag.end, flag.text)
            row.update(category=flag.category, voice=flag.voice, note=flag_note(flag))
            rows.append(row)
    return rows


def _attribution_row(article: Article, attribution) -> dict[str, object]:
    start, end = attribution.content[0].start, attribution.content[-1].end
    text = " [...] ".join(part.text for part in attribution.content)
    row = _base(article, "attribution", start, end, text)
    row.update(
        category=attribution.kind,
        speaker=attribution.speaker,
        voice="quoted",
        label=attribution.cue.text if attribution.cue else "",
        note=attribution_note(attribution),
    )
    return row


def _annotation_rows(article: Article, marks: Sequence[Annotation]) -> list[dict[str, object]]:
    rows = []
    for mark in (m for m in marks if m.status == "user"):
        row = _base(article, "annotation", mark.start, mark.end, mark.quote)
        row.update(
            category=",".join(mark.tags),
            label=mark.label,
            verdict=mark.verdict or "",
            author=mark.author,
            note=user_note(mark),
        )
        rows.append(row)
    return rows


def write_csv(
    items: Sequence[tuple[Article, Analysis | None]],
    out_path: str | os.PathLike[str],
    *,
    annotations: Mapping[str, Sequence[Annotation]] | Iterable[Annotation] | None = None,
    layers: str | Iterable[str] | None = LAYERS,
) -> Path:
    require_selection(items, out_path)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(csv_rows(items, annotations, layers))
    return write_text_atomically(out_path, "\ufeff" + buffer.getvalue())
