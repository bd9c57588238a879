"""One pass over a sentence's words that finds every lexicon phrase (dict lookups, no loop over entries)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate, compress, count
from operator import add, itemgetter

# Words are runs of letters/digits; "it's" is two words, "world-class" two words.
WORD = re.compile(r"[^\W_]+")
_SPLIT = re.compile(r"([^\W_]+)")
_ENTRY_WORD = re.compile(r"[^\W_]+\*?")
# What may sit between two words of one phrase: spaces, line breaks, hyphens, apostrophes.
_GAP = re.compile(r"[\s\-\u2010-\u2014'\u2019]{0,8}")
# Where the entry itself has a comma ("too little, too late"), the text may have one there too.
_COMMA_GAP = re.compile(r"[\s\-\u2010-\u2014'\u2019]{0,8},?[\s\-\u2010-\u2014'\u2019]{0,8}")
# A prefix pattern ("plunder*") needs this many letters before the star, so it stays specific.
PREFIX_MIN = 4

Token = tuple[int, int, str]  # start, end, lowercased word
_WORD_OF = itemgetter(2)


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Every word of ``text[start:end]`` with its offsets and its lowercased form."""
    end = len(text) if end is None else end
    return [(m.start(), m.end(), m.group().lower()) for m in WORD.finditer(text, start, end)]


# ASCII bytes that are not letters or digits become spaces; bytes of other characters stay.
_ASCII_GAPS = bytes(b if b >= 0x80 or chr(b).isalnum() else 0x20 for b in range(256))
_ASCII = bytes(range(0x80))


def word_spaced(low: str) -> str:
    """``low`` with every character outside a word (``WORD``) made a space: the same offsets, and
    the words are the runs of non-spaces (``str.split`` finds them without a regex).

    ASCII goes through a byte table (UTF-8 leaves it as is); the few other characters that are not
    letters or digits (curly quotes, dashes) are replaced one kind at a time.
    """
    raw = low.encode("utf-8", "surrogatepass")
    spaced = raw.translate(_ASCII_GAPS).decode("utf-8", "surrogatepass")
    others = raw.translate(None, _ASCII)
    if others:
        for ch in set(others.decode("utf-8", "surrogatepass")):
            if not ch.isalnum():
                spaced = spaced.replace(ch, " ")
    return spaced


_PLUS_ONE = (1).__add__


def spaced_tokens(spaced: str, start: int, end: int) -> tuple[list[Token], list[str], list[int]]:
    """``lowered_tokens`` from ``word_spaced`` text: split at single spaces, so a run of n spaces
    leaves n - 1 empty parts; each part starts one past the previous part's end."""
    parts = spaced[start:end].split(" ")
    words = list(compress(parts, parts))
    starts = list(compress(accumulate(map(_PLUS_ONE, map(len, parts)), initial=start), parts))
    return list(zip(starts, map(add, starts, map(len, words)), words)), words, starts


def lowered_tokens(low: str, start: int, end: int) -> tuple[list[Token], list[str], list[int]]:
    """``tokens`` of text already lowercased (by ``str.lower`` on the whole text), their words
    and their starts.

    Split into gaps and words, the offsets summed from the lengths: no Python step per word.
    """
    parts = _SPLIT.split(low[start:end])  # gap, word, gap, word, ..., gap
    words = parts[1::2]
    offsets = list(accumulate(map(len, parts), initial=start))
    starts = offsets[1::2]
    return list(zip(starts, offsets[2::2], words)), words, starts


def gap_joins(text: str, a: int, b: int, comma: bool = False) -> bool:
    """Whether ``text[a:b]`` (between two words) keeps them in one phrase."""
    if b == a + 1 and text[a] == " ":
        return True  # the usual gap, without a regex call
    return (_COMMA_GAP if comma else _GAP).fullmatch(text, a, b) is not None


def inflections(word: str) -> frozenset[str]:
    """The forms a list word also matches: plural -s/-es, -y -> -ies (so entries stay lemmas)."""
    forms = {word, word + "s", word + "es"}
    if word.endswith("y") and len(word) > 2:
        forms.add(word[:-1] + "ies")
    return frozenset(forms)


@dataclass(frozen=True)
class Pattern:
    """One spelling of an entry: per word either a set of exact forms or a prefix (``plunder*``)."""

    words: tuple[frozenset[str] | str, ...]
    payload: object
    commas: frozenset[int] = frozenset()  # word indices the entry writes a comma before

    def match_at(self, text: str, toks: Sequence[Token], i: int) -> int:
        """The token index just past a match starting at ``i``, or 0 when it does not match."""
        n = len(self.words)
        if i + n > len(toks):
            return 0
        for k, want in enumerate(self.words):
            word = toks[i + k][2]
            if isinstance(want, str):
                if not word.startswith(want):
                    return 0
            elif word not in want:
                return 0
            if k and not gap_joins(text, toks[i + k - 1][1], toks[i + k][0], k in self.commas):
                return 0
        return i + n


