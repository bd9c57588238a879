"""The one-pass cue gate skips sentences that cannot hold a cue; it must never change an answer.

find_attributions reads only sentences where attribution_cues.cue_starts found a possible cue.
With the gate off (cue_starts returning None: every sentence read, every position tried) the
attributions must be identical, on every article set and on text written to stress the gate
(capitals, curly apostrophes, cue words at paragraph starts, 'I am told', 'as noted in').
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader_app.analysis import attribution
from reader_app.analysis.attribution import find_attributions
from reader_app.analysis.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = (
    "seeds",
    "tests/heldout/articles",
    "tests/blind/articles",
    "tests/blind2/articles",
    "tests/blind3/articles",
)
CRAFTED = [
    "ACCORDING TO the ministry, 40 people died.\n\nAccording to police the road is shut.",
    "I am told the deal is off. We’re told it is back on, a source said.",
    "As noted in the report, costs rose. As stated in Article 5, members must pay.",
    "Said the mayor: “We will rebuild.”\n\nThe mayor SAID nothing more.",
    "\u201cIt’s over,\u201d she told reporters. He’d said earlier that talks had stalled.",
    "Officials say İstanbul’s airport reopened; officials said flights resumed.",
]


def _texts():
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).glob("*.txt")):
            yield path.name, path.read_text(encoding="utf-8")
    for n, text in enumerate(CRAFTED):
        yield f"crafted-{n}", text


@pytest.mark.parametrize(
    "name, text", list(_texts()), ids=lambda v: v if isinstance(v, str) and len(v) < 60 else ""
)
def test_gate_changes_nothing(monkeypatch, name, text):
    sentences = split_sentences(text)
    gated = find_attributions(text, sentences)
    monkeypatch.setattr(attribution, "cue_starts", lambda _text: None)
    assert find_attributions(text, sentences) == gated
