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
    doubted: dict[str, list[tuple[int, int]]] | None = None,
) -> list[Discrepancy]:
    """``centrality`` ((article, mention start) -> mean similarity to the other articles' mentions)
    decides which of an article's mentions speaks for it: the one most like the other reports.
    ``doubted`` (article -> spans) holds figures an article only reports at a distance ("a
    website has claimed that 21 died"); they speak for it last."""
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
            own: list[tuple[str, Value]] = []
            far: list[tuple[str, Value]] = []
            for art, v in values:
                (far if _inside(v, (doubted or {}).get(art, ())) else own).append((art, v))
            found = _disagreement(event, key, own + far, own)
            if found is not None:
                out.append(found)
    return out


def _inside(v: Value, spans) -> bool:
    return any(a <= v.start < b for a, b in spans)


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


def _disagreement(event: Event, key, values, own) -> Discrepancy | None:
    """Per pair of articles, their first values about the same thing (the most central mention's
    first); report when two disagree beyond tolerance. When all those agree, a figure one article
    gives in its own voice that the other never gives (a partisan "21 dead" beside the official
    "14" it also quotes); ``own`` is ``values`` without the ones reported at a distance."""
    items = _per_article(values)
    if len(items) < 2:
        return None
    involved = _involved(items, leading=True) or _involved(_per_article(own), leading=False)
    if not involved:
        return None
    # Every place an article gives its figure ("kill 23" in the headline, "at least 23 people"
    # in the lead), so the reader sees each one.
    for art, vals in items:
        for chosen in [v for a, v in list(involved) if a == art]:
            involved.update({(art, v): None for v in vals if v is not chosen and v.agrees(chosen)})
    spellings = tuple(
        Spelling(art, v.start, v.end, v.text)
        for art, v in sorted(involved, key=lambda av: av[1].start)
    )
    shown = " vs ".join(dict.fromkeys(_show(v) for _, v in involved))
    what = _what(key, [v for _, v in involved])
    return Discrepancy(event.id, f"{what} of '{event.label}': {shown}", spellings, kind=key[0])


def _per_article(values) -> list[tuple[str, list[Value]]]:
    per_article: dict[str, list[Value]] = {}
    for article, v in values:
        per_article.setdefault(article, []).append(v)
    return list(per_article.items())


def _involved(items, leading: bool) -> dict[tuple[str, Value], None]:
    involved: dict[tuple[str, Value], None] = {}
    for i, (art_a, vals_a) in enumerate(items):
        for art_b, vals_b in items[i + 1 :]:
            pair = _disagreeing_pair(vals_a, vals_b, leading)
            if pair:
                involved.update({(art_a, pair[0]): None, (art_b, pair[1]): None})
    return involved


def _disagreeing_pair(vals_a: list[Value], vals_b: list[Value], leading: bool):
    """The two articles' leading values when they disagree (``leading``); else a value one of
    them gives that agrees with none of the other's."""
    pairs = [(a, b) for a in vals_a for b in vals_b if _same_thing(a, b)]
    if not pairs:
        return None
    if leading:
        a, b = pairs[0]
        return (a, b) if not a.agrees(b) and _close_enough(a, b) else None
    for a, b in pairs:
        if a.agrees(b) or not _close_enough(a, b):
            continue
        a_alone = not any(a.agrees(y) for x, y in pairs if x is a)
        b_alone = not any(x.agrees(b) for x, y in pairs if y is b)
        if a_alone or b_alone:
            return a, b
    return None


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
