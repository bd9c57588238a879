"""Flags evaluative wording (puffery, pejoratives, loaded labels, ...) with the reason each one fired."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from reader_app.analysis.evaluative_finder import Finder, build_finder, rule_starts
from reader_app.analysis.evaluative_hedges import HedgeData, data_from, modal_hedges, vague_sources
from reader_app.analysis.evaluative_match import Token, lowered_tokens, tokens
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


def _list_drafts(
    text: str, toks: Sequence[Token], lex: Lexicon, data: RuleData, at: Sequence[int] | None
) -> list[_Draft]:
    hits = lex.index.scan(text, toks) if at is None else lex.index.scan_at(text, toks, at)
    # Only a neutral term starting at or before a hit can contain it.
    neutral = (
        lex.neutral_index.scan_at(text, toks, lex.neutral_index.starts(toks, hits[-1][0]))
        if hits
        else []
    )
    out = []
    for i, j, entry in hits:
        if neutral and any(a <= i and j <= b for a, b, _ in neutral):
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


class _Flagger:
    """The flags of one sentence's tokens, with what the whole article shares."""

    __slots__ = ("cue_words", "cues", "data", "ends", "hd", "lex", "starts", "text")

    def __init__(self, text: str, lex: Lexicon, quoted_regions: Sequence[tuple[int, int]]):
        self.text, self.lex = text, lex
        self.data = rule_data()
        self.hd = data_from(self.data.config)
        self.cues = self.data.config["label_voice"]
        self.cue_words = frozenset(self.cues["cues"])
        self.starts, self.ends = _union(list(quoted_regions) + quote_mark_regions(text))

    def flags(self, toks: Sequence[Token], at: Sequence[int] | None) -> list[Flag]:
        """``at``: the only token indices where a list phrase can start (None: any)."""
        text, lex, data = self.text, self.lex, self.data
        words = frozenset([t[2] for t in toks])
        drafts = _list_drafts(text, toks, lex, data, at) + _rule_drafts(text, toks, data, words)
        drafts += _hedge_drafts(text, toks, data, self.hd, words)
        if not drafts:
            return []
        cued = not words.isdisjoint(self.cue_words)
        labelled = label_cues(text, toks, self.cues) if cued else []
        out = []
        for d in _merged(toks, drafts, data):
            span = span_of(text, toks[d.i][0], toks[d.j - 1][1])
            if lex.is_silenced(d.entry) or lex.is_silenced(span.text):
                continue
            voice = _voice(span.start, span.end, self.starts, self.ends)
            if voice == "author" and labelled and any(a < d.i <= b for a, b in labelled):
                voice = "quoted"  # 'called the plan a betrayal': the label is the speaker's
            out.append(Flag(span.start, span.end, span.text, d.category, voice, d.reason, d.entry))
        return out


def _lowered(text: str) -> str | None:
    """The article lowercased in one go, when that equals lowercasing word by word: not when a
    letter lowercases to two (U+0130) or a capital sigma's form depends on the next letter."""
    low = text.lower()
    return low if len(low) == len(text) and "\u03a3" not in text else None


def _cuts_word(low: str, start: int, end: int) -> bool:
    """Whether the sentence starts or ends inside a word (its tokens then differ from the article's)."""
    return (start > 0 and low[start - 1 : start + 1].isalnum()) or (
        0 < end < len(low) and low[end - 1 : end + 1].isalnum()
    )


def _finder(lex: Lexicon, data: RuleData, hd: HedgeData) -> Finder:
    """The lexicon's finder (``evaluative_finder``), built once per set of word lists."""
    key = id(lex.index)
    cached = _FINDERS.get(key)
    if cached is None or cached[0] is not lex.index or cached[1] is not data:
        spellings, symbols = rule_starts(data, hd)
        cached = (lex.index, data, build_finder(lex.index, spellings, symbols))
        if len(_FINDERS) >= 8:
            _FINDERS.pop(next(iter(_FINDERS)))
        _FINDERS[key] = cached
    return cached[2]


_FINDERS: dict[int, tuple[object, object, Finder]] = {}


def _flags_of_every_sentence(flagger: _Flagger, spans: Sequence[tuple[int, int]]) -> list[Flag]:
    flags: list[Flag] = []
    for s_start, s_end in spans:
        toks = tokens(flagger.text, s_start, s_end)
        if toks:
            flags += flagger.flags(toks, None)
    return flags


def _flags_of_found(flagger: _Flagger, spans: Sequence[tuple[int, int]], low: str) -> list[Flag]:
    """The flags of the sentences holding a possible start; the others cannot hold a flag."""
    found = _finder(flagger.lex, flagger.data, flagger.hd).positions(low)
    flags: list[Flag] = []
    for s_start, s_end in spans:
        lo = bisect_left(found, s_start)
        hi = bisect_left(found, s_end, lo)
        cut = _cuts_word(low, s_start, s_end)
        if lo == hi and not cut:
            continue
        toks = lowered_tokens(low, s_start, s_end)
        if toks:
            # A sentence cut inside a word has tokens the article search did not see.
            at = None if cut else [bisect_left(toks, (p,)) for p in found[lo:hi]]
            flags += flagger.flags(toks, at)
    return flags


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
    flagger = _Flagger(text, lex, quoted_regions)
    spans = _sentence_spans(text, sentences)
    low = _lowered(text)
    if low is None:
        return tuple(_flags_of_every_sentence(flagger, spans))
    return tuple(_flags_of_found(flagger, spans, low))


def find_flags_every_sentence(
    text: str,
    sentences: Sequence[Sentence],
    quoted_regions: Sequence[tuple[int, int]],
    lexicon: Lexicon | None = None,
) -> tuple[Flag, ...]:
    """``find_flags`` with every sentence tokenised and scanned word by word, no article search:
    the reference the search is tested against (it must find exactly the same flags)."""
    lex = lexicon if lexicon is not None else load_lexicon()
    flagger = _Flagger(text, lex, quoted_regions)
    return tuple(_flags_of_every_sentence(flagger, _sentence_spans(text, sentences)))
