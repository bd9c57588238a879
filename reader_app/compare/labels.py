"""Short readable labels for aligned events, made from the terms their mentions share."""

from __future__ import annotations

from collections import Counter

from reader_app.compare.entity_index import EntityIndex
from reader_app.compare.events import AlignedGroup, Alignment
from reader_app.compare.lexicon import lexicon

_MONTHS = [
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
]
MAX_TERMS = 3


def shared_terms(group: AlignedGroup, al: Alignment) -> list[str]:
    """Features found in mentions from at least two articles, most distinctive first."""
    by_feature: dict[str, set[str]] = {}
    for u in group.units:
        for f in al.features[u]:
            by_feature.setdefault(f, set()).add(al.units[u].article)
    shared = [f for f, arts in by_feature.items() if len(arts) >= 2]
    weight = Counter()
    for u in group.units:
        for f in shared:
            weight[f] += al.vectors[u].get(f, 0.0)
    return sorted(shared, key=lambda f: (-weight[f], f))


def event_label(
    group: AlignedGroup, al: Alignment, index: EntityIndex
) -> tuple[str, tuple[str, ...]]:
    """("ceasefire, signed, Russia (November 2020)", key terms): shared concepts, then names, then
    other shared words; the shared month in brackets."""
    terms = shared_terms(group, al)
    concepts, names, words = [], [], []
    when = ""
    for f in terms:
        kind, _, value = f.partition(":")
        if kind == "M" and not when:
            when = _month_text(value)
        elif kind == "N" and value.startswith("duration") and not when:
            when = _duration_text(group, al, index)
        elif kind == "C":
            concepts.append(al.surface[f].most_common(1)[0][0])
        elif kind == "E":
            names.append(index.entities[int(value)].canonical)
        elif kind == "W" and not words and lexicon().concept.get(value) is None:
            words.append(_surface_word(group, al, value))
    picked = list(dict.fromkeys(concepts[:2] + names[:2] + words[:1]))[:MAX_TERMS]
    if not picked:
        picked = [al.units[group.units[0]].text[:40]]
    return ", ".join(picked) + (f" ({when})" if when else ""), tuple(terms[:8])


def _duration_text(group: AlignedGroup, al: Alignment, index: EntityIndex) -> str:
    """The durations as the mentions write them: "44-day / six weeks"."""
    written: Counter[str] = Counter()
    for u in group.units:
        unit = al.units[u]
        for v in index.values.get(unit.article, []):
            if v.kind == "duration" and unit.start <= v.start and v.end <= unit.end:
                written[v.text.lower()] += 1
    return " / ".join(w for w, _ in written.most_common(2))


def _month_text(value: str) -> str:
    if len(value) == 7 and value[4] == "-":
        return f"{_MONTHS[int(value[5:]) - 1]} {value[:4]}"
    return value


def _surface_word(group: AlignedGroup, al: Alignment, stem_value: str) -> str:
    """The most common written form of a stemmed word in the group's mentions."""
    import re

    from reader_app.compare.lexicon import stem

    counts: Counter[str] = Counter()
    for u in group.units:
        for w in re.findall(r"[A-Za-z][A-Za-z-]+", al.units[u].text):
            if stem(w) == stem_value:
                counts[w.lower()] += 1
    return counts.most_common(1)[0][0] if counts else stem_value
