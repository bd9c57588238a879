"""Highlight marks and offsets: plain data, no widgets."""

import pytest
from ui_fakes import fake_analyze, make_article

from reader_app.model import Annotation, suggestion_key
from reader_app.palette import load_palette
from reader_app.ui.highlighter import segments
from reader_app.ui.marks import OffsetMap, build_marks, marks_at


@pytest.mark.parametrize(
    "text, offset, qt",
    [
        ("plain", 3, 3),
        ("a😀b", 1, 1),  # the emoji itself starts where Python says
        ("a😀b", 2, 3),  # the character after it is one UTF-16 unit further
        ("😀😀x", 2, 4),
        ("é😀", 2, 3),  # é is one unit (BMP), the emoji two
    ],
)
def test_offset_map_round_trips(text, offset, qt):
    offsets = OffsetMap(text)
    assert offsets.to_qt(offset) == qt
    assert offsets.to_py(qt) == offset


def test_marks_cover_claims_quotes_speakers_and_flags():
    article = make_article("1", '"We will build 40 homes," said Ana Ruiz. It was a brutal cut.')
    marks = build_marks(article, fake_analyze(article), [], load_palette())
    layers = {m.layer for m in marks}
    assert {"claim", "quote", "speaker", "pejorative"} <= layers
    speaker = next(m for m in marks if m.layer == "speaker")
    assert article.text[speaker.start : speaker.end] == "Ana Ruiz"
    flag = next(m for m in marks if m.layer == "pejorative")
    assert flag.tooltip.startswith("Pejorative (author's voice): 'brutal'")
    claim = next(m for m in marks if m.layer == "claim")
    assert claim.tooltip == "Claim 0.82: numeric · said by Ana Ruiz ('said')"


def test_dismissed_suggestions_are_not_marked():
    article = make_article("1", "It was a brutal cut of 5 jobs.")
    analysis = fake_analyze(article)
    flag = analysis.flags[0]
    dismissed = Annotation(
        "1",
        flag.start,
        flag.end,
        flag.text,
        target=suggestion_key("flag", flag.start, flag.end, flag.category),
        status="dismissed",
    )
    marks = build_marks(article, analysis, [dismissed], load_palette())
    assert not [m for m in marks if m.kind == "flag"]
    assert [m for m in marks if m.kind == "claim"]


def test_segments_split_overlaps_and_marks_at_prefers_innermost():
    article = make_article("1", "It was a brutal cut of 5 jobs.")
    marks = build_marks(article, fake_analyze(article), [], load_palette())
    pieces = segments(marks)
    assert [(s, e) for s, e, _ in pieces] == [(0, 9), (9, 15), (15, 30)]
    assert [m.layer for m in pieces[1][2]] == ["claim", "pejorative"]
    assert marks_at(marks, 10)[0].layer == "pejorative"
