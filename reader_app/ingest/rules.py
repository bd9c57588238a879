"""Loads the clean-up rules and metadata cue words from resources/ingest/ (data, not code)."""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache

from reader_app.resource_files import resource_path


@dataclass(frozen=True)
class CleanupRule:
    name: str
    category: str  # becomes Removed.reason
    scope: str  # "line" or "inline"
    regex: re.Pattern[str]
    note: str
    requires: str = ""  # lower-case text a line must contain before the regex is tried (speed)
    swallow_list: bool = False  # the bullet list under a matched heading goes with it
    next_line_category: str = ""  # the next non-blank line is removed too, with this reason
    swallow_block: bool = False  # the rest of the block (up to a blank line) goes with it
    head: int = 0  # only among the first N non-blank lines (kickers above a headline)
    tail: int = 0  # only among the last N non-blank lines (author bios under a story)

    def may_match(self, line: str) -> bool:
        return not self.requires or self.requires in line.lower()


@lru_cache(maxsize=1)
def cleanup_rules() -> tuple[CleanupRule, ...]:
    with resource_path("ingest", "cleanup_rules.toml").open("rb") as fh:
        data = tomllib.load(fh)
    rules = []
    for entry in data.get("rule", []):
        flags = 0 if entry.get("case") == "sensitive" else re.IGNORECASE
        rules.append(
            CleanupRule(entry["name"], entry["category"], entry.get("scope", "line"),
                        re.compile(entry["pattern"], flags), entry.get("note", ""),
                        entry.get("requires", "").lower(), bool(entry.get("swallow_list")),
                        entry.get("next_line_category", ""), bool(entry.get("swallow_block")),
                        int(entry.get("head", 0)), int(entry.get("tail", 0)))
        )
    return tuple(rules)


@lru_cache(maxsize=1)
def max_line_chars() -> int:
    with resource_path("ingest", "cleanup_rules.toml").open("rb") as fh:
        return int(tomllib.load(fh).get("limits", {}).get("max_line_chars", 300))


@lru_cache(maxsize=1)
def _cue_rows() -> tuple[tuple[str, str, str], ...]:
    path = resource_path("ingest", "metadata_cues.tsv")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
    return tuple((r[0], r[1], r[2] if len(r) > 2 else "") for r in rows[1:] if len(r) >= 2)


@cache
def cues(category: str) -> tuple[str, ...]:
    """The terms of one cue category, longest first (so alternations prefer the longer phrase)."""
    terms = {term for cat, term, _ in _cue_rows() if cat == category}
    return tuple(sorted(terms, key=lambda t: (-len(t), t)))


@cache
def cue_values(category: str) -> dict[str, str]:
    """term (lower case) -> value column, e.g. month name -> month number."""
    return {term.lower(): value for cat, term, value in _cue_rows() if cat == category}


@cache
def cue_alternation(category: str) -> str:
    """A regex alternation of a category's terms (escaped, spaces matching any whitespace)."""
    return "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in cues(category))


@cache  # called per word by genre and byline tests: build each set once
def cue_set(category: str) -> frozenset[str]:
    return frozenset(t.lower() for t in cues(category))
