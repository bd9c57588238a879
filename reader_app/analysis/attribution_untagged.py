"""Quote paragraphs with no speech verb: the person the narrative just introduced is speaking.

Features and court reports introduce a speaker in a sentence and then give the quote as a paragraph
of its own ('Mr Hollis's widow, Margaret, described the moment officers arrived.' / '"I knew before
they said anything. ...'), often over several paragraphs that each open with a quote mark. Such a
block goes to the subject of the sentence right before it (a name, a role or a pronoun, resolved as
usual), failing that to the speaker quoted in the two paragraphs before. Quoted titles, headlines and
quoted words inside a sentence are no such block: the quote must open its paragraph, run to a
sentence end and read as speech (four words or more, ending in . ! ? or running over paragraphs).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from operator import itemgetter

from reader_app.analysis.attribution_clauses import Candidate
from reader_app.analysis.attribution_phrases import Phrase
from reader_app.analysis.attribution_resolver import Resolver
from reader_app.analysis.attribution_subjects import sentence_subject
from reader_app.analysis.quotes import Quote
from reader_app.model import Attribution, Sentence, span_of

_SPEECH_END = re.compile(r"[.!?\u2026][\"'\u2019\u201d)]*$")
_WORD = re.compile(r"[\w\u2019'-]+")
_SUBJECT_KINDS = ("name", "role", "descriptor", "pronoun")
_APPOSED = re.compile(r"\s*,\s*((?:[A-Z][\w\u2019'-]*\s+){0,2}[A-Z][\w\u2019'-]*)\s*,")
_POSSESSED = re.compile(r"\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?=\s*[,\s])")
_OPENING_MARKS = '\u201c\u201e\u00ab"'
_LOOK_BACK = 2  # paragraphs in which an earlier quoted speaker still holds the floor


def untagged_blocks(
    text: str,
    paras: Sequence[tuple[int, int]],
    quotes: Sequence[Quote],
    sentences: Sequence[Sentence],
    found: Sequence[Attribution],
    resolver: Resolver,
) -> list[Attribution]:
    """Attributions for paragraph-opening quote blocks that nothing else attributed."""
    covered = sorted((c.start, c.end) for a in found for c in a.content)
    starts = [p[0] for p in paras]
    out: list[Attribution] = []
    for quote in quotes:
        index = bisect_right(starts, quote.start) - 1
        if index <= 0 or paras[index][0] != quote.start or not _speech(text, quote):
            continue
        if _overlaps(covered, quote.first):
            continue
        att = _by_subject(text, paras[index - 1], quote, sentences, resolver)
        att = att or _by_earlier_speaker(text, paras, index, quote, [*found, *out])
        if att is not None:
            out.append(att)
    return out


def title_like(text: str, quote: Quote) -> bool:
    """'"Moving Forward Together: A Plan for 2030"': most words capitalised, no sentence end."""
    first = quote.first
    words = _WORD.findall(text, first[0], first[1])
    last = quote.segments[-1]
    ends = _SPEECH_END.search(text, last[0], last[1] + 1)
    return _capitalised(words) * 2 > len(words) and not ends


def _capitalised(words: list[str]) -> int:
    """How many of the words open with a capital (counted in C: quotes run to hundreds of words)."""
    return sum(map(str.isupper, map(itemgetter(0), words)))


def _speech(text: str, quote: Quote) -> bool:
    """Whether a paragraph-opening quote reads as spoken words, not a title or a quoted phrase."""
    first = quote.first
    words = _WORD.findall(text, first[0], first[1])
    if len(words) < 4 or _capitalised(words) * 2 > len(words):
        return False  # '"Nobody Comes Here Any More"': a title in title case
    after = text[quote.end : quote.end + 2].lstrip(" ")
    if after and after[0] not in "\n" and not after[0].isupper():
        return False  # '"Too little, too late" was the verdict': the quote is part of a sentence
    last = quote.segments[-1]
    return len(quote.segments) > 1 or bool(_SPEECH_END.search(text, last[0], last[1] + 1))


def _overlaps(spans: Sequence[tuple[int, int]], span: tuple[int, int]) -> bool:
    i = bisect_right(spans, (span[1], span[1]))
    return any(a < span[1] and span[0] < b for a, b in spans[max(0, i - 8) : i])


def _last_sentence(sentences: Sequence[Sentence], para: tuple[int, int]) -> Sentence | None:
    i = bisect_right([s.start for s in sentences], para[1]) - 1  # (one list per block: few blocks)
    return sentences[i] if i >= 0 and sentences[i].start >= para[0] else None


def _by_subject(
    text: str,
    para: tuple[int, int],
    quote: Quote,
    sentences: Sequence[Sentence],
    resolver: Resolver,
) -> Attribution | None:
    """The block as the words of the subject of the sentence that ends the paragraph before it."""
    sent = _last_sentence(sentences, para)
    if sent is None or text[sent.start] in _OPENING_MARKS or text[para[1] - 1] == ":":
        return None  # a quote paragraph before (the earlier speaker decides), or a colon lead-in
    phrase = _subject(text, sent.start, sent.end)
    if phrase is None:
        return None
    apposed = _apposed_name(text, phrase)
    if apposed is not None:
        return _attribution(text, quote, apposed[0], apposed[1], apposed[0], "person")
    if phrase.text.endswith(("'s", "\u2019s")):
        return None  # "Mr Hollis's widow" is not Mr Hollis, and nobody named
    cand = Candidate((phrase.start, phrase.end), quote.segments, "direct", phrase)
    speaker = resolver.resolve(cand)
    resolver.history.sort(key=lambda h: h[0])  # pronouns read the history in text order
    if speaker is None or speaker[1] != "person":
        return None
    return _attribution(text, quote, phrase.text, phrase.start, *speaker)


def _subject(text: str, start: int, end: int) -> Phrase | None:
    """The speaker phrase opening a sentence, or its main clause after an introductory phrase
    ('In a statement read to the court, the widow described ...')."""
    lo = start
    for _ in range(3):
        phrase = sentence_subject(text, lo, end)
        if phrase is not None:
            return phrase if phrase.kind in _SUBJECT_KINDS else None
        comma = text.find(",", lo, end)
        if comma < 0:
            return None
        lo = comma + 1
        while lo < end and text[lo].isspace():
            lo += 1
    return None


def _apposed_name(text: str, phrase: Phrase) -> tuple[str, int] | None:
    """ "Mr Hollis's widow, Margaret," / 'the coach, Ana Ruiz,': the name set off by commas after a
    role or a possessed noun is the subject."""
    pos = phrase.end
    if phrase.text.endswith(("'s", "\u2019s")):
        possessed = _POSSESSED.match(text, pos)
        if possessed is None:
            return None
        pos = possessed.end()
    elif phrase.kind not in ("role", "descriptor"):
        return None
    apposed = _APPOSED.match(text, pos)
    return (apposed.group(1), apposed.start(1)) if apposed else None


def _by_earlier_speaker(
    text: str,
    paras: Sequence[tuple[int, int]],
    index: int,
    quote: Quote,
    found: Sequence[Attribution],
) -> Attribution | None:
    """The block as the words of the speaker last quoted in the two paragraphs before it."""
    lo = paras[max(0, index - _LOOK_BACK)][0]
    earlier = [a for a in found if lo <= a.content[-1].end <= quote.start]
    earlier = [a for a in earlier if a.speaker_kind not in ("document", "outlet")]
    if not earlier:
        return None
    prev = max(earlier, key=lambda a: a.content[-1].end)
    return _attribution(text, quote, None, 0, prev.speaker, prev.speaker_kind)


def _attribution(
    text: str, quote: Quote, mention: str | None, at: int, speaker: str, kind: str
) -> Attribution:
    span = (
        span_of(text, at, at + len(mention)) if mention and text.startswith(mention, at) else None
    )
    content = tuple(span_of(text, a, b) for a, b in quote.segments)
    return Attribution(speaker, span, None, content, "direct", kind)
