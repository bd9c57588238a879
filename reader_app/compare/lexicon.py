"""Loads the comparison word lists and rules from resources/compare (TSV data, cached)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from reader_app.resource_files import resource_path


def read_rows(path: Path) -> list[list[str]]:
    """Tab-separated rows of a data file, comments and blank lines skipped."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RuntimeError(f"cannot read comparison data file {path}: {exc}") from exc
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def _rows(name: str, min_cols: int) -> list[list[str]]:
    path = resource_path("compare", name)
    rows = read_rows(path)
    for row in rows:
        if len(row) < min_cols:
            raise RuntimeError(f"{path}: row {row!r} needs {min_cols} tab-separated columns")
    return rows


@dataclass(frozen=True)
class Lexicon:
    stopwords: frozenset[str]
    concept: dict[str, str]  # stemmed word or phrase -> group
    concept_phrases: tuple[tuple[str, ...], ...]  # multi-word entries, stemmed
    heads: dict[str, str]  # head noun -> referent group
    head_kinds: dict[str, str]  # referent group -> "place", "event", "state", ...
    titles: frozenset[str]
    org_heads: frozenset[str]
    place_heads: frozenset[str]
    other_heads: frozenset[str]  # last words of named wars, documents, competitions
    place_preps: frozenset[str]
    skip_initial: frozenset[str]
    not_entity: frozenset[str]
    numbers: dict[str, tuple[float, str]]  # word -> (value, category)
    units: dict[str, tuple[str, float]]  # word -> (kind, factor)
    translit: tuple[tuple[str, str], ...]
    loaded_terms: frozenset[str]
    currencies: dict[str, str]  # money word or symbol -> currency code
    reporting: frozenset[str]  # speech verbs ("said", "insisted"): stopwords of category reporting
    name_particles: dict[str, tuple[str, str]] = field(default_factory=dict)  # word -> (same_as, category)


_SUFFIXES = (
    "ations",
    "ation",
    "tions",
    "tion",
    "sions",
    "sion",
    "ings",
    "ing",
    "ies",
    "ied",
    "ed",
    "es",
    "s",
)


@lru_cache(maxsize=131072)
def stem(word: str) -> str:
    """A light suffix-stripper: enough to make inflections of one word share a key."""
    w = word.lower()
    if w.endswith(("ss", "us", "is")):
        return w  # "process", "status", "crisis": not plurals
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            base = w[: -len(suffix)]
            if suffix in ("ies", "ied"):
                return base + "y"
            if suffix[0] in "ts" and suffix.endswith(("ion", "ions")):
                base += suffix[0]  # "reconstruction" -> "reconstruct"
            elif (
                suffix in ("ed", "ing")
                and len(base) > 3
                and base[-1] == base[-2]
                and base[-1] not in "lsfz"
            ):
                return base[:-1]  # "planned" -> "plan"; "killed", "passed" keep "kill", "pass"
            return base
    return w[:-1] if w.endswith("e") and len(w) > 3 else w


def _concepts() -> tuple[dict[str, str], tuple[tuple[str, ...], ...]]:
    single: dict[str, str] = {}
    phrases: list[tuple[str, ...]] = []
    for row in _rows("concept_groups.tsv", 2):
        words = tuple(stem(w) for w in re.findall(r"[\w-]+", row[0].lower()))
        key = " ".join(words)
        if row[1] != "-":  # "-" silences one exact word only, never its stem ("fired", not "fires")
            single.setdefault(key, row[1])
        if len(words) == 1:
            single[row[0].lower()] = row[1]  # the exact word wins over its stem ("building")
        if len(words) > 1:
            phrases.append(words)
    return single, tuple(sorted(set(phrases), key=len, reverse=True))


def _loaded_terms() -> frozenset[str]:
    """Entries with category "loaded" in the evaluative lexicons (resources/lexicons/*.tsv), if any."""
    folder = resource_path("lexicons")
    if not folder.is_dir():
        return frozenset()
    terms = set()
    for path in sorted(folder.glob("*.tsv")):
        loaded_file = "loaded" in path.stem.lower()
        for row in read_rows(path):
            if row and (loaded_file or "loaded" in (c.lower() for c in row[1:])):
                terms.add(row[0].lower())
    return frozenset(terms)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """All comparison data, read once per process."""
    words = _rows("entity_words.tsv", 2)
    by_cat: dict[str, set[str]] = {}
    for row in words:
        by_cat.setdefault(row[1], set()).add(row[0].lower())
    concept, phrases = _concepts()
    return Lexicon(
        stopwords=frozenset(r[0].lower() for r in _rows("stopwords.tsv", 2)),
        concept=concept,
        concept_phrases=phrases,
        heads={r[0].lower(): r[1] for r in _rows("referent_heads.tsv", 3)},
        head_kinds={r[1]: r[2] for r in _rows("referent_heads.tsv", 3)},
        titles=frozenset(by_cat.get("title", ())),
        org_heads=frozenset(by_cat.get("org_head", ())),
        place_heads=frozenset(by_cat.get("place_head", ())),
        other_heads=frozenset(by_cat.get("other_head", ())),
        place_preps=frozenset(by_cat.get("place_prep", ())),
        skip_initial=frozenset(by_cat.get("skip_initial", ())),
        not_entity=frozenset(by_cat.get("not_entity", ())),
        numbers={r[0].lower(): (float(r[1]), r[2]) for r in _rows("number_words.tsv", 3)},
        units={r[0].lower(): (r[1], float(r[2])) for r in _rows("units.tsv", 3)},
        translit=tuple((r[0], r[1]) for r in _rows("transliteration.tsv", 2)),
        loaded_terms=_loaded_terms(),
        currencies={r[0].lower(): r[1] for r in _rows("currencies.tsv", 2)},
        reporting=frozenset(r[0].lower() for r in _rows("stopwords.tsv", 2) if r[1] == "reporting"),
        name_particles={r[0].lower(): (r[1].strip("-"), r[2]) for r in _rows("name_particles.tsv", 3)},
    )
