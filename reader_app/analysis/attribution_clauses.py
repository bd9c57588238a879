"""Shared pieces of attribution finding: candidates, reporting-verb cues, clause bounds, content clauses."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader_app.analysis.attribution_lexicon import Lexicon, Verb, lexicon
from reader_app.analysis.attribution_phrases import Phrase
from reader_app.analysis.attribution_scan import (
    last_word,
    matches_list,
    verb_matcher,
    words_at_least,
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
# Circumstance between the verb and 'that': 'told me in person, in January, that ...'.
_ADJUNCT_THAT = re.compile(
    r"(?:\s*,?\s*(?:in|on|at|during|after|before|over|by|from|with|via|through|last|this|earlier|late|early)"
    r"\b[^,;:\"\u201c\u201d.]{1,40}?){1,3}\s*,?\s*that\b"
)

# A dateline opening a story ('TARVIK, March 4 (Reuters) - ', 'AUSTIN, Texas, May 6, 2025 /Wire/ -- ',
# 'LYUBINO \u2014 '): place furniture, never a speaker or part of the content. Use with .match(text, pos).
DATELINE = re.compile(
    r"[A-Z][A-Z.'\u2019-]+(?:[ ][A-Z][A-Z.'\u2019-]+)*(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)]{1,40}\)|/[^/\n]{1,40}/)?"
    r"\s*(?:--|[\u2013\u2014-])\s+"
)

_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|as)\s|;")

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


def _after_possessive_end(text: str, pos: int) -> bool:
    """Whether spaces before ``pos`` follow a possessive ending: a match of _AFTER_POSSESSIVE ending
    at ``pos`` needs it, and this test is much cheaper than the search."""
    lo = max(0, pos - 40)
    end = pos
    while end > lo and text[end - 1].isspace():
        end -= 1
    return end < pos and end - 2 >= lo and text[end - 2 : end].lower() in _POSSESSIVE_ENDS


# The last letters of _AFTER_DETERMINER's words in any case (\u017f: long s, which IGNORECASE
# reads as s): a match ends with one of them and then spaces.
_DETERMINER_ENDS = frozenset("aAnNeEsSrRyYoO\u017f")


def _after_determiner(text: str, pos: int) -> bool:
    """``_AFTER_DETERMINER.search(text, max(0, pos - 8), pos)``, searched only when the spaces
    before ``pos`` follow a letter a determiner ends with (most verbs follow a name or a noun)."""
    lo = max(0, pos - 8)
    j = pos
    while j > lo and text[j - 1].isspace():
        j -= 1
    if j == pos or j == lo or text[j - 1] not in _DETERMINER_ENDS:
        return False
    return _AFTER_DETERMINER.search(text, lo, pos) is not None


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
    'their report') or a possessive ('the union's demands'). Each pattern is searched only when
    the spaces before ``a`` follow a letter it can end with (``_after_determiner``,
    ``_after_possessive_end``, with the spaces found once for both)."""
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


_phrase_re: dict[str, tuple[Lexicon, re.Pattern[str], int, frozenset[str]]] = {}


def _phrase_matcher(category: str) -> tuple[re.Pattern[str], int, frozenset[str]]:
    """The phrases of a function-word category, longest first, as one pattern matched at a position
    of lowercased text (not followed by a letter or digit), the longest phrase's length, and the
    phrases' first characters."""
    lex = lexicon()
    cached = _phrase_re.get(category)
    if cached is None or cached[0] is not lex:
        phrases = sorted(lex.words.get(category, ()), key=len, reverse=True)
        alts = "|".join(re.escape(p) for p in phrases) or "(?!)"
        longest = len(phrases[0]) if phrases else 0
        firsts = frozenset(p[:1] for p in phrases)
        pattern = re.compile(rf"(?:{alts})(?![^\W_])")
        cached = _phrase_re[category] = (lex, pattern, longest, firsts)
    return cached[1], cached[2], cached[3]


def _skip_phrases(text: str, pos: int, end: int, category: str) -> int:
    """Move ``pos`` past any leading phrases of a function-word category ("on Monday", "in a statement")."""
    matcher, longest, firsts = _phrase_matcher(category)
    while True:
        start = pos
        while start < end and text[start] in " ,":
            start += 1
        if start >= end or text[start].lower()[:1] not in firsts:
            return pos  # no phrase opens with this character (most words open none)
        # lowercase only as much text as the longest phrase and the character after it
        hit = matcher.match(text[start : min(end, start + longest + 1)].lower())
        if hit is None:
            return pos
        pos = start + len(hit.group())


def _skip_time_and_venue(text: str, pos: int, end: int) -> int:
    """Time words and venues, twice in turn ('on Monday in a statement on Friday'); a round that
    moves nothing ends it (the next would read the same)."""
    for _ in range(2):
        before = pos
        pos = _skip_phrases(text, pos, end, "weekday")
        pos = _skip_phrases(text, pos, end, "venue")
        if pos == before:
            break
    return pos


