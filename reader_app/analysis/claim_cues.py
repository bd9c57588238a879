"""The claim detector's data: cue phrases by category, page-furniture patterns and weights."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from reader_app.analysis.phrase_trie import compile_phrases, normalise, trie_pattern
from reader_app.resource_files import resource_path

_ALNUM = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class Cues:
    """Cue phrases (one trie regex), page-furniture patterns, and the scoring weights."""

    matcher: re.Pattern[str]  # case-insensitive
    matcher_lower: re.Pattern[str]  # for text already lowercased (faster)
    categories: dict[str, tuple[str, ...]]  # normalised phrase -> its categories
    not_names: frozenset[str]
    furniture_start: re.Pattern[str]
    furniture_anywhere: re.Pattern[str]
    # The longest run of letters/digits of each furniture_anywhere phrase (None if a phrase has
    # none): a sentence can hold a phrase only if it holds that word.
    furniture_anywhere_words: tuple[str, ...] | None
    add: dict[str, float]
    subtract: dict[str, float]
    threshold: float


def _rows(name: str) -> list[tuple[str, str]]:
    rows = []
    for line in resource_path("claims", name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, category = line.split("\t")[:2]
            rows.append((normalise(phrase), category.strip()))
    return rows


def _key_words(phrases: list[str]) -> tuple[str, ...] | None:
    """The longest (rarest, as a rule) word of each phrase."""
    runs = [_ALNUM.findall(p) for p in phrases]
    return tuple(sorted({max(r, key=len) for r in runs})) if all(runs) else None


@lru_cache(maxsize=1)
def cues() -> Cues:
    """Load resources/claims/cues.tsv and weights.toml once."""
    categories: dict[str, list[str]] = {}
    start, anywhere, not_names = [], [], set()
    for phrase, category in _rows("cues.tsv"):
        if category == "not_name":
            not_names.add(phrase)
        elif category == "furniture":
            start.append(phrase)
        elif category == "furniture_anywhere":
            anywhere.append(phrase)
        else:
            categories.setdefault(phrase, []).append(category)
    weights = tomllib.loads(resource_path("claims", "weights.toml").read_text(encoding="utf-8"))
    return Cues(
        matcher=compile_phrases(categories),
        matcher_lower=compile_phrases(categories, ignore_case=False),
        categories={k: tuple(v) for k, v in categories.items()},
        not_names=frozenset(not_names),
        furniture_start=re.compile(rf"[\W_]*(?:{trie_pattern(start)})", re.IGNORECASE),
        furniture_anywhere=compile_phrases(anywhere),
        furniture_anywhere_words=_key_words(anywhere),
        add=weights["add"],
        subtract=weights["subtract"],
        threshold=float(weights["threshold"]),
    )
