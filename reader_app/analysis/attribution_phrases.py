"""Reads a speaker phrase ("Iran's foreign minister Jane Doe", "the ambassador", "local officials")."""

from __future__ import annotations

import re
from dataclasses import replace

from reader_app.analysis.attribution_lexicon import Noun, lexicon
from reader_app.analysis.attribution_name_phrase import name_phrase, roles_and_qualifiers
from reader_app.analysis.attribution_phrase_parts import (  # noqa: F401 (is_particle: public here)
    Phrase,
    allowed_word,
    is_particle,
    make_phrase,
    noun_at,
    particle_at,
)
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


def plain_words_may_end_full_name(ws: WordSets, before: str, last: str) -> bool:
    """``words_may_end_full_name([before, last])`` for two words of letters and digits only (their
    bare forms are their lowercase forms; no hyphen, so capitalised means an upper-case first)."""
    if not last[0].isupper():
        return False
    last_bare, before_bare = last.lower(), before.lower()
    if (
        last_bare in ws.noun
        or last_bare in ws.not_in_name
        or last_bare in ws.org_name_end
        or before_bare in ws.not_in_name
    ):
        return False
    if before[0].isupper():
        return before_bare not in ws.noun
    return before_bare in ws.particle


def _read_tokens(
    text: str, ws: WordSets, toks: list[Token], end: int, max_tokens: int, truncated: bool
) -> Phrase | None | object:
    """``read_phrase`` over ``toks``; with ``truncated`` (the tail of the stretch's tokens),
    _UNDECIDED when the words before the tail could change the answer."""
    n = len(toks)
    if not n or truncated and n == 1:
        return _UNDECIDED if truncated else None
    last = toks[-1]
    if last.text.lower() in ws.pronoun and (n == 1 or not allowed_word(ws, toks[-2])):
        # 'she', also after words that are no part of a speaker ('why she', 'as far as I')
        return make_phrase(last.start, last.end, last.text, "pronoun", last.bare)
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
        particle = particle_at(particles, toks, i, truncated)
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
        return make_phrase(start, end, text[start:end], "descriptor", last.bare)
    bare = last.bare
    if bare in ws.nouns or bare in ws.last_words[2] or bare in ws.last_words[3]:
        noun = noun_at(ws, toks, len(toks) - 1)
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
        return name_phrase(text, ws, toks)
    if not entries:
        return None
    entry = entries[0]
    kind = entry.category if entry.category != "honorific" else "role"
    roles, quals = roles_and_qualifiers(ws, toks)
    return make_phrase(start, end, text[start:end], kind, noun[0], (), roles, quals)


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