def compile_variant(variant: str, payload: object) -> Pattern:
    """``"usher* in a new era"`` -> Pattern; the last plain word also matches its inflections."""
    found = list(_ENTRY_WORD.finditer(variant.lower()))
    raw = [m.group() for m in found]
    commas = frozenset(
        k for k in range(1, len(found)) if "," in variant[found[k - 1].end() : found[k].start()]
    )
    if not raw:
        raise ValueError(f"entry {variant!r} has no words")
    words: list[frozenset[str] | str] = []
    for k, w in enumerate(raw):
        if w.endswith("*"):
            stem = w[:-1]
            if len(stem) < PREFIX_MIN:
                raise ValueError(
                    f"entry {variant!r}: a prefix needs {PREFIX_MIN}+ letters before '*'"
                )
            words.append(stem)
        elif k == len(raw) - 1:
            words.append(inflections(w))
        else:
            words.append(frozenset({w}))
    return Pattern(tuple(words), payload, commas)


def _longest_first(p: Pattern) -> int:
    return -len(p.words)


class PhraseIndex:
    """Patterns indexed by their first two words, so a scan costs a few dict lookups per word."""

    def __init__(self, patterns: Iterable[Pattern]):
        self.patterns = tuple(patterns)
        by_first: dict[str, list[Pattern]] = {}
        self._prefix: dict[str, list[tuple[str, Pattern]]] = {}
        for p in self.patterns:
            first = p.words[0]
            if isinstance(first, str):
                self._prefix.setdefault(first[:PREFIX_MIN], []).append((first, p))
            else:
                for form in first:
                    by_first.setdefault(form, []).append(p)
        # A first word's patterns split by their second word: most phrases fail there, so a
        # lookup on (first, second) skips them. Singles and prefix second words go in every list.
        self._exact: dict[str, list[Pattern]] = {}
        self._pair: dict[tuple[str, str], list[Pattern]] = {}
        for form, bucket in by_first.items():
            general = [p for p in bucket if len(p.words) == 1 or isinstance(p.words[1], str)]
            self._exact[form] = sorted(general, key=lambda p: -len(p.words))
            for p in bucket:
                if len(p.words) > 1 and not isinstance(p.words[1], str):
                    for second in p.words[1]:
                        self._pair.setdefault((form, second), list(general)).append(p)
        for pair_bucket in self._pair.values():  # longest phrase first: it wins
            pair_bucket.sort(key=lambda p: -len(p.words))
        for pbucket in self._prefix.values():
            pbucket.sort(key=lambda fp: -len(fp[1].words))
        # Every word any pattern has (prefix words apart): a token outside it is in no match.
        self._words = frozenset().union(
            *(w for p in self.patterns for w in p.words if not isinstance(w, str))
        )
        self._stems = tuple({w for p in self.patterns for w in p.words if isinstance(w, str)})

    def has_any(self, words: Iterable[str]) -> bool:
        """Whether some pattern has one of ``words`` (a token in no pattern is in no match)."""
        if not self._stems:
            return not self._words.isdisjoint(words)
        return any(w in self._words or w.startswith(self._stems) for w in words)

    def scan(self, text: str, toks: Sequence[Token]) -> list[tuple[int, int, object]]:
        """Non-overlapping matches, longest first at each word: (first token, past-last token, payload)."""
        return self.scan_at(text, toks, self.starts(toks))

    def starts(self, toks: Sequence[Token], last: int | None = None) -> list[int]:
        """Indices of the tokens (up to ``last``) that start some pattern's first word."""
        exact, prefix = self._exact, self._prefix
        some = toks if last is None else toks[: last + 1]
        if not prefix:  # most words start no phrase: one set test each, in C
            return list(compress(count(), map(exact.__contains__, map(_WORD_OF, some))))
        return [i for i, t in enumerate(some) if t[2] in exact or t[2][:PREFIX_MIN] in prefix]

    def scan_at(
        self, text: str, toks: Sequence[Token], starts: Iterable[int]
    ) -> list[tuple[int, int, object]]:
        """``scan`` tried only at the token indices ``starts`` (ascending): equal to ``scan`` when
        no pattern can match at any other token (``evaluative_finder`` finds such starts)."""
        hits = []
        n, done = len(toks), 0
        pair, exact, prefix = self._pair, self._exact, self._prefix
        for i in starts:
            if i < done:
                continue  # inside the previous match
            word = toks[i][2]
            # Patterns by first and second word, by first word, by stem: every possible start
            cands = (i + 1 < n and pair.get((word, toks[i + 1][2]))) or exact.get(word) or ()
            pre = prefix.get(word[:PREFIX_MIN]) if prefix else None
            if pre:
                more = [p for stem, p in pre if word.startswith(stem)]
                if more and cands:  # both run longest first; a stable sort keeps exact ones first
                    cands = sorted([*cands, *more], key=_longest_first)
                elif more:
                    cands = more
            for p in cands:
                # Every candidate's first word is this one (the index is keyed by it), so a
                # one-word pattern matches without a closer look.
                end = i + 1 if len(p.words) == 1 else p.match_at(text, toks, i)
                if end:
                    hits.append((i, end, p.payload))
                    done = end
                    break
        return hits
