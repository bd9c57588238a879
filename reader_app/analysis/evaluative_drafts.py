"""Draft flags of one sentence (list matches, wording rules, hedges) and how overlapping drafts merge.

A draft is a token range with a category, the key that silences it and its reason; ``evaluative``
turns the merged drafts into ``Flag`` objects. Everything read from the rules config per sentence is
looked up once per article here (``Drafter``), since the flags step runs this for every sentence
that can hold a flag.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import NamedTuple

from reader_app.analysis.evaluative_hedges import HedgeData, modal_hedges, vague_sources
from reader_app.analysis.evaluative_match import Token
from reader_app.analysis.evaluative_rules import (
    RuleData,
    coordinated_praise,
    extend_left,
    extend_right,
    joiner_between,
    superlatives,
)
from reader_app.analysis.lexicon import Lexicon, LexiconEntry

# When two flags overlap they become one; the more telling category names it.
PRIORITY = (
    "loaded",
    "pejorative",
    "puffery",
    "emotive",
    "honorific",
    "certainty",
    "hedge",
    "reporting_verb",
)
LABELS = {
    "puffery": "promotional (puffery)",
    "pejorative": "pejorative",
    "loaded": "loaded-label",
    "emotive": "emotive",
    "honorific": "honorific",
    "certainty": "certainty/intensifier",
    "hedge": "hedge",
    "reporting_verb": "reporting-verb",
}


class Draft(NamedTuple):  # a tuple: one is built for every match, so it must be cheap
    i: int  # first token (index into the sentence's tokens)
    j: int  # past-the-last token
    category: str
    entry: str  # what silences it: the list entry's key or "rule:<name>"
    reason: str


# A draft from a tuple of its fields, without NamedTuple's Python-level __new__ (a draft is made
# for every match of the article).
_draft = partial(tuple.__new__, Draft)


def _entry_facts(e: LexiconEntry) -> tuple[str, str, str, bool, bool]:
    """What a list match needs of its entry: category, key, the reason after the matched text,
    whether it extends left and right."""
    note = e.note or "an entry you added"
    tail = f"' is in the {LABELS[e.category]} list: {note}"
    return e.category, e.key, tail, e.extends_left, e.extends_right


_RANK = {c: k for k, c in enumerate(PRIORITY)}


def _rank(d: Draft) -> int:
    return _RANK[d.category]


def _merge_order(d: Draft) -> tuple[int, int]:
    return d.i, -d.j


def _combine(a: Draft, b: Draft) -> Draft:
    """One flag for two overlapping ones: the wider span, the more telling category first."""
    first, second = sorted((a, b), key=_rank)
    reason = first.reason if second.reason in first.reason else f"{first.reason}; {second.reason}"
    return first._replace(i=min(a.i, b.i), j=max(a.j, b.j), reason=reason)


class Drafter:
    """The drafts of a sentence's tokens, with the rules config read once."""

    def __init__(self, lex: Lexicon, data: RuleData, hd: HedgeData):
        config = data.config
        self.lex, self.data, self.hd = lex, data, hd
        self.extend_suffix = f"; {config['extend']['reason_suffix']}"
        self.sup = config["superlative"]
        self.coord = config["coordinated_praise"]
        self.hedges = (
            ("modal_hedge", modal_hedges, hd.modals, config["modal_hedge"]),
            ("vague_source", vague_sources, hd.any_group, config["vague_source"]),
        )
        self.merge = config["merge"]
        # A sentence with none of these words gets no rule or hedge draft (each rule checks).
        self.sup_words = data.est | data.est_tail | {"most"}
        self.rule_words = self.sup_words | data.praise_nouns | hd.modals | hd.any_group
        # Per entry (by identity: entries live as long as the lexicon, and hashing a dataclass
        # hashes all its fields), read once instead of for every match.
        self._facts = {id(e): _entry_facts(e) for e in lex.entries}

    def drafts(self, text: str, toks: Sequence[Token], at, words: frozenset[str]) -> list[Draft]:
        """List drafts, then rule drafts, then hedge drafts (the order merging relies on).

        ``words``: the sentence's words, or only those of them in ``rule_words`` (all it tests)."""
        out = self.list_drafts(text, toks, at)
        if not words.isdisjoint(self.rule_words):
            out += self.rule_drafts(text, toks, words)
            out += self.hedge_drafts(text, toks, words)
        return out

    def list_drafts(self, text: str, toks: Sequence[Token], at) -> list[Draft]:
        """``at``: the only token indices where a list phrase can start (None: any)."""
        index, nix, data = self.lex.index, self.lex.neutral_index, self.data
        hits = index.scan(text, toks) if at is None else index.scan_at(text, toks, at)
        if not hits:
            return []
        # A neutral term can contain a hit only if it has the hit's first word, and then it
        # starts at or before the hit.
        neutral = (
            nix.scan_at(text, toks, nix.starts(toks, hits[-1][0]))
            if nix.has_any([toks[i][2] for i, _, _ in hits])
            else []
        )
        out = []
        facts = self._facts
        for i, j, entry in hits:
            if neutral and any(a <= i and j <= b for a, b, _ in neutral):
                continue  # sentiment is not stance: plain reporting terms are never flagged
            fact = facts.get(id(entry)) or _entry_facts(entry)
            category, key, tail, left, right = fact
            reason = f"'{text[toks[i][0] : toks[j - 1][1]]}{tail}"
            i2 = extend_left(text, toks, i, data) if left else i
            j2 = extend_right(text, toks, j, data) if right else j
            if i2 != i or j2 != j:
                reason += self.extend_suffix
            out.append(_draft((i2, j2, category, key, reason)))
        return out

    def rule_drafts(self, text: str, toks: Sequence[Token], words: frozenset[str]) -> list[Draft]:
        out = []
        data, sup = self.data, self.sup
        if not words.isdisjoint(self.sup_words):
            for i, j in superlatives(text, toks, data):
                phrase = text[toks[i][0] : toks[j - 1][1]]
                reason = sup["reason"].format(text=phrase)
                out.append(Draft(i, j, sup["category"], "rule:superlative", reason))
        if not words.isdisjoint(data.praise_nouns):
            coord = self.coord
            for i, j, members in coordinated_praise(text, toks, data):
                phrase = text[toks[i][0] : toks[j - 1][1]]
                reason = coord["reason"].format(text=phrase, members=", ".join(members))
                out.append(Draft(i, j, coord["category"], "rule:coordinated_praise", reason))
        return out

    def hedge_drafts(self, text: str, toks: Sequence[Token], words: frozenset[str]) -> list[Draft]:
        out = []
        for name, found, trigger, rule in self.hedges:
            if words.isdisjoint(trigger):
                continue  # the rule cannot fire: skip its word-by-word pass
            for i, j in found(text, toks, self.hd):
                phrase = text[toks[i][0] : toks[j - 1][1]]
                reason = rule["reason"].format(text=phrase)
                out.append(Draft(i, j, rule["category"], f"rule:{name}", reason))
        return out

    def merged(self, toks: Sequence[Token], drafts: list[Draft]) -> list[Draft]:
        """Overlapping drafts as one; loaded labels joined by a joiner word ('from the') as one."""
        if len(drafts) < 2:
            return drafts  # most sentences with a flag have one
        categories = self.merge["categories"]
        out: list[Draft] = []
        for d in sorted(drafts, key=_merge_order):
            prev = out[-1] if out else None
            if prev and d.i < prev.j:
                out[-1] = _combine(prev, d)
            elif (
                prev
                and prev.category in categories
                and d.category in categories
                and joiner_between(toks, prev.j, d.i, self.data)
            ):
                out[-1] = prev._replace(j=d.j, reason=f"{prev.reason}; {d.reason}")
            else:
                out.append(d)
        return out
