"""The letterhead block above a title: institution names, capitals, lines in another script."""

from __future__ import annotations

import re
from functools import lru_cache

from reader_app.ingest.lines import (
    Line,
    ends_sentence,
    is_all_caps,
    latin_share,
    normalize_spaces,
    starts_lowercase,
)
from reader_app.ingest.rules import cue_alternation

LETTERHEAD = "letterhead"
_SMALL_WORDS = frozenset(["of", "for", "the", "and", "a", "an", "in", "on", "at", "with", "to", "by", "de", "du", "la"])
_MAX_LINES = 10


@lru_cache(maxsize=1)
def _institution() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{cue_alternation('institution_word')})\b", re.IGNORECASE)


def _kind(text: str, body_is_latin: bool, previous: str | None) -> str | None:
    """'strong', 'weak' or None for one candidate letterhead line."""
    if len(text) > 80 or ends_sentence(text) and not text.endswith(")"):
        return None
    if body_is_latin and latin_share(text) < 0.5:
        return "strong"
    has_institution = bool(_institution().search(text))
    if is_all_caps(text) and has_institution:
        return "strong"
    if has_institution and len(text.split()) <= 10:
        return "weak"
    if previous is not None and starts_lowercase(text) and len(text) <= 60:
        return "weak"  # the second line of a wrapped institution name
    return None


def find_letterhead(lines: list[Line], marks: dict[int, str], body_is_latin: bool) -> list[Line]:
    """Letterhead lines at the very top, or [] when the top of the text is not one.

    Accepted only with at least one strong line (another script, or an institution in capitals),
    and only when something follows it: a letterhead sits above a title or body.
    """
    found: list[Line] = []
    strong = False
    previous: str | None = None
    candidates = [ln for ln in lines if not ln.is_blank and not ln.is_page_break and ln.index not in marks]
    for line in candidates[:_MAX_LINES]:
        text = normalize_spaces(line.text)
        kind = _kind(text, body_is_latin, previous)
        if kind is None:
            break
        strong = strong or kind == "strong"
        found.append(line)
        previous = text
    if not strong or len(found) >= len(candidates):
        return []
    # One line in capitals may be a headline; a letterhead has more lines or another script.
    if len(found) < 2 and all(latin_share(normalize_spaces(ln.text)) >= 0.5 for ln in found):
        return []
    return found


def letterhead_names(texts: list[str]) -> list[str]:
    """Institution names in the letterhead's Latin lines, wrapped lines joined, capitals softened."""
    names: list[str] = []
    for text in (normalize_spaces(t) for t in texts):
        if latin_share(text) < 0.5:
            continue
        if names and starts_lowercase(text):
            names[-1] = f"{names[-1]} {text}"
        else:
            names.append(soften_caps(text) if is_all_caps(text) else text)
    return names


def letterhead_outlet(texts: list[str]) -> str | None:
    """The issuing body: the last (most specific) name, its parent bodies in brackets."""
    names = [n for n in letterhead_names(texts) if _institution().search(n)]
    if not names:
        return None
    if len(names) == 1:
        return names[0]
    return f"{names[-1]} ({', '.join(names[:-1])})"


def soften_caps(text: str) -> str:
    words = text.lower().split()
    return " ".join(w if i and w in _SMALL_WORDS else w.capitalize() for i, w in enumerate(words))
