"""Flags evaluative wording (puffery, pejoratives, loaded labels, ...) with the reason each one fired."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reader_app.analysis.evaluative_hedges import HedgeData, data_from, modal_hedges, vague_sources
from reader_app.analysis.evaluative_match import Token, tokens
from reader_app.analysis.evaluative_rules import (
    RuleData,
    coordinated_praise,
    extend_left,
    extend_right,
    joiner_between,
    rule_data,
    superlatives,
)
from reader_app.analysis.evaluative_voice import label_cues, quote_mark_regions
from reader_app.analysis.lexicon import Lexicon, LexiconEntry, load_lexicon
from reader_app.model import Flag, Sentence, span_of

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


@dataclass(frozen=True)
class _Draft:
    i: int  # first token (index into the sentence's tokens)
    j: int  # past-the-last token
    category: str
    entry: str  # what silences it: the list entry's key or "rule:<name>"
    reason: str


def _list_reason(text: str, toks: Sequence[Token], i: int, j: int, e: LexiconEntry) -> str:
    core = text[toks[i][0] : toks[j - 1][1]]
    note = e.note or "an entry you added"
    return f"'{core}' is in the {LABELS[e.category]} list: {note}"


def _list_drafts(text: str, toks: Sequence[Token], lex: Lexicon, data: RuleData) -> list[_Draft]:
    hits = lex.index.scan(text, toks)
    neutral = lex.neutral_index.scan(text, toks) if hits else []
    out = []
    for i, j, entry in hits:
        if any(a <= i and j <= b for a, b, _ in neutral):
            continue  # sentiment is not stance: plain reporting terms are never flagged
        reason = _list_reason(text, toks, i, j, entry)
        i2 = extend_left(text, toks, i, data) if entry.extends_left else i
        j2 = extend_right(text, toks, j, data) if entry.extends_right else j
        if (i2, j2) != (i, j):
            reason += f"; {data.config['extend']['reason_suffix']}"
        out.append(_Draft(i2, j2, entry.category, entry.key, reason))
    return out


def _hedge_drafts(
    text: str, toks: Sequence[Token], data: RuleData, hd: HedgeData, words: frozenset[str]
) -> list[_Draft]:
    out = []
    for name, found, trigger in (
        ("modal_hedge", modal_hedges, hd.modals),
        ("vague_source", vague_sources, hd.any_group),
    ):
        if words.isdisjoint(trigger):
            continue  # the rule cannot fire: skip its word-by-word pass
        rule = data.config[name]
        for i, j in found(text, toks, hd):
            phrase = text[toks[i][0] : toks[j - 1][1]]
            out.append(
                _Draft(i, j, rule["category"], f"rule:{name}", rule["reason"].format(text=phrase))
            )
    return out


def _rule_drafts(
    text: str, toks: Sequence[Token], data: RuleData, words: frozenset[str]
) -> list[_Draft]:
    out = []
    sup = data.config["superlative"]
    has_sup = "most" in words or not (
        words.isdisjoint(data.est) and words.isdisjoint(data.est_tail)
    )
    for i, j in superlatives(text, toks, data) if has_sup else ():
        phrase = text[toks[i][0] : toks[j - 1][1]]
        out.append(
            _Draft(i, j, sup["category"], "rule:superlative", sup["reason"].format(text=phrase))
        )
    coord = data.config["coordinated_praise"]
    praise = () if words.isdisjoint(data.praise_nouns) else coordinated_praise(text, toks, data)
    for i, j, members in praise:
        phrase = text[toks[i][0] : toks[j - 1][1]]
        reason = coord["reason"].format(text=phrase, members=", ".join(members))
        out.append(_Draft(i, j, coord["category"], "rule:coordinated_praise", reason))
    return out


def _combine(a: _Draft, b: _Draft) -> _Draft:
    """One flag for two overlapping ones: the wider span, the more telling category first."""
    first, second = sorted((a, b), key=lambda d: PRIORITY.index(d.category))
    reason = first.reason if second.reason in first.reason else f"{first.reason}; {second.reason}"
    return replace(first, i=min(a.i, b.i), j=max(a.j, b.j), reason=reason)


def _merged(toks: Sequence[Token], drafts: list[_Draft], data: RuleData) -> list[_Draft]:
    merge = data.config["merge"]
    out: list[_Draft] = []
    for d in sorted(drafts, key=lambda d: (d.i, -d.j)):
        prev = out[-1] if out else None
        if prev and d.i < prev.j:
            out[-1] = _combine(prev, d)
        elif (
            prev
            and prev.category in merge["categories"]
            and d.category in merge["categories"]
            and joiner_between(toks, prev.j, d.i, data)
        ):
            out[-1] = replace(prev, j=d.j, reason=f"{prev.reason}; {d.reason}")
        else:
            out.append(d)
    return out


def _union(regions: Sequence[tuple[int, int]]) -> tuple[list[int], list[int]]:
    starts: list[int] = []
    ends: list[int] = []
    for a, b in sorted(regions):
        if starts and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    return starts, ends


def _voice(start: int, end: int, starts: list[int], ends: list[int]) -> str:
    """'quoted' when the flag's middle lies in a quoted region (the speaker's words), else 'author'."""
    mid = (start + end) / 2
    k = bisect_right(starts, mid) - 1
    return "quoted" if k >= 0 and mid < ends[k] else "author"


def _sentence_spans(text: str, sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in sentences] if sentences else [(0, len(text))]


def find_flags(
    text: str,
    sentences: Sequence[Sentence],
    quoted_regions: Sequence[tuple[int, int]],
    lexicon: Lexicon | None = None,
) -> tuple[Flag, ...]:
    """Every evaluative phrase of ``text``, sentence by sentence, in text order.

    ``quoted_regions`` are (start, end) spans of quoted or interview speech: flags there get
    voice "quoted". ``lexicon`` defaults to ``load_lexicon()`` (shipped plus user lists).
    """
    lex = lexicon if lexicon is not None else load_lexicon()
    data = rule_data()
    hd = data_from(data.config)
    cues = data.config["label_voice"]
    cue_words = frozenset(cues["cues"])
    starts, ends = _union(list(quoted_regions) + quote_mark_regions(text))
    flags: list[Flag] = []
    for s_start, s_end in _sentence_spans(text, sentences):
        toks = tokens(text, s_start, s_end)
        if not toks:
            continue
        words = frozenset([t[2] for t in toks])
        drafts = _list_drafts(text, toks, lex, data) + _rule_drafts(text, toks, data, words)
        drafts += _hedge_drafts(text, toks, data, hd, words)
        labelled = label_cues(text, toks, cues) if not words.isdisjoint(cue_words) else []
        for d in _merged(toks, drafts, data):
            span = span_of(text, toks[d.i][0], toks[d.j - 1][1])
            if lex.is_silenced(d.entry) or lex.is_silenced(span.text):
                continue
            voice = _voice(span.start, span.end, starts, ends)
            if voice == "author" and any(a < d.i <= b for a, b in labelled):
                voice = "quoted"  # 'called the plan a betrayal': the label is the speaker's
            flags.append(
                Flag(span.start, span.end, span.text, d.category, voice, d.reason, d.entry)
            )
    return tuple(flags)
