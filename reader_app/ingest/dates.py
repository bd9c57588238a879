"""Finds and normalises publication dates written the ways news pages write them."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from reader_app.ingest.rules import cue_alternation, cue_values


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
    )


def find_date(text: str) -> tuple[str, re.Match[str]] | None:
    """The first valid date in ``text`` as (ISO string, match), or None."""
    found = []
    for pattern in _patterns():
        for match in pattern.finditer(text):
            iso = _to_iso(match)
            if iso:
                found.append((match.start(), iso, match))
                break
    if not found:
        return None
    _, iso, match = min(found, key=lambda f: f[0])
    return iso, match


def _to_iso(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    if parts.get("month"):
        month = int(cue_values("month")[parts["month"].lower()])
    else:
        month = int(parts["mnum"])
    try:
        return date(int(parts["year"]), month, int(parts["day"])).isoformat()
    except ValueError:
        return None
