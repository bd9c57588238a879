"""Weekday times ("early Sunday", "11 p.m. on Sunday", "Monday evening") as windows of hours.

News reports of one happening often disagree on when it happened in weekday terms only. A weekday
is read as the latest such day on or before the article's publication date (the news convention:
"on Sunday" in a Tuesday paper is two days ago); the part of day narrows it to a window of hours.
Two reports disagree when their windows do not overlap.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from reader_app.compare.quantities import Value

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_CLOCK = r"(?P<clock>\d{1,2})(?::(?P<min>\d\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)"
_MOMENT = re.compile(
    r"(?:\b(?P<pre>early|late)\s+(?:on\s+)?)?"
    r"(?:\b(?:at\s+)?(?P<approx>around\s+|about\s+|roughly\s+|shortly\s+(?:after|before)\s+)?"
    + _CLOCK
    + r"\s+(?:on\s+)?)?"
    r"\b(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
    r"(?:\s+at\s+(?P<approx2>around\s+|about\s+)?(?P<clock2>\d{1,2})(?::(?P<min2>\d\d))?\s*"
    r"(?P<ampm2>a\.m\.|p\.m\.|am\b|pm\b))?",
    re.IGNORECASE,
)
# Hours of the day each cue covers; night runs past midnight into the next day.
WINDOWS = {
    "": (0.0, 24.0),
    "early": (0.0, 7.0),
    "early morning": (0.0, 9.0),
    "morning": (5.0, 12.0),
    "late morning": (9.0, 12.5),
    "afternoon": (12.0, 18.0),
    "early afternoon": (12.0, 15.0),
    "late afternoon": (15.0, 18.5),
    "evening": (17.0, 23.0),
    "early evening": (17.0, 20.0),
    "late evening": (20.0, 24.0),
    "night": (19.0, 29.0),
    "early night": (19.0, 23.0),
    "late night": (22.0, 30.0),
    "late": (18.0, 24.0),
}
_EPOCH = date(2000, 1, 1)


def find_moments(text: str, published: str | None) -> list[Value]:
    """Weekday moments of the text, resolved against the ISO publication date (none without it)."""
    pub = _parse(published)
    if pub is None:
        return []
    out = []
    for m in _MOMENT.finditer(text):
        if not m.group("day")[:1].isupper():
            continue  # "sunday" in lower case is rarely the day of a report
        day = _weekday_on_or_before(pub, _DAYS.index(m.group("day").lower()))
        lo, hi = _window(m)
        start_h = (day - _EPOCH).days * 24.0
        center, spread = start_h + (lo + hi) / 2, (hi - lo) / 2
        out.append(
            Value(
                "moment",
                center,
                m.start(),
                m.end(),
                m.group(0),
                unit=day.isoformat(),
                precision="time",
                spread=spread,
            )
        )
    return out


def _window(m: re.Match[str]) -> tuple[float, float]:
    clock = m.group("clock") or m.group("clock2")
    if clock:
        hour = int(clock) % 12 + (
            12 if (m.group("ampm") or m.group("ampm2"))[0].lower() == "p" else 0
        )
        hour += int(m.group("min") or m.group("min2") or 0) / 60
        slack = 1.5 if (m.group("approx") or m.group("approx2")) else 0.5
        return hour - slack, hour + slack
    pre, part = (m.group("pre") or "").lower(), (m.group("part") or "").lower()
    return WINDOWS.get(f"{pre} {part}".strip(), WINDOWS.get(part or pre, WINDOWS[""]))


def _weekday_on_or_before(pub: date, weekday: int) -> date:
    return pub - timedelta(days=(pub.weekday() - weekday) % 7)


def _parse(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


def without_overlaps(moments: list[Value], values: list[Value]) -> list[Value]:
    """Moments that neither overlap nor directly precede a calendar date ("Monday, Nov. 16")."""
    dates = [(v.start, v.end) for v in values]
    return [m for m in moments if not any(a < m.end + 3 and m.start < b for a, b in dates)]
