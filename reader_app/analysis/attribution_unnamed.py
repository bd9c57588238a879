"""Reports with no named speaker: 'It is understood that ...', 'The court heard that ...', and
hedges inside the claim ('The singer is said to be furious', 'The club has reportedly offered ...')."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from reader_app.analysis.attribution_clauses import Candidate, trimmed
from reader_app.analysis.attribution_scan import Regions, heads_of, matches_at, word_count
from reader_app.analysis.phrase_trie import trie_pattern
from reader_app.resource_files import resource_path
from reader_app.text_keys import match_key


@lru_cache(maxsize=1)
def _phrases() -> tuple[re.Pattern[str], dict[str, tuple[str, str, str]]]:
    text = resource_path("attribution", "unnamed_sources.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and line[0] != "#"]
    table = {r[0].lower(): (r[1], r[2], r[3]) for r in rows}
    # One trie regex (the longest phrase wins, as in a longest-first alternation): a few
    # character tests per position instead of one test per phrase.
    alts = trie_pattern(table, fold=False)
    return re.compile(rf"\b({alts})\b(?:\s*,)?\s*(?:that\s+)?", re.IGNORECASE), table


def unnamed_phrases() -> list[str]:
    """The set phrases, lowercase with single spaces (their words may be split by any spaces)."""
    return list(_phrases()[1])


@lru_cache(maxsize=1)
def unnamed_heads() -> frozenset[str]:
    """``heads_of`` the set phrases: a sentence whose cue positions open with none has no match."""
    return heads_of(_phrases()[1])


def unnamed_candidates(
    text: str,
    s: tuple[int, int],
    skip: Sequence[tuple[int, int]] | Regions,
    hedges: bool = True,
    starts: Sequence[int] | None = None,
) -> list[Candidate]:
    """One candidate per set phrase in the sentence: the rest of the sentence is the content
    (at least three words, so 'as the court heard.' reports nothing). Hedges ('reportedly') count
    and headline tags only when ``hedges`` (the caller found no named speaker in the sentence).
    ``starts``: the article's cue positions (see ``matches_at``)."""
    pattern, table = _phrases()
    skip = skip if isinstance(skip, Regions) else Regions(skip)
    out = []
    for m in matches_at(pattern, text, starts, *s):
        if m.start() in skip:
            continue  # inside a quotation: the quoted person's words
        speaker, kind, scope = table[" ".join(match_key(m.group(1)).split())]
        parts = (
            [trimmed(text, s[0], s[1])] if scope == "sentence" else [trimmed(text, m.end(), s[1])]
        )
        if scope in ("sentence", "before") and not hedges:
            continue
        if scope == "before":
            if not _headline_tag(text, s, m):
                continue
            parts = [trimmed(text, s[0], m.start())]
        if scope == "rest" and text[s[0] : m.start()].rstrip().endswith(","):
            # 'The striker, it is understood, wants ...': both sides of the aside are content
            parts.insert(0, trimmed(text, s[0], m.start()))
        content = tuple(p for p in parts if p)
        if sum(word_count(text, *p) for p in content) < 3:
            continue
        cue = (m.start(1), m.end(1))
        out.append(Candidate(cue, content, "indirect", fixed=speaker, fixed_kind=kind))
    return out


def _headline_tag(text: str, s: tuple[int, int], m: re.Match[str]) -> bool:
    """'..., jury told' ends its sentence or headline line and follows a comma."""
    rest = text[m.end(1) : s[1]]
    line_end = rest.find("\n")
    rest = rest[:line_end] if line_end >= 0 else rest
    return not rest.strip(" .") and text[s[0] : m.start()].rstrip().endswith(",")
