"""Turns a clause into comparable features: content stems, concept groups, entities and values."""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter

from reader_app.compare.entity_index import EntityIndex
from reader_app.compare.lexicon import Lexicon, lexicon, stem
from reader_app.compare.quantities import Value
from reader_app.compare.roles import noun_class
from reader_app.compare.units import Unit

_WORD = re.compile(r"(?<![\w-])[A-Za-z](?:[A-Za-z-]|['’](?![sS]\b))*[A-Za-z]|(?<![\w-])[A-Za-z]")
_MONTH_WORDS = frozenset(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
)  # dates are D/M features
_BUCKET = math.log(1.25)  # durations/counts within ~25% share a bucket (two offset grids)


def unit_features(
    unit: Unit, text: str, index: EntityIndex, surface: dict[str, Counter]
) -> Counter[str]:
    """Features of one clause. ``surface`` collects, per concept feature, the words that produced it."""
    lex = lexicon()
    feats: Counter[str] = Counter()
    spans = _entity_spans(index, unit)
    for s, e, ent in spans:
        feats[f"E:{index.key(ent)}"] += 1
    words = [(m.start(), m.group(0)) for m in _WORD.finditer(text, unit.start, unit.end)]
    words = [(p, w) for p, w in words if not any(s <= p < e for s, e, _ in spans)]
    stems = [stem(w) for _, w in words]
    _concepts(stems, [w for _, w in words], lex, feats, surface)
    for w, st in zip(words, stems):
        low = w[1].lower()
        if low not in lex.stopwords and len(low) > 2 and low[:3] not in _MONTH_WORDS:
            feats[f"W:{st}"] += 1
    for v in _values_in(index.values.get(unit.article, []), unit):
        feats.update(value_features(v))
    return feats


def _entity_spans(index: EntityIndex, unit: Unit) -> list[tuple[int, int, int]]:
    mentions = index.mentions.get(unit.article, [])
    lo = bisect.bisect_left(mentions, (unit.start, -1, -1))
    out = []
    for s, e, ent in mentions[lo:]:
        if s >= unit.end:
            break
        if e <= unit.end:
            out.append((s, e, ent))
    return out


def _values_in(values: list[Value], unit: Unit) -> list[Value]:
    return [v for v in values if unit.start <= v.start and v.end <= unit.end]


def _concepts(stems: list[str], words: list[str], lex: Lexicon, feats: Counter, surface) -> None:
    """Concept-group features for single words and multi-word phrases ("wiped out")."""
    joined = " ".join(stems)
    for phrase in lex.concept_phrases:
        key = " ".join(phrase)
        if key in joined and f" {key} " in f" {joined} " and lex.concept[key] != "-":
            _add_concept(feats, surface, lex.concept[key], _written(phrase, stems, words))
    for st, w in zip(stems, words):
        if w.lower() in lex.stopwords:
            continue  # "according" is not an "accord"
        group = lex.concept.get(w.lower(), lex.concept.get(st))
        if group is not None and group != "-":
            _add_concept(feats, surface, group, w.lower())


def _written(phrase: tuple[str, ...], stems: list[str], words: list[str]) -> str:
    """The words of the clause a stemmed phrase matched ("from their homes", not "from their hom")."""
    n = len(phrase)
    for i in range(len(stems) - n + 1):
        if tuple(stems[i : i + n]) == phrase:
            return " ".join(words[i : i + n]).lower()
    return " ".join(phrase)


def _add_concept(feats: Counter, surface: dict[str, Counter], group: str, word: str) -> None:
    feats[f"C:{group}"] += 1
    surface.setdefault(f"C:{group}", Counter())[word] += 1


def value_features(v: Value) -> list[str]:
    """Dates give a day and a month feature (a disagreeing day still shares the month); numbers
    give log buckets on two offset grids."""
    if v.kind == "moment":  # a weekday resolved to its day: a date feature like any other
        return [f"D:{v.unit}", f"M:{v.unit[:7]}"]
    if v.kind == "date":
        iso = str(v.value)
        month = iso[:7] if not iso.startswith("--") else iso[:4]
        return [f"D:{iso}", f"M:{month}"] if v.precision == "day" else [f"M:{month}"]
    if not isinstance(v.value, float) or v.value <= 0:
        return []
    x = math.log(v.value) / _BUCKET
    tag = f"N:{v.kind}:{v.unit and stem(v.unit)}"
    # What is counted, whatever the figure: two death tolls that disagree still report one fact.
    what = [f"Q:{v.kind}:{v.role}:{noun_class(v.unit, v.role) if v.kind == 'count' else v.unit}"]
    return [f"{tag}:{math.floor(x)}", f"{tag}:{math.floor(x + 0.5)}h"] + (what if v.role else [])
