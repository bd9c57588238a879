"""Set phrases that report speech without a reporting verb before them: 'according to X', 'as noted
in the report', 'I am told (that) ...'."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader_app.analysis.attribution_clauses import Candidate, trimmed
from reader_app.analysis.attribution_cues import AS_IN_VERBS, TOLD_SUBJECTS
from reader_app.analysis.attribution_scan import Regions, heads_of, matches_at, words_at_least
from reader_app.analysis.attribution_subjects import np_phrase

_ACCORDING = re.compile(r"\b[Aa]ccording to\b")
_AS_IN = re.compile(r"\b[Aa]s\s+(?:" + "|".join(AS_IN_VERBS) + r")\s+(?:in|by)\s+([^,.;]+)")
# 'I am told (that) ...': the author relays an unnamed source.
_TOLD_AUTHOR = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w).replace("'", "[\u2019']") for w in TOLD_SUBJECTS)
    + r")\s+(?:reliably\s+)?told\s+(?:that\s+)?"
)
_TOLD_HEADS = heads_of(TOLD_SUBJECTS)
_APPOSITION = re.compile(
    r"(?:a|an|the)\s(?:(?!\b(?:is|are|was|were|has|had|have|will|would|can|could)\b)[^,;])*"
)
_TO = re.compile(r"to\s")


def set_phrase_candidates(
    text: str,
    s: tuple[int, int],
    skip: Regions,
    starts: Sequence[int] | None,
    heads: set[str] | None,
) -> list[Candidate]:
    """The set phrases of one sentence (``sentence_candidates``' arguments; ``heads``: ``cue_heads``
    of its cue positions, or None): each pattern is tried only when a position opens like it."""
    out: list[Candidate] = []
    if heads is None or "ac" in heads:
        for m in matches_at(_ACCORDING, text, starts, *s):
            if m.start() not in skip:
                out += [c for c in [_according(text, s, m)] if c]
    if heads is None or "as" in heads:
        for m in matches_at(_AS_IN, text, starts, *s):
            out += [c for c in [_as_in(text, s, m)] if c]
    for m in (
        matches_at(_TOLD_AUTHOR, text, starts, *s)
        if heads is None or not heads.isdisjoint(_TOLD_HEADS)
        else ()
    ):
        content = trimmed(text, m.end(), s[1])
        if (
            content
            and m.start() not in skip
            and words_at_least(text, *content, 3)
            and not _TO.match(text, content[0])  # 'I was told to wait': an order
        ):
            cue = (m.start(), m.start() + len(m.group().rstrip()))
            out.append(
                Candidate(cue, (content,), "indirect", fixed="unnamed source", fixed_kind="person")
            )
    return out


def _according(text: str, s: tuple[int, int], m: re.Match[str]) -> Candidate | None:
    """'According to X, ...' / '..., according to X.' / 'A, according to X, B'."""
    after = text.find(",", m.end(), s[1])
    np_end = after if after >= 0 else s[1]
    np = trimmed(text, m.end(), np_end)
    if np is None:
        return None
    phrase = np_phrase(text, np)
    before = trimmed(text, s[0], m.start())
    rest = trimmed(text, np_end, s[1]) if after >= 0 else None
    if before and rest and _APPOSITION.fullmatch(text, *rest):
        rest = None  # '..., according to Ana Lopez, a resident.': an apposition, not content
    parts = [before, rest]
    content = tuple(p for p in parts if p and words_at_least(text, *p, 2))
    if not content:
        return None
    return Candidate((m.start(), m.end()), content, "indirect", phrase)


def _as_in(text: str, s: tuple[int, int], m: re.Match[str]) -> Candidate | None:
    """'..., as noted in the statement, ...' -> the rest of the sentence, from the document."""
    np = trimmed(text, m.start(1), m.end(1))
    if np is None:
        return None
    phrase = np_phrase(text, np)
    parts = [trimmed(text, s[0], m.start()), trimmed(text, m.end(), s[1])]
    content = tuple(p for p in parts if p and words_at_least(text, *p, 2))
    return Candidate((m.start(), m.start(1)), content, "indirect", phrase) if content else None
