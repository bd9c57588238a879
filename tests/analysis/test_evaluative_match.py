"""Tokens read from the word-spaced article equal the regex tokens of the lowercased text."""

import pytest

from reader_app.analysis.evaluative_match import (
    lowered_tokens,
    spaced_tokens,
    tokens,
    word_spaced,
)

TEXTS = [
    "The council's so-called 'reform' is a disaster, critics say.",
    "Floodwaters  wreaked\thavoc\non the coast -- officials said (again).",
    "\u201cThis is a catastrophe,\u201d she said \u2014 it\u2019s no secret\u2026",
    "Brutal_crackdown and vicious_ideology in 2024: caf\u00e9 na\u00efve stra\u00dfe",
    "\u0259lv\u0259r x\u00b2 \u00bd \uff21\uff22 \U0001f600smile \u00a0nbsp\u2009thin",
    "  leading spaces, trailing punctuation!!!  ",
    "",
    "...",
    "a",
    "lone \ud800 surrogate and \u0301combining marks",
]


@pytest.mark.parametrize("text", TEXTS)
def test_word_spaced_keeps_words_and_offsets(text):
    low = text.lower()
    spaced = word_spaced(low)
    assert len(spaced) == len(low)
    assert spaced.split() == [t[2] for t in tokens(low)]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("cut", [(0, None), (1, -1), (3, 9), (5, 5)])
def test_spaced_tokens_equal_lowered_tokens(text, cut):
    low = text.lower()
    start, end = cut[0], len(low) if cut[1] is None else max(cut[0], len(low) + cut[1])
    start, end = min(start, len(low)), min(end, len(low))
    toks, words, starts = spaced_tokens(word_spaced(low), start, end)
    ref, ref_words, ref_starts = lowered_tokens(low, start, end)
    assert toks == ref == tokens(low, start, end)
    assert words == ref_words
    assert starts == ref_starts[: len(starts)]  # the reference also lists the end
