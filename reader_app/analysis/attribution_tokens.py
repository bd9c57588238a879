"""Words with offsets for reading speaker phrases, and the word sets read_phrase looks words up in."""

from __future__ import annotations

import re

from reader_app.analysis.attribution_lexicon import Lexicon, lexicon

# Initials ('U.S.'), a figure with thousands separators ('9,400'), or a word ('O'Neil', 'x-ray').
# Every form opens with a letter or digit, taken first so `re` skips to it; the lookbehinds then
# say which form it opened (the same matches as the plain three-way alternation, faster).
TOKEN = re.compile(
    r"[^\W_](?:(?<=[A-Za-z])\.(?:[A-Za-z]\.)+|(?<=\d)\d{0,2}(?:,\d{3})+(?:\.\d+)?"
    r"|[^\W_]*(?:[-\u2019'.&][^\W_]+)*)"
)
# A token and the dot right after it, if any (no token opens with a dot, so taking it moves no
# later match); a dot inside the stretch is what tokens() may add to a dotted word.
_WORD_AND_DOT = re.compile(rf"({TOKEN.pattern})(\.?)")
_GLUED_ARTICLE = re.compile(r"(?:al|el|ul|ad|ar|as|at|ash|an|az)-[A-Z]")
POSSESSIVE_ENDS = frozenset({"'s", "\u2019s", "s'", "s\u2019"})
# No TOKEN match holds whitespace, so a stretch that starts right after a space is tokenised
# exactly like the same stretch inside a longer one: the tail windows below rely on it.
_WINDOW = 48


class Token:
    """A word with its offsets. ``bare`` and ``capitalised`` are worked out on first use and kept in
    a slot (most tokens are only counted, and a cached_property takes a lock per object)."""

    __slots__ = ("bare", "capitalised", "end", "start", "text")

    def __init__(self, start: int, end: int, text: str):
        self.start = start
        self.end = end
        self.text = text

    def __getattr__(self, name: str) -> object:
        # only reached while a lazy slot is still empty
        if name == "bare":
            # lowercase, without a possessive or a trailing abbreviation dot
            word = self.text
            if word[-2:] in POSSESSIVE_ENDS:
                word = word[:-2]
            self.bare = value = word.rstrip(".").lower()
            return value
        if name == "capitalised":
            # 'al-Assad', 'el-Sisi': a lower-case Arabic article glued to a capitalised name
            word = self.text
            self.capitalised = value = word[0].isupper() or (
                "-" in word[2:4] and _GLUED_ARTICLE.match(word) is not None
            )
            return value
        raise AttributeError(name)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.start, self.end, self.text) == (other.start, other.end, other.text)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.text))

    def __repr__(self) -> str:
        return f"Token(start={self.start!r}, end={self.end!r}, text={self.text!r})"


CONNECTORS = frozenset({"of", "to", "for", "and", "in", "at", "by", "from"})
DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "these",
        "those",
        "this",
        "that",
        "its",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
    }
)


class WordSets:
    """Look-ups derived once from the lexicon (``lex.is_word(w, c)`` is ``w.lower() in`` these)."""

    def __init__(self, lex: Lexicon):
        words = lex.words
        empty: frozenset[str] = frozenset()
        honorific = frozenset(
            k for k, v in lex.nouns.items() if any(e.category == "honorific" for e in v)
        )
        self.dotted = (honorific, words.get("abbreviation", empty))  # words that keep their dot
        self.particle = words.get("particle", empty)
        self.opener = words.get("opener", empty)
        self.relative = words.get("relative", empty)
        self.nonname = words.get("nonname", empty)
        self.org_name_end = words.get("org_name_end", empty)
        self.quantifier = words.get("quantifier", empty)
        self.modifier = words.get("modifier", empty)
        self.not_in_name = self.nonname | self.opener
        self.pronoun = frozenset().union(
            *(
                words.get(c, empty)
                for c in (
                    "pronoun_person",
                    "pronoun_author",
                    "pronoun_group",
                    "pronoun_thing",
                    "pronoun_addressee",
                )
            )
        )
        nouns = lex.nouns
        self.lex = lex
        self.nouns = nouns
        self.noun = frozenset(nouns)
        # the lowercase words a speaker phrase may hold besides capitalised ones
        self.allowed = (
            CONNECTORS
            | DETERMINERS
            | self.noun
            | words.get("modifier", empty)
            | words.get("quantifier", empty)
        )
        self.role = frozenset(k for k, v in nouns.items() if any(e.category == "role" for e in v))
        self.honorific = honorific
        # not a modifier before a speaker noun ('who', 'them', 'which')
        self.not_modifier = frozenset().union(
            *(words.get(c, empty) for c in ("pronoun_person", "object_pronoun", "relative"))
        )
        last: dict[int, set[str]] = {2: set(), 3: set()}
        for key in lex.nouns:  # the last words of the nouns of 2 and 3 words
            size = key.count(" ") + 1
            if size in last:
                last[size].add(key.rsplit(" ", 1)[-1])
        self.last_words = {size: frozenset(w) for size, w in last.items()}


_SETS: list = [None, None]  # [lexicon, its WordSets]


