"""Dates in running text ("5 March 2024", "last week", "two days ago"), found in one scan per article."""

from __future__ import annotations

import re

from reader_app.analysis.claim_scan import exact_spans

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
_MONTH = rf"(?:{_MONTHS})\.?"
# Month names alone count too, except "May" (a modal verb far more often than a month).
_MONTHS_ALONE = "January|February|March|April|June|July|August|September|October|November|December"
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_RELATIVE = "Last|last|Next|next|Earlier this|earlier this|Later this|later this"
_SEASON = r"\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter)\b"
_AGOS = "days|weeks|months|years|hours"
_AGO_TAIL = r"\s+ago\b"  # the count before it is added in code
_YEAR = r",?\s+\d{4}"
_DAY_TAIL = rf"\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:{_YEAR})?"
_NUMERIC = (
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:{_YEAR})?"
    r"|\d{4}-\d{2}-\d{2}\b|\d{1,2}/\d{1,2}/\d{2,4}\b"
    r"|(?<![\d,.])(?:1[6-9]\d{2}|20\d{2})s?\b(?![,.]\d)"
)

# The reference form: one alternation, tried branch by branch at every word start.
DATE = re.compile(
    rf"\b(?=[0-9JFMASONDTWLEYlnety])(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:{_YEAR})?"
    rf"|{_MONTH}{_DAY_TAIL}"
    rf"|(?:{_MONTHS_ALONE})\b(?:{_YEAR})?"
    r"|\d{4}-\d{2}-\d{2}\b|\d{1,2}/\d{1,2}/\d{2,4}\b"
    r"|(?<![\d,.])(?:1[6-9]\d{2}|20\d{2})s?\b(?![,.]\d)"
    rf"|(?:{_WEEKDAYS})\b"
    r"|(?:[Yy]esterday|[Tt]omorrow)\b"
    r"|(?:[Ll]ast|[Nn]ext|[Ee]arlier this|[Ll]ater this)" + _SEASON + ")"
    rf"|\b(?:{_AGOS}){_AGO_TAIL}"
)


def _by_first_letter(branches: list[tuple[str, str]]) -> str:
    """``(?:a1|a2)tail1|(?:b1)tail2|...`` regrouped by first letter: ``X(?:(?:rest..)tail1|...)``.

    A word start then costs one test per first letter instead of one per alternative. Within a
    letter the alternatives keep their order, and two letters never match at one position, so
    the regex finds what the flat alternation finds."""
    groups: dict[str, list[str]] = {}
    for alternatives, tail in branches:
        rests: dict[str, list[str]] = {}
        for alternative in alternatives.split("|"):
            rests.setdefault(alternative[0], []).append(alternative[1:])
        for first, rest in rests.items():
            groups.setdefault(first, []).append(f"(?:{'|'.join(rest)}){tail}")
    return "|".join(f"{first}(?:{'|'.join(parts)})" for first, parts in groups.items())


# The fast form (see claim_scan): the non-word character before the date is consumed, digits
# then letters, each letter's alternatives in DATE's order.
_LETTERS = _by_first_letter(
    [
        (_MONTHS, r"\.?" + _DAY_TAIL),
        (_MONTHS_ALONE, rf"\b(?:{_YEAR})?"),
        (_WEEKDAYS, r"\b"),
        ("Yesterday|yesterday|Tomorrow|tomorrow", r"\b"),
        (_RELATIVE, _SEASON),
        (_AGOS, _AGO_TAIL),
    ]
)
DATE_FAST = re.compile(rf"[^\w]((?=[0-9])(?:{_NUMERIC})|{_LETTERS})")
_WORD_BEFORE = re.compile(r"[\w-]+\s+$")


def date_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every date in ``text``, as ``DATE.finditer`` finds them."""
    return exact_spans(DATE_FAST, DATE, text)


def with_count(text: str, start: int, end: int, floor: int) -> str:
    """The date as written; "weeks ago" -> "two weeks ago" (the word before a relative date belongs
    to it, if it is after ``floor``)."""
    if not text.endswith("ago", start, end):
        return text[start:end]
    before = _WORD_BEFORE.search(text, max(floor, start - 20), start)
    return text[before.start() : end] if before else text[start:end]
