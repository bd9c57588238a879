"""Reads a speaker phrase ("Iran's foreign minister Jane Doe", "the ambassador", "local officials")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reader_app.analysis.attribution_lexicon import Lexicon, Noun, lexicon

TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|[^\W_]+(?:[-\u2019'.&][^\W_]+)*"
)
_POSSESSIVE = re.compile(r"(?:['\u2019]s|s['\u2019])$")
_POSTMODIFIER = re.compile(
    r"\s+(?:close to|familiar with|with (?:direct )?knowledge of|briefed on|knowledgeable about|"
    r"involved in|present at|at the scene of|seen by|obtained by|reviewed by|published by|released by|"
    r"outside|near|inside|published (?:on|in)|released (?:on|by)|presented at|carried out by|"
    r"conducted by|led by|funded by|commissioned by)\s+(?:[\w\u2019'-]+\s+){0,5}[\w\u2019'-]+\s*$"
)
_GLUED_ARTICLE = re.compile(r"(?:al|el|ul|ad|ar|as|at|ash|an|az)-[A-Z]")
_AGE = re.compile(r"^\d+-year-old$", re.IGNORECASE)
_CONNECTORS = frozenset({"of", "to", "for", "and", "in", "at", "by", "from"})
_DETERMINERS = frozenset(
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


_POSSESSIVE_ENDS = frozenset({"'s", "\u2019s", "s'", "s\u2019"})


class Token:
    """A word with its offsets. ``bare`` and ``capitalised`` are worked out on first use and kept in
    a slot (most tokens are only counted, and a cached_property takes a lock per object)."""

    __slots__ = ("start", "end", "text", "bare", "capitalised")

    def __init__(self, start: int, end: int, text: str):
        self.start = start
        self.end = end
        self.text = text

    def __getattr__(self, name: str) -> object:
        # only reached while a lazy slot is still empty
        if name == "bare":
            # lowercase, without a possessive or a trailing abbreviation dot
            word = self.text
            if word[-2:] in _POSSESSIVE_ENDS:
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


@dataclass(frozen=True)
class Phrase:
    """A speaker phrase: ``kind`` is pronoun, name, role, descriptor, group, organisation,
    document, outlet or other; ``name`` the person's name for kind name."""

    start: int
    end: int
    text: str
    kind: str
    head: str = ""
    name: tuple[str, ...] = ()
    roles: frozenset[str] = frozenset()
    qualifiers: frozenset[str] = frozenset()


def tokens(text: str, start: int, end: int) -> list[Token]:
    """Words with offsets; an honorific or an initial keeps its dot ("Dr.", "J.")."""
    dotted = _index(lexicon()).dotted
    out = []
    for m in TOKEN.finditer(text, start, end):
        first, stop = m.span()
        if stop < end and text[stop] == "." and (stop - first == 1 or _keeps_dot(m.group(), dotted)):
            stop += 1
        out.append(Token(first, stop, text[first:stop]))
    return out


def _keeps_dot(word: str, dotted: tuple[frozenset[str], frozenset[str]]) -> bool:
    low = word.lower()
    return low.lower() in dotted[0] or low in dotted[1]  # an honorific noun, an abbreviation


class _Index:
    """Look-ups derived once from the lexicon: words that keep a following dot (honorific nouns,
    abbreviations) and, per phrase length, the last words of the multi-word nouns."""

    def __init__(self, lex: Lexicon):
        honorific = frozenset(k for k, v in lex.nouns.items() if any(e.category == "honorific" for e in v))
        self.dotted = (honorific, lex.words.get("abbreviation", frozenset()))
        last: dict[int, set[str]] = {2: set(), 3: set()}
        for key in lex.nouns:
            size = key.count(" ") + 1
            if size in last:
                last[size].add(key.rsplit(" ", 1)[-1])
        self.last_words = {size: frozenset(words) for size, words in last.items()}


_INDEX: list = [None, None]  # [lexicon, its _Index]


def _index(lex: Lexicon) -> _Index:
    if _INDEX[0] is not lex:
        _INDEX[1] = _Index(lex)
        _INDEX[0] = lex
    return _INDEX[1]


