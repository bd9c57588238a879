"""Outlet profiles as a flat table (header + rows of strings) for the PDF appendix; no Qt."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

DASH = "\u2014"
MAX_GENERIC_COLUMNS = 7


def _at(row: Mapping[str, Any], *path: str) -> Any:
    value: Any = row
    for key in path:
        if not isinstance(value, Mapping) or key not in value:
            return None
        value = value[key]
    return value


def _rate_sum(voice: str) -> Callable[[Mapping[str, Any]], str | None]:
    def get(row):
        rates = _at(row, "flags_per_1000_words", voice)
        return f"{sum(rates.values()):.1f}" if isinstance(rates, Mapping) and rates else None

    return get


def _top_flags(row: Mapping[str, Any]) -> str | None:
    counts = _at(row, "flag_counts", "author")
    if not isinstance(counts, Mapping) or not counts:
        return None
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:2]
    return ", ".join(f"{name.replace('_', ' ')} {n}" for name, n in top)


def _share(*path: str) -> Callable[[Mapping[str, Any]], str | None]:
    def get(row):
        value = _at(row, *path)
        return f"{value * 100:.0f}%" if isinstance(value, (int, float)) else None

    return get


def _unattributed(row: Mapping[str, Any]) -> str | None:
    count, of = _at(row, "unattributed_claims", "count"), _at(row, "unattributed_claims", "of")
    return f"{count} of {of}" if isinstance(count, int) and isinstance(of, int) else None


def _number(*path: str, fmt: str = "{}") -> Callable[[Mapping[str, Any]], str | None]:
    def get(row):
        value = _at(row, *path)
        return fmt.format(value) if isinstance(value, (int, float)) else None

    return get


# The columns a reader compares outlets by; a column no row has a value for is left out.
CURATED: tuple[tuple[str, Callable[[Mapping[str, Any]], str | None]], ...] = (
    ("Words", _number("words")),
    ("Flags per 1000 words, own voice", _rate_sum("author")),
    ("Flags per 1000 words, in quotes", _rate_sum("quoted")),
    ("Most frequent flags, own voice", _top_flags),
    ("Quoted speakers", _number("quoted_speakers", "count")),
    ("Quoted share of text", _share("quoted_speakers", "quoted_share")),
    ("Claims without a source", _unattributed),
    ("Tone (VADER mean)", _number("tone", "mean", fmt="{:+.2f}")),
    ("Reading ease (Flesch)", _number("readability", "flesch_reading_ease", fmt="{:.0f}")),
)


def profile_rows(comparison: Mapping[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    """('outlet' or 'article', rows): outlet aggregates when there are any, else per article."""
    for key, kind in (("outlet_profiles", "outlet"), ("profiles", "article")):
        rows = _as_rows(comparison.get(key))
        if rows:
            return kind, rows
    return "", []


def profile_table(rows: list[Mapping[str, Any]]) -> tuple[list[str], list[list[str]]]:
    """Column labels and cell texts (first column left to the caller: the source name)."""
    columns = [(label, get) for label, get in CURATED if any(get(r) is not None for r in rows)]
    if not columns:
        columns = _generic_columns(rows)
    cells = [[_text(get(r)) for _, get in columns] for r in rows]
    return [label for label, _ in columns], cells


def _as_rows(profiles: Any) -> list[dict[str, Any]]:
    if isinstance(profiles, Mapping):
        return [{"article": k, **v} for k, v in profiles.items() if isinstance(v, Mapping)]
    if isinstance(profiles, list):
        return [p for p in profiles if isinstance(p, Mapping)]
    return []


def _generic_columns(rows):
    """Scalar fields in first-seen order, for a profile shape this module does not know."""
    names: list[str] = []
    for row in rows:
        for key, value in row.items():
            scalar = isinstance(value, (str, int, float)) and not isinstance(value, bool)
            if scalar and key not in ("article", "outlet", "id") and key not in names:
                names.append(key)
    return [(n.replace("_", " "), (lambda r, n=n: r.get(n))) for n in names[:MAX_GENERIC_COLUMNS]]


def _text(value: Any) -> str:
    if value is None:
        return DASH
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)
