"""A name after descriptors: 'Former Olympic marathoner Sally Brennan', 'Ex-Navy diver Tom Keller'.

Capitalised words before a lower-case role noun ('Former', 'Olympic', 'Nobel-winning', 'Ex-Navy')
describe the person; the name is the capitalised run nearest the verb, after that noun. The speaker
readers stop at the first word they do not know ('marathoner'), so these helpers are asked when
that reading does not reach the start of the clause.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader_app.analysis.attribution_clauses import clause_start
from reader_app.analysis.attribution_lexicon import lexicon
from reader_app.analysis.attribution_phrases import CONNECTORS, DETERMINERS, Phrase, read_phrase

_WORD = re.compile(r"[^\s]+")
_PLAIN = re.compile(r"[A-Za-z][\w\u2019'-]*$")
_CAPITAL = re.compile(r"(?:[A-Z]|(?:al|el)-[A-Z])[\w\u2019'-]*$")
_MAX_DESCRIPTORS = 6
# a lower-case noun for a person, by its ending, when the lexicon does not know it ('marathoner')
_PERSON_NOUN = re.compile(r"(?:er|or|ist|ian|ant|ent|ee|man|woman|ess|ain|ief|ach|ive|ar)$")
_NOT_DESCRIPTOR = frozenset({"who", "which", "that", "and", "or", "but", "after", "under", "over"})


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """Words that end a descriptor: function words and reporting verbs ('said', 'told')."""
    lex = lexicon()
    sets = [lex.words.get(k, frozenset()) for k in ("opener", "auxiliary", "relative")]
    return frozenset().union(*sets, CONNECTORS, _NOT_DESCRIPTOR, lex.verbs) - DETERMINERS


def _person_noun(word: str) -> bool:
    lex = lexicon()
    return lex.noun(word, "role") is not None or (
        word not in _stop_words() and bool(_PERSON_NOUN.search(word))
    )


def described_name(text: str, start: int, end: int) -> Phrase | None:
    """The name phrase of text[start:end] when it is descriptors, a lower-case person noun and a
    name of two or three capitalised words ('Former Olympic marathoner Sally Brennan'), else None."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    n = len(words)
    k = n
    while k > 0 and n - k < 3 and _CAPITAL.match(text, *words[k - 1]):
        k -= 1
    if n - k < 2 or k == 0 or k > _MAX_DESCRIPTORS + 1:
        return None
    noun = text[words[k - 1][0] : words[k - 1][1]]
    if not noun.islower() or not _person_noun(noun):
        return None
    stop = _stop_words()
    for i, (a, b) in enumerate(words[:k]):
        word = text[a:b]
        if not _PLAIN.match(word) or word.lower() in stop:
            return None
        if i > 0 and word.lower() in DETERMINERS:
            return None
    a, b = words[k][0], words[-1][1]
    name = tuple(text[x:y] for x, y in words[k:])
    roles = frozenset({noun}) if lexicon().noun(noun, "role") else frozenset()
    return Phrase(a, b, text[a:b], "name", head=name[-1], name=name, roles=roles)


def descriptor_run(text: str, start: int, end: int) -> bool:
    """Whether the capitalised run text[start:end] only describes the name after it: a lower-case
    person noun and a name follow ('Former Olympic' in 'Former Olympic marathoner Sally Brennan')."""
    after = _AFTER_RUN.match(text, end)
    if after is None or text[start:end].endswith(("'s", "\u2019s")):
        return False
    noun = after.group(1)
    return _person_noun(noun)


_AFTER_RUN = re.compile(r"[ \t]+([a-z][\w-]*)[ \t]+[A-Z][\w\u2019'-]*[ \t]+[A-Z]")


_SINGLE = re.compile(r"\s*([A-Z][a-z\u2019'-]+)\s*$")


def apposed_single_name(text: str, lo: int, comma: int, end: int) -> Phrase | None:
    """'His wife, Halima, says' / 'The club's captain, Rui, said': one capitalised word set off by
    commas after a role or relation is that person's name (news often gives only a first name)."""
    single = _SINGLE.match(text, comma + 1, end)
    if single is None or lexicon().noun(single.group(1).lower()) is not None:
        return None
    if single.group(1).lower() in _stop_words():
        return None
    start = clause_start(text, lo, comma)
    role = read_phrase(text, start, comma)
    if role is None or role.kind not in ("role", "descriptor") or role.start != _first(text, start):
        return None
    a, b = single.start(1), single.end(1)
    return Phrase(
        a, b, text[a:b], "name", head=text[a:b], name=(text[a:b],), roles=frozenset({role.head})
    )


def _first(text: str, start: int) -> int:
    while start < len(text) and text[start].isspace():
        start += 1
    return start
