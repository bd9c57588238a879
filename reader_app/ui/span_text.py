"""Plain-language descriptions of highlighted spans, for tooltips and the inspector (no Qt)."""

from __future__ import annotations

from collections.abc import Sequence

from reader_app.model import Annotation, Attribution, Claim, Flag
from reader_app.palette import Palette

KIND_WORDS = {
    "direct": "direct quote",
    "indirect": "reported speech",
    "interview": "interview answer",
    "relay": "relayed from another source",
}


def speaker_phrase(attribution: Attribution) -> str:
    cue = f" ('{attribution.cue.text}')" if attribution.cue else ""
    return f"said by {attribution.speaker}{cue}"


def describe_claim(claim: Claim, attributions: Sequence[Attribution]) -> str:
    """'Claim 0.82: numeric, date · said by X' or '... · the outlet's own voice'."""
    kinds = ", ".join(claim.kinds) if claim.kinds else "statement"
    text = f"Claim {claim.score:.2f}: {kinds}"
    if claim.attribution is not None and 0 <= claim.attribution < len(attributions):
        return f"{text} · {speaker_phrase(attributions[claim.attribution])}"
    return f"{text} · the outlet's own voice"


def voice_phrase(voice: str) -> str:
    return "author's voice" if voice == "author" else "quoted voice"


def describe_flag(flag: Flag, palette: Palette) -> str:
    """ "Pejorative (author's voice): 'brutal' is in the pejorative list ..."."""
    layer = palette.layers.get(flag.category)
    label = layer.label if layer else flag.category.replace("_", " ").capitalize()
    reason = flag.reason or f"'{flag.text}' matched the {flag.category} rules"
    return f"{label} ({voice_phrase(flag.voice)}): {reason}"


def describe_quote(attribution: Attribution) -> str:
    kind = KIND_WORDS.get(attribution.kind, attribution.kind)
    return f"Quoted speech, {kind} · {speaker_phrase(attribution)}"


def describe_speaker(attribution: Attribution) -> str:
    n_words = sum(len(s.text.split()) for s in attribution.content)
    return f"Speaker: {attribution.speaker} ({attribution.speaker_kind}) · {n_words} words attributed here"


def describe_annotation(annotation: Annotation) -> str:
    head = (
        f"Your verdict: {annotation.verdict}"
        if annotation.verdict
        else "Your note" + ("" if annotation.label in ("note", "") else f" ({annotation.label})")
    )
    note = f" · {annotation.note}" if annotation.note else ""
    tags = f" · #{' #'.join(annotation.tags)}" if annotation.tags else ""
    edit = "" if annotation.verdict else "  (right-click to edit or delete)"
    return head + note + tags + edit