def is_particle(lex: Lexicon, toks: list[Token], i: int) -> bool:
    """'de' in 'Pieter de Vries', 'van der' in 'Jan van der Berg': a lower-case name particle counts
    only BETWEEN two capitalised words, or at the phrase's start before a surname ('de Vries');
    never at a name's end, never alone."""
    if toks[i].capitalised or not lex.is_word(toks[i].text, "particle"):
        return False
    lo = i
    while lo > 0 and lex.is_word(toks[lo - 1].text, "particle") and not toks[lo - 1].capitalised:
        lo -= 1
    hi = i
    while hi + 1 < len(toks) and lex.is_word(toks[hi + 1].text, "particle"):
        hi += 1
    return (
        hi + 1 < len(toks)
        and (lo == 0 or toks[lo - 1].capitalised)  # 'de Vries said': a surname with its particle
        and toks[hi + 1].capitalised
        and not lex.is_word(toks[hi + 1].text, "particle")
    )


def _noun_at(lex: Lexicon, toks: list[Token], i: int) -> tuple[str, int] | None:
    """The longest lexicon noun ending at token ``i``: (noun, number of tokens)."""
    bare = toks[i].bare
    last_words = _index(lex).last_words
    nouns = lex.nouns
    # a noun of 2-3 words is only tried when the token is the last word of some such noun
    if i >= 2 and bare in last_words[3]:
        phrase = f"{toks[i - 2].text.lower()} {toks[i - 1].text.lower()} {bare}"
        if phrase in nouns:
            return phrase, 3
    if i >= 1 and bare in last_words[2]:
        phrase = f"{toks[i - 1].text.lower()} {bare}"
        if phrase in nouns:
            return phrase, 2
    if bare in nouns:
        return bare, 1
    return None


def _allowed(lex: Lexicon, tok: Token) -> bool:
    low = tok.bare
    if tok.capitalised or tok.text[0].isdigit():
        return True
    if (
        low in _CONNECTORS
        or low in _DETERMINERS
        or _AGE.match(tok.text)
        or _POSSESSIVE.search(tok.text)
    ):
        return True
    return low in lex.nouns or lex.is_word(low, "modifier") or lex.is_word(low, "quantifier")


def _compound_modifier(lex: Lexicon, toks: list[Token], i: int) -> bool:
    """'transit' in 'the transit authority' / 'fire' in 'fire chief X': an unknown lowercase word
    right before a speaker noun, itself at the clause start or after a determiner."""
    nxt = toks[i + 1]
    if (
        toks[i].capitalised
        and i > 0  # a sentence's first word is capitalised anyway ('Tenant advocate X')
        or not lex.noun(nxt.bare)
        or nxt.capitalised
        and not lex.noun(nxt.bare, "role")
    ):
        return False
    if any(lex.is_word(toks[i].bare, c) for c in ("pronoun_person", "object_pronoun", "relative")):
        return False
    if i == 0 and lex.is_word(toks[i].bare, "opener"):
        return False  # 'but researchers', 'and officials': a conjunction is no modifier
    prev = toks[i - 1].bare if i > 0 else ""
    return (
        i == 0
        or prev in _DETERMINERS
        or lex.is_word(prev, "quantifier")
        or lex.is_word(prev, "modifier")  # 'the federal statistics office'
        or bool(_POSSESSIVE.search(toks[i - 1].text))  # "Norland's central bank"
    )


def _trim_front(lex: Lexicon, toks: list[Token]) -> list[Token]:
    while toks and (
        toks[0].bare in _CONNECTORS
        or lex.is_word(toks[0].bare, "relative")
        or (
            toks[0].capitalised
            and lex.is_word(toks[0].bare, "opener")
            and toks[0].bare not in _DETERMINERS
            and len(toks) > 1
        )
    ):
        toks = toks[1:]
    return toks


def _is_pronoun(lex: Lexicon, tok: Token) -> bool:
    return any(
        lex.is_word(tok.text, c)
        for c in (
            "pronoun_person",
            "pronoun_author",
            "pronoun_group",
            "pronoun_thing",
            "pronoun_addressee",
        )
    )


