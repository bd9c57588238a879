"""Reads a speaker phrase ("Iran's foreign minister Jane Doe", "the ambassador", "local officials")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reader_app.analysis.attribution_lexicon import Lexicon, Noun, lexicon
from reader_app.analysis.attribution_tokens import (  # noqa: F401 (tokens, Token: public here)
    CONNECTORS,
    DETERMINERS,
    POSSESSIVE_ENDS,
    TOKEN,
    Token,
    WordSets,
    bare_of,
    capitalised,
    count_tokens,
    first_token,
    last_token,
    last_words,
    phrase_tokens,
    tokens,
    window_start,
    word_sets,
)

_POSTMODIFIER = re.compile(
    r"\s+(?:close to|familiar with|with (?:direct )?knowledge of|briefed on|knowledgeable about|"
    r"involved in|present at|at the scene of|seen by|obtained by|reviewed by|published by|released by|"
    r"outside|near|inside|published (?:on|in)|released (?:on|by)|presented at|carried out by|"
    r"conducted by|led by|funded by|commissioned by)\s+(?:[\w\u2019'-]+\s+){0,5}[\w\u2019'-]+\s*$"
)
_AGE = re.compile(r"^\d+-year-old$", re.IGNORECASE)
_CONNECTORS = CONNECTORS
_DETERMINERS = DETERMINERS


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


_EMPTY: frozenset[str] = frozenset()
_new_object = object.__new__


def _phrase(
    start: int,
    end: int,
    text: str,
    kind: str,
    head: str = "",
    name: tuple[str, ...] = (),
    roles: frozenset[str] = _EMPTY,
    qualifiers: frozenset[str] = _EMPTY,
) -> Phrase:
    """``Phrase(...)`` without the frozen dataclass's ``__init__`` (eight ``object.__setattr__``
    calls): the same fields in the instance's ``__dict__``, so equality, hashing and ``replace``
    see the same object."""
    phrase = _new_object(Phrase)
    phrase.__dict__.update(
        start=start,
        end=end,
        text=text,
        kind=kind,
        head=head,
        name=name,
        roles=roles,
        qualifiers=qualifiers,
    )
    return phrase


def is_particle(lex: Lexicon, toks: list[Token], i: int) -> bool:
    """'de' in 'Pieter de Vries', 'van der' in 'Jan van der Berg': a lower-case name particle counts
    only BETWEEN two capitalised words, or at the phrase's start before a surname ('de Vries');
    never at a name's end, never alone."""
    return bool(_particle(word_sets(lex).particle, toks, i, False))


def _particle(particles: frozenset[str], toks: list[Token], i: int, truncated: bool) -> bool | None:
    """``is_particle``; None when ``toks`` is the tail of a longer list (``truncated``) and the
    answer depends on the words before it."""
    if toks[i].capitalised or toks[i].text.lower() not in particles:
        return False
    lo = i
    while lo > 0 and toks[lo - 1].text.lower() in particles and not toks[lo - 1].capitalised:
        lo -= 1
    if lo == 0 and truncated:
        return None
    hi = i
    while hi + 1 < len(toks) and toks[hi + 1].text.lower() in particles:
        hi += 1
    return (
        hi + 1 < len(toks)
        and (lo == 0 or toks[lo - 1].capitalised)  # 'de Vries said': a surname with its particle
        and toks[hi + 1].capitalised
        and toks[hi + 1].text.lower() not in particles
    )


def _noun_at(ws: WordSets, toks: list[Token], i: int) -> tuple[str, int] | None:
    """The longest lexicon noun ending at token ``i``: (noun, number of tokens)."""
    bare = toks[i].bare
    ends = ws.last_words
    nouns = ws.nouns
    # a noun of 2-3 words is only tried when the token is the last word of some such noun
    if i >= 2 and bare in ends[3]:
        phrase = f"{toks[i - 2].text.lower()} {toks[i - 1].text.lower()} {bare}"
        if phrase in nouns:
            return phrase, 3
    if i >= 1 and bare in ends[2]:
        phrase = f"{toks[i - 1].text.lower()} {bare}"
        if phrase in nouns:
            return phrase, 2
    if bare in nouns:
        return bare, 1
    return None


def _allowed(ws: WordSets, tok: Token) -> bool:
    # (an age, '41-year-old', starts with a digit)
    return (
        tok.capitalised
        or tok.text[0].isdigit()
        or tok.bare in ws.allowed
        or tok.text[-2:] in POSSESSIVE_ENDS
    )


