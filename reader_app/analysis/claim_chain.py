"""Who stands behind a claim: outlet -> agency -> author -> quoted speaker, or the outlet's own voice."""

from __future__ import annotations

from typing import Any

from reader_app.model import Analysis, Claim, Metadata


def _evidence(meta: Metadata, field: str) -> str | None:
    ev = meta.evidence_for(field)
    return ev.evidence if ev else None


def claim_chain(meta: Metadata, analysis: Analysis, claim: Claim) -> list[dict[str, Any]]:
    """The links from publisher to the voice that makes the claim, outermost first.

    Each link is ``{"role", "name", "evidence"}``; the speaker link adds ``kind``, ``speaker_kind``,
    ``cue`` and the speaker span offsets. Unknown outlet or author are left out, not guessed.
    """
    chain: list[dict[str, Any]] = []
    if meta.outlet:
        chain.append({"role": "outlet", "name": meta.outlet, "evidence": _evidence(meta, "outlet")})
    if meta.reporting_by:
        chain.append(
            {
                "role": "agency",
                "name": meta.reporting_by,
                "evidence": _evidence(meta, "reporting_by"),
            }
        )
    if meta.author:
        chain.append({"role": "author", "name": meta.author, "evidence": _evidence(meta, "author")})
    if claim.attribution is not None and 0 <= claim.attribution < len(analysis.attributions):
        chain.append(_speaker_link(analysis, claim.attribution))
    else:
        voice = meta.author or meta.outlet or "the article"
        chain.append({"role": "own voice", "name": voice, "evidence": None})
    return chain


def _speaker_link(analysis: Analysis, index: int) -> dict[str, Any]:
    a = analysis.attributions[index]
    span = a.speaker_span
    return {
        "role": "speaker",
        "name": a.speaker,
        "evidence": a.cue.text if a.cue else None,
        "kind": a.kind,
        "speaker_kind": a.speaker_kind,
        "cue": a.cue.text if a.cue else None,
        "start": span.start if span else None,
        "end": span.end if span else None,
        "attribution": index,
    }
