"""Finding the speaker phrase of a reporting verb: before it (past appositions, relative clauses and
time words), after it (inverted tags), or opening the sentence."""

from __future__ import annotations

import re

from reader_app.analysis.attribution_adverbials import skip_back_adverbials
from reader_app.analysis.attribution_affiliation import affiliated_name
from reader_app.analysis.attribution_clauses import (
    RELATIVE_WHO,
    abbreviation_dot,
    clause_start,
    verbs_in,
)
from reader_app.analysis.attribution_descriptors import apposed_single_name, described_name
from reader_app.analysis.attribution_lexicon import lexicon
from reader_app.analysis.attribution_phrases import Phrase, read_phrase, tokens
from reader_app.analysis.attribution_scan import first_word_start


def speaker_before(
    text: str, lo: int, verb_start: int, *, clause_end: int | None = None
) -> Phrase | None:
    """The speaker phrase right before a reporting verb (within its clause), looking past an
    apposition or relative clause ('Jane Roe, who chairs the board, said' / 'X, head of Y, said').
    ``clause_end``: ``skip_back_adverbials(text, lo, verb_start)`` when the caller has it."""
    end = skip_back_adverbials(text, lo, verb_start) if clause_end is None else clause_end
    start = clause_start(text, lo, end)
    if text[start:end].strip():
        who = RELATIVE_WHO.search(text, lo, end)
        if who is not None and who.end() >= end - 1:
            return _antecedent(text, lo, who.start())
        phrase = read_phrase(text, start, end)
        lone_name = phrase is not None and phrase.kind == "name" and len(phrase.name) == 1
        if (phrase is None or lone_name) and _base_form_at(text, verb_start, ("tell",)):
            phrase = _plural_subject(text, start, end) or phrase
        if phrase is not None and phrase.kind == "organisation":  # 'Jan Roe of Acme Ltd said'
            phrase = affiliated_name(text, start, end) or phrase
        return phrase or _head_with_complement(text, start, end)
    if start <= lo or text[start - 1] != ",":
        return None
    inner = _last_comma(text, lo, start - 1)
    if inner < 0:
        return None
    apposed = _apposed_name(text, inner, start - 1)
    apposed = apposed or apposed_single_name(text, lo, inner, start - 1)  # 'His wife, Halima,'
    if apposed is not None:
        return apposed
    if text[lo:inner].rstrip().endswith(")"):  # 'Acme Inc. (NASDAQ: ACM), a maker of ..., said'
        paren = text.rfind("(", lo, inner)
        inner = paren if paren > lo else inner
    name_start = clause_start(text, lo, inner)
    if _AGE.fullmatch(text[name_start:inner].strip()) and text[name_start - 1 : name_start] == ",":
        # 'Mariam Haddad, 54, a teacher ..., said': the age is a second apposition; the name is before it
        inner = name_start - 1
        name_start = clause_start(text, lo, inner)
    phrase = read_phrase(text, name_start, inner)
    if phrase is None or phrase.start != first_word_start(text, name_start, inner):
        # 'Ex-Navy diver X, 52, said' / 'Jan Roe of the Acme Trust, a charity, said'
        return described_name(text, name_start, inner) or affiliated_name(text, name_start, inner)
    return phrase if phrase.kind not in ("pronoun", "other") else None


_THOUSANDS = re.compile(r",\d{3}\b")
_ONE_OR_TWO_WORDS = re.compile(r"[a-z]+(?:\s+[a-z]+)?")
_TIME_CLAUSE = re.compile(r"\s(?:as|while|when|after|before|because|amid)\s")
_AGE = re.compile(r"(?:aged\s+)?\d{1,3}")

_LINKS = frozenset({"of", "from", "at", "for", "in", "with"})