def read_phrase(text: str, start: int, end: int, max_tokens: int = 9) -> Phrase | None:
    """The speaker phrase that ends at ``end`` (the longest run of speaker-like words), or None."""
    post = _POSTMODIFIER.search(text, start, end)
    if post is not None and not text[post.end() : end].strip():
        # "a source close to the talks", "people familiar with the plan": read the head noun
        head = read_phrase(text, start, post.start(), max_tokens)
        if head is not None and head.kind in ("role", "group", "descriptor", "document"):
            kind = "role" if head.kind == "descriptor" else head.kind  # anonymous: never resolved
            return replace(head, end=end, text=text[head.start : end], kind=kind)
    lex = lexicon()
    toks = tokens(text, start, end)
    if not toks:
        return None
    if _is_pronoun(lex, toks[-1]) and (len(toks) == 1 or not _allowed(lex, toks[-2])):
        # 'she', also after words that are no part of a speaker ('why she', 'as far as I')
        t = toks[-1]
        return Phrase(t.start, t.end, t.text, "pronoun", head=t.bare)
    keep = len(toks)
    while keep > 0 and (
        _allowed(lex, toks[keep - 1])
        or is_particle(lex, toks, keep - 1)
        or keep < len(toks)
        and _compound_modifier(lex, toks, keep - 1)
    ):
        keep -= 1
    toks = _trim_front(lex, toks[keep:])
    if all(t.bare in _DETERMINERS or lex.is_word(t.bare, "opener") for t in toks):
        return None  # "The claims are false": a bare article is no speaker
    if not toks or len(toks) > max_tokens or text[toks[-1].end : end].strip():
        return None
    return _classify(text, lex, toks)


def _classify(text: str, lex: Lexicon, toks: list[Token]) -> Phrase | None:
    start, end = toks[0].start, toks[-1].end
    last = toks[-1]
    if _AGE.match(last.text):
        return Phrase(start, end, text[start:end], "descriptor", head=last.bare)
    noun = _noun_at(lex, toks, len(toks) - 1)
    entries = lex.nouns.get(noun[0], ()) if noun else ()
    name_like = last.capitalised and not entries
    if (
        entries
        and last.capitalised
        and len(toks) > 1
        and toks[-2].capitalised
        and entries[0].category == "role"
    ):
        name_like = True  # "Jane Coach": a surname that happens to be a noun
    source = _source_of(lex, toks, bool(entries))
    if source is not None and not (
        source.category == "document" and entries and entries[0].category == "document"
    ):
        # "a survey of 9,400 members": the survey speaks, not the members
        noun, entries, name_like = (source.noun, 1), (source,), False
    if name_like:
        return _name_phrase(text, lex, toks)
    if not entries:
        return None
    entry = entries[0]
    kind = entry.category if entry.category != "honorific" else "role"
    roles, quals = _roles_and_qualifiers(lex, toks)
    return Phrase(start, end, text[start:end], kind, head=noun[0], roles=roles, qualifiers=quals)


_DOC_LINKS = frozenset({"of", "by", "from"})
_PERSON_LINKS = frozenset({"from", "at", "for", "in", "with", "of"})


def _source_of(lex: Lexicon, toks: list[Token], last_is_noun: bool) -> Noun | None:
    """The noun that speaks in 'N <link> ...': a document ('survey of members', 'a study by the
    Academy of Sciences') or, when the phrase ends in a noun, a person or group ('volunteers from
    the civic council', 'a spokesman for the ministry')."""
    for i in range(len(toks) - 2):
        link = toks[i + 1].bare
        entry = lex.noun(toks[i].bare, "document") if link in _DOC_LINKS else None
        if entry is None and last_is_noun and link in _PERSON_LINKS:
            entry = next(
                (e for e in lex.nouns.get(toks[i].bare, ()) if e.category in ("role", "group")),
                None,
            )
        if entry is not None:
            return entry
    return None


