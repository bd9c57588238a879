"""Dates and quantities as entities of the collection, keyed by their normalised value."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from reader_app.compare.moments import find_moments, without_overlaps
from reader_app.compare.quantities import Value, find_values, infer_year
from reader_app.compare.roles import bare_people_counts, with_roles
from reader_app.compare.types import Entity, Spelling

if TYPE_CHECKING:  # the index imports this module to fill itself
    from reader_app.compare.entity_index import EntityIndex


def add_values(index: EntityIndex, items) -> None:
    """Dates and quantities become entities too, keyed by their normalised value."""
    groups: dict[tuple[str, str], list[Spelling]] = defaultdict(list)
    for art, _ in items:
        year = infer_year(art.text, art.meta.date)
        values = find_values(art.text, year=year)
        dates = [v for v in values if v.kind == "date"]
        moments = without_overlaps(find_moments(art.text, art.meta.date), dates)
        # "11 p.m. on Sunday" is a time, not a count of "p"
        values = [v for v in values if v.kind == "date" or not _inside_any(v, moments)]
        values = with_roles(sorted(values + moments, key=lambda v: v.start), art.text)
        values = sorted(values + bare_people_counts(values, art.text), key=lambda v: v.start)
        index.values[art.id] = values
        for v in values:
            groups[_value_key(v)].append(Spelling(art.id, v.start, v.end, v.text))
    extra = [
        Entity(label, "date" if kind == "date" else "quantity", tuple(sp), value=label)
        for (kind, label), sp in sorted(groups.items(), key=lambda kv: -len(kv[1]))
    ]
    index.entities = index.entities + tuple(extra)


def _inside_any(v: Value, spans: list[Value]) -> bool:
    return any(s.start < v.end and v.start < s.end for s in spans)


def _value_key(v: Value) -> tuple[str, str]:
    if v.kind == "date":
        return "date", str(v.value)
    if v.kind == "moment":
        return "date", v.unit  # the day a weekday names
    if v.kind == "duration":
        return "duration", f"{v.value:g} days"
    unit = {"distance": " km", "percent": "%"}.get(v.kind, f" {v.unit}")
    return v.kind, f"{v.value:g}{unit}"  # "2e+09 EUR" and "2e+09 GBP" stay two entities