def _head_with_complement(text: str, start: int, end: int) -> Phrase | None:
    """'Critics of the bypass', 'residents near the plant': a speaker noun opening the clause,
    then a complement whose words the lexicon need not know."""
    lex = lexicon()
    toks = tokens(text, start, end)
    while toks and (
        toks[0].bare in ("the", "a", "an", "some", "many")
        or lex.is_word(toks[0].bare, "quantifier")
    ):
        toks = toks[1:]
    if not 3 <= len(toks) <= 7 or toks[1].bare not in _LINKS:
        return None
    entry = next(
        (e for e in lex.nouns.get(toks[0].bare, ()) if e.category in ("role", "group", "document")),
        None,
    )
    if (
        entry is None
        or verbs_in(text, start, end, labels=True)
        or any(lex.is_word(t.bare, "relative") or lex.is_word(t.bare, "auxiliary") for t in toks)
    ):
        return None
    a = tokens(text, start, end)[0].start
    return Phrase(a, toks[-1].end, text[a : toks[-1].end], entry.category, head=entry.noun)


def _antecedent(text: str, lo: int, comma: int) -> Phrase | None:
    """'Phil Ross, who had called ...': the speaker phrase before the comma of a 'who' clause."""
    start = clause_start(text, lo, comma)
    phrase = read_phrase(text, start, comma)
    if phrase is None or phrase.start != first_word_start(text, start, comma):
        return described_name(text, start, comma)  # 'Former Olympic runner X, who ...'
    return phrase if phrase.kind not in ("pronoun", "other", "document") else None


def _last_comma(text: str, lo: int, hi: int) -> int:
    """The last clause comma in text[lo:hi] (not the comma of '412,000'), or -1."""
    pos = text.rfind(",", lo, hi)
    while pos >= 0 and _THOUSANDS.match(text, pos, pos + 5):
        pos = text.rfind(",", lo, pos)
    return pos


def _apposed_name(text: str, comma: int, end: int) -> Phrase | None:
    """'the club's president, Jane Roe, said': a full name set off by commas is the speaker."""
    phrase = read_phrase(text, comma + 1, end)
    if phrase is None or phrase.kind != "name" or len(phrase.name) < 2:
        return affiliated_name(text, comma + 1, end)  # 'her partner, Jan Roe of Acme Ltd, said'
    return phrase if phrase.start == first_word_start(text, comma + 1, end) else None


def _base_form_at(text: str, pos: int, unless: tuple[str, ...] = ()) -> bool:
    """Whether the verb at ``pos`` is a base form ('say', 'caution'), which a plural subject takes
    (not one of ``unless``: 'the numbers tell a story' tells nobody anything)."""
    word = _ONE_OR_TWO_WORDS.match(text, pos, pos + 20)
    verbs = lexicon().verbs
    return bool(word) and any(
        (v := verbs.get(w)) is not None and v.form == v.lemma and v.lemma not in unless
        for w in (word.group(), word.group().split()[0])
    )


_PLURAL = re.compile(r"[A-Za-z-]{2,}[^sui\W]s$|[A-Za-z-]{2,}ies$")


def _plural_subject(text: str, start: int, end: int) -> Phrase | None:
    """'Volcanologists caution ...', 'Some bus drivers say ...': an unlisted plural noun phrase right
    before a base-form reporting verb is an unnamed group of sources."""
    lex = lexicon()
    toks = tokens(text, start, end)
    while toks and lex.is_word(toks[0].bare, "relative"):  # 'What the developers call ...'
        toks = toks[1:]
    if not 1 <= len(toks) <= 4 or not _PLURAL.search(toks[-1].text):
        return None
    bad = (
        "pronoun_person",
        "pronoun_author",
        "pronoun_group",
        "pronoun_thing",
        "object_pronoun",
        "auxiliary",
        "relative",
        "weekday",
    )
    if any(lex.is_word(t.bare, c) for t in toks for c in bad):
        return None
    if (
        any(t.capitalised for t in toks[1:])
        or toks[-1].text.lower() != toks[-1].text
        and len(toks) > 1
    ):
        return None  # capitals inside are a name ('Acme Holdings say'), left to the name reader
    a, b = toks[0].start, toks[-1].end
    return Phrase(a, b, text[a:b], "group", head=toks[-1].bare)