def _compound_modifier(sets: WordSets, toks: list[Token], i: int) -> bool:
    """'transit' in 'the transit authority' / 'fire' in 'fire chief X': an unknown lowercase word
    right before a speaker noun, itself at the clause start or after a determiner."""
    nxt = toks[i + 1]
    if (
        toks[i].capitalised
        and i > 0  # a sentence's first word is capitalised anyway ('Tenant advocate X')
        or nxt.bare not in sets.noun
        or nxt.capitalised
        and nxt.bare not in sets.role
    ):
        return False
    if toks[i].bare in sets.not_modifier:
        return False
    if i == 0 and toks[i].bare in sets.opener:
        return False  # 'but researchers', 'and officials': a conjunction is no modifier
    if i == 0:
        return True
    prev = toks[i - 1].bare
    return (
        prev in _DETERMINERS
        or prev in sets.quantifier
        or prev in sets.modifier  # 'the federal statistics office'
        or toks[i - 1].text[-2:] in POSSESSIVE_ENDS  # "Norland's central bank"
    )


def _trim_front(sets: WordSets, toks: list[Token]) -> list[Token]:
    n = len(toks)
    k = 0
    relative, opener = sets.relative, sets.opener
    while k < n:
        tok = toks[k]
        bare = tok.bare
        if not (
            bare in _CONNECTORS
            or bare in relative
            or (tok.capitalised and bare in opener and bare not in _DETERMINERS and n - k > 1)
        ):
            break
        k += 1
    return toks[k:] if k else toks


def _is_pronoun(ws: WordSets, tok: Token) -> bool:
    return tok.text.lower() in ws.pronoun


_UNDECIDED = object()  # a tail of words too short to read the phrase from


def read_phrase(text: str, start: int, end: int, max_tokens: int = 9) -> Phrase | None:
    """The speaker phrase that ends at ``end`` (the longest run of speaker-like words), or None."""
    post = _POSTMODIFIER.search(text, start, end)
    if post is not None and not text[post.end() : end].strip():
        # "a source close to the talks", "people familiar with the plan": read the head noun
        head = read_phrase(text, start, post.start(), max_tokens)
        if head is not None and head.kind in ("role", "group", "descriptor", "document"):
            kind = "role" if head.kind == "descriptor" else head.kind  # anonymous: never resolved
            return replace(head, end=end, text=text[head.start : end], kind=kind)
    ws = word_sets(lexicon())
    # A phrase is read backwards from its end and is mostly short: read it from the last few
    # words first, and tokenise the whole stretch only when those words do not settle it.
    lo = window_start(text, start, end)
    if lo > start:
        found = _read_tokens(text, ws, phrase_tokens(text, lo, end), end, max_tokens, True)
        if found is not _UNDECIDED:
            return found
    return _read_tokens(text, ws, phrase_tokens(text, start, end), end, max_tokens, False)


def may_be_full_name(text: str, start: int, end: int) -> bool:
    """False only when ``read_phrase(text, start, end, ...)`` cannot be a name of two words or more.
    Such a name ends in its last two words (``_name_phrase``): the last one capitalised, no
    speaker noun, no organisation ending; the one before a capitalised non-noun or a particle;
    neither a non-name word or an opener. Checks the last two words only (cheap)."""
    words = last_words(text, start, end)
    return len(words) < 2 or words_may_end_full_name(words)


def words_may_end_full_name(words: list[str]) -> bool:
    """``may_be_full_name`` from the stretch's last two words (``last_words``)."""
    ws = word_sets(lexicon())
    before, last = words
    last_bare, before_bare = bare_of(last), bare_of(before)
    if (
        not capitalised(last)
        or last_bare in ws.noun
        or last_bare in ws.not_in_name
        or last_bare in ws.org_name_end
        or before_bare in ws.not_in_name
    ):
        return False
    if capitalised(before):
        return before_bare not in ws.noun
    return before.lower() in ws.particle


