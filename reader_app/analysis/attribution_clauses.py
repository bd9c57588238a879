"""Shared pieces of attribution finding: candidates, reporting-verb cues, clause bounds, trimming."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader_app.analysis.attribution_lexicon import Verb, lexicon
from reader_app.analysis.attribution_phrases import Phrase
from reader_app.analysis.attribution_scan import (
    last_word,
    matches_list,
    verb_matcher,
)

# Punctuation that closes a clause when looking for a speaker before its verb.
_BREAK_MARKS = '!?;:\u201c\u201d"(\u2014\u2013\n'
# A mark, a dot not before a digit, a comma not in '412,000', or ' - '. It opens with one class of
# every first character (re jumps between them) and then tells them apart in the order of the
# plain alternation '[marks]|\.(?!\d)|,(?!\d{3}\b)|\s-\s' (a newline is a mark first).
_CLAUSE_BREAK = re.compile(
    rf"[{_BREAK_MARKS}.,\s](?:(?<=[{_BREAK_MARKS}])|(?<=\.)(?!\d)|(?<=,)(?!\d{{3}}\b)|(?<=\s)-\s)"
)
# _CLAUSE_BREAK without ' - ', for stretches holding no '-': re then stops only at marks, dots and
# commas, not at every space.
_MARK_BREAK = re.compile(
    rf"[{_BREAK_MARKS}.,](?:(?<=[{_BREAK_MARKS}])|(?<=\.)(?!\d)|(?<=,)(?!\d{{3}}\b))"
)
_LEADING = " \t\r\n.,;:!?\u2014\u2013-"
_TRAILING = ' \t\r\n.,;:!?\u2014\u2013-\u201d"\u2019'
# A dateline opening a story ('TARVIK, March 4 (Reuters) - ', 'AUSTIN, Texas, May 6, 2025 /Wire/ -- ',
# 'LYUBINO \u2014 '): place furniture, never a speaker or part of the content. Use with .match(text, pos).
DATELINE = re.compile(
    r"[A-Z][A-Z.'\u2019-]+(?:[ ][A-Z][A-Z.'\u2019-]+)*(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)]{1,40}\)|/[^/\n]{1,40}/)?"
    r"\s*(?:--|[\u2013\u2014-])\s+"
)

# ', who (had) said ...': a relative clause whose subject is the phrase before the comma.
RELATIVE_WHO = re.compile(
    r",\s+who(?:\s+(?:has|had|have|also|once|previously|earlier|recently))*\s*$"
)

_AFTER_DETERMINER = re.compile(
    r"\b(?:a|an|the|this|his|her|their|its|our|my|no|every)\s+$", re.IGNORECASE
)
# "the union's demands", "the ministers' claims": a word after a possessive is a noun. "it's
# claimed", "she's said" are contractions of is/has and keep their verb.
_AFTER_POSSESSIVE = re.compile(
    r"(?<![\w'\u2019])(?!(?:it|he|she|that|there|who|what|here|where|everyone|nobody|someone)"
    r"['\u2019]s\b)\w+(?:['\u2019]s|s['\u2019])\s+$",
    re.IGNORECASE,
)


# How a possessive can end ('s, s'), as _AFTER_POSSESSIVE's IGNORECASE reads it (\u017f: long s).
_POSSESSIVE_ENDS = frozenset(
    a + b for s in ("s", "\u017f") for a, b in ((s, "'"), (s, "\u2019"), ("'", s), ("\u2019", s))
)


# The last letters of _AFTER_DETERMINER's words in any case (\u017f: long s, which IGNORECASE
# reads as s): a match ends with one of them and then spaces.
_DETERMINER_ENDS = frozenset("aAnNeEsSrRyYoO\u017f")


@dataclass
class Candidate:
    """An attribution before its speaker is resolved to a canonical name."""

    cue: tuple[int, int] | None
    content: tuple[tuple[int, int], ...]
    kind: str  # direct, indirect, interview, relay
    phrase: Phrase | None = None  # the speaker mention as written
    fixed: str | None = None  # a speaker already known (interviewee, a document's name)
    fixed_kind: str | None = None
    follows: Candidate | None = None  # a quote continuing an earlier speaker's words
    coordinated: bool = False  # "X denounced ... and promised ...": same subject as the verb before


def verbs_in(
    text: str, start: int, end: int, labels: bool = False, starts: Sequence[int] | None = None
) -> list[tuple[int, int, Verb]]:
    """Reporting-verb forms in text[start:end] as (start, end, entry); label verbs ('called',
    'dismissed ... as') only when asked, since they report speech only before a quoted label.
    ``starts``: the article's cue positions (every verb starts at one), to try only there."""
    lex = lexicon()
    verbs = lex.verbs
    out = []
    for m in matches_list(verb_matcher(lex), text, starts, start, end):
        form = m.group()
        verb = verbs.get(form) or verbs[" ".join(form.split())]  # 'pointed\nout'
        if not labels and verb.frame == "label":
            continue
        a = m.start()
        if not _noun_before(text, a):
            out.append((a, m.end(), verb))
    return out