def speaker_after(text: str, verb_end: int, hi: int) -> Phrase | None:
    """An inverted speaker ('..., said the mayor'): the whole stretch up to a comma or the end."""
    stop = verb_end
    while stop < hi and (
        text[stop] not in ',.;:!?\n\u201c\u201d"('
        or text[stop] == "."
        and abbreviation_dot(text, stop)
    ):
        stop += 1
    # '..., said the captain as the fans cheered': a time clause after the speaker is no part of it
    clause = _TIME_CLAUSE.search(text, verb_end, stop)
    stop = clause.start() if clause else stop
    phrase = read_phrase(text, verb_end, stop)
    if phrase is None or phrase.start != first_word_start(text, verb_end, stop):
        return described_name(text, verb_end, stop)  # '..., said former Olympic runner X'
    return phrase


def np_phrase(text: str, np: tuple[int, int]) -> Phrase:
    """The source after 'according to' / 'as noted in': read as a speaker phrase when it is one,
    else the whole noun phrase, its kind taken from its first speaker noun ('two people familiar...')."""
    phrase = read_phrase(text, np[0], np[1], max_tokens=14)
    first = tokens(text, *np)
    if phrase is not None and first and phrase.start == first[0].start:
        return phrase
    described = described_name(text, *np)  # 'according to former Olympic runner X'
    if described is not None:
        return described
    lex = lexicon()
    for tok in first:
        entry = lex.noun(tok.bare)
        if entry and entry.category not in ("honorific", "role", "descriptor"):
            return Phrase(*np, text[np[0] : np[1]], entry.category, head=tok.bare)
    return Phrase(*np, text[np[0] : np[1]], "other")


def sentence_subject(text: str, start: int, limit: int) -> Phrase | None:
    """The speaker phrase that opens a sentence ('She called it X and said ...' -> 'She')."""
    toks = tokens(text, start, limit)[:8]
    for k in range(len(toks), 0, -1):
        phrase = read_phrase(text, start, toks[k - 1].end)
        if phrase is not None and phrase.start == toks[0].start and phrase.kind != "other":
            return phrase
    return None


_DESCRIPTION = re.compile(
    r"\s+((?:the|a|an)\s+[a-z][\w\u2019'-]*(?:\s+[a-z][\w\u2019'-]*){0,3})(?=\s*(?:[,.;!?]|$))"
)


_FINITE_WORDS = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "has",
        "had",
        "have",
        "can",
        "could",
        "should",
        "must",
        "may",
        "might",
        "did",
        "does",
    }
)


def definite_description(text: str, verb_end: int, hi: int) -> Phrase | None:
    """'..., said the harbour master.': after an inverted verb a short noun phrase is the speaker
    even when its noun is not in the lexicon."""
    m = _DESCRIPTION.match(text, verb_end, hi)
    if m is None:
        return None
    words = m.group(1).split()
    lex = lexicon()
    if any(
        w in _FINITE_WORDS or lex.is_word(w, c)
        for w in words[1:]
        for c in ("auxiliary", "relative", "opener", "object_pronoun")
    ):
        return None
    return Phrase(m.start(1), m.end(1), m.group(1), "role", head=words[-1].lower())


_SUBJECT = re.compile(r"(?:the|a|an|The|A|An)\s+[a-z][\w\u2019'-]*(?:\s+[a-z][\w\u2019'-]*){0,2}")


def definite_subject(
    text: str, lo: int, verb_start: int, *, clause_end: int | None = None
) -> Phrase | None:
    """'The coastguard said ...': a short noun phrase that is the whole clause before a reporting
    verb is its speaker even when the noun is not in the lexicon. ``clause_end``: as for
    ``speaker_before``."""
    end = skip_back_adverbials(text, lo, verb_start) if clause_end is None else clause_end
    start = clause_start(text, lo, end)
    while start < end and text[start].isspace():
        start += 1
    stop = end  # len(text[:end].rstrip()) without copying the text
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    m = _SUBJECT.fullmatch(text, start, stop)
    if m is None:
        return None
    words = m.group().split()
    lex = lexicon()
    if any(
        w in _FINITE_WORDS or lex.is_word(w, "opener") or lex.is_word(w, "auxiliary")
        for w in words[1:]
    ):
        return None
    return Phrase(m.start(), m.end(), m.group(), "role", head=words[-1].lower())
