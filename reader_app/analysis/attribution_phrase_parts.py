"""The speaker Phrase and the word tests its readers share: nouns ending at a word, name particles."""

from __future__ import annotations

from dataclasses import dataclass

from reader_app.analysis.attribution_lexicon import Lexicon
from reader_app.analysis.attribution_tokens import POSSESSIVE_ENDS, Token, WordSets, word_sets


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


EMPTY: frozenset[str] = frozenset()
_new_object = object.__new__


def make_phrase(
    start: int,
    end: int,
    text: str,
    kind: str,
    head: str = "",
    name: tuple[str, ...] = (),
    roles: frozenset[str] = EMPTY,
    qualifiers: frozenset[str] = EMPTY,
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
    return bool(particle_at(word_sets(lex).particle, toks, i, False))


def particle_at(
    particles: frozenset[str], toks: list[Token], i: int, truncated: bool
) -> bool | None:
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


def noun_at(ws: WordSets, toks: list[Token], i: int) -> tuple[str, int] | None:
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


def allowed_word(ws: WordSets, tok: Token) -> bool:
    # (an age, '41-year-old', starts with a digit)
    return (
        tok.capitalised
        or tok.text[0].isdigit()
        or tok.bare in ws.allowed
        or tok.text[-2:] in POSSESSIVE_ENDS
    )