def word_sets(lex: Lexicon) -> WordSets:
    if _SETS[0] is not lex:
        _SETS[1] = WordSets(lex)
        _SETS[0] = lex
    return _SETS[1]


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Words with offsets; an honorific or an initial keeps its dot ("Dr.", "J.")."""
    out = []
    new = Token.__new__
    for first, stop, word in _plain_spans(text, start, end) or _spans(text, start, end):
        tok = new(Token)
        tok.start, tok.end, tok.text = first, stop, word
        out.append(tok)
    return out


def phrase_tokens(text: str, start: int, end: int) -> list[Token]:
    """``tokens`` with ``bare`` and ``capitalised`` filled in at once (a phrase reader uses both
    for nearly every word)."""
    out = []
    new = Token.__new__
    find = text.find
    pos = max(0, start)  # (as finditer reads a negative start)
    parts = text[start:end].split() if 0 <= start and 0 <= end <= len(text) else ["."]
    if all(map(str.isalnum, parts)):  # (as in _plain_spans, inline)
        for word in parts:
            first = find(word, pos)
            pos = first + len(word)
            tok = new(Token)
            tok.start, tok.end, tok.text = first, pos, word
            tok.bare = word.lower()  # (no apostrophe, no dot, no hyphen in a plain word)
            tok.capitalised = word[0].isupper()
            out.append(tok)
        return out
    dotted = word_sets(lexicon()).dotted
    for word in TOKEN.findall(text, start, end):  # (offsets as in _spans, inline)
        first = find(word, pos)
        pos = first + len(word)
        if pos < end and text[pos] == "." and (pos - first == 1 or _keeps_dot(word, dotted)):
            pos += 1
            word += "."
        tok = new(Token)
        tok.start, tok.end, tok.text = first, pos, word
        tok.bare = (word[:-2] if word[-2:] in POSSESSIVE_ENDS else word).rstrip(".").lower()
        tok.capitalised = word[0].isupper() or (
            "-" in word[2:4] and _GLUED_ARTICLE.match(word) is not None
        )
        out.append(tok)
    return out


def _plain_spans(text: str, start: int, end: int) -> list[tuple[int, int, str]] | None:
    """``_spans`` when every whitespace-separated part of the stretch is letters and digits only
    (most stretches a phrase is read from): each part is then one whole TOKEN match, with no dot
    after it inside the stretch. None for other stretches, and for offsets outside the text (a
    slice reads those otherwise than ``finditer``)."""
    if start < 0 or end < 0 or end > len(text):
        return None
    parts = text[start:end].split()
    if not all(map(str.isalnum, parts)):
        return None
    find = text.find
    pos = max(0, start)  # (as finditer reads a negative start)
    out = []
    for word in parts:
        first = find(word, pos)
        pos = first + len(word)
        out.append((first, pos, word))
    return out


def _spans(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, text) of each token. The words come from one ``findall``; each one's offset
    is its first occurrence from the end of the one before: every letter or digit opens a TOKEN
    match, so a match starts at the first letter or digit after the previous one (or its dot),
    which is where the word (opening with that letter) first occurs."""
    dotted = word_sets(lexicon()).dotted
    find = text.find
    pos = max(0, start)  # (as finditer reads a negative start)
    out = []
    for word in TOKEN.findall(text, start, end):
        first = find(word, pos)
        pos = first + len(word)
        if pos < end and text[pos] == "." and (pos - first == 1 or _keeps_dot(word, dotted)):
            pos += 1
            word += "."
        out.append((first, pos, word))
    return out


def _keeps_dot(word: str, dotted: tuple[frozenset[str], frozenset[str]]) -> bool:
    low = word.lower()
    return low in dotted[0] or low in dotted[1]  # an honorific noun, an abbreviation


def last_words(text: str, start: int, end: int, count: int = 2) -> list[str]:
    """The texts of the last ``count`` tokens of ``tokens(text, start, end)`` (fewer if there are
    fewer), without Token objects: one findall over the tail, each word with the dot after it."""
    lo = window_start(text, start, end, 24)
    found = _WORD_AND_DOT.findall(text, lo, end)
    if len(found) < count and lo > start:
        found = _WORD_AND_DOT.findall(text, start, end)
    dotted = word_sets(lexicon()).dotted
    return [
        word + "." if dot and (len(word) == 1 or _keeps_dot(word, dotted)) else word
        for word, dot in found[-count:]
    ]


def bare_of(word: str) -> str:
    """``Token.bare`` of a token text."""
    return (word[:-2] if word[-2:] in POSSESSIVE_ENDS else word).rstrip(".").lower()


def capitalised(word: str) -> bool:
    """``Token.capitalised`` of a token text."""
    return word[0].isupper() or ("-" in word[2:4] and _GLUED_ARTICLE.match(word) is not None)


def count_tokens(text: str, start: int, end: int) -> int:
    """``len(tokens(text, start, end))`` without building the tokens (a kept dot adds no word)."""
    return len(TOKEN.findall(text, start, end))


def first_token(text: str, start: int, end: int) -> Token | None:
    """``tokens(text, start, end)[0]``, or None when there is no word."""
    m = TOKEN.search(text, start, end)
    if m is None:
        return None
    first, stop = m.span()
    if (
        stop < end
        and text[stop] == "."
        and (stop - first == 1 or _keeps_dot(m.group(), word_sets(lexicon()).dotted))
    ):
        stop += 1
    return Token(first, stop, text[first:stop])


def window_start(text: str, start: int, end: int, size: int = _WINDOW) -> int:
    """A position after a space, about ``size`` characters before ``end`` (``start`` if none):
    tokens from there are the tail of ``tokens(text, start, end)``."""
    space = text.rfind(" ", start, max(start, end - size))
    return space + 1 if space >= start else start


def last_token(text: str, start: int, end: int) -> Token | None:
    """``tokens(text, start, end)[-1]``, or None when there is no word (tokenises only the tail)."""
    lo = window_start(text, start, end)
    if lo > start:
        tail = tokens(text, lo, end)
        if tail:
            return tail[-1]
    toks = tokens(text, start, end)
    return toks[-1] if toks else None
