"""A person named with an affiliation: 'Amara Osei of the Pollinator Trust', 'Jan Novak from Acme'.

The speaker reader takes the longest speaker-like run that ends before the verb, which here is the
organisation after 'of'; but a full name right before 'of/from/at <Organisation>' is the person
speaking, the organisation only says where they work.
"""

from __future__ import annotations

import re

from reader_app.analysis.attribution_phrases import Phrase, read_phrase

_LINK = re.compile(r" (?:of|from|at) ")
_AFFILIATION = re.compile(
    r"((?:[A-Z][\w\u2019'.-]*[ \t]+){1,2}[A-Z][\w\u2019'-]*)[ \t]+(of|from|at)[ \t]+"
    r"(?:the[ \t]+)?(?:[\w\u2019'&.-]+[ \t]+){0,5}[A-Z][\w\u2019'&.-]*[ \t]*$"
)


def affiliated_name(text: str, start: int, end: int) -> Phrase | None:
    """The name phrase of text[start:end] when it ends in 'Full Name of/from/at (the) Organisation'
    (descriptors or a role may come before the name), else None."""
    if not _LINK.search(text, start, end):
        return None  # (most organisation phrases: no linking word before them)
    while end > start and text[end - 1].isspace():
        end -= 1
    found = None
    for m in _AFFILIATION.finditer(text, start, end):
        found = m  # (one stretch, one match at most in practice)
    if found is None or found.end() != end:
        return None
    whole = read_phrase(text, start, end, max_tokens=14)
    if found.group(2) == "of" and whole is not None and whole.start <= found.start(1):
        return None  # 'the Karsovan Academy of Sciences': one organisation's name around 'of'
    phrase = read_phrase(text, start, found.end(1), max_tokens=14)
    if phrase is None or phrase.kind != "name" or len(phrase.name) < 2:
        return None
    return phrase
