"""The attribution candidates' fast paths equal the plain expressions they replace.

Each speed-up (read back from a position instead of searching a slice, str.find instead of a
class regex, a prefilter before a pattern) is compared here with the plain form on text written
to hit its edges: runs of spaces and line breaks, curly marks, capitals, digits, '_', and the
letters IGNORECASE folds to ASCII (dotless i, long s, Kelvin sign, dotted capital I).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader_app.analysis import attribution_clauses as clauses
from reader_app.analysis import attribution_cues as cues
from reader_app.analysis import attribution_direct as direct
from reader_app.analysis import attribution_indirect as indirect
from reader_app.analysis import attribution_interview as interview
from reader_app.analysis import quotes
from reader_app.analysis.attribution import _cue_sentences
from reader_app.analysis.attribution_adverbials import skip_back_adverbials
from reader_app.analysis.attribution_documents import fuller_mention, fuller_mentions
from reader_app.analysis.attribution_lexicon import lexicon
from reader_app.analysis.attribution_phrases import TOKEN, tokens
from reader_app.analysis.attribution_scan import tail_start, word_before_spaces, words_at_least
from reader_app.analysis.sentences import split_sentences
from reader_app.model import Sentence

ROOT = Path(__file__).resolve().parents[2]

# Short texts with the edges each fast path must keep (a city council story, a transfer, a flood).
EDGES = [
    "The council said on Monday that the budget, which the mayor said was tight, would pass.",
    "Acme Inc. (NASDAQ: ACM) said; its CEO, who had also said so, and said more - and  said it.",
    "\u201cWe will appeal,\u201d said the club\u2019s chairman. He told reporters: \u201cNot over.\u201d",
    (
        "According to the agency, 412,000 homes flooded.\nAs noted in the report, it is understood\n"
        "that I am told we\u2019re told the jury heard that the court was told costs rose."
    ),
    "the said  a report  union's demands  ministers\u2019 claims  it's claimed  THIS said",
    "xthe said; _and said; 1as said; (as said; \u00e9which said; Every\u00a0said; her\u2003said",
    "\u0130STANBUL \u2014 The \u0131nquiry \u017faid nothing; \u212aELVIN SAID so. thi\u017f said.",
    "Dr. J. Smith has also on Monday told the paper that, in court on Friday, last week, he quit.",
    "Q: Why?\nA: Because.\n\n**Q:** Next?\n**A.** Yes.\nSMITH: Hi.\nJONES: Hello.\nSMITH: Bye.\n",
    '\u2018single\u2019 and the players\u2019 union\u2019s \u2018x\u2019; \u201ca\u201d \u00abb\u00bb \u201ec\u201d "d"',
    "Officials say that. They said that  \n Critics of the plan, she said, and that",
    "xwhich  said and which said, but\nsaid; as said",
]


def _texts() -> list[str]:
    out = list(EDGES)
    for path in sorted((ROOT / "seeds").glob("*.txt"))[:2]:
        out.append(path.read_text(encoding="utf-8")[:4000])
    return out


TEXTS = _texts()


def _positions(text: str, step: int = 1) -> range:
    return range(0, len(text) + 1, step)


@pytest.mark.parametrize("text", TEXTS)
def test_cue_starts_equal_one_non_word_pattern(text):
    _space, _other, at_start = cues._cues(lexicon())
    plain = re.compile(rf"\W(?={at_start.pattern})")
    low = text.lower()
    got = cues.cue_starts(text)
    if len(low) != len(text) or "\u0131" in text or "\u017f" in text:
        assert got is None
        return
    want = ([0] if at_start.match(low) else []) + [m.start() + 1 for m in plain.finditer(low)]
    assert got == want


@pytest.mark.parametrize("text", TEXTS)
def test_words_before_a_position_equal_the_tail_regexes(text):
    for pos in _positions(text):
        for lo in {0, min(1, pos), max(0, pos - 12), pos}:
            tail = text[tail_start(text, lo, pos, 1) : pos]
            word = word_before_spaces(text, lo, pos)[0]
            assert (word in indirect._AND_BUT) == bool(indirect._AND_END.search(tail))
            assert (word in indirect._AS) == bool(indirect._AS_END.search(tail))
            m = indirect._RELATIVE.search(text, tail_start(text, lo, pos, 1), pos)
            assert indirect._relative_before(text, lo, pos) == (m.start() if m else None)


@pytest.mark.parametrize("text", TEXTS)
def test_noun_before_a_verb_equals_the_two_searches(text):
    for a in _positions(text):
        plain = bool(
            clauses._AFTER_DETERMINER.search(text, max(0, a - 8), a)
            or clauses._AFTER_POSSESSIVE.search(text, max(0, a - 40), a)
        )
        assert clauses._noun_before(text, a) == plain, (text[max(0, a - 12) : a], a)


@pytest.mark.parametrize("text", TEXTS)
def test_quote_lead_test_and_word_counts_equal_the_plain_forms(text):
    lead = re.compile(r"[:,]\s*$|\bthat\s*$")
    for end in _positions(text, 3):
        for lo in {0, max(0, end - 7), end}:
            assert direct._opens_a_quote(text, lo, end) == bool(lead.search(text[lo:end]))
            count = len(TOKEN.findall(text, lo, end))
            for n in (0, 1, 2, 3, 9):
                assert words_at_least(text, lo, end, n) == (count >= n)


@pytest.mark.parametrize("text", TEXTS)
def test_label_turns_and_quote_marks_equal_the_scans_they_replace(text):
    labels = [(m.span(), m.group(1)) for m in interview._LABEL.finditer(text)]
    assert [(m.span(), m.group(1)) for m in interview._label_matches(text)] == labels
    marks = '\u201c\u201e\u00ab\u201d\u00bb"\u2018' + ("\u2019" if "\u2018" in text else "")
    assert quotes._mark_positions(text) == [i for i, ch in enumerate(text) if ch in marks]


def _plain_skip_back(text: str, lo: int, pos: int) -> int:
    """skip_back_adverbials as it was: the last chunks searched, the last chunk tokenised."""
    lex = lexicon()
    while True:
        stretch = text[lo:pos]
        chunks = stretch.rsplit(None, 3)
        if not chunks:
            return pos
        tail = lo + len(chunks[0]) if len(chunks) == 4 else lo
        from reader_app.analysis.attribution_adverbials import _ON_DAY

        m = _ON_DAY.search(text, tail, pos)
        if m and not text[m.end() : pos].strip():
            pos = m.start()
            continue
        last_start = lo + len(stretch.rstrip()) - len(chunks[-1])
        words = tokens(text, last_start, pos)
        if (
            words
            and not text[words[-1].end : pos].strip()
            and (lex.is_word(words[-1].bare, "auxiliary") or lex.is_word(words[-1].bare, "weekday"))
        ):
            pos = words[-1].start
            continue
        return pos


@pytest.mark.parametrize("text", TEXTS)
def test_adverbial_skip_equals_the_plain_one(text):
    for pos in _positions(text):
        for lo in {0, max(0, pos - 40)}:
            assert skip_back_adverbials(text, lo, pos) == _plain_skip_back(text, lo, pos)


@pytest.mark.parametrize("head", ["report", "statement", "plan", "k", "s", "i"])
def test_fuller_mentions_equal_the_whole_text_search(head):
    for text in TEXTS + [
        "A new Safety REPORT said; the report. The \u212aey plan; its \u017f plan"
    ]:
        for end in (len(text), len(text) // 2):
            want = [(m.span(), m.group(1)) for m in fuller_mention(head).finditer(text, 0, end)]
            assert [(m.span(), m.group(1)) for m in fuller_mentions(text, head, end)] == want


@pytest.mark.parametrize("text", TEXTS)
def test_cue_sentences_equal_asking_each_sentence(text):
    sentences = split_sentences(text)
    found = cues.cue_starts(text)
    if found is None:
        assert _cue_sentences(sentences, found) is None
        return
    want = [(s, cues.cues_in(found, s.start, s.end)) for s in sentences]
    want = [(s, list(c)) for s, c in want if c]
    assert [(s, list(c)) for s, c in _cue_sentences(sentences, found)] == want
    overlapping = [Sentence(0, len(text)), *sentences]
    assert _cue_sentences(overlapping, found) is None or len(sentences) == 0
