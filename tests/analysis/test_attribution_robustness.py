"""Mangled text never crashes attribution finding, and no candidate or attribution is empty.

A coordinated verb ('X said ... and found ...') cuts the previous candidate's content at ' and '
or ' but '; when that word is glued to a quote mark or a comma there is no such cut, and the
previous content used to become empty (IndexError in the resolver).
"""

from __future__ import annotations

import pytest

from reader_app.analysis.attribution import find_attributions
from reader_app.analysis.attribution_indirect import sentence_candidates
from reader_app.analysis.sentences import split_sentences
from reader_app.model import Metadata

MANGLED = [
    "The council said it had closed the road \u2019and found that the bridge was unsafe.",
    (
        "A parent, Daniel Okafor, said he thought the letter \u201ccould have come a week earlier"
        "\u201d,told but added that the school had handled the situation calmly."
    ),
    "The club said it would appeal,and promised that fans would be refunded in full.",
    "Officials said the dam held\u201dbut warned that more rain was coming on Friday.",
    "The minister told reporters the plan was ready,but added that costs had risen.",
    "Police said\u201c the road is shut \u201dand said that drivers should wait.",
    "The mayor said",
    "\u201cWe are ready,\u201d said",
    "According to",
    "He said \u201c",
    "Q: Why?\nA: I am told",
    "\u201c\u201d said the coach.\n\n\u201c",
    "said said said and said but said",
]


@pytest.mark.parametrize("text", MANGLED)
@pytest.mark.parametrize(
    "meta", [None, Metadata(author="Jane Roe"), Metadata(interviewee="Ann Lee")]
)
def test_mangled_text_gives_attributions_with_content(text, meta):
    for attribution in find_attributions(text, split_sentences(text), meta):
        assert attribution.content and all(c.start < c.end for c in attribution.content)


@pytest.mark.parametrize("text", MANGLED)
def test_no_sentence_candidate_is_empty(text):
    for s in split_sentences(text):
        for cand in sentence_candidates(text, (s.start, s.end), []):
            assert cand.content, (text[s.start : s.end], cand.cue)
