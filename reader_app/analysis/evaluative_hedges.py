"""Hedge rules beyond the lists: modals on claims of effect ('may cut the risk') and vague sources.

Both work on one sentence's tokens and return token ranges; the word sets live in
``resources/lexicons/rules.toml`` ([modal_hedge], [vague_source]).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reader_app.analysis.evaluative_match import Token, tokens

# Between words of one hedge: spaces or a line break only (punctuation ends the clause).
_SPACE = re.compile(r"\s{1,8}")
# 'could be delayed', 'may be seen': a passive participle after 'be' is an ordinary plan, not a hedge.
_PASSIVE = re.compile(r"[a-z]{3,}(?:ed|en)$")
_PASSIVE_IRREGULAR = frozenset(
    [
        "able",
        "made",
        "held",
        "done",
        "set",
        "cut",
        "put",
        "paid",
        "sold",
        "built",
        "kept",
        "left",
        "told",
        "found",
        "shown",
        "seen",
        "known",
        "used",
        "given",
        "taken",
        "hit",
        "run",
        "won",
        "lost",
        "brought",
        "bought",
        "sent",
        "spent",
        "met",
        "read",
        "heard",
    ]
)


@dataclass(frozen=True)
class HedgeData:
    modals: frozenset[str]
    between: frozenset[str]
    verbs: frozenset[str]
    participles: frozenset[str]
    quantifiers: frozenset[str]
    quantifier_phrases: tuple[tuple[str, ...], ...]
    quantifier_starts: frozenset[str]  # first words of quantifiers, a quick test before the phrases
    groups: frozenset[str]
    bare_groups: frozenset[str]
    any_group: frozenset[
        str
    ]  # groups | bare_groups: a sentence without one cannot hold a vague source
    adjectives: frozenset[str]
    source_verbs: frozenset[str]
    bare_after: frozenset[str]


@lru_cache(maxsize=4)
def hedge_data(config_id: int, modal: tuple, vague: tuple) -> HedgeData:
    m, v = dict(modal), dict(vague)
    return HedgeData(
        modals=frozenset(m["modals"]),
        between=frozenset(m["between"]),
        verbs=frozenset(m["verbs"]),
        participles=frozenset(m["participles"]),
        quantifiers=frozenset(v["quantifiers"]),
        quantifier_phrases=tuple(
            sorted((tuple(t[2] for t in tokens(p)) for p in v["quantifier_phrases"]), key=len)[::-1]
        ),
        quantifier_starts=frozenset(
            [t[2] for p in v["quantifier_phrases"] for t in tokens(p)[:1]] + list(v["quantifiers"])
        ),
        groups=frozenset(v["groups"]),
        bare_groups=frozenset(v["bare_groups"]),
        any_group=frozenset(v["groups"]) | frozenset(v["bare_groups"]),
        adjectives=frozenset(v["adjectives"]),
        source_verbs=frozenset(v["verbs"]),
        bare_after=frozenset(v["bare_after"]),
    )


def data_from(config: dict) -> HedgeData:
    """The hedge word sets from the rules config (``rule_data().config``), built once."""

    def frozen(section: dict) -> tuple:
        return tuple(
            (k, tuple(val) if isinstance(val, list) else val) for k, val in section.items()
        )

    return hedge_data(id(config), frozen(config["modal_hedge"]), frozen(config["vague_source"]))


def _spaced(text: str, toks: Sequence[Token], k: int) -> bool:
    a, b = toks[k - 1][1], toks[k][0]
    if b == a + 1 and text[a] == " ":
        return True  # the usual gap, without a regex call
    return _SPACE.fullmatch(text, a, b) is not None


def _modal_end(text: str, toks: Sequence[Token], k: int, d: HedgeData) -> int:
    """Past-the-end token of a modal hedge starting at modal ``k``, or 0 when none."""
    n, q = len(toks), k + 1
    while q < n and q - k <= 3 and toks[q][2] in d.between and _spaced(text, toks, q):
        q += 1
    if q >= n or not _spaced(text, toks, q):
        return 0
    word = toks[q][2]
    if word == "have" and q + 1 < n and _spaced(text, toks, q + 1):
        return q + 2 if toks[q + 1][2] in d.participles else 0
    if word == "be" and q + 1 < n and _spaced(text, toks, q + 1):
        nxt = toks[q + 1][2]
        if _PASSIVE.match(nxt) or nxt in _PASSIVE_IRREGULAR:
            return 0
        det = nxt in ("a", "an", "the") and q + 2 < n and _spaced(text, toks, q + 2)
        return q + 3 if det else q + 2  # 'might be a practical', 'may be smaller'
    return q + 1 if word in d.verbs else 0


def modal_hedges(text: str, toks: Sequence[Token], d: HedgeData) -> list[tuple[int, int]]:
    """'may cut the risk', 'could have caused', 'might be an alternative': modal + effect verb."""
    out = []
    for k, tok in enumerate(toks):
        if tok[2] in d.modals:
            end = _modal_end(text, toks, k, d)
            if end:
                out.append((k, end))
    return out


def _quantifier_end(toks: Sequence[Token], k: int, d: HedgeData) -> int:
    if toks[k][2] not in d.quantifier_starts:
        return 0
    for phrase in d.quantifier_phrases:
        if tuple(t[2] for t in toks[k : k + len(phrase)]) == phrase:
            return k + len(phrase)
    return k + 1 if toks[k][2] in d.quantifiers else 0


def _group_verb_end(text: str, toks: Sequence[Token], q: int, d: HedgeData, groups) -> int:
    """Past the source verb when tokens from ``q`` are [adjective] group verb, else 0."""
    n = len(toks)
    if q < n and toks[q][2] in d.adjectives and toks[q][2] not in groups:
        q += 1
    if q + 1 >= n or toks[q][2] not in groups:
        return 0
    v = q + 1
    if toks[v][2] == "of":  # 'Critics of the plan say': up to four words of what they criticise
        v = next(
            (m for m in range(v + 1, min(v + 6, n)) if toks[m][2] in d.source_verbs),
            n,
        )
        if v >= n or any(not _spaced(text, toks, m) for m in range(q + 1, v + 1)):
            return 0
    if not _spaced(text, toks, v) or toks[v][2] not in d.source_verbs:
        return 0
    return v + 1


def _bare_start_ok(text: str, toks: Sequence[Token], k: int, d: HedgeData) -> bool:
    """A bare group ('Critics say') counts at a clause start, not after 'the', a number or a name."""
    if k == 0:
        return True
    gap = text[toks[k - 1][1] : toks[k][0]]
    return any(c in gap for c in ",;:(\u2014\u2013") or toks[k - 1][2] in d.bare_after


def vague_sources(text: str, toks: Sequence[Token], d: HedgeData) -> list[tuple[int, int]]:
    """'Some economists argue', 'many analysts believe', 'critics say': unnamed groups as sources."""
    out, k, n = [], 0, len(toks)
    while k < n:
        end = 0
        q = _quantifier_end(toks, k, d)
        if q and q < n and _spaced(text, toks, q):
            end = _group_verb_end(text, toks, q, d, d.groups)
        if not end and toks[k][2] in d.bare_groups and _bare_start_ok(text, toks, k, d):
            end = _group_verb_end(text, toks, k, d, d.bare_groups)
        if end:
            out.append((k, end))
            k = end
        else:
            k += 1
    return out
