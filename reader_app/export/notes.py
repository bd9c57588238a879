"""The note text each exported highlight carries (PDF popups, CSV, Web Annotation bodies)."""

from __future__ import annotations

from reader_app.model import Analysis, Annotation, Article, Attribution, Claim, Flag

SEP = " - "
VOICE_TEXT = {"author": "author's own voice", "quoted": "in quoted speech"}


def category_name(category: str) -> str:
    """'reporting_verb' -> 'Reporting verb'."""
    return category.replace("_", " ").strip().capitalize() or "Flag"


def source_name(article: Article) -> str:
    """Who published the text: the outlet, else the wire agency, else the file name."""
    meta = article.meta
    if meta.outlet:
        return meta.outlet
    if meta.reporting_by:
        return meta.reporting_by
    return "unknown outlet"


def claim_speaker(claim: Claim, analysis: Analysis) -> Attribution | None:
    if claim.attribution is None or not 0 <= claim.attribution < len(analysis.attributions):
        return None
    return analysis.attributions[claim.attribution]


def claim_note(claim: Claim, article: Article, analysis: Analysis) -> str:
    """'Claim (0.82) - said by Jane Doe - The Daily' or '... - outlet's own voice - The Daily'."""
    attribution = claim_speaker(claim, analysis)
    who = f"said by {attribution.speaker}" if attribution else "outlet's own voice"
    parts = [f"Claim ({claim.score:.2f})", who, source_name(article)]
    if claim.kinds:
        parts.append("kinds: " + ", ".join(claim.kinds))
    return SEP.join(parts)


def attribution_note(attribution: Attribution, *, speaker_mark: bool = False) -> str:
    """'Quoted: Jane Doe (direct, 'said')'; the speaker's own name gets 'Speaker: ...'."""
    detail = attribution.kind
    if attribution.cue is not None and attribution.cue.text.strip():
        detail += f", '{attribution.cue.text.strip()}'"
    head = "Speaker" if speaker_mark else "Quoted"
    return f"{head}: {attribution.speaker} ({detail})"


def flag_note(flag: Flag) -> str:
    """ "Puffery: 'visionary leadership' (author's own voice) - <reason>"."""
    voice = VOICE_TEXT.get(flag.voice, flag.voice or "voice unknown")
    text = f"{category_name(flag.category)}: '{flag.text}' ({voice})"
    return text + (SEP + flag.reason if flag.reason else "")


def user_note(annotation: Annotation, number: int | None = None) -> str:
    """'Note 2: misleading-number [economy, check] - verdict: false - <note> - sources: ...'."""
    head = f"Note {number}" if number is not None else "Note"
    label = annotation.label or "note"
    if annotation.verdict and label in ("note", "verdict"):
        label = ""  # the verdict says it all; "verdict - verdict: false" would repeat it
    first = f"{head}: {label}" if label else head
    if annotation.tags:
        first += " [" + ", ".join(annotation.tags) + "]"
    parts = [first]
    if annotation.verdict:
        parts.append(f"verdict: {annotation.verdict}")
    if annotation.note.strip():
        parts.append(annotation.note.strip())
    if annotation.sources:
        parts.append("sources: " + ", ".join(annotation.sources))
    return SEP.join(parts)


def accepted_suffix(decision: Annotation | None) -> str:
    """A reader's acceptance of a machine suggestion, shown after its note."""
    if decision is None:
        return ""
    who = f" by {decision.author}" if decision.author else ""
    extra = f": {decision.note.strip()}" if decision.note.strip() else ""
    return f"{SEP}accepted{who}{extra}"
