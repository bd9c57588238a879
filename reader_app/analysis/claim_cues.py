"""The claim detector's data: cue phrases by category, page-furniture patterns and weights."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from reader_app.analysis.phrase_trie import compile_phrases, normalise, trie_pattern
from reader_app.resource_files import resource_path

# Any character that may stand before a phrase: ASCII other than [\w'] and everything non-ASCII
# (a lookbehind then rules out the non-ASCII word characters and the curly apostrophe). A class of
# ranges is tested in C as ``re`` skips ahead; a leading lookbehind is tried at every position.
_BEFORE = "[" + re.escape("".join(chr(i) for i in range(128) if not re.match(r"[\w']", chr(i))))
_BEFORE += "\x80-\U0010ffff](?<![\\w'\u2019])"
_NOT_AFTER_WORD = "(?<![\\w'\u2019])"


@dataclass(frozen=True)
class Cues:
    """Cue phrases (one trie regex), page-furniture patterns, and the scoring weights."""

    matcher: re.Pattern[str]  # case-insensitive
    # For text already lowercased (twice as fast), with the phrase as group 1 (see
    # lower_matches), and with the furniture key words added: matcher_after consumes the
    # character before a phrase unless a phrase opens or ends with a non-word character (then
    # a phrase could start right where the last one ended); matcher_first opens the text.
    matcher_first: re.Pattern[str]
    matcher_after: re.Pattern[str]
    after_consumes: bool
    # The phrases of matcher_first/matcher_after holding a key word of a furniture-anywhere
    # phrase: where such a phrase can match, the scan of the lowered text meets one of these.
    furniture_words: frozenset[str]
    categories: dict[str, tuple[str, ...]]  # normalised phrase -> its categories
    not_names: frozenset[str]
    furniture_start: re.Pattern[str]  # case-insensitive, like matcher
    furniture_anywhere: re.Pattern[str]
    # The same two, case-sensitive, for exactly-lowered text; the second consumes the character
    # before the phrase (group 1), so ``re`` skips ahead to non-word characters.
    furniture_start_lower: re.Pattern[str]
    furniture_anywhere_after: re.Pattern[str]
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


def _holds_word(phrase: str, words: set[str]) -> bool:
    return any(re.search(rf"(?<![\w']){re.escape(w)}(?![\w'])", phrase) for w in words)


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
    # One word of each furniture-anywhere phrase rides along in the lowered-text trie (see
    # furniture_words); matching whole words, it never changes which cue phrases match.
    keys = {max(normalise(p).split(), key=len) for p in anywhere if p.strip()}
    phrases = set(categories) | keys
    cue_trie = trie_pattern(phrases) or "(?!)"
    word_edges = all(re.match(r"\w", p[0]) and re.match(r"\w", p[-1]) for p in phrases)
    weights = tomllib.loads(resource_path("claims", "weights.toml").read_text(encoding="utf-8"))
    return Cues(
        matcher=compile_phrases(categories),
        matcher_first=re.compile(rf"({cue_trie})(?![\w'\u2019])"),
        matcher_after=re.compile(
            rf"{_BEFORE if word_edges else _NOT_AFTER_WORD}({cue_trie})(?![\w'\u2019])"
        ),
        after_consumes=word_edges,
        furniture_words=frozenset(p for p in phrases if _holds_word(p, keys)),
        categories={k: tuple(v) for k, v in categories.items()},
        not_names=frozenset(not_names),
        furniture_start=re.compile(rf"[\W_]*(?:{trie_pattern(start)})", re.IGNORECASE),
        furniture_anywhere=compile_phrases(anywhere),
        furniture_start_lower=re.compile(rf"[\W_]*(?:{trie_pattern(start)})"),
        furniture_anywhere_after=re.compile(
            rf"{_BEFORE}({trie_pattern(anywhere) or '(?!)'})(?![\w'\u2019])"
        ),
        add=weights["add"],
        subtract=weights["subtract"],
        threshold=float(weights["threshold"]),
    )


def lower_matches(c: Cues, lower: str) -> Iterable[re.Match[str]]:
    """The cue phrases in ``lower`` (what ``c.matcher`` finds in the text it was lowered from, when
    lowering is exact), as matches whose group 1 is the phrase, plus furniture key words where no
    cue phrase matches (not in ``categories``)."""
    if not c.after_consumes:
        return c.matcher_after.finditer(lower)
    first = c.matcher_first.match(lower)
    if first is None:
        return c.matcher_after.finditer(lower)
    return chain((first,), c.matcher_after.finditer(lower, first.end()))
