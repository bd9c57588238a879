"""Finds and normalises publication dates written the ways news pages write them."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from reader_app.ingest.rules import cue_alternation, cue_values
from reader_app.text_keys import match_key

# '03/05/2024': day and month in an order the page does not name; settled from cues (see date_order).
_NUMERIC = re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:19|20)\d{2})\b")
LOW_CONFIDENCE = "low confidence: day/month order not shown, read as day first"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    month = rf"(?P<month>{cue_alternation('month')})\.?"
    day = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    year = r"(?P<year>(?:19|20)\d{2})"
    flags = re.IGNORECASE
    return (
        re.compile(rf"\b{year}-(?P<mnum>\d{{1,2}})-(?P<day>\d{{1,2}})\b"),
        re.compile(rf"\b{year}/(?P<mnum>\d{{1,2}})/(?P<day>\d{{1,2}})\b"),
        re.compile(rf"\b{day}\s+(?:of\s+)?{month},?\s+{year}\b", flags),
        re.compile(rf"\b{month}\s+{day},?\s+{year}\b", flags),
        re.compile(rf"\b(?P<day>\d{{1,2}})\.(?P<mnum>\d{{1,2}})\.{year}\b"),
        _NUMERIC,
    )


@lru_cache(maxsize=1)
def _spelled() -> tuple[re.Pattern[str], re.Pattern[str]]:
    month = rf"(?:{cue_alternation('month')})\.?"
    return (re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{month}(?!\w)", re.IGNORECASE),
            re.compile(rf"(?<!\w){month}\s+\d{{1,2}}\b(?!:)", re.IGNORECASE))


def find_date(text: str, context: str = "") -> tuple[str, re.Match[str]] | None:
    """The first valid date in ``text`` as (ISO string, match), or None.

    ``context`` (the whole article) helps order day and month in '03/05/2024'.
    """
    found = []
    for pattern in _patterns():
        for match in pattern.finditer(text):
            iso = _to_iso(match, text, context)
            if iso:
                found.append((match.start(), iso, match))
                break
    if not found:
        return None
    _, iso, match = min(found, key=lambda f: f[0])
    return iso, match


def _to_iso(match: re.Match[str], line: str, context: str) -> str | None:
    parts = match.groupdict()
    if "a" in parts:
        first_day = numeric_order(match, line, context)[0] == "dmy"
        day, month = (parts["a"], parts["b"]) if first_day else (parts["b"], parts["a"])
    elif parts.get("month"):
        day, month = parts["day"], cue_values("month")[match_key(parts["month"])]
    else:
        day, month = parts["day"], parts["mnum"]
    try:
        return date(int(parts["year"]), int(month), int(day)).isoformat()
    except ValueError:
        return None


def numeric_order(match: re.Match[str], line: str, context: str) -> tuple[str, bool]:
    """('dmy' | 'mdy', shown) for a numeric date: a part above 12, a time zone, then the body's spelling.

    Pages in GMT/BST/CET write the day first, US pages (EDT, 'p.m.') the month first; a body that
    spells dates '4 June' or 'June 4' shows the house order. Otherwise day first, not shown.
    """
    a, b = int(match.group("a")), int(match.group("b"))
    if a > 12 or b > 12:
        return ("dmy" if a > 12 else "mdy"), True
    orders = cue_values("date_order")
    for word in re.findall(r"[A-Za-z]+(?:\.[A-Za-z]\.)?", line.lower()):
        if word in orders:
            return orders[word], True
    day_first, month_first = (len(p.findall(context)) for p in _spelled())
    if day_first != month_first:
        return ("dmy" if day_first > month_first else "mdy"), True
    return "dmy", False


def date_confidence_note(line: str, context: str = "") -> str:
    """LOW_CONFIDENCE when the line's date is numeric with day and month in an unknown order."""
    found = find_date(line, context)
    if found and "a" in found[1].groupdict() and not numeric_order(found[1], line, context)[1]:
        return LOW_CONFIDENCE
    return ""
