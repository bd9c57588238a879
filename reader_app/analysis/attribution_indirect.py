"""Indirect speech: 'X said (that) ...', '..., X reported', 'according to X', 'as X said, ...', passives."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader_app.analysis.attribution_adverbials import skip_back_adverbials
from reader_app.analysis.attribution_clauses import (
    DATELINE,
    RELATIVE_WHO,
    Candidate,
    clause_start,
    trimmed,
    verbs_in,
)
from reader_app.analysis.attribution_content import content_after, tag_remainder
from reader_app.analysis.attribution_lexicon import Verb, lexicon
from reader_app.analysis.attribution_phrases import Phrase, tokens
from reader_app.analysis.attribution_scan import (
    Regions,
    cue_heads,
    tail_start,
    word_before_spaces,
    words_at_least,
)
from reader_app.analysis.attribution_set_phrases import set_phrase_candidates
from reader_app.analysis.attribution_subjects import (
    definite_description,
    definite_subject,
    sentence_subject,
    speaker_after,
    speaker_before,
)
from reader_app.analysis.attribution_unnamed import unnamed_candidates, unnamed_heads

_BE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# 'dismissed the report as biased': a label verb, its object, then 'as' and an unquoted judgement.
_LABEL_AS = re.compile(r"\s+(?:[^,.;:\"\u201c\u201d]{1,60}?)\s+as\s+(?![\"\u201c\u2018])\w")
_RELATIVE = re.compile(r"\b(?:which|that|who|whom)\s+$")
# The words of _RELATIVE, _AND_END and _AS_END, read with ``word_before_spaces``.
_RELATIVES = frozenset({"which", "that", "who", "whom"})
_AND_BUT = frozenset({"and", "but"})
_AS = frozenset({"as", "As"})
# Patterns for the words right before a position; searched from tail_start (a slice of the tail
# starts with the space before its first chunk, so '\b' reads there as in the whole slice).
_AUX_END = re.compile(r"\b(?:has|have|had)\s+$")
_AND_END = re.compile(r"\b(?:and|but)\s+$")
_AS_END = re.compile(r"\b[Aa]s\s+$")
_BY = re.compile(r"\s+by\s+")
_ESTIMATE = re.compile(r"(?:at|as|to be|around|about)\b")
_PARTICIPLE = re.compile(r",\s+\w+ing\b")
_STANCE = re.compile(r"\s+(?:his|her|their|its|our|my)\s+\w+")
_COMMA = re.compile(r"[,;]")
_UP_TO_COMMA = re.compile(r"[^,]{0,40},")
_TAG_REST = 8  # words after the verb in a sentence-final tag ('..., she told the local paper.')


def _relay_kind(verb: Verb, phrase: Phrase | None) -> str:
    if verb.frame != "relay" or phrase is None:
        return "indirect"
    single_name = phrase.kind == "name" and len(phrase.name) == 1
    return (
        "relay" if phrase.kind in ("outlet", "organisation", "other") or single_name else "indirect"
    )


def _passive(text: str, s: tuple[int, int], v: tuple[int, int, Verb]) -> Candidate | None:
    """'... has been confirmed by numerous reports of X' -> the whole sentence, said by X."""
    by = _BY.match(text, v[1], s[1])  # first: few verbs are followed by 'by'
    if not by:
        return None
    be = _BE.search(text, tail_start(text, s[0], v[0], 2), v[0])  # at most 'is widely '
    if not be:
        return None
    np = trimmed(text, by.end(), s[1])
    if np is None:
        return None
    lex = lexicon()
    toks = tokens(text, *np)
    while toks and lex.is_word(toks[0].bare, "quantifier"):
        toks = toks[1:]
    if not toks:
        return None
    head = lex.noun(toks[0].bare)
    kind = (
        head.category
        if head and head.category in ("document", "organisation", "group")
        else "other"
    )
    phrase = Phrase(toks[0].start, np[1], text[toks[0].start : np[1]], kind, head=toks[0].bare)
    aux_from = tail_start(text, s[0], be.start(), 1)
    aux = _AUX_END.search(text[aux_from : be.start()])
    cue = (aux_from + aux.start() if aux else be.start(), by.end() - 1)
    whole = trimmed(text, *s)
    return Candidate(cue, (whole,), "indirect", phrase) if whole else None


def _sentence_tag(text: str, s: tuple[int, int], v: tuple[int, int, Verb]) -> Candidate | None:
    """'Content, X said.' / 'Content, said X.' / 'Content, Agency reported.' at a sentence end."""
    v_start, v_end, verb = v
    lead_end = v_start  # the end of text[s[0]:v_start].rstrip()
    while lead_end > s[0] and text[lead_end - 1].isspace():
        lead_end -= 1
    if lead_end > s[0] and text[lead_end - 1] == ",":
        # inverted: '..., said the mayor.' / '..., said Dr X, a cardiologist ...'
        phrase, comma = _inverted_speaker(text, s, v), lead_end - 1
    else:
        participle = _PARTICIPLE.search(text, v_end, s[1])  # ', adding ...' is no rest
        rest_end = participle.start() if participle else s[1]
        if words_at_least(text, v_end, rest_end, _TAG_REST + 1):
            return None
        if not tag_remainder(text, verb, v_end, rest_end):
            return None
        start = clause_start(text, s[0], v_start)
        if start <= s[0] or text[start - 1] != ",":
            return None
        phrase, comma = speaker_before(text, s[0], v_start), start - 1
        if phrase is not None and phrase.start > start + 1 and text[start : phrase.start].strip():
            return None
    content = trimmed(text, s[0], comma)
    if phrase is None or content is None or not words_at_least(text, *content, 3):
        return None
    return Candidate((v_start, v_end), (content,), _relay_kind(verb, phrase), phrase)


def _inverted_speaker(text: str, s: tuple[int, int], v: tuple[int, int, Verb]) -> Phrase | None:
    """The speaker after an inverted verb, when only an apposition or circumstance follows it."""
    if v[2].frame not in ("clause", "tell", "tag", "relay") or speaker_before(text, s[0], v[0]):
        return None  # 'X, who asked not to be named, said ...': the subject comes before
    phrase = speaker_after(text, v[1], s[1]) or definite_description(text, v[1], s[1])
    if phrase is None or phrase.kind in ("pronoun", "other"):
        return None
    after = text[phrase.end : s[1]].strip(' .!?"\u201d')
    if after and not after.startswith(",") and not tag_remainder(text, v[2], phrase.end, s[1]):
        return None
    return phrase


def _forward(
    text: str, s: tuple[int, int], v: tuple[int, int, Verb], end: int, prev: Candidate | None
) -> Candidate | None:
    """'X said (that) ...', 'As X said, ...', 'X expressed his concern ...', 'X ... and promised to ...'."""
    v_start, v_end, verb = v
    if verb.frame == "participle":
        return _participle(text, s, v, end, prev)
    clause_end = skip_back_adverbials(text, s[0], v_start)  # read once for the tests below
    phrase = speaker_before(text, s[0], v_start, clause_end=clause_end)
    if phrase is None and verb.frame in ("clause", "tell"):
        phrase = definite_subject(text, s[0], v_start, clause_end=clause_end)
    coordinated = False
    if phrase is None:
        if word_before_spaces(text, s[0], v_start)[0] not in _AND_BUT:  # '... and said'
            return None
        coordinated = prev is not None
        phrase = prev.phrase if prev is not None else sentence_subject(text, s[0], v_start)
        if phrase is None:
            return None
    if verb.frame == "label":  # 'described the offer as an insult': the judgement is reported
        comma = _COMMA.search(text, v_end, end)
        content = trimmed(text, v_end, comma.start() if comma else end)
    elif verb.frame == "stance":
        content = (v_start, end) if _STANCE.match(text, v_end) else None
        content = trimmed(text, *content) if content else None
    elif phrase is not None and word_before_spaces(text, s[0], phrase.start)[0] in _AS:
        after = _UP_TO_COMMA.match(text, v_end, end)
        content = trimmed(text, after.end(), end) if after else None
    else:
        content = content_after(text, verb, v_end, end)
        if RELATIVE_WHO.search(text, s[0], clause_end):
            comma = text.find(",", content[0], content[1]) if content else -1
            content = trimmed(text, content[0], comma) if content and comma > 0 else content
        relative = _relative_before(text, s[0], phrase.start) if phrase is not None else None
        if content and relative is not None:
            comma = text.find(
                ",", content[0], content[1]
            )  # "the plan, which X said would ..., was"
            content = trimmed(text, content[0], comma) if comma > 0 else content
            if content and _ESTIMATE.match(text, content[0]):
                # 'the damage, which officials estimate at 40 million': the whole relative clause
                content = trimmed(text, relative, content[1])
    if content is None:
        return None
    kind = _relay_kind(verb, phrase)
    return Candidate((v_start, v_end), (content,), kind, phrase, coordinated=coordinated)


def _relative_before(text: str, lo: int, pos: int) -> int | None:
    """Where 'which'/'that'/'who'/'whom' starts when it and spaces end text[lo:pos] (what
    ``_RELATIVE.search(text, tail_start(text, lo, pos, 1), pos)`` finds), else None."""
    word, at = word_before_spaces(text, lo, pos)
    if word not in _RELATIVES:
        return None
    # searched in the text, '\b' at ``lo`` sees the character before it
    return None if at == lo and at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_") else at


def _participle(
    text: str, s: tuple[int, int], v: tuple[int, int, Verb], end: int, prev: Candidate | None
) -> Candidate | None:
    """'X denied the charges, saying he was innocent': the main clause's subject says it."""
    if not text[s[0] : v[0]].rstrip().endswith(","):
        return None
    phrase = prev.phrase if prev is not None else sentence_subject(text, s[0], v[0])
    content = content_after(text, v[2], v[1], end)
    if phrase is None or content is None:
        return None
    return Candidate((v[0], v[1]), (content,), "indirect", phrase)