def _read_tokens(
    text: str, ws: WordSets, toks: list[Token], end: int, max_tokens: int, truncated: bool
) -> Phrase | None | object:
    """``read_phrase`` over ``toks``; with ``truncated`` (the tail of the stretch's tokens),
    _UNDECIDED when the words before the tail could change the answer."""
    n = len(toks)
    if not n or truncated and n == 1:
        return _UNDECIDED if truncated else None
    last = toks[-1]
    if last.text.lower() in ws.pronoun and (n == 1 or not _allowed(ws, toks[-2])):
        # 'she', also after words that are no part of a speaker ('why she', 'as far as I')
        return _phrase(last.start, last.end, last.text, "pronoun", last.bare)
    particles = ws.particle
    allowed = ws.allowed
    keep = n
    while keep > 0:
        i = keep - 1
        tok = toks[i]
        # (_allowed inline: the loop runs for nearly every word read)
        if (
            tok.capitalised
            or tok.bare in allowed
            or tok.text[0].isdigit()
            or tok.text[-2:] in POSSESSIVE_ENDS
        ):
            keep = i
            continue
        particle = _particle(particles, toks, i, truncated)
        if particle is None:
            return _UNDECIDED
        if not particle and keep < len(toks):
            if truncated and i == 0:
                return _UNDECIDED  # the full list has words before this one
            particle = _compound_modifier(ws, toks, i)
        if not particle:
            break
        keep = i
    if keep == 0 and truncated:
        return _UNDECIDED
    toks = _trim_front(ws, toks[keep:] if keep else toks)
    opener = ws.opener
    for t in toks:
        if t.bare not in _DETERMINERS and t.bare not in opener:
            break
    else:
        return None  # "The claims are false": a bare article is no speaker
    stop = toks[-1].end
    if len(toks) > max_tokens or stop < end and text[stop:end].strip():
        return None
    return _classify(text, ws, toks)


def _classify(text: str, ws: WordSets, toks: list[Token]) -> Phrase | None:
    start, end = toks[0].start, toks[-1].end
    last = toks[-1]
    if last.text[0].isdigit() and _AGE.match(last.text):  # (\d is a digit for isdigit too)
        return _phrase(start, end, text[start:end], "descriptor", last.bare)
    bare = last.bare
    if bare in ws.nouns or bare in ws.last_words[2] or bare in ws.last_words[3]:
        noun = _noun_at(ws, toks, len(toks) - 1)
        entries = ws.nouns.get(noun[0], ()) if noun else ()
    else:
        noun, entries = None, ()  # (no noun ends in this word)
    name_like = last.capitalised and not entries
    if (
        entries
        and last.capitalised
        and len(toks) > 1
        and toks[-2].capitalised
        and entries[0].category == "role"
    ):
        name_like = True  # "Jane Coach": a surname that happens to be a noun
    source = _source_of(ws, toks, bool(entries)) if len(toks) > 2 else None
    if source is not None and not (
        source.category == "document" and entries and entries[0].category == "document"
    ):
        # "a survey of 9,400 members": the survey speaks, not the members
        noun, entries, name_like = (source.noun, 1), (source,), False
    if name_like:
        return _name_phrase(text, ws, toks)
    if not entries:
        return None
    entry = entries[0]
    kind = entry.category if entry.category != "honorific" else "role"
    roles, quals = _roles_and_qualifiers(ws, toks)
    return _phrase(start, end, text[start:end], kind, noun[0], (), roles, quals)


_DOC_LINKS = frozenset({"of", "by", "from"})
_PERSON_LINKS = frozenset({"from", "at", "for", "in", "with", "of"})


def _source_of(ws: WordSets, toks: list[Token], last_is_noun: bool) -> Noun | None:
    """The noun that speaks in 'N <link> ...': a document ('survey of members', 'a study by the
    Academy of Sciences') or, when the phrase ends in a noun, a person or group ('volunteers from
    the civic council', 'a spokesman for the ministry')."""
    for i in range(len(toks) - 2):
        link = toks[i + 1].bare
        entry = ws.lex.noun(toks[i].bare, "document") if link in _DOC_LINKS else None
        if entry is None and last_is_noun and link in _PERSON_LINKS:
            entry = next(
                (e for e in ws.nouns.get(toks[i].bare, ()) if e.category in ("role", "group")),
                None,
            )
        if entry is not None:
            return entry
    return None


def _roles_and_qualifiers(ws: WordSets, toks: list[Token]) -> tuple[frozenset[str], frozenset[str]]:
    sets = ws
    roles, quals = set(), set()
    i = len(toks) - 1
    while i >= 0:
        hit = _noun_at(ws, toks, i)
        if hit and hit[0] in sets.role:
            roles.add(hit[0])
            i -= hit[1]
            continue
        tok = toks[i]
        if tok.capitalised and tok.bare not in sets.opener and tok.bare not in sets.noun:
            quals.add(tok.bare)
        i -= 1
    return frozenset(roles), frozenset(quals)


