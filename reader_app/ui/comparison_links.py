"""What the comparison says about a span, as links into the other open columns (no Qt)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Link = tuple[str, int, int, str]  # article id, start, end, label


def _overlaps(article_id: str, start: int, end: int, item: Any) -> bool:
    return item.article == article_id and item.start < end and start < item.end


def _unique(links: list[Link]) -> list[Link]:
    return list(dict.fromkeys(links))


def mentions_for(
    comparison: Any, article_id: str, start: int, end: int, outlet_of: Callable[[str], str | None]
) -> list[Link]:
    """Mentions of the same event in the other open columns."""
    out: list[Link] = []
    for event in getattr(comparison, "events", ()):
        if not any(_overlaps(article_id, start, end, m) for m in event.mentions):
            continue
        for m in event.mentions:
            outlet = outlet_of(m.article)
            if m.article != article_id and outlet is not None:
                out.append((m.article, m.start, m.end, f"{outlet}: {m.text[:140]}"))
    return _unique(out)


def framing_for(
    comparison: Any, article_id: str, start: int, end: int, outlet_of: Callable[[str], str | None]
) -> list[Link]:
    """Other outlets' words for what this span names, and values they disagree on."""
    out: list[Link] = []
    for group in getattr(comparison, "term_variants", ()):
        here = next((v for v in group.variants if _overlaps(article_id, start, end, v)), None)
        if here is None:
            continue
        for v in group.variants:
            outlet = outlet_of(v.article)
            if v.article != article_id and outlet is not None:
                out.append(
                    (v.article, v.start, v.end, f"Here “{here.text}”; {outlet} says “{v.text}”")
                )
    for gap in getattr(comparison, "discrepancies", ()):
        here = next((v for v in gap.values if _overlaps(article_id, start, end, v)), None)
        if here is None:
            continue
        for v in gap.values:
            outlet = outlet_of(v.article)
            if v.article != article_id and outlet is not None:
                out.append(
                    (
                        v.article,
                        v.start,
                        v.end,
                        f"Disagrees on the {gap.kind}: here “{here.text}”, {outlet} “{v.text}”",
                    )
                )
    return _unique(out)
