"""The reported clause after a reporting verb ('said on Monday in a statement that ...'), and
whether the words after a sentence-final tag are only circumstance."""

from __future__ import annotations

import re

from reader_app.analysis.attribution_clauses import trimmed
from reader_app.analysis.attribution_lexicon import Lexicon, Verb, lexicon
from reader_app.analysis.attribution_scan import words_at_least

# Circumstance between the verb and 'that': 'told me in person, in January, that ...'.
_ADJUNCT_THAT = re.compile(
    r"(?:\s*,?\s*(?:in|on|at|during|after|before|over|by|from|with|via|through|last|this|earlier|late|early)"
    r"\b[^,;:\"\u201c\u201d.]{1,40}?){1,3}\s*,?\s*that\b"
)

_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|as)\s|;")


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