def _name_start(ws: WordSets, toks: list[Token], part: list[bool] | None) -> tuple[int, bool]:
    """Index where the name begins (after titles, honorifics, prepositions) and whether a
    preposition came right before it ("ambassador to <Place> <Name>"). ``part``: which tokens
    are name particles (``_particles``; None: none is)."""
    idx, after_prep = 0, False
    nouns, ends = ws.nouns, ws.last_words
    ends2, ends3 = ends[2], ends[3]
    for i, tok in enumerate(toks):
        if part is not None and part[i]:
            continue
        # (a role or honorific noun is a noun of one word: _noun_at finds it; it is called only
        # when the word can end a noun at all)
        bare = tok.bare
        if (
            not tok.capitalised
            or bare in nouns
            or (bare in ends2 or bare in ends3)
            and _noun_at(ws, toks, i)
        ):
            idx, after_prep = i + 1, bare in _CONNECTORS
    return idx, after_prep


def _particles(particles: frozenset[str], toks: list[Token]) -> list[bool] | None:
    """``_particle(particles, toks, i, False)`` for every token, or None when no token is a
    lower-case particle word (most names: nothing to test)."""
    for tok in toks:
        if not tok.capitalised and tok.text.lower() in particles:
            break
    else:
        return None
    return [
        not tok.capitalised
        and tok.text.lower() in particles
        and bool(_particle(particles, toks, i, False))
        for i, tok in enumerate(toks)
    ]


def _name_phrase(text: str, ws: WordSets, toks: list[Token]) -> Phrase | None:
    sets = ws
    part = _particles(ws.particle, toks)
    idx, after_prep = _name_start(ws, toks, part)
    name = toks[idx:]
    if not name:
        return None
    if after_prep and idx >= 2 and toks[idx - 1].bare == "of" and toks[idx - 2].capitalised:
        # 'the Chamber of Commerce', 'Bank of Ruritania': one organisation's name around 'of'
        first = idx - 2
        while first > 0 and toks[first - 1].capitalised and toks[first - 1].bare not in sets.opener:
            first -= 1
        if toks[first].bare not in sets.role and toks[first].bare not in sets.honorific:
            a, b = toks[first].start, toks[-1].end
            return _phrase(a, b, text[a:b], "organisation", toks[idx - 2].bare)
    head = ws.lex.noun(toks[idx - 2].bare) if after_prep and idx >= 2 else None
    if head is not None and len(name) == 1 and toks[idx - 1].bare != "and":
        # 'a nurse in Bristol', 'the minister of Finance': a place or body after the noun, no name
        a, b = toks[0].start, toks[-1].end
        kind = "role" if head.category in ("honorific", "descriptor") else head.category
        return _phrase(a, b, text[a:b], kind, head.noun)
    particles = len(name) > 2 and any(
        t.text.lower() in sets.particle or len(t.bare) == 1 for t in name[1:-1]
    )
    inner = part[idx:].count(True) if part is not None else 0
    if inner and len(name) - inner <= 3:
        pass  # 'Jan van der Berg', 'Maria dos Santos': particles join the parts of one name
    elif len(name) > 3 or (
        len(name) == 3 and (after_prep or not particles) and idx > 0 and not particles
    ):
        name = name[-2:]
    if len(name) >= 2 and name[-1].bare in sets.org_name_end:
        a, b = name[0].start, name[-1].end  # 'Altura Foods', 'Nordic Ferries': a company
        return _phrase(a, b, text[a:b], "organisation", name[-1].bare)
    not_in_name = sets.not_in_name  # (nonname | opener)
    for t in name:
        if t.bare in not_in_name:
            return _phrase(toks[0].start, toks[-1].end, text[toks[0].start : toks[-1].end], "other")
    before = ws.lex.noun(toks[idx - 1].bare) if idx > 0 else None
    if before is not None and before.category in ("organisation", "outlet"):
        # "insurance company Allsafe", "the broadcaster Channel Nine": a named organisation
        a, b = name[0].start, name[-1].end
        return _phrase(a, b, text[a:b], before.category, before.noun)
    if len(name) < len(toks):
        roles, quals = _roles_and_qualifiers(ws, toks[: len(toks) - len(name)])
    else:
        roles = quals = _EMPTY
    start = toks[0].start
    words = tuple([t.text[:-2] if t.text[-2:] in POSSESSIVE_ENDS else t.text for t in name])
    end = toks[-1].end
    return _phrase(start, end, text[start:end], "name", words[-1], words, roles, quals)
