"""Flags evaluative wording (puffery, pejoratives, loaded labels, ...) with the reason each one fired."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import compress, count, repeat
from operator import itemgetter, ne

from reader_app.analysis.evaluative_drafts import LABELS, PRIORITY, Drafter
from reader_app.analysis.evaluative_finder import Finder, build_finder, rule_starts
from reader_app.analysis.evaluative_hedges import data_from
from reader_app.analysis.evaluative_match import Token, spaced_tokens, tokens, word_spaced
from reader_app.analysis.evaluative_rules import RuleData, rule_data
from reader_app.analysis.evaluative_voice import label_cues, quote_mark_regions
from reader_app.analysis.lexicon import Lexicon, load_lexicon
from reader_app.model import Flag, Sentence

__all__ = ["LABELS", "PRIORITY", "find_flags", "find_flags_every_sentence"]

_WORD_OF = itemgetter(2)
_START, _END = itemgetter(0), itemgetter(1)


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


class _Engine:
    """What flagging needs from one set of word lists and rules, built once and reused."""

    __slots__ = ("_finder", "cue_words", "cues", "data", "drafter", "hd", "lex")

    def __init__(self, lex: Lexicon, data: RuleData):
        self.lex, self.data = lex, data
        self.hd = data_from(data.config)
        self.drafter = Drafter(lex, data, self.hd)
        self.cues = data.config["label_voice"]
        self.cue_words = frozenset(self.cues["cues"])
        self._finder: Finder | None = None

    def finder(self) -> Finder:
        """The article search (``evaluative_finder``); compiled on first use (~0.3 s)."""
        if self._finder is None:
            spellings, symbols = rule_starts(self.data, self.hd)
            self._finder = build_finder(self.lex.index, spellings, symbols)
        return self._finder


_ENGINES: dict[int, _Engine] = {}


def _engine(lex: Lexicon) -> _Engine:
    data = rule_data()
    engine = _ENGINES.get(id(lex))
    if engine is None or engine.lex is not lex or engine.data is not data:
        engine = _Engine(lex, data)
        if len(_ENGINES) >= 8:  # as many as load_lexicon keeps
            _ENGINES.pop(next(iter(_ENGINES)))
        _ENGINES[id(lex)] = engine
    return engine


class _Flagger:
    """The flags of one sentence's tokens, with what the whole article shares."""

    __slots__ = ("ends", "engine", "starts", "text")

    def __init__(self, text: str, lex: Lexicon, quoted_regions: Sequence[tuple[int, int]]):
        self.text, self.engine = text, _engine(lex)
        self.starts, self.ends = _union(list(quoted_regions) + quote_mark_regions(text))

    def flags(
        self, toks: Sequence[Token], at: Sequence[int] | None, words: Sequence[str]
    ) -> list[Flag]:
        """``at``: the only token indices where a list phrase or a rule can start (None: any);
        ``words``: the tokens' words."""
        text, engine, drafter = self.text, self.engine, self.engine.drafter
        # A rule fires only where the article search found one of its trigger words (the
        # superlative, praise noun, modal or group it needs, with what must follow), so the
        # words at ``at`` tell which rules to run: a modal elsewhere in the sentence cannot fire.
        triggers = words if at is None else map(_WORD_OF, map(toks.__getitem__, at))
        rules = drafter.rule_words.intersection(triggers)
        drafts = (
            drafter.drafts(text, toks, at, rules) if rules else drafter.list_drafts(text, toks, at)
        )
        if not drafts:
            return []
        cued = not engine.cue_words.isdisjoint(words)
        labelled = label_cues(text, toks, engine.cues) if cued else None
        silenced = engine.lex.is_silenced if engine.lex.silenced else None
        regions = self.starts
        out = []
        for d in drafter.merged(toks, drafts):
            start, end = toks[d.i][0], toks[d.j - 1][1]
            phrase = text[start:end]  # as span_of(text, start, end).text
            if silenced and (silenced(d.entry) or silenced(phrase)):
                continue
            voice = _voice(start, end, regions, self.ends) if regions else "author"
            if voice == "author" and labelled and any(a < d.i <= b for a, b in labelled):
                voice = "quoted"  # 'called the plan a betrayal': the label is the speaker's
            out.append(Flag(start, end, phrase, d.category, voice, d.reason, d.entry))
        return out


def _lowered(text: str) -> str | None:
    """The article lowercased in one go, when that equals lowercasing word by word: not when a
    letter lowercases to two (U+0130) or a capital sigma's form depends on the next letter."""
    low = text.lower()
    return low if len(low) == len(text) and "\u03a3" not in text else None


def _cut_sentences(low: str, spans: Sequence[tuple[int, int]]) -> set[int]:
    """Sentences that start or end inside a word: their tokens differ from the article's."""
    n = len(low)
    return {
        k
        for k, (start, end) in enumerate(spans)
        if (start and low[start - 1 : start + 1].isalnum())
        or (end < n and low[end - 1 : end + 1].isalnum())
    }


def _flags_of_every_sentence(flagger: _Flagger, spans: Sequence[tuple[int, int]]) -> list[Flag]:
    flags: list[Flag] = []
    for s_start, s_end in spans:
        toks = tokens(flagger.text, s_start, s_end)
        if toks:
            flags += flagger.flags(toks, None, [t[2] for t in toks])
    return flags


def _flags_of_found(flagger: _Flagger, spans: Sequence[tuple[int, int]], low: str) -> list[Flag]:
    """The flags of the sentences holding a possible start; the others cannot hold a flag."""
    spaced = word_spaced(low)
    found = flagger.engine.finder().positions(spaced)
    cut = _cut_sentences(low, spans)
    # Per sentence, the range of starts inside it: bisections mapped in C, then a Python step
    # only for the ~35 % of sentences holding a start (or cut inside a word).
    los = list(map(bisect_left, repeat(found), map(_START, spans)))
    his = list(map(bisect_left, repeat(found), map(_END, spans)))
    holding = compress(count(), map(ne, los, his))
    flags: list[Flag] = []
    for k in sorted(cut.union(holding)) if cut else holding:
        s_start, s_end = spans[k]
        lo, hi = los[k], his[k]
        toks, words, starts = spaced_tokens(spaced, s_start, s_end)
        if toks:
            # A sentence cut inside a word has tokens the article search did not see.
            at = None if k in cut else list(map(bisect_left, repeat(starts), found[lo:hi]))
            flags += flagger.flags(toks, at, words)
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
