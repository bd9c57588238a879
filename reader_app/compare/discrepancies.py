"""Finds aligned mentions whose dates, durations or counts disagree across articles."""

from __future__ import annotations

from datetime import date

from reader_app.compare.entity_index import EntityIndex
from reader_app.compare.quantities import Value
from reader_app.compare.roles import noun_class
from reader_app.compare.types import Discrepancy, Event, Spelling

MAX_DATE_GAP_DAYS = (
    60  # further apart, two dates are more likely two happenings than a disagreement
)
MAX_MOMENT_GAP_HOURS = 72.0  # weekday times further apart are other happenings
MAX_COUNT_RATIO = 3.0  # likewise for counts of one thing


def find_discrepancies(
    events: list[Event],
    index: EntityIndex,
    centrality: dict[tuple[str, int], float] | None = None,
) -> list[Discrepancy]:
    """``centrality`` ((article, mention start) -> mean similarity to the other articles' mentions)
    decides which of an article's mentions speaks for it: the one most like the other reports."""
    out = []
    for event in events:
        by_kind: dict[tuple[str, ...], list[tuple[str, Value]]] = {}
        central = centrality or {}
        mentions = sorted(event.mentions, key=lambda m: -central.get((m.article, m.start), 0.0))
        for m in mentions:
            for v in index.values.get(m.article, []):
                if m.start <= v.start and v.end <= m.end and _comparable(v):
                    by_kind.setdefault(_kind_key(v), []).append((m.article, v))
        for key, values in by_kind.items():
            found = _disagreement(event, key, values)
            if found is not None:
                out.append(found)
    return out


def _comparable(v: Value) -> bool:
    if v.kind == "date":
        return v.precision == "day"
    if v.kind == "percent":
        return bool(v.role)  # a share of what? Only shares of one named thing are compared
    return v.kind in ("duration", "count", "distance", "currency", "moment")


def _kind_key(v: Value) -> tuple[str, ...]:
    """Values are compared only with values of the same kind that count the same thing."""
    if v.kind == "count":
        return (v.kind, v.role, noun_class(v.unit, v.role))
    if v.kind in ("percent", "duration", "distance"):
        return (v.kind, v.role)
    if v.kind == "currency":
        return (v.kind, v.unit, v.role)
    return (v.kind,)


def _disagreement(event: Event, key, values) -> Discrepancy | None:
    """Per pair of articles, their first values about the same thing (the most central mention's
    first); report when two disagree beyond tolerance."""
    per_article: dict[str, list[Value]] = {}
    for article, v in values:
        per_article.setdefault(article, []).append(v)
    if len(per_article) < 2:
        return None
    items = list(per_article.items())
    involved: dict[tuple[str, Value], None] = {}
    for i, (art_a, vals_a) in enumerate(items):
        for art_b, vals_b in items[i + 1 :]:
            pair = next(((a, b) for a in vals_a for b in vals_b if _same_thing(a, b)), None)
            if pair and not pair[0].agrees(pair[1]) and _close_enough(*pair):
                involved.update({(art_a, pair[0]): None, (art_b, pair[1]): None})
    if not involved:
        return None
    spellings = tuple(Spelling(art, v.start, v.end, v.text) for art, v in involved)
    shown = " vs ".join(dict.fromkeys(_show(v) for _, v in involved))
    what = _what(key, [v for _, v in involved])
    return Discrepancy(event.id, f"{what} of '{event.label}': {shown}", spellings, kind=key[0])


def _same_thing(a: Value, b: Value) -> bool:
    """Weekday times are compared only when an event word near both is the same ("gave way" /
    "collapsed"); other values already share their kind key."""
    if a.kind != "moment":
        return True
    return bool(set(filter(None, a.role.split("|"))) & set(filter(None, b.role.split("|"))))


def _what(key: tuple[str, ...], values: list[Value]) -> str:
    """ "number of people (kill)", "date", "time", "amount in EUR"."""
    if key[0] == "count":
        role = f" ({key[1]})" if key[1] else ""
        return f"number of {values[0].unit}{role}"
    if key[0] == "currency":
        return f"amount in {key[1]}"
    return {"moment": "time", "date": "date"}.get(key[0], key[0])


def _close_enough(a: Value, b: Value) -> bool:
    if a.kind == "date":
        da, db = _as_date(str(a.value)), _as_date(str(b.value))
        if da is None or db is None:
            return str(a.value)[-5:] != str(b.value)[-5:] and str(a.value)[:2] == str(b.value)[:2]
        return abs((da - db).days) <= MAX_DATE_GAP_DAYS
    if a.kind == "moment":
        return abs(float(a.value) - float(b.value)) <= MAX_MOMENT_GAP_HOURS
    lo, hi = sorted((float(a.value), float(b.value)))
    return lo > 0 and hi / lo <= MAX_COUNT_RATIO


def _as_date(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso)
    except ValueError:
        return None


def _show(v: Value) -> str:
    if v.kind == "moment":
        return f"{v.text} ({v.unit})"
    if v.kind == "date":
        return str(v.value)
    if v.kind == "duration":
        return f"{float(v.value):g} days"
    return f"{float(v.value):g}"