_NAMED_LISTENER = re.compile(r"\s+(?:(?:the|a|an|The)\s+)?(?:[A-Z][\w\u2019'.-]*\s*)+")
_BEFORE_THAT = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,3}?(?=that\b)")
_ONE_WORD = re.compile(r"\s+(?:(the|a|an|his|her|their|its)\s+)?([\w-]+)\b")
_TWO_WORDS = re.compile(r"\s+(?:the|a|an|his|her|their|its)\s+[\w-]+\s+([\w-]+)\b")
_TO_AFTER = re.compile(r"\s+to\s")
_TO_NEXT = re.compile(r"\s*to\s")
_THAT = re.compile(r"\s*(?:,\s*)?that\b")
_QUOTE_NEXT = re.compile(r"\s*[:\u201c\"]")
_TO_OR_QUOTE_NEXT = re.compile(r"\s*(?:to\b|[:\u201c\"\u2018])")


def _skip_listener(text: str, pos: int, end: int) -> int:
    """After 'told'/'warned': the listener ('reporters', 'the jury', 'the Daily News', 'him')."""
    lex = lexicon()
    # (the patterns open with spaces, so matching in place equals matching a copy of the rest)
    named = _NAMED_LISTENER.match(text, pos, end)
    if named:
        return named.end()
    before_that = _BEFORE_THAT.match(text, pos, end)
    if before_that:  # 'told local television that ...'
        return before_that.end()
    one = _ONE_WORD.match(text, pos, end)
    if one:
        det, word = one.group(1), one.group(2).lower()
        bare_noun = lex.noun(word, "group") or lex.noun(word, "organisation")
        if lex.is_word(word, "object_pronoun") or (not det and bare_noun):
            return one.end()
        if det and (lex.noun(word) or lex.is_word(f"the {word}", "object_pronoun")):
            return one.end()
    two = _TWO_WORDS.match(text, pos, end)
    if two and lex.noun(two.group(1).lower()):  # "the local paper", "a regional broadcaster"
        return two.end()
    return pos


def content_after(text: str, verb: Verb, verb_end: int, end: int) -> tuple[int, int] | None:
    """The reported clause after a verb: past a listener, time words and venues, 'that'/'to'."""
    if verb.frame in ("tag", "label"):
        return None
    pos = verb_end
    if verb.lemma == "add" and _TO_AFTER.match(text, pos, end):
        return None  # 'adding to signs that ...', 'the study added to the evidence'
    if verb.frame == "tell":
        pos = _skip_listener(text, pos, end)
    elif verb.frame != "commit" and _TO_AFTER.match(text, pos, end):
        # "explained to the Daily News how ...": the listener is not part of the content
        after_to = text.index("to", pos, end) + 2
        listener_end = _skip_listener(text, after_to, end)
        pos = listener_end if listener_end > after_to else pos
    pos = _skip_time_and_venue(text, pos, end)
    m = _THAT.match(text, pos, end)
    if m is None and text.find("that", pos, end) >= 0:  # (its lazy repeats backtrack a lot)
        m = _ADJUNCT_THAT.match(text, pos, end)
    if m:
        pos = m.end()
    elif (
        verb.frame in ("that", "relay")
        and not _QUOTE_NEXT.match(text, pos, end)
        or verb.frame == "commit"
        and not _TO_OR_QUOTE_NEXT.match(text, pos, end)
    ):
        return None
    semicolon = text.find(";", pos, end)  # '...; they are wrong': the author answers
    end = semicolon if semicolon >= 0 else end
    if verb.frame == "clause" and _TO_NEXT.match(text, pos, end):
        return None  # 'the study added to the evidence': no reported clause
    if verb.frame == "object":  # 'confirmed 14 deaths, and the minister told ...': one clause
        stop = _NEXT_CLAUSE.search(text, pos, end)
        end = stop.start() if stop else end
    span = trimmed(text, pos, end)
    if span is None or not words_at_least(text, *span, 2):
        return None
    return span


_TAG_TAIL = re.compile(
    r"(?:in|on|at|during|after|before|while|when|from|via|through|to|as|last|this|earlier|later|"
    r"late|early|shortly|soon|amid|citing|adding|saying|according|without|with|by|"
    # '... said in a statement released on Friday': a participle describing the statement
    r"released|issued|published|posted|sent|seen|obtained|broadcast|aired|shared|circulated)\b|"
    r"\w+ing\b|,|$"
)


_FINITE = re.compile(
    r"\b(?:is|are|was|were|will|would|had|has|have|can|could|should|must|may|might)\b|[\"\u201c]"
)


_THAT_WORD = re.compile(r"that\b")
_GERUND = re.compile(r"\w+ing\b")
_TAG_GERUND = re.compile(r"(?:adding|saying|citing|according)\b")


def tag_remainder(text: str, verb: Verb, verb_end: int, end: int) -> bool:
    """Whether what follows a sentence-final 'X said' is only circumstance ('on Monday', 'in a
    statement', 'adding ...'), not a reported clause of its own ('Asked why, X said she ...')."""
    pos = _skip_listener(text, verb_end, end) if verb.frame == "tell" else verb_end
    pos = _skip_time_and_venue(text, pos, end)
    rest = text[pos:end].strip(' .!?\u201d"')
    tail = _TAG_TAIL.match(rest)
    if _THAT_WORD.match(rest) or not tail:
        return False
    # 'Ruiz said joining Rovers was "a dream"': a gerund subject of a finite clause is content
    gerund = _GERUND.match(rest) and not _TAG_GERUND.match(rest)
    return not (gerund and _FINITE.search(rest))
