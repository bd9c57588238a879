"""Splits an article into the sentence and clause spans that events are aligned on."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader_app.ingest.metadata import dateline_length
from reader_app.model import Analysis, Article, Sentence

# Fallback splitter for analyses without sentences: end punctuation (optionally closing quotes)
# followed by space and an upper-case letter or quote; a line break always ends a sentence.
_SENT_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\s*\n\s*")
_ABBREV = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Gen|Gov|Sen|Rep|Prof|[A-Z])\.$")
_MONTH_ABBREV = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")

# Clause boundaries: semicolons, dashes, and a comma before a subordinating word; a bare relative
# "that"/"which" after a noun too, because one news sentence often packs two events into one.
_CLAUSE_BREAK = re.compile(
    r"\s*;\s+|\s+[–—]\s+|:\s+(?=[A-Z“\"])"
    r"|,\s+(?=(?:when|while|which|whereas|but|after|before|although|though|since|as well as)\b)"
    # ", as grieving families buried ...": a second happening told alongside the first
    r"|,\s+(?=as\s+(?!(?:well|much|many|long|soon|far|if|though|a|an|the|part|usual|expected)\b)[a-z]+\s+[a-z])"
    # ", killing 14 people", ", according to": a participle or attribution tail is its own report
    r"|,\s+(?=(?:[a-z]+ing|according to)\b(?!\s+(?:to|of|from|in|on|the|a|an)\b))"
    # "declared an emergency, mobilised the army and released aid": each verb phrase a clause
    r"|(?:,\s+|\s+and\s+)(?=[a-z]+(?:ed|ing)\s+(?!(?:by|to|in|on|at|with|from|for|of|and|or|as|that)\b)[\w$€£])"
    r"|\s+(?=(?:that|which)\s+(?:\w+ly\s+)?(?:ended|put|halted|marked|left|killed|followed|"
    r"began|started|stopped|brought|caused|led|came|saw|took|made|included|have|has|had|was|were|is|are)\b)"
)
_MIN_CLAUSE_WORDS = 4
_DATELINE_SENTENCES = 4  # a dateline opens one of the first few sentences (after title, byline)


@dataclass(frozen=True)
class Unit:
    """A clause (or whole sentence) of one article: the thing grouped into events."""

    article: str
    index: int  # position within the article, for ordering
    sentence: int  # index of the sentence it belongs to
    start: int
    end: int
    text: str


def sentence_spans(article: Article, analysis: Analysis | None) -> list[tuple[int, int]]:
    """Sentences from the analysis when present, else a small regex split of the text."""
    if analysis is not None and analysis.sentences:
        return [(s.start, s.end) for s in analysis.sentences if s.end > s.start]
    return split_sentences_fallback(article.text)


def split_sentences_fallback(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENT_END.finditer(text):
        head = text[start : m.start()].rstrip()
        if _ABBREV.search(head) or _MONTH_ABBREV.search(head):
            continue  # "Mr. Smith", "Nov. 15": not a sentence end
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [_trim(text, a, b) for a, b in spans if text[a:b].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans of the sentence ``text[start:end]``; short pieces stay with their neighbour."""
    cuts = [start]
    for m in _CLAUSE_BREAK.finditer(text, start, end):
        cuts.append(m.start())
    cuts.append(end)
    pieces: list[tuple[int, int]] = []
    for a, b in itertools.pairwise(cuts):
        a, b = _trim(text, a, b)
        if b <= a:
            continue
        a = _skip_separator(text, a, b)
        if pieces and (
            _words(text[a:b]) < _MIN_CLAUSE_WORDS
            or _words(text[slice(*pieces[-1])]) < _MIN_CLAUSE_WORDS
        ):
            pieces[-1] = (pieces[-1][0], b)
        else:
            pieces.append((a, b))
    return [_trim(text, a, b) for a, b in pieces] or [(start, end)]


def _skip_separator(text: str, a: int, b: int) -> int:
    while a < b and text[a] in ",;:–—-":
        a += 1
    while a < b and text[a].isspace():
        a += 1
    if text.startswith("and ", a, b):  # "... spray and detained six people": the clause is the verb
        a += 4
    return a


def _words(s: str) -> int:
    return len(re.findall(r"\w+", s))


def article_units(article: Article, analysis: Analysis | None) -> list[Unit]:
    """Every clause of the article, in text order."""
    units: list[Unit] = []
    text = article.text
    for si, (s, e) in enumerate(sentence_spans(article, analysis)):
        if si < _DATELINE_SENTENCES:
            # 'ALTYNKALA, April 14 (CWS) - ' places the report, not the event: its place and
            # date would pair the lead with any clause that names the capital or the day.
            s += dateline_length(text[s:e])
        for a, b in split_clauses(text, s, e):
            units.append(Unit(article.id, len(units), si, a, b, text[a:b]))
    return units


def as_sentences(spans: Sequence[tuple[int, int]]) -> tuple[Sentence, ...]:
    """Sentence records for tests and callers that only have spans."""
    return tuple(Sentence(a, b) for a, b in spans)
