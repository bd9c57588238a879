"""Dates in running text ("5 March 2024", "last week", "two days ago"), found in one scan per article."""

from __future__ import annotations

import re

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


def _by_first_letter(branches: list[tuple[str, str]]) -> dict[str, str]:
    """``(?:a1|a2)tail1|(?:b1)tail2|...`` for alternatives opening with a capital, regrouped by
    that capital: {capital: ``(?:rest..)tail1|...``}, for a regex that has consumed the capital.

    A capital then costs one test instead of one per alternative. Within a letter the
    alternatives keep their order, and two letters never match at one position, so the regex
    finds what the flat alternation finds."""
    groups: dict[str, list[str]] = {}
    for alternatives, tail in branches:
        rests: dict[str, list[str]] = {}
        for alternative in alternatives.split("|"):
            if alternative[0].isupper():
                rests.setdefault(alternative[0], []).append(alternative[1:])
        for first, rest in rests.items():
            groups.setdefault(first, []).append(f"(?:{'|'.join(rest)}){tail}")
    return {first: "|".join(parts) for first, parts in groups.items()}


# Dates opening with a digit or a capital, in DATE's order, as one alternative per first
# character, each opening with that literal: ``re`` skips in C to those characters (a leading \b
# is tried at every position) and at one of them a wrong literal costs one comparison. The
# first character is consumed, then the word-start test looks back at it.
_AFTER_DIGIT = (
    rf"\d?(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:{_YEAR})?"
    r"|\d{3}-\d{2}-\d{2}\b|\d?/\d{1,2}/\d{2,4}\b"
    r"|(?<![\d,.].)(?:(?<=1)[6-9]\d{2}|(?<=2)0\d{2})s?\b(?![,.]\d)"
)
_AFTER_CAPITAL = _by_first_letter(
    [
        (_MONTHS, r"\.?" + _DAY_TAIL),
        (_MONTHS_ALONE, rf"\b(?:{_YEAR})?"),
        (_WEEKDAYS, r"\b"),
        ("Yesterday|Tomorrow", r"\b"),
        (_RELATIVE, _SEASON),
    ]
)
CAPITAL_DATE = re.compile(
    "|".join(
        [rf"{digit}(?<!\w.)(?:{_AFTER_DIGIT})" for digit in "0123456789"]
        + [rf"{first}(?<!\w.)(?:{rest})" for first, rest in _AFTER_CAPITAL.items()]
    )
)
# Dates opening with a lower-case letter are made of lower-case words and spaces only, so they
# never overlap the others. Each opens with one of these words, found with str.find, or is a count
# word before "ago" ("days ago") or "earlier"/"later" before " this": those are found from the
# rarer "ago" and "er this" (11 whole-text searches per article became 6).
_LOWER_OPENERS = ("yesterday", "tomorrow", "last", "next")
_AGO_WORDS = _AGOS.split("|")
_WORD_BEFORE = re.compile(r"[\w-]+\s+$")


def date_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every date in ``text``, as ``DATE.finditer`` finds them."""
    spans = [m.span() for m in CAPITAL_DATE.finditer(text)]
    end = 0
    for pos in _lower_openers(text):
        if pos >= end:
            m = DATE.match(text, pos)  # checks the word start, then the whole form
            if m:
                spans.append(m.span())
                end = m.end()
    if end:
        spans.sort()
    return spans


def _lower_openers(text: str) -> list[int]:
    """Sorted positions where a lower-case date may open (a superset: DATE.match decides)."""
    openers = [pos for word in _LOWER_OPENERS for pos in _occurrences(text, word)]
    for pos in _occurrences(text, "ago"):
        gap = pos
        while gap > 0 and text[gap - 1].isspace():  # DATE's \s+ before "ago"
            gap -= 1
        if gap < pos:
            openers += [gap - len(w) for w in _AGO_WORDS if text.endswith(w, 0, gap)]
    for pos in _occurrences(text, "er this"):
        if pos >= 5 and text.startswith("earli", pos - 5):
            openers.append(pos - 5)
        elif pos >= 3 and text.startswith("lat", pos - 3):
            openers.append(pos - 3)
    openers.sort()
    return openers


def _occurrences(text: str, word: str) -> list[int]:
    out, pos = [], text.find(word)
    while pos >= 0:
        out.append(pos)
        pos = text.find(word, pos + 1)
    return out


def with_count(text: str, start: int, end: int, floor: int) -> str:
    """The date as written; "weeks ago" -> "two weeks ago" (the word before a relative date belongs
    to it, if it is after ``floor``)."""
    if not text.endswith("ago", start, end):
        return text[start:end]
    before = _WORD_BEFORE.search(text, max(floor, start - 20), start)
    return text[before.start() : end] if before else text[start:end]
