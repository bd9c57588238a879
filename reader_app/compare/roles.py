"""What a number counts: the event word next to it ("killing 14 people" -> kill) and its noun's class.

Two counts are compared only when both say the same thing is counted: 14 dead and 21 dead disagree,
14 dead and 20,000 evacuated are two facts. The event word is the nearest concept-group word
(resources/compare/concept_groups.tsv) within a few words of the number, inside its clause.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from reader_app.compare.lexicon import lexicon, read_rows, stem
from reader_app.compare.quantities import Value, approx_before
from reader_app.resource_files import resource_path

WINDOW = 5  # words looked at on each side of the number
MOMENT_WINDOW = (
    8  # a weekday time may sit further from its verb ("broke through ... early on Monday")
)
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*|[.,;:!?]|\d[\d,.]*")
_STOP = frozenset(".,;:!?")  # a comma ends the phrase the number belongs to
_ROLE_KINDS = ("count", "percent", "currency", "duration")
_TALLY_WINDOW = 16  # words back from "risen to" to the subject ("the death toll from ... region")


@lru_cache(maxsize=1)
def count_noun_classes() -> dict[str, str]:
    rows = read_rows(resource_path("compare", "count_nouns.tsv"))
    return {r[0].lower(): r[1] for r in rows if len(r) >= 2}


def noun_class(noun: str, role: str = "") -> str:
    """The class of a counted noun; with an event word that counts people, agent nouns
    ("activists", "agitators") are people too (suffix rows "*ists" in count_nouns.tsv)."""
    low = noun.lower()
    classes = count_noun_classes()
    if low in classes:
        return classes[low]
    if role in person_roles():
        for entry, cls in classes.items():
            if entry.startswith("*") and low.endswith(entry[1:]) and len(low) > len(entry) + 2:
                return cls
    return stem(low)


@lru_cache(maxsize=1)
def person_roles() -> frozenset[str]:
    return frozenset(r[0] for r in read_rows(resource_path("compare", "person_roles.tsv")) if r)


_BARE = re.compile(
    r"(?<![\w.,$€£-])(\d{1,3}(?:,\d{3})+|\d{2,})(?![\w%.,]*\d)(?!\s*(?:%|per\s?cent))"
)


def bare_people_counts(values: list[Value], text: str) -> list[Value]:
    """Figures with no noun that an event word says are people ("killing at least 14", "forcing
    more than 20,000 from their homes"), as counts of people; other bare numbers stay out."""
    taken = [(v.start, v.end) for v in values]
    out = []
    for m in _BARE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        num = float(m.group(1).replace(",", ""))
        if m.group(1).isdigit() and len(m.group(1)) == 4 and 1800 <= num <= 2100:
            continue  # a year
        probe = Value("count", num, m.start(), m.end(), m.group(0), unit="people")
        role = value_role(text, probe)
        if role in person_roles():
            out.append(replace(probe, role=role, approx=approx_before(text, m.start(), lexicon())))
    return out


def with_roles(values: list[Value], text: str) -> list[Value]:
    """The same values, counts, shares, sums and durations carrying the event word they go with."""
    out = []
    for v in values:
        if v.kind in _ROLE_KINDS:
            v = replace(v, role=_noun_group(v) or value_role(text, v))
        elif v.kind == "moment":
            v = replace(v, role=moment_roles(text, v))
        out.append(v)
    return out


def _noun_group(v: Value) -> str:
    """A counted noun that is itself an event word says what is counted ("118 seats" -> seat),
    whatever verb sits nearer."""
    if v.kind != "count" or not v.unit:
        return ""
    lex = lexicon()
    group = lex.concept.get(v.unit.lower()) or lex.concept.get(stem(v.unit.lower()), "")
    return "" if group == "-" else group


def moment_roles(text: str, v: Value) -> str:
    """ "breach|hydro": every event word near a weekday time, "|"-joined; "" after a speech verb
    ("insisted on Tuesday" dates the statement, not the happening)."""
    before = _clause_words(text[max(0, v.start - 120) : v.start], last=True, size=MOMENT_WINDOW)
    if {w.lower() for w in before[-3:]} & lexicon().reporting:
        return ""
    after = _clause_words(text[v.end : v.end + 120], last=False, size=MOMENT_WINDOW)
    groups = {g for words in (before, after) for g in _all_groups(words)}
    return "|".join(sorted(groups))


def _all_groups(words: list[str]) -> set[str]:
    lex = lexicon()
    out = set()
    for i, word in enumerate(words):
        for n in (3, 2):
            if i + n <= len(words):
                group = lex.concept.get(" ".join(stem(w) for w in words[i : i + n]))
                if group and group != "-":
                    out.add(group)
        group = lex.concept.get(word.lower(), lex.concept.get(stem(word.lower())))
        if group and group != "-":
            out.add(group)
    return out


@lru_cache(maxsize=1)
def tally_verbs() -> frozenset[str]:
    return frozenset(r[0] for r in read_rows(resource_path("compare", "tally_verbs.tsv")) if r)


def _tally_role(text: str, v: Value) -> str:
    """ "The death toll from the dam burst has risen to 27": the figure counts what the subject
    of the tally verb counts, the clause's first event word, even beyond the usual window."""
    before = _clause_words(text[max(0, v.start - 160) : v.start], last=True, size=_TALLY_WINDOW)
    units = lexicon().units
    # 'has risen to about 27': the approximation word sits between the verb and the figure
    before = [w for w in before if units.get(w.lower(), ("",))[0] != "approx"]
    tail = [w.lower() for w in before[-2:]]
    if not tail or not (
        tail[-1] in tally_verbs() or tail[0] in tally_verbs() and tail[-1] in ("to", "at")
    ):
        return ""
    hit = _nearest(before[:-2], range(len(before) - 2))
    return hit[1] if hit is not None else ""


def value_role(text: str, v: Value) -> str:
    """The concept group of the nearest event word around the value, or "" when there is none."""
    if v.kind == "count":
        tally = _tally_role(text, v)
        if tally:
            return tally
    before = _clause_words(text[max(0, v.start - 80) : v.start], last=True)
    after = _clause_words(text[v.end : v.end + 80], last=False)
    if v.kind == "percent":
        wide = _clause_words(text[max(0, v.start - 120) : v.start], last=True, size=MOMENT_WINDOW)
        share = _share_role(wide, after)
        if share:
            return share
    found = [
        hit
        for hit in (
            _nearest(before, range(len(before) - 1, -1, -1)),
            _nearest(after, range(len(after))),
        )
        if hit is not None
    ]
    return min(found)[1] if found else ""


def _share_role(before: list[str], after: list[str]) -> str:
    """A percentage is a share of the noun after "of" ("58 percent of the vote"), else of the
    clause's first event word ("Turnout in the referendum was 41 percent"): turnout and vote
    share stay apart even when another event word sits nearer."""
    if after[:1] and after[0].lower() == "of":
        hit = _nearest(after[1:], range(len(after) - 1))
        if hit is not None:
            return hit[1]
    hit = _nearest(before, range(len(before)))
    return hit[1] if hit is not None else ""


def _clause_words(snippet: str, last: bool, size: int = 0) -> list[str]:
    """The words of the snippet on the number's side of any clause end, at most WINDOW of them."""
    words = _WORD.findall(snippet)
    stops = [i for i, w in enumerate(words) if w in _STOP or w[:1].isdigit()]
    if last:
        words = words[stops[-1] + 1 :] if stops else words
        return words[-(size or WINDOW) :]
    words = words[: stops[0]] if stops else words
    return words[: size or WINDOW]


def _nearest(words: list[str], order) -> tuple[int, str] | None:
    """(distance, group) of the concept word or phrase nearest the number along ``order``."""
    lex = lexicon()
    for dist, i in enumerate(order):
        for n in (3, 2, 1):  # phrases such as "lost their lives" first, in text order
            span = words[i : i + n]
            if len(span) < n:
                continue
            key = " ".join(stem(w) for w in span)
            group = lex.concept.get(span[0].lower()) if n == 1 else lex.concept.get(key)
            group = group or lex.concept.get(key)
            if group and group != "-":
                return dist, group
    return None
