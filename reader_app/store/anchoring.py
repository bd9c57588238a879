"""Move an annotation onto a changed text: by its offsets, else by its quote and surrounding context."""

from __future__ import annotations

from dataclasses import replace

from reader_app.model import Annotation

CONTEXT = 32  # characters of prefix/suffix stored with an anchor


def context_of(text: str, start: int, end: int, width: int = CONTEXT) -> tuple[str, str]:
    """The prefix and suffix an anchor at ``text[start:end]`` keeps to be found again later."""
    return text[max(0, start - width) : start], text[end : end + width]


def reanchor(ann: Annotation, new_text: str) -> Annotation | None:
    """``ann`` placed on ``new_text``, or None when its quote is no longer there.

    Offsets win when the quote still sits there. Otherwise each occurrence of the quote is
    scored by how much of the stored prefix and suffix surround it; ties go to the occurrence
    nearest the old position (text usually moves by the size of what was inserted before it).
    """
    if ann.quote and new_text[ann.start : ann.end] == ann.quote:
        return ann
    best = _best_position(ann, new_text)
    if best is None:
        return None
    start, end = best
    # Fresh context of the same length, so the next move starts from what the text says now.
    prefix = new_text[max(0, start - len(ann.prefix)) : start]
    return replace(
        ann, start=start, end=end, prefix=prefix, suffix=new_text[end : end + len(ann.suffix)]
    )


def _best_position(ann: Annotation, text: str) -> tuple[int, int] | None:
    if not ann.quote:
        return _empty_anchor(ann, text)
    scored = []
    for start in _occurrences(text, ann.quote):
        end = start + len(ann.quote)
        score = _common_suffix(text[:start], ann.prefix) + _common_prefix(text[end:], ann.suffix)
        scored.append((-score, abs(start - ann.start), start, end))
    if not scored:
        return None
    _score, _distance, start, end = min(scored)
    return start, end


def _empty_anchor(ann: Annotation, text: str) -> tuple[int, int] | None:
    """A zero-length mark (a caret note) is found by its context alone."""
    if not (ann.prefix or ann.suffix):
        return None
    joined = ann.prefix + ann.suffix
    hits = [p + len(ann.prefix) for p in _occurrences(text, joined)]
    if not hits:
        return None
    pos = min(hits, key=lambda p: abs(p - ann.start))
    return pos, pos


def _occurrences(text: str, needle: str) -> list[int]:
    found, pos = [], text.find(needle)
    while pos != -1:
        found.append(pos)
        pos = text.find(needle, pos + 1)
    return found


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return n