def _roles_and_qualifiers(lex: Lexicon, toks: list[Token]) -> tuple[frozenset[str], frozenset[str]]:
    roles, quals = set(), set()
    i = len(toks) - 1
    while i >= 0:
        hit = _noun_at(lex, toks, i)
        entry = lex.noun(hit[0], "role") if hit else None
        if entry:
            roles.add(hit[0])
            i -= hit[1]
            continue
        tok = toks[i]
        if tok.capitalised and not lex.is_word(tok.bare, "opener") and not lex.noun(tok.bare):
            quals.add(tok.bare)
        i -= 1
    return frozenset(roles), frozenset(quals)


def _name_start(lex: Lexicon, toks: list[Token]) -> tuple[int, bool]:
    """Index where the name begins (after titles, honorifics, prepositions) and whether a
    preposition came right before it ("ambassador to <Place> <Name>")."""
    idx, after_prep = 0, False
    for i, tok in enumerate(toks):
        low = tok.bare
        if is_particle(lex, toks, i):
            continue
        if (
            not tok.capitalised
            or lex.noun(low, "role")
            or lex.noun(low, "honorific")
            or _noun_at(lex, toks, i)
        ):
            idx, after_prep = i + 1, low in _CONNECTORS
    return idx, after_prep


def _name_phrase(text: str, lex: Lexicon, toks: list[Token]) -> Phrase | None:
    idx, after_prep = _name_start(lex, toks)
    name = toks[idx:]
    if not name:
        return None
    if after_prep and idx >= 2 and toks[idx - 1].bare == "of" and toks[idx - 2].capitalised:
        # 'the Chamber of Commerce', 'Bank of Ruritania': one organisation's name around 'of'
        first = idx - 2
        while (
            first > 0
            and toks[first - 1].capitalised
            and not lex.is_word(toks[first - 1].bare, "opener")
        ):
            first -= 1
        if not lex.noun(toks[first].bare, "role") and not lex.noun(toks[first].bare, "honorific"):
            a, b = toks[first].start, toks[-1].end
            return Phrase(a, b, text[a:b], "organisation", head=toks[idx - 2].bare)
    head = lex.noun(toks[idx - 2].bare) if after_prep and idx >= 2 else None
    if head is not None and len(name) == 1 and toks[idx - 1].bare != "and":
        # 'a nurse in Bristol', 'the minister of Finance': a place or body after the noun, no name
        a, b = toks[0].start, toks[-1].end
        kind = "role" if head.category in ("honorific", "descriptor") else head.category
        return Phrase(a, b, text[a:b], kind, head=head.noun)
    particles = any(lex.is_word(t.text.lower(), "particle") or len(t.bare) == 1 for t in name[1:-1])
    inner = sum(1 for i in range(idx, len(toks)) if is_particle(lex, toks, i))
    if inner and len(name) - inner <= 3:
        pass  # 'Jan van der Berg', 'Maria dos Santos': particles join the parts of one name
    elif len(name) > 3 or (
        len(name) == 3 and (after_prep or not particles) and idx > 0 and not particles
    ):
        name = name[-2:]
    if len(name) >= 2 and lex.is_word(name[-1].bare, "org_name_end"):
        a, b = name[0].start, name[-1].end  # 'Altura Foods', 'Nordic Ferries': a company
        return Phrase(a, b, text[a:b], "organisation", head=name[-1].bare)
    if any(lex.is_word(t.bare, "nonname") or lex.is_word(t.bare, "opener") for t in name):
        return Phrase(toks[0].start, toks[-1].end, text[toks[0].start : toks[-1].end], "other")
    before = lex.noun(toks[idx - 1].bare) if idx > 0 else None
    if before is not None and before.category in ("organisation", "outlet"):
        # "insurance company Allsafe", "the broadcaster Channel Nine": a named organisation
        a, b = name[0].start, name[-1].end
        return Phrase(a, b, text[a:b], before.category, head=before.noun)
    roles, quals = _roles_and_qualifiers(lex, toks[: len(toks) - len(name)])
    start = toks[0].start
    words = tuple(_POSSESSIVE.sub("", t.text) for t in name)
    return Phrase(
        start,
        toks[-1].end,
        text[start : toks[-1].end],
        "name",
        head=words[-1],
        name=words,
        roles=roles,
        qualifiers=quals,
    )
