"""Why a sentence can never be a claim: page furniture, an interviewer's question, a heading."""

from __future__ import annotations

from collections.abc import Sequence

from reader_app.analysis.claim_cues import cues
from reader_app.model import Sentence

CLOSERS = "\"\u201d\u2019')]"
_TERMINAL = ".!?\u2026"
_BULLET = ("-", "\u2022", "*", "\u25aa", "\u25e6")
# Characters ``re.IGNORECASE`` equates with an ASCII letter where ``str.lower`` does not (dotted
# capital I, dotless i, long s): with one in the text, matching ``text.lower()`` is off.
CASE_HAZARDS = ("\u0130", "\u0131", "\u017f")


def exact_lower(text: str, lower: str) -> bool:
    """Whether case-sensitive matching of lowercase patterns on ``lower`` finds what
    ``re.IGNORECASE`` finds on ``text``, at the same offsets."""
    return len(lower) == len(text) and not any(ch in text for ch in CASE_HAZARDS)


def not_a_claim(
    text: str,
    start: int,
    end: int,
    question_turn: bool,
    lower: str | None = None,
    anywhere: bool = True,
) -> str | None:
    """Why a sentence can never be a claim (question, heading, page furniture), or None.

    ``lower``: ``text.lower()`` if ``exact_lower``; the furniture patterns then run on it, and
    ``anywhere=False`` says the sentence holds no furniture-anywhere phrase (known from the scan
    of the lowered text: see sparse_features)."""
    furniture = (
        _furniture(text, start, end)
        if lower is None
        else _furniture_lower(text, lower, start, end, anywhere)
    )
    if furniture is not None:
        return f"page furniture: {furniture}"
    if question_turn:
        return "interview question turn"
    body = text[start:end].rstrip(CLOSERS + " ")
    if body.endswith("?"):
        return "question"
    if body and body[-1] not in _TERMINAL + ":" and not body.startswith(_BULLET):
        return "heading (no closing punctuation)"
    return None


def _furniture(text: str, start: int, end: int) -> str | None:
    c = cues()
    found = c.furniture_start.match(text, start, end) or c.furniture_anywhere.search(
        text, start, end
    )
    return found.group().strip() if found else None


def _furniture_lower(text: str, lower: str, start: int, end: int, anywhere: bool) -> str | None:
    """_furniture on the lowered text: case-sensitive patterns, and the anywhere-search consumes
    the character before a phrase (from the one before the sentence: the same leftmost phrase)."""
    c = cues()
    found = c.furniture_start_lower.match(lower, start, end)
    if found:
        return text[start : found.end()].strip()
    if not anywhere and not _cut_word(lower, end):
        return None
    if start == 0:  # no character before the text: a phrase may open it
        found = c.furniture_anywhere.match(text, 0, end)
        if found:
            return found.group().strip()
    found = c.furniture_anywhere_after.search(lower, max(start - 1, 0), end)
    return text[found.start(1) : found.end(1)].strip() if found else None


def _cut_word(lower: str, end: int) -> bool:
    """Whether a word character or apostrophe follows ``end``: a phrase ending there is a whole
    word to a search that stops at ``end`` but not to a scan of the whole text."""
    return end < len(lower) and (lower[end].isalnum() or lower[end] in "_'\u2019")


def question_turns(text: str, sentences: Sequence[Sentence]) -> list[bool] | None:
    """Whether each sentence belongs to an interviewer's Q: turn (until the next A: or paragraph);
    None when no sentence does (no "Q:" in the text)."""
    if "Q:" not in text:
        return None
    out, in_q, para = [], False, None
    for s in sentences:
        head = text[s.start : s.start + 2]
        if head == "Q:":
            in_q = True
        elif head == "A:" or s.paragraph != para:
            in_q = False
        para = s.paragraph
        out.append(in_q)
    return out
