"""Cross-source comparison: entities, aligned events, term variants, discrepancies, profiles."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reader_app.compare.contract import comparison_to_json
from reader_app.compare.types import (
    Comparison,
    Discrepancy,
    Entity,
    Event,
    Mention,
    Profile,
    Spelling,
    TermVariantGroup,
)
from reader_app.model import Analysis, Article

__all__ = [
    "Comparison",
    "Discrepancy",
    "Entity",
    "Event",
    "Mention",
    "Profile",
    "Spelling",
    "TermVariantGroup",
    "compare_articles",
    "comparison_to_json",
]


def compare_articles(
    items: Sequence[tuple[Article, Analysis]],
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Comparison:
    """Compare analysed articles: merged entities, events, coverage, variants, discrepancies, profiles."""
    from reader_app.compare.engine import run_comparison

    return run_comparison(items, progress, cancel)
