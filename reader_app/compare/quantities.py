"""Finds dates, durations and counted quantities in text and normalises them to comparable values."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader_app.compare.lexicon import lexicon

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<{n}>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{n}>(?:1[6-9]|20)\d\d)"
_DATE_RE = re.compile(
    r"\b(?:"
    + _MONTH.format(n="m1") + r"\s+" + _DAY.format(n="d1") + r"\b(?:,?\s+" + _YEAR.format(n="y1") + r")?"
    + r"|" + _DAY.format(n="d2") + r"\s+(?:of\s+)?" + _MONTH.format(n="m2") + r"(?:,?\s+" + _YEAR.format(n="y2") + r")?"
    + r"|" + _MONTH.format(n="m3") + r",?\s+" + _YEAR.format(n="y3")
    + r"|(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)"
    + r")(?!\w)"
)  # fmt: skip
_YEAR_ONLY = re.compile(r"(?<![\w-])(?:1[89]|20)\d\d(?![\w-]|\s*(?:km|%|people))")
_NUM_RE = re.compile(
    r"(?<![\w.,$€£-])(?P<cur>[$€£])?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z]+(?:-[a-z]+)?)"
    r"(?:\s*(?P<mult>hundred|thousand|million|billion|trillion|bn|m)\b)?(?P<sep>-|\s*%|\s+|(?=[,.;:)]|$))"
)
_PART_OF = re.compile(r" of (?:the|its|their|all) \d{1,3}(?:,\d{3})*(?:\.\d+)? (?P<noun>[a-z]+)\b")
_NEXT_WORDS = re.compile(r"[A-Za-z%]+(?:-[a-z]+)?")
_ADJ_ENDINGS = ("al", "ic", "ive", "ous", "an", "ese", "ish", "ful", "less", "ary", "ern")
_ADJ_WORDS = frozenset(
    [
        "young",
        "old",
        "new",
        "small",
        "large",
        "big",
        "major",
        "minor",
        "senior",
        "local",
        "foreign",
        "other",
    ]
)


@dataclass(frozen=True)
class Value:
    """A normalised number found in text; ``text[start:end]`` is the phrase it came from."""

    kind: str  # "date", "year", "duration", "distance", "percent", "currency", "count"
    value: float | str  # ISO date for dates; days for durations; km for distances
    start: int
    end: int
    text: str
    approx: float = 0.0  # relative tolerance (0 = exact)
    unit: str = ""  # the counted noun for counts ("peacekeepers")
    precision: str = ""  # for dates: "day" or "month"
    role: str = ""  # the event word's concept group ("kill" for "14 people died"), see roles.py
    spread: float = 0.0  # absolute half-width (hours) of a moment such as "early Sunday"

    def agrees(self, other: Value) -> bool:
        """Same value within the looser of the two tolerances."""
        if self.kind != other.kind or (self.kind == "currency" and self.unit != other.unit):
            return True  # different kinds of numbers (or euros and pounds) are not compared
        if isinstance(self.value, str) or isinstance(other.value, str):
            return str(self.value) == str(other.value)
        if self.spread or other.spread:  # two time windows agree when they overlap
            return abs(self.value - other.value) <= self.spread + other.spread
        floor = 0.01 if self.kind == "duration" else 1e-9  # "48 hours" is "two days"
        tol = max(self.approx, other.approx, floor)
        return abs(self.value - other.value) <= tol * max(abs(self.value), abs(other.value))


def number_value(token: str) -> float | None:
    """``"2,000"`` -> 2000, ``"six"`` -> 6, ``"twenty-five"`` -> 25, else None."""
    t = token.lower().replace(",", "")
    try:
        return float(t)
    except ValueError:
        pass
    words = lexicon().numbers
    total = 0.0
    for part in t.split("-"):
        entry = words.get(part)
        if entry is None or entry[1] not in ("unit", "fraction"):
            return None
        total += entry[0]
    return total


def find_dates(
    text: str, start: int = 0, end: int | None = None, year: int | None = None
) -> list[Value]:
    """Calendar dates, with the year inferred from ``year`` (the article's) when the text omits it."""
    out = []
    for m in _DATE_RE.finditer(text, start, len(text) if end is None else end):
        iso, precision = _date_iso(m, year)
        if iso:
            out.append(Value("date", iso, m.start(), m.end(), m.group(0), precision=precision))
    return out


def _date_iso(m: re.Match[str], year: int | None) -> tuple[str | None, str]:
    if m.group("iso"):
        return m.group("iso"), "day"
    month_name = m.group("m1") or m.group("m2") or m.group("m3")
    month = MONTHS.get(
        month_name[:4].lower().rstrip("t")
        if month_name[:4].lower() == "sept"
        else month_name[:3].lower()
    )
    day_s = m.group("d1") or m.group("d2")
    y = m.group("y1") or m.group("y2") or m.group("y3")
    yy = int(y) if y else year
    if month is None or (day_s and not 1 <= int(day_s) <= 31):
        return None, ""
    if not day_s:
        return (f"{yy:04d}-{month:02d}" if yy else None), "month"
    if yy is None:
        return f"--{month:02d}-{int(day_s):02d}", "day"
    return f"{yy:04d}-{month:02d}-{int(day_s):02d}", "day"


def find_measures(text: str, start: int = 0, end: int | None = None) -> list[Value]:
    """Durations, distances, percentages and counts of things ("nearly 2,000 peacekeepers")."""
    lex = lexicon()
    out = []
    stop = len(text) if end is None else end
    for m in _NUM_RE.finditer(text, start, stop):
        token = m.group("num")
        if token[:1].isalpha() and token.lower().split("-")[0] not in lex.numbers:
            continue  # most words are not numbers: skip them before parsing
        num = number_value(token)
        if num is None:
            continue
        if m.group("mult"):
            num *= lex.numbers[m.group("mult").lower()][0]
        value = _measure(text, m, num, stop, lex)
        if value is not None:
            out.append(value)
    return out


def _measure(text, m, num, stop, lex) -> Value | None:
    s = m.start()
    if "%" in m.group("sep"):
        return Value("percent", num, s, m.end(), text[s : m.end()], approx_before(text, s, lex))
    if m.group("cur"):
        e = m.end("mult") if m.group("mult") else m.end("num")
        code = _currency(m.group("cur"), lex)
        return Value("currency", num, s, e, text[s:e], approx_before(text, s, lex), unit=code)
    words = list(_NEXT_WORDS.finditer(text, m.end(), min(stop, m.end() + 40)))[:2]
    words = [w for w in words if not text[m.end() : w.start()].strip(" -")][:1] + words[1:2]
    if len(words) == 2 and text[words[0].end() : words[1].start()].strip():
        words = words[:1]  # "40 workers, officials": the count stops at punctuation
    if not words:
        return None
    first = words[0].group(0).lower()
    unit = lex.units.get(first)
    if len(words) == 2 and f"{first} {words[1].group(0).lower()}" in lex.units:
        words = [words[1]]  # a two-word unit ('per cent'): the value ends after its second word
        unit = lex.units[f"{first} {words[0].group(0).lower()}"]
    approx = approx_before(text, s, lex)
    if unit and unit[0] == "duration":
        e = words[0].end()
        tail = text[e : e + 12].lower().split()
        if tail and lex.units.get(tail[0], ("",))[0] == "relative":
            return None  # "two weeks ago" is a point in time
        rounded = approx or (0.1 if unit[1] >= 7 else 0.0)  # "six weeks" is a round figure
        return Value("duration", num * unit[1], s, e, text[s:e], rounded)
    if unit and unit[0] in ("distance", "percent", "currency"):
        code = _currency(first, lex) if unit[0] == "currency" else ""
        e = words[0].end()
        return Value(unit[0], num * unit[1], s, e, text[s:e], approx, unit=code)
    part = _PART_OF.match(text, m.end("num"), min(stop, m.end("num") + 40))
    if part and m.group("num")[:1].isdigit():
        e = part.end()  # '118 of the 217 seats': the part counts seats too
        return Value("count", num, s, e, text[s:e], approx, unit=part.group("noun"))
    return _count(text, m, num, words, approx, lex)


def _currency(word: str, lex) -> str:
    """ "euros" -> "EUR", "£" -> "GBP"; an unlisted money word is its own code."""
    return lex.currencies.get(word.lower(), word.lower())


def _count(text, m, num, words, approx, lex) -> Value | None:
    token = m.group("num")
    if _looks_like_year(token, num):
        return None  # "in 2020": a year, not a count
    small_word = token.isalpha() and num < 10
    nouns = [
        w
        for w in words
        if w.group(0).isalpha() and w.group(0).islower() and w.group(0) not in lex.stopwords
    ]
    if not nouns or nouns[0] is not words[0] and words[0].group(0).islower():
        return None
    pick = nouns[0]
    if not re.fullmatch(r"[A-Za-z\s-]*", text[m.end() : pick.start()]):
        return None  # "Three Brothers - 2021 drills": the noun is not next to the number
    if len(nouns) > 1 and (_adjective(nouns[0].group(0)) or nouns[1].group(0).endswith("s")):
        pick = nouns[1]
    if small_word and (num < 3 or not _counts_people(pick.group(0))):
        return None  # "two men", "one of the...", "four helicopters": not figures worth comparing
    vague = lex.numbers.get(token.lower(), (0, ""))[1] == "plural"
    s, e = m.start(), pick.end()
    return Value("count", num, s, e, text[s:e], 0.5 if vague else approx, unit=pick.group(0))


def _counts_people(noun: str) -> bool:
    """ "Nine people are still missing": a small spelled-out count of people is a toll worth
    comparing ("Eleven people" in another report)."""
    from reader_app.compare.roles import noun_class  # roles builds on this module

    return noun_class(noun) == "people"


def _adjective(word: str) -> bool:
    return word in _ADJ_WORDS or word.endswith(_ADJ_ENDINGS)


def _looks_like_year(token: str, num: float) -> bool:
    return token.isdigit() and len(token) == 4 and 1800 <= num <= 2100


def approx_before(text: str, pos: int, lex) -> float:
    before = text[max(0, pos - 20) : pos].lower().split()
    for n in (2, 1):
        phrase = " ".join(before[-n:])
        entry = lex.units.get(phrase)
        if len(before) >= n and entry and entry[0] == "approx":
            return entry[1]
    return 0.0


def find_values(
    text: str, start: int = 0, end: int | None = None, year: int | None = None
) -> list[Value]:
    """Dates first, then measures that do not overlap a date."""
    dates = find_dates(text, start, end, year)
    taken = [(v.start, v.end) for v in dates]
    rest = [
        v
        for v in find_measures(text, start, end)
        if not any(a < v.end and v.start < b for a, b in taken)
    ]
    return sorted(dates + rest, key=lambda v: v.start)


def infer_year(text: str, meta_date: str | None) -> int | None:
    """The article's own year: its metadata date, else the latest year of a full date it gives."""
    if meta_date and re.match(r"\d{4}", meta_date):
        return int(meta_date[:4])
    years = [int(v.value[:4]) for v in find_dates(text) if str(v.value)[:1].isdigit()]
    return max(years) if years else None
