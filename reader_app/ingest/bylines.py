"""Bylines and date lines at the top of an article: who wrote it, when, or which outlet signed it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reader_app.ingest.dates import date_confidence_note, find_date
from reader_app.ingest.lines import Line, normalize_spaces
from reader_app.ingest.rules import cue_alternation, cue_set

# Name particles that stay lower case inside a person's name.
_PARTICLES = frozenset(["de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du", "al", "el", "bin", "bint", "ibn", "ben", "y", "e"])
_BY = re.compile(r"(?:^|\s)(?:By|BY|by:|By:|BY:|(?<=[A-Za-z] )by(?=\s+[A-Z]))\s+(?P<who>\S.*)$")
# 'Words: Jane Doe' / 'Author: Jane Doe': a labelled byline without 'By'.
_LABELLED = re.compile(r"^(?:Words|Text|Author|Writer|Reporter|Byline)\s*:\s*(?P<who>[A-Z]\S.*)$")
_ONE_NAME = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}"
_NAME_LIST = re.compile(rf"{_ONE_NAME}(?:, {_ONE_NAME})+,? and {_ONE_NAME}(?=$|[,;|(]| -)")
_CONTINUES = re.compile(r"(?:,|\b(?:with|of|and|for|the|at|in|by|&))\s*$", re.IGNORECASE)
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.)$")


@dataclass(frozen=True)
class Byline:
    author: str | None  # a person ("Jane Doe"), honorifics and role stripped
    outlet: str | None  # the byline names an organisation instead ("By Example News")
    evidence: str


@lru_cache(maxsize=1)
def _honorific() -> re.Pattern[str]:
    return re.compile(rf"^(?:(?:{cue_alternation('honorific')})\.?\s+)+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _date_prefix() -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:(?:{cue_alternation('date_prefix')})\s*:?\s*)?", re.IGNORECASE)


def parse_byline(text: str) -> Byline | None:
    """The byline in a header line ('By Mr. Jane Doe, Director of ...'), or None."""
    text = normalize_spaces(text)
    match = _BY.search(text) or _LABELLED.match(text)
    if not match or not _only_date_before(text[: match.start()]):
        return None
    several = _NAME_LIST.match(match.group("who"))  # 'By Jane Doe, Li Wei and Tom Hale'
    if several:
        return Byline(several.group(0), _credited_outlet(match.group("who")[several.end():]),
                      text[match.start():].strip())
    # The name ends at a comma, bar, dash, bracket, e-mail/handle, or 'on <date>'.
    who = re.split(r"\s*(?:,|\||\s[-–—]\s|\(|;|\s[\w.+-]*@\S*|\bon\s+(?:\w+day\b|(?=\d)|(?=[A-Z][a-z]{2,8}\.?\s+\d)))\s*",
                   match.group("who"))[0].strip()
    who_raw = who
    who = _honorific().sub("", who).strip(" .")
    tokens = who.split()
    if not tokens or len(tokens) > 8 or not all(_NAME_TOKEN.match(t) or t.lower() in _PARTICLES
                                               or t.lower() in ("and", "&") for t in tokens):
        return None
    evidence = text[match.start():].strip()
    if any(t.lower() in cue_set("staff_word") for t in tokens):
        return None
    caps = _caps_names(tokens)
    if caps:  # 'By JANE DOE and LI WEI Example Press': wire style, names in capitals, then the outlet
        names = " ".join(t.capitalize() if t.isupper() and len(t) > 2 else t for t in tokens[:caps])
        return Byline(names, " ".join(tokens[caps:]), evidence)
    if len(tokens) == 1 or any(t.lower() in cue_set("org_word") for t in tokens):
        return Byline(None, who, evidence)
    if len(tokens) > 5 and " and " not in who and "&" not in who:
        return None
    if who.isupper():  # 'BY JANE DOE', "BY SEAN O'NEILL-BRYCE"
        who = " ".join(re.sub(r"[A-Z]+", lambda m: m.group(0).capitalize(), t) if len(t) > 2 else t
                       for t in tokens)
    return Byline(who, _credited_outlet(match.group("who")[len(who_raw):]), evidence)


def _caps_names(tokens: list[str]) -> int:
    """How many leading tokens are names in capitals ('MARCUS DELGADO and ERIN PAKULSKI') when
    Title Case words follow; 0 otherwise."""
    n = 0
    while n < len(tokens) and (tokens[n].isupper() or tokens[n].lower() in ("and", "&")):
        n += 1
    named = sum(t.isupper() and len(t) > 1 for t in tokens[:n])
    rest = tokens[n:]
    return n if named >= 2 and rest and all(t[:1].isupper() and not t.isupper() for t in rest) else 0


def _credited_outlet(rest: str) -> str | None:
    """'..., CNN' / '..., Example News' after the name: the outlet the byline credits, else None."""
    part = rest.strip(" ,|-–—").split(",")[0].strip()
    words = part.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    if part.lower() in cue_set("post_nominal"):
        return None
    if re.fullmatch(r"[A-Z]{2,5}", part) or {w.lower() for w in words} & cue_set("media_word"):
        return part
    return None


def _only_date_before(prefix: str) -> bool:
    """Text before 'By' may only be a date ('date 2021-01-06 By ...') or a label ('Interview by')."""
    if not prefix.strip() or f"{prefix.strip().lower()} by" in cue_set("byline_prefix"):
        return True
    found = find_date(prefix)
    if not found:
        return False
    rest = _date_prefix().sub("", prefix.replace(found[1].group(0), " ")).strip(" |·•,-–—")
    return len(rest.split()) <= 2


# '14 min read', '5-minute listen': the reading time some sites print beside the date.
_READING_TIME = re.compile(r"\b\d{1,3}[- ]?(?:min(?:ute)?s?)\.?\s+(?:read|listen)\b", re.IGNORECASE)


def date_line(text: str, context: str = "") -> tuple[str, str] | None:
    """(ISO date, evidence) when the line is a date line ('Published on 3 March 2024'), else None.

    ``context`` (the article) orders day and month in '03/05/2024'; the evidence says when it could not.
    """
    text = normalize_spaces(text)
    found = find_date(text, context)
    if not found:
        return None
    iso, match = found
    rest = text.replace(match.group(0), " ")
    byline = _BY.search(rest)
    if byline:
        rest = rest[: byline.start()]
    rest = _date_prefix().sub("", _READING_TIME.sub(" ", rest))
    # A weekday, a time or a time zone may remain; anything else is a headline or sentence.
    leftover = [w for w in re.split(r"[\s|·•,–—:/()-]+", rest) if w and not _date_word(w)]
    if len(leftover) > 1:
        return None
    note = date_confidence_note(text, context)
    return iso, f"{text} ({note})" if note else text


def _date_word(word: str) -> bool:
    lowered = word.lower().strip(".")
    return (lowered in cue_set("weekday") or lowered in cue_set("time_word")
            or lowered in cue_set("date_prefix")
            or bool(re.fullmatch(r"\d{1,2}(?:[:.h]\d{2})?(?:am|pm)?|\+\d{2}:?\d{2}", lowered)))


def name_line(text: str) -> str | None:
    """A line that is only a person's name ('Sarah Khan'): a byline without 'By'."""
    text = normalize_spaces(text)
    tokens = text.split()
    if not 2 <= len(tokens) <= 4 or any(t.lower() in cue_set("org_word") for t in tokens):
        return None
    if text.isupper() and any(t.lower() in cue_set("media_word") for t in tokens):
        return None  # 'THE RIVERTON COURIER' is a masthead
    if not all(_NAME_TOKEN.match(t) and not t.endswith(".") or t.lower() in _PARTICLES for t in tokens):
        return None
    return text


