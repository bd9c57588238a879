"""What a sentence contains that makes it checkable or not: cue phrases, figures, dates, names."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from reader_app.resource_files import resource_path

_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)*")
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
# Month names alone count too, except "May" (a modal verb far more often than a month).
_MONTH_ALONE = (
    r"(?:January|February|March|April|June|July|August|September|October|November|December)"
)
_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?"
    rf"|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?"
    rf"|\b{_MONTH_ALONE}\b(?:,?\s+\d{{4}})?"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
    r"|(?<![\d,.])\b(?:1[6-9]\d{2}|20\d{2})s?\b(?![,.]\d)"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|\b(?:[Yy]esterday|[Tt]omorrow)\b"
    r"|\b(?:[Ll]ast|[Nn]ext|[Ee]arlier this|[Ll]ater this)\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter)\b"
    r"|\b\w+\s+(?:days|weeks|months|years|hours)\s+ago\b"
)
_NUMBER = re.compile(
    r"(?<![\w.,])(?:[$\u20ac\u00a3\u00a5]\s?)?\d+(?:[.,]\d+)*(?:\s?(?:%|percent\b|per cent\b))?"
    r"(?:-[A-Za-z]+)?"
)
# A run of capitalised words or initialisms ("Defence Ministry", "U.N."): a name unless it is only a
# capitalised sentence opener ("The", "However").
_CAPITALISED = re.compile(
    r"(?<![\w.])(?:(?:[A-Z]\.){2,}|[A-Z][\w\u2019'\-]*)(?:[ \t]+(?:(?:[A-Z]\.){2,}|[A-Z][\w\u2019'\-]*))*"
)
_SENTENCE_START_BEFORE = set('.!?:;"\u201c\u2018(\u2014\u2013-\u2022*')
_NOT_NAMES = frozenset(
    [
        "I",
        "Q",
        "A",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
    ]
)
# Past tense / perfect / passive of any regular verb: "had been liberated", "were evacuated".
_AUX_PARTICIPLE = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:been\s+)?|(?:was|were)\s+)(?:[a-z]+ly\s+)?([a-z]+ed)\b"
)


@dataclass(frozen=True)
class Cues:
    """Cue phrases indexed by first word, page-furniture patterns, and the scoring weights."""

    by_first_word: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    not_names: frozenset[str]
    furniture_start: re.Pattern[str]
    furniture_anywhere: re.Pattern[str]
    add: dict[str, float]
    subtract: dict[str, float]
    threshold: float


def _rows(name: str) -> list[tuple[str, str]]:
    rows = []
    for line in resource_path("claims", name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, category = line.split("\t")[:2]
            rows.append((phrase.strip().lower(), category.strip()))
    return rows


def _alternation(phrases: list[str]) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def cues() -> Cues:
    """Load resources/claims/cues.tsv and weights.toml once."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    start, anywhere, not_names = [], [], set()
    for phrase, category in _rows("cues.tsv"):
        if category == "not_name":
            not_names.add(phrase)
        elif category == "furniture":
            start.append(phrase)
        elif category == "furniture_anywhere":
            anywhere.append(phrase)
        else:
            words = tuple(_TOKEN.findall(phrase.replace("\u2019", "'")))
            index.setdefault(words[0], []).append((words, category))
    weights = tomllib.loads(resource_path("claims", "weights.toml").read_text(encoding="utf-8"))
    return Cues(
        by_first_word={k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in index.items()},
        not_names=frozenset(not_names),
        furniture_start=re.compile(rf"[\W_]*(?:{_alternation(start)})", re.IGNORECASE),
        furniture_anywhere=re.compile(rf"\b(?:{_alternation(anywhere)})\b", re.IGNORECASE),
        add=weights["add"],
        subtract=weights["subtract"],
        threshold=float(weights["threshold"]),
    )


def cue_hits(text: str, start: int, end: int) -> dict[str, list[str]]:
    """Category -> matched phrases (as written in the text) for every cue phrase in the span."""
    index = cues().by_first_word
    tokens = list(_TOKEN.finditer(text, start, end))
    words = [m.group().lower().replace("\u2019", "'") for m in tokens]
    hits: dict[str, list[str]] = {}
    aux = [(m.start(1), m.group()) for m in _AUX_PARTICIPLE.finditer(text, start, end)]
    if aux:
        hits["event_verb"] = [phrase for _, phrase in aux]
    in_aux = {pos for pos, _ in aux}
    covered: dict[str, int] = {}  # category -> first word index not yet inside a match of it
    for i, word in enumerate(words):
        # Longest phrase first; a category matches once per stretch ("among the first", not "first").
        for phrase, category in index.get(word, ()):
            n = len(phrase)
            if covered.get(category, 0) > i or tuple(words[i : i + n]) != phrase:
                continue
            if category == "event_verb" and tokens[i].start() in in_aux:
                continue
            covered[category] = i + n
            hits.setdefault(category, []).append(text[tokens[i].start() : tokens[i + n - 1].end()])
    return hits


def dates_and_numbers(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """Dates (incl. years, weekdays, "last week") and figures not inside a date, as written."""
    dates = list(_DATE.finditer(text, start, end))
    taken = [(m.start(), m.end()) for m in dates]
    numbers = [
        m.group()
        for m in _NUMBER.finditer(text, start, end)
        if not any(a <= m.start() < b for a, b in taken)
    ]
    return [m.group() for m in dates], numbers


def _starts_sentence(text: str, pos: int, floor: int) -> bool:
    """Whether the word at ``pos`` opens a sentence, line or quotation (its capital proves nothing)."""
    j = pos - 1
    while j >= floor and text[j].isspace():
        if text[j] == "\n":
            return True
        j -= 1
    return j < floor or text[j] in _SENTENCE_START_BEFORE


def _name(run: str, opens_sentence: bool, known: frozenset[str]) -> str | None:
    """The name in a run of capitalised words, without a sentence-opening function word."""
    words = run.split()
    if words[0].lower() in cues().not_names or words[0] in _NOT_NAMES:
        words = words[1:]
        opens_sentence = opens_sentence and not words
    words = [w for w in words if w not in _NOT_NAMES]
    if not words:
        return None
    name = " ".join(words)
    return name if not opens_sentence or len(words) > 1 or name in known else None


def proper_nouns(text: str) -> frozenset[str]:
    """Names the article uses mid-sentence; they count as names where they open a sentence too."""
    out = set()
    for m in _CAPITALISED.finditer(text):
        if not _starts_sentence(text, m.start(), max(0, m.start() - 4)):
            name = _name(m.group(), False, frozenset())
            if name:
                out.add(name)
    return frozenset(out)


def names_in(text: str, start: int, end: int, known: frozenset[str]) -> list[str]:
    """Named people, places and organisations in the span (capitalised, not merely sentence-initial)."""
    out: list[str] = []
    for m in _CAPITALISED.finditer(text, start, end):
        name = _name(m.group(), _starts_sentence(text, m.start(), start), known)
        if name and name not in out:
            out.append(name)
    return out
