"""Which spans an export highlights, in which colour, with which note: the Qt-free plan the PDF draws."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from reader_app.export import notes
from reader_app.export.plan_types import (
    LAYERS,
    MACHINE,
    ArticlePlan,
    Footnote,
    HighlightSpan,
    group_annotations,
    parse_layers,
)
from reader_app.model import Analysis, Annotation, Article, suggestion_key
from reader_app.palette import LayerStyle, Palette, label_style, load_palette

__all__ = [
    "LAYERS",
    "MACHINE",
    "ArticlePlan",
    "Footnote",
    "HighlightSpan",
    "dismissed_keys",
    "group_annotations",
    "legend_entries",
    "parse_layers",
    "plan_article",
    "plan_export",
]

FALLBACK_FLAG_STYLE = "hedge"  # a category the palette does not know is drawn as a hedge


def plan_export(
    items: Sequence[tuple[Article, Analysis | None]],
    annotations: Mapping[str, Sequence[Annotation]] | Iterable[Annotation] | None = None,
    *,
    layers: str | Iterable[str] | None = LAYERS,
    palette: Palette | None = None,
    annotator: str = MACHINE,
    user_name: str | None = None,
    label_colours: Mapping[str, str] | None = None,
) -> list[ArticlePlan]:
    """Plans for every article; ``label_colours`` (codebook label -> "#RRGGBB") colour the reader's
    notes as the app shows them."""
    chosen = parse_layers(layers)
    grouped = group_annotations(annotations)
    pal = palette or load_palette()
    return [
        plan_article(
            article,
            analysis,
            grouped.get(article.id, ()),
            layers=chosen,
            palette=pal,
            annotator=annotator,
            user_name=user_name,
            label_colours=label_colours,
        )
        for article, analysis in items
    ]


def plan_article(
    article: Article,
    analysis: Analysis | None,
    annotations: Sequence[Annotation] = (),
    *,
    layers: Sequence[str] = LAYERS,
    palette: Palette | None = None,
    annotator: str = MACHINE,
    user_name: str | None = None,
    label_colours: Mapping[str, str] | None = None,
) -> ArticlePlan:
    pal = palette or load_palette()
    builder = _Builder(article, analysis, annotations, pal, annotator)
    builder.label_colours = dict(label_colours or {})
    if analysis is not None:
        if "claims" in layers:
            builder.add_claims()
        if "attributions" in layers:
            builder.add_attributions()
        if "flags" in layers:
            builder.add_flags()
    footnotes: list[Footnote] = []
    if "annotations" in layers:
        footnotes = builder.add_user_notes(user_name)
    spans = tuple(sorted(builder.spans, key=lambda s: (s.start, LAYERS.index(s.layer), s.end)))
    return ArticlePlan(
        article, analysis, spans, tuple(footnotes), builder.dismissed, tuple(builder.skipped)
    )


class _Builder:
    """Collects the spans of one article, leaving out dismissed suggestions and stale offsets."""

    def __init__(self, article, analysis, annotations, palette: Palette, annotator: str):
        self.article, self.analysis, self.palette, self.annotator = (
            article,
            analysis,
            palette,
            annotator,
        )
        self.annotations = list(annotations)
        self.decisions = {
            a.target: a
            for a in self.annotations
            if a.target and a.status in ("accepted", "dismissed")
        }
        self.label_colours: dict[str, str] = {}
        self.spans: list[HighlightSpan] = []
        self.skipped: list[str] = []
        self.dismissed = 0

    def add_claims(self) -> None:
        for claim in self.analysis.claims:
            note = notes.claim_note(claim, self.article, self.analysis)
            self._suggest("claims", "claim", claim.start, claim.end, note, key_kind="claim")

    def add_attributions(self) -> None:
        speakers: dict[str, int] = {}
        for attribution in self.analysis.attributions:
            index = speakers.setdefault(attribution.speaker, len(speakers))
            fill = self.palette.speaker_fill(index)
            note = notes.attribution_note(attribution)
            for part in attribution.content:
                self._suggest(
                    "attributions",
                    "quote",
                    part.start,
                    part.end,
                    note,
                    key_kind="attribution",
                    fill=fill,
                )
            if attribution.speaker_span is not None:
                span = attribution.speaker_span
                self._suggest(
                    "attributions",
                    "speaker",
                    span.start,
                    span.end,
                    notes.attribution_note(attribution, speaker_mark=True),
                    key_kind="speaker",
                )

    def add_flags(self) -> None:
        for flag in self.analysis.flags:
            style_key = (
                flag.category if flag.category in self.palette.layers else FALLBACK_FLAG_STYLE
            )
            self._suggest(
                "flags",
                style_key,
                flag.start,
                flag.end,
                notes.flag_note(flag),
                key_kind="flag",
                extra=flag.category,
            )

    def add_user_notes(self, user_name: str | None) -> list[Footnote]:
        users = [a for a in self.annotations if a.status == "user"]
        anchored = [(self._anchor(a), a) for a in users]
        placed = sorted(((r, a) for r, a in anchored if r), key=lambda ra: (ra[0][0], ra[0][1]))
        footnotes = []
        for number, ((start, end), annotation) in enumerate(placed, start=1):
            colour = self.label_colours.get(annotation.label)
            style = (
                label_style(annotation.label, colour)
                if colour
                else self.palette.layer("annotation")
            )
            note = notes.user_note(annotation, number)
            author = annotation.author or user_name or "reader"
            text = self.article.text[start:end]
            self.spans.append(
                HighlightSpan(
                    start,
                    end,
                    text,
                    "annotations",
                    style.key,
                    style.fill,
                    style.color,
                    style.style,
                    note,
                    author,
                    f"note:{annotation.id if annotation.id is not None else number}",
                    marker=number,
                    tags=annotation.tags,
                    verdict=annotation.verdict,
                )
            )
            footnotes.append(Footnote(number, text, note, author))
        return footnotes

    def _suggest(self, layer, style_key, start, end, note, *, key_kind, extra="", fill=None):
        key = suggestion_key(key_kind, start, end, extra)
        decision = self.decisions.get(key)
        if decision is not None and decision.status == "dismissed":
            self.dismissed += 1
            return
        if not 0 <= start < end <= len(self.article.text):
            self.skipped.append(f"{key}: offsets outside the text")
            return
        style: LayerStyle = self.palette.layer(style_key)
        self.spans.append(
            HighlightSpan(
                start,
                end,
                self.article.text[start:end],
                layer,
                style_key,
                fill or style.fill,
                style.color,
                style.style,
                note + notes.accepted_suffix(decision),
                self.annotator,
                key,
            )
        )

    def _anchor(self, annotation: Annotation) -> tuple[int, int] | None:
        """The annotation's range, re-found by its quote when the offsets no longer match."""
        text = self.article.text
        start, end = annotation.start, annotation.end
        if 0 <= start < end <= len(text) and (
            not annotation.quote or text[start:end] == annotation.quote
        ):
            return start, end
        quote = annotation.quote
        if quote:
            hits = _occurrences(text, annotation.prefix + quote + annotation.suffix)
            offset = len(annotation.prefix)
            if not hits:
                hits, offset = _occurrences(text, quote), 0
            if hits:
                best = min(hits, key=lambda h: abs(h + offset - start))
                return best + offset, best + offset + len(quote)
        self.skipped.append(f"note {annotation.id}: its quote is no longer in the text")
        return None


def dismissed_keys(annotations: Iterable[Annotation]) -> set[str]:
    """The suggestion keys a reader dismissed."""
    return {a.target for a in annotations if a.status == "dismissed" and a.target}


def _occurrences(text: str, needle: str) -> list[int]:
    hits, at = [], text.find(needle)
    while needle and at >= 0:
        hits.append(at)
        at = text.find(needle, at + 1)
    return hits


def legend_entries(
    plans: Sequence[ArticlePlan], palette: Palette | None = None
) -> list[LayerStyle]:
    """The palette layers the export uses, in palette order, then the codebook labels of the
    reader's notes in order of first use (for the legend)."""
    pal = palette or load_palette()
    used = {span.style_key for plan in plans for span in plan.spans}
    labels: dict[str, LayerStyle] = {}
    for span in (s for plan in plans for s in plan.spans if s.style_key.startswith("label:")):
        labels.setdefault(span.style_key, label_style(span.style_key[6:], span.color))
    return [style for key, style in pal.layers.items() if key in used] + list(labels.values())