def sentence_candidates(
    text: str,
    s: tuple[int, int],
    skip: Sequence[tuple[int, int]] | Regions,
    starts: Sequence[int] | None = None,
) -> list[Candidate]:
    """Every indirect attribution in one sentence; verbs in ``skip`` (quote tags, quotes) are ignored.
    For many sentences of one article pass ``Regions(skip)`` and ``starts=cue_starts(text)``
    (the cue patterns are then tried only where a cue can start)."""
    skip = skip if isinstance(skip, Regions) else Regions(skip)
    out: list[Candidate] = []
    dateline = DATELINE.match(text, s[0], s[1])
    s = (dateline.end(), s[1]) if dateline else s
    end = s[1]
    verbs = [
        v
        for v in verbs_in(text, *s, labels=True, starts=starts)
        if v[0] not in skip and (v[2].frame != "label" or _LABEL_AS.match(text, v[1], s[1]))
    ]
    # A sentence-final tag ('..., X reported.') bounds the content of the verbs before it; a
    # participle after it ('..., said X, adding that ...') belongs to the tag's speaker.
    tag_at = s[1]
    prev: Candidate | None = None
    for v in reversed(verbs):
        tag = _sentence_tag(text, s, v) if v[2].frame != "label" else None
        if tag is not None:
            out.append(tag)
            end = min(end, tag.content[0][1] if tag.content else end)
            verbs.remove(v)
            tag_at = v[0]
            break
    for v in verbs:
        if v[0] > tag_at:
            prev = out[0]
        bound = end if v[0] < tag_at else s[1]
        cand = _passive(text, s, v) or _forward(text, s, v, bound, prev)
        if cand is None:
            continue
        if cand.coordinated and prev is not None:
            and_at = max(text.rfind(" and ", s[0], v[0]), text.rfind(" but ", s[0], v[0]))
            prev.content = tuple((a, min(b, and_at)) for a, b in prev.content if a < and_at)
        out.append(cand)
        prev = cand
    # The set phrases are tried only when a cue position opens like one (most cues are verbs).
    heads = None if starts is None else cue_heads(text, starts)
    out += set_phrase_candidates(text, s, skip, starts, heads)
    if heads is None or not heads.isdisjoint(unnamed_heads()):
        out += unnamed_candidates(text, s, skip, hedges=not out, starts=starts)
    # A coordinated verb whose 'and'/'but' is glued to a mark ('the road ’and found') gives
    # no cut and empties the verb before it: that candidate reports nothing (it is dropped only
    # here, so the hedges above still see it).
    return [c for c in out if c.content]
