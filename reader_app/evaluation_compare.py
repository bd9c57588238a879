"""Scores a comparison (events, entity spellings, discrepancies, term variants) against gold annotations."""

from __future__ import annotations

from itertools import combinations
from typing import Any


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def _by_id(docs: dict[str, Any]) -> dict[str, str]:
    """Article id in the comparison -> gold file name."""
    return {d.article["id"]: name for name, d in docs.items()}


def _locate(docs: dict[str, Any], item: dict[str, Any]) -> tuple[str, tuple[int, int]] | None:
    doc = docs.get(item["file"])
    where = doc.locate(item) if doc else None
    return (item["file"], where) if where else None


def _groups_of(items: list[dict[str, Any]], key: str, id_to_file: dict[str, str]) -> list[list]:
    """Each predicted group as a list of (file, (start, end))."""
    return [
        [(id_to_file.get(m["article"]), (m["start"], m["end"])) for m in group[key]]
        for group in items
    ]


def _group_index(groups: list[list], place: tuple[str, tuple[int, int]]) -> set[int]:
    return {
        i for i, group in enumerate(groups)
        for file, span in group if file == place[0] and _overlaps(span, place[1])
    }


def evaluate_comparison(gold: dict[str, Any], docs: dict[str, Any], comparison: dict[str, Any]) -> dict[str, Any]:
    id_to_file = _by_id(docs)
    misses: list[str] = []
    events = _groups_of(comparison.get("events", []), "mentions", id_to_file)
    pair_hit = pair_total = 0
    for event in gold.get("events", []):
        placed = [p for p in (_locate(docs, m) for m in event["mentions"]) if p]
        for a, b in combinations(placed, 2):
            if a[0] == b[0]:
                continue
            pair_total += 1
            if _group_index(events, a) & _group_index(events, b):
                pair_hit += 1
            else:
                misses.append(f"event {event['id']}: pair not grouped: {a[0][:3]} / {b[0][:3]}")
    entities = [
        [(id_to_file.get(s["article"]), (s["start"], s["end"])) for s in e["spellings"]]
        for e in comparison.get("entities", [])
    ]
    places_ok = 0
    for place in gold.get("place_spellings", []):
        placed = [p for p in (_locate(docs, s) for s in place["spellings"]) if p]
        common = set.intersection(*(_group_index(entities, p) for p in placed)) if placed else set()
        if placed and common:
            places_ok += 1
        else:
            misses.append(f"place {place['place']}: spellings not in one entity")
    disc_ok = 0
    predicted_disc = _groups_of(comparison.get("discrepancies", []), "values", id_to_file)
    for disc in gold.get("discrepancies", []):
        placed = [p for p in (_locate(docs, v) for v in disc["values"]) if p]
        common = set.intersection(*(_group_index(predicted_disc, p) for p in placed)) if placed else set()
        if placed and common:
            disc_ok += 1
        else:
            misses.append(f"discrepancy {disc['event']}: not reported")
    variants = comparison.get("term_variants", [])
    liberated_vs_ceded = any(
        any("liberat" in v["text"].lower() for v in g["variants"])
        and any(w in v["text"].lower() for v in g["variants"] for w in ("ceded", "turned over"))
        for g in variants
    )
    return {
        "event_pairs_grouped": f"{pair_hit}/{pair_total}",
        "event_pair_recall": round(pair_hit / pair_total, 3) if pair_total else None,
        "events_predicted": len(events),
        "largest_event_size": max((len(g) for g in events), default=0),
        "places_in_one_entity": f"{places_ok}/{len(gold.get('place_spellings', []))}",
        "discrepancies_reported": f"{disc_ok}/{len(gold.get('discrepancies', []))}",
        "liberated_vs_ceded_variant": liberated_vs_ceded,
        "term_variant_groups": len(variants),
        "profiles": len(comparison.get("profiles", [])),
        "misses": misses,
    }