def _noun_before(text: str, a: int) -> bool:
    """Whether the form at ``a`` reads as a noun: after a determiner ('in a note', 'the claim',
    'their report': ``_AFTER_DETERMINER.search(text, max(0, a - 8), a)``) or a possessive ('the
    union's demands': ``_AFTER_POSSESSIVE.search(text, max(0, a - 40), a)``). Each pattern is
    searched only when the spaces before ``a`` follow a letter it can end with (most verbs follow
    a name or a noun); the spaces are found once for both."""
    lo = a - 40 if a > 40 else 0
    j = a
    while j > lo and text[j - 1].isspace():
        j -= 1
    if j == a:
        return False  # both patterns end with spaces
    lo8 = a - 8 if a > 8 else 0
    j8 = max(lo8, j)
    if (
        j8 > lo8
        and text[j8 - 1] in _DETERMINER_ENDS
        and _AFTER_DETERMINER.search(text, lo8, a) is not None
    ):
        return True
    return (
        j - 2 >= lo
        and text[j - 2 : j].lower() in _POSSESSIVE_ENDS
        and _AFTER_POSSESSIVE.search(text, lo, a) is not None
    )


def abbreviation_dot(text: str, dot: int) -> bool:
    """The dot of 'Dr.' or of an initial ('J.'), which ends no clause."""
    word = last_word(text, max(0, dot - 12), dot)
    if not word:
        return False
    low = word.lower()
    lex = lexicon()
    return len(low) == 1 or bool(lex.noun(low, "honorific")) or lex.is_word(low, "abbreviation")


_CLAUSE_WINDOW = 80


def clause_start(text: str, lo: int, pos: int) -> int:
    """Start of the clause that ends at ``pos`` (after the last comma, quote mark, dash...)."""
    # The last break is nearly always close to ``pos``: look there first, from a position no
    # break covers (only ' - ' is longer than one character; it covers q if a '-' is at q or q-1).
    q = max(lo, pos - _CLAUSE_WINDOW)
    while q > lo and (text[q - 1] == "-" or text[q] == "-"):
        q -= 1
    best = _last_break(text, q, pos)
    if best is None and q > lo:
        best = _last_break(text, lo, pos)
    return lo if best is None else max(lo, best)


def _last_break(text: str, start: int, end: int) -> int | None:
    best = None
    pattern = _CLAUSE_BREAK if text.find("-", start, end) >= 0 else _MARK_BREAK
    for m in pattern.finditer(text, start, end):
        if m.group() == "." and abbreviation_dot(text, m.start()):
            continue
        best = m.end()
    return best


def trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in _LEADING:
        start += 1
    stop = end
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    # keep the closing mark of a quote that opens inside ('the rise was "a punishment"')
    closer = None
    if end < stop:
        closer = next((i for i in range(end, stop) if text[i] in '\u201d"'), None)
    if closer is not None and (
        text.count('"', start, end) % 2
        or text.count("\u201c", start, end) > text.count("\u201d", start, end)
    ):
        end = closer + 1
    return (start, end) if start < end else None


def __getattr__(name: str) -> object:
    """``content_after`` and ``tag_remainder`` moved to attribution_content; still importable here
    (looked up on use: attribution_content imports this module)."""
    if name in ("content_after", "tag_remainder"):
        from reader_app.analysis import attribution_content

        return getattr(attribution_content, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
