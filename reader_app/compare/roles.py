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
from reader_app.compare.quantities import Value
from reader_app.resource_files import resource_path

WINDOW = 5  # words looked at on each side of the number
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*|[.,;:!?]|\d[\d,.]*")
_STOP = frozenset(".,;:!?")  # a comma ends the phrase the number belongs to
_ROLE_KINDS = ("count", "percent", "currency", "duration")


@lru_cache(maxsize=1)
def count_noun_classes() -> dict[str, str]:
    rows = read_rows(resource_path("compare", "count_nouns.tsv"))
    return {r[0].lower(): r[1] for r in rows if len(r) >= 2}


def noun_class(noun: str) -> str:
    low = noun.lower()
    return count_noun_classes().get(low) or stem(low)


def with_roles(values: list[Value], text: str) -> list[Value]:
    """The same values, counts, shares, sums and durations carrying the event word they go with."""
    return [
        replace(v, role=value_role(text, v)) if v.kind in _ROLE_KINDS else v for v in values
    ]


def value_role(text: str, v: Value) -> str:
    """The concept group of the nearest event word around the value, or "" when there is none."""
    before = _clause_words(text[max(0, v.start - 80) : v.start], last=True)
    after = _clause_words(text[v.end : v.end + 80], last=False)
    found = [
        hit
        for hit in (_nearest(before, range(len(before) - 1, -1, -1)), _nearest(after, range(len(after))))
        if hit is not None
    ]
    return min(found)[1] if found else ""


def _clause_words(snippet: str, last: bool) -> list[str]:
    """The words of the snippet on the number's side of any clause end, at most WINDOW of them."""
    words = _WORD.findall(snippet)
    stops = [i for i, w in enumerate(words) if w in _STOP or w[:1].isdigit()]
    if last:
        words = words[stops[-1] + 1 :] if stops else words
        return words[-WINDOW:]
    words = words[: stops[0]] if stops else words
    return words[:WINDOW]


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
