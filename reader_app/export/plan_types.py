"""The plain data of an export plan: highlighted spans, footnotes, one plan per article, layer names."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from reader_app.export.errors import ExportError
from reader_app.model import Analysis, Annotation, Article

LAYERS = ("claims", "attributions", "flags", "annotations")
MACHINE = "reader-app"


@dataclass(frozen=True)
class HighlightSpan:
    """One highlighted range of an article's text and the note that goes with it."""

    start: int
    end: int
    text: str
    layer: str  # one of LAYERS
    style_key: str  # palette layer ("claim", a flag category, "annotation", ...) or "label:<name>"
    fill: str  # "#RRGGBB" background tint
    color: str  # "#RRGGBB" line / marker colour
    line: str  # palette line style: "fill", "wave", "dash", ...
    note: str
    author: str  # the PDF /T: the reader's name for their notes, the annotator for suggestions
    key: str  # suggestion key (or "note:<n>") so exports can be matched back
    marker: int | None = None  # footnote number of a user note
    tags: tuple[str, ...] = ()  # a user note's tags
    verdict: str | None = None  # a user note's verdict on a claim

    @property
    def machine(self) -> bool:
        return self.layer != "annotations"


@dataclass(frozen=True)
class Footnote:
    number: int
    quote: str
    note: str
    author: str


@dataclass(frozen=True)
class ArticlePlan:
    article: Article
    analysis: Analysis | None
    spans: tuple[HighlightSpan, ...]
    footnotes: tuple[Footnote, ...] = ()
    dismissed: int = 0  # suggestions left out because the reader dismissed them
    skipped: tuple[str, ...] = ()  # spans left out because their offsets no longer fit the text


def parse_layers(value: str | Iterable[str] | None) -> tuple[str, ...]:
    """'claims,flags' or an iterable -> a validated tuple in canonical order."""
    if value is None:
        return LAYERS
    names = value.split(",") if isinstance(value, str) else list(value)
    wanted = {n.strip().lower() for n in names if n.strip()}
    unknown = sorted(wanted - set(LAYERS))
    if unknown:
        raise ExportError(f"unknown layer(s) {', '.join(unknown)}; choose from {', '.join(LAYERS)}")
    return tuple(layer for layer in LAYERS if layer in wanted)


def group_annotations(
    annotations: Mapping[str, Sequence[Annotation]] | Iterable[Annotation] | None,
) -> dict[str, list[Annotation]]:
    """Annotations per article id, from a mapping or a flat list."""
    if annotations is None:
        return {}
    if isinstance(annotations, Mapping):
        return {str(k): list(v) for k, v in annotations.items()}
    grouped: dict[str, list[Annotation]] = {}
    for annotation in annotations:
        grouped.setdefault(annotation.article_id, []).append(annotation)
    return grouped
