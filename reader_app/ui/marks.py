"""Highlight marks: an analysis reduced to plain (layer, start, end, style, tooltip) records.

The renderer only sees marks (the displaCy idea); it never looks inside the analysis.
No Qt here, so the rules for what gets highlighted are testable without a widget.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reader_app.model import Analysis, Annotation, Article, suggestion_key
from reader_app.palette import FLAG_LAYERS, Palette, tint
from reader_app.ui import span_text

# Layers the legend can toggle, in legend order. "quote" covers quoted text and speaker names.
TOGGLE_LAYERS = ("claim", "quote", "speaker", *FLAG_LAYERS, "annotation")


@dataclass(frozen=True)
class Mark:
    layer: str  # palette layer key: "claim", "quote", "speaker", a flag category, "annotation"
    kind: str  # what it points at: "claim", "attribution", "flag", "annotation"
    index: int  # index into the analysis list (or the annotation id)
    start: int
    end: int
    fill: str | None  # background "#RRGGBB" or None
    tooltip: str


def speaker_order(analysis: Analysis) -> dict[str, int]:
    """Each distinct speaker's tint index, by first appearance, so tints stay stable per article."""
    order: dict[str, int] = {}
    for attribution in sorted(analysis.attributions, key=_first_offset):
        order.setdefault(attribution.speaker, len(order))
    return order


def _first_offset(attribution) -> int:
    spans = [s.start for s in attribution.content]
    if attribution.speaker_span:
        spans.append(attribution.speaker_span.start)
    return min(spans) if spans else 0


def dismissed_targets(annotations: Iterable[Annotation]) -> set[str]:
    return {a.target for a in annotations if a.target and a.status == "dismissed"}


def build_marks(
    article: Article,
    analysis: Analysis | None,
    annotations: Sequence[Annotation],
    palette: Palette,
    label_colours: dict[str, str] | None = None,
) -> list[Mark]:
    """Every mark of one article; suggestions the reader dismissed are left out.

    ``label_colours`` maps codebook label names to "#RRGGBB"; an annotation with such a
    label is tinted in its label's colour, others in the palette's annotation fill."""
    marks: list[Mark] = []
    if analysis is not None:
        dismissed = dismissed_targets(annotations)
        marks += _claim_marks(analysis, palette, dismissed)
        marks += _attribution_marks(analysis, palette)
        marks += _flag_marks(analysis, palette, dismissed)
    marks += _annotation_marks(article, annotations, palette, label_colours or {})
    marks.sort(key=lambda m: (m.start, -m.end))
    return marks


def _claim_marks(analysis: Analysis, palette: Palette, dismissed: set[str]) -> list[Mark]:
    fill = palette.layer("claim").fill
    return [
        Mark(
            "claim",
            "claim",
            i,
            c.start,
            c.end,
            fill,
            span_text.describe_claim(c, analysis.attributions),
        )
        for i, c in enumerate(analysis.claims)
        if suggestion_key("claim", c.start, c.end) not in dismissed and c.end > c.start
    ]


def _attribution_marks(analysis: Analysis, palette: Palette) -> list[Mark]:
    order = speaker_order(analysis)
    marks = []
    for i, a in enumerate(analysis.attributions):
        tint = palette.speaker_fill(order.get(a.speaker, 0))
        tip = span_text.describe_quote(a)
        marks += [Mark("quote", "attribution", i, s.start, s.end, tint, tip) for s in a.content]
        if a.speaker_span and a.speaker_span.end > a.speaker_span.start:
            marks.append(
                Mark(
                    "speaker",
                    "attribution",
                    i,
                    a.speaker_span.start,
                    a.speaker_span.end,
                    palette.layer("speaker").fill,
                    span_text.describe_speaker(a),
                )
            )
    return marks


def _flag_marks(analysis: Analysis, palette: Palette, dismissed: set[str]) -> list[Mark]:
    return [
        Mark(
            f.category,
            "flag",
            i,
            f.start,
            f.end,
            palette.layer(f.category).fill,
            span_text.describe_flag(f, palette),
        )
        for i, f in enumerate(analysis.flags)
        if f.category in palette.layers
        and suggestion_key("flag", f.start, f.end, f.category) not in dismissed
    ]


def _annotation_marks(
    article: Article,
    annotations: Sequence[Annotation],
    palette: Palette,
    label_colours: dict[str, str],
) -> list[Mark]:
    default_fill = palette.layer("annotation").fill
    marks = []
    for a in annotations:
        # Accept/dismiss decisions are not marks of their own; verdicts and notes are.
        if a.status != "user" or not (0 <= a.start < a.end <= len(article.text)):
            continue
        colour = label_colours.get(a.label)
        marks.append(
            Mark(
                "annotation",
                "annotation",
                a.id or 0,
                a.start,
                a.end,
                tint(colour) if colour else default_fill,
                span_text.describe_annotation(a),
            )
        )
    return marks


def marks_at(marks: Sequence[Mark], offset: int, layers: Iterable[str] | None = None) -> list[Mark]:
    """Marks covering a character offset, innermost (shortest) first."""
    wanted = set(layers) if layers is not None else None
    hits = [m for m in marks if m.start <= offset < m.end and (wanted is None or m.layer in wanted)]
    return sorted(hits, key=lambda m: m.end - m.start)


class OffsetMap:
    """Python str offsets <-> Qt UTF-16 positions (characters above U+FFFF take two units)."""

    def __init__(self, text: str) -> None:
        # Offsets of astral characters; empty for almost every article, then mapping is identity.
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._qt_astral = [i + n for n, i in enumerate(self._astral)]

    def to_qt(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset)

    def to_py(self, position: int) -> int:
        # Each astral character starting before this position took one extra unit.
        return position - bisect.bisect_left(self._qt_astral, position)
