"""Reading a name phrase: where the name starts after titles and roles, and what it names (a person,
an organisation around 'of', a place after a role noun)."""

from __future__ import annotations

from reader_app.analysis.attribution_phrase_parts import (
    EMPTY,
    Phrase,
    make_phrase,
    noun_at,
    particle_at,
)
from reader_app.analysis.attribution_tokens import CONNECTORS, POSSESSIVE_ENDS, Token, WordSets


def roles_and_qualifiers(ws: WordSets, toks: list[Token]) -> tuple[frozenset[str], frozenset[str]]:
    sets = ws
    roles, quals = set(), set()
    i = len(toks) - 1
    while i >= 0:
        hit = noun_at(ws, toks, i)
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
            and noun_at(ws, toks, i)
        ):
            idx, after_prep = i + 1, bare in CONNECTORS
    return idx, after_prep


def _particles(particles: frozenset[str], toks: list[Token]) -> list[bool] | None:
    """``particle_at(particles, toks, i, False)`` for every token, or None when no token is a
    lower-case particle word (most names: nothing to test)."""
    for tok in toks:
        if not tok.capitalised and tok.text.lower() in particles:
            break
    else:
        return None
    return [
        not tok.capitalised
        and tok.text.lower() in particles
        and bool(particle_at(particles, toks, i, False))
        for i, tok in enumerate(toks)
    ]


def name_phrase(text: str, ws: WordSets, toks: list[Token]) -> Phrase | None:
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
            return make_phrase(a, b, text[a:b], "organisation", toks[idx - 2].bare)
    head = ws.lex.noun(toks[idx - 2].bare) if after_prep and idx >= 2 else None
    if head is not None and len(name) == 1 and toks[idx - 1].bare != "and":
        # 'a nurse in Bristol', 'the minister of Finance': a place or body after the noun, no name
        a, b = toks[0].start, toks[-1].end
        kind = "role" if head.category in ("honorific", "descriptor") else head.category
        return make_phrase(a, b, text[a:b], kind, head.noun)
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
        return make_phrase(a, b, text[a:b], "organisation", name[-1].bare)
    not_in_name = sets.not_in_name  # (nonname | opener)
    for t in name:
        if t.bare in not_in_name:
            return make_phrase(
                toks[0].start, toks[-1].end, text[toks[0].start : toks[-1].end], "other"
            )
    before = ws.lex.noun(toks[idx - 1].bare) if idx > 0 else None
    if before is not None and before.category in ("organisation", "outlet"):
        # "insurance company Allsafe", "the broadcaster Channel Nine": a named organisation
        a, b = name[0].start, name[-1].end
        return make_phrase(a, b, text[a:b], before.category, before.noun)
    if len(name) < len(toks):
        roles, quals = roles_and_qualifiers(ws, toks[: len(toks) - len(name)])
    else:
        roles = quals = EMPTY
    start = toks[0].start
    words = tuple([t.text[:-2] if t.text[-2:] in POSSESSIVE_ENDS else t.text for t in name])
    end = toks[-1].end
    return make_phrase(start, end, text[start:end], "name", words[-1], words, roles, quals)