def name_role_line(text: str) -> str | None:
    """'Megan Tully | Staff Writer' / 'Priya Nair, Health Correspondent' / 'Li Wei Transport correspondent'."""
    text = normalize_spaces(text)
    parts = re.split(r"\s*[|,]\s*|\s+[-–—]\s+", text, maxsplit=1)
    if len(parts) == 2 and name_line(parts[0]):
        role = {w.lower().strip(".") for w in parts[1].split()}
        return parts[0] if role & cue_set("role_word") else None
    tokens = text.split()
    if any(t.lower() in cue_set("staff_word") or t.lower() == "by" for t in tokens[:3]):
        return None  # 'By Staff Reporter' names no one
    for size in (2, 3):  # no separator: the name, then a role ending in a job noun
        rest = tokens[size:]
        if rest and len(rest) <= 4 and rest[-1].lower() in cue_set("role_noun") and name_line(" ".join(tokens[:size])):
            return " ".join(tokens[:size])
    return None


def affiliation_line(text: str) -> str | None:
    """'Example News, Leeds' under a name: the outlet the author writes for, else None."""
    first = normalize_spaces(text).split(",")[0].strip()
    words = first.split()
    if not 1 <= len(words) <= 5 or not all(w[:1].isupper() for w in words):
        return None
    return first if {w.lower() for w in words} & cue_set("media_word") else None


def role_line(text: str) -> bool:
    """A line that is only a job title ('Political Editor', 'Senior Health Reporter')."""
    words = [w.lower().strip(".,") for w in normalize_spaces(text).split()]
    roles = cue_set("role_word")
    return (1 <= len(words) <= 5 and any(w in roles for w in words)
            and all(w in roles or w in ("of", "the", "and", "for", "&", "at", "large") for w in words))


def staff_line(text: str) -> bool:
    """'Staff and agencies' / 'Agencies in Paris': a byline naming no person."""
    text = re.sub(r"\s+(?:in|from)\s+[A-Z][\w .'-]{1,40}$", "", normalize_spaces(text)).lower()
    return text in cue_set("staff_line")


def credit_author(line: str) -> str | None:
    """The reporter of a wire trailer ('Reporting by Jane Doe in Oslo; Editing by ...'), else None."""
    match = re.match(r"\(?Reporting by (?P<who>[^;()\n]+)", normalize_spaces(line))
    if not match:
        return None
    who = re.split(r"\s+(?:in|from|at)\s+", match.group("who"))[0].strip(" .")
    byline = parse_byline(f"By {who}")
    return byline.author if byline else None


def byline_block(lines: list[Line], first: int) -> list[Line]:
    """The byline line and the affiliation lines that continue it ('..., Director of the\\n...')."""
    block = [lines[first]]
    i = first + 1
    while i < len(lines) and not lines[i].is_blank and _CONTINUES.search(block[-1].text):
        if len(lines[i].stripped) > 90:
            break
        block.append(lines[i])
        i += 1
    return block
