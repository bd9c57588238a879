"""The highlight plan: which spans, which notes, dismissed suggestions left out, overlaps kept."""

import pytest
from export_samples import council_annotations, council_item

from reader_app.export.errors import ExportError
from reader_app.export.notes import attribution_note, claim_note, flag_note, user_note
from reader_app.export.pdf_plan import (
    LAYERS,
    legend_entries,
    parse_layers,
    plan_article,
    plan_export,
)
from reader_app.model import Annotation, Flag, suggestion_key
from reader_app.palette import tint


@pytest.fixture
def council():
    article, analysis = council_item()
    return article, analysis, council_annotations(article)


def test_claim_notes_name_speaker_or_outlet_voice(council):
    article, analysis, _ = council
    assert claim_note(analysis.claims[1], article, analysis).startswith(
        "Claim (0.64) - said by Jane Doe - Riverton Ledger"
    )
    assert claim_note(analysis.claims[0], article, analysis).startswith(
        "Claim (0.82) - outlet's own voice - Riverton Ledger"
    )


@pytest.mark.parametrize(
    "flag, expected",
    [
        (
            Flag(0, 9, "visionary", "puffery", "author", "puffery list"),
            "Puffery: 'visionary' (author's own voice) - puffery list",
        ),
        (
            Flag(0, 7, "claimed", "reporting_verb", "quoted", ""),
            "Reporting verb: 'claimed' (in quoted speech)",
        ),
    ],
)
def test_flag_notes(flag, expected):
    assert flag_note(flag) == expected


def test_attribution_and_user_notes(council):
    _article, analysis, marks = council
    assert attribution_note(analysis.attributions[0]) == "Quoted: Jane Doe (direct, 'said')"
    note = user_note(marks[0], 1)
    assert note.startswith("Note 1: check-figure [budget, numbers] - verdict: misleading")
    assert "$4.5 million" in note


def test_dismissed_suggestion_left_out_and_counted(council):
    article, analysis, marks = council
    plan = plan_article(article, analysis, marks)
    assert plan.dismissed == 1
    assert not any(s.text == "heated" for s in plan.spans)
    assert any(s.text == "visionary" for s in plan.spans)
    without = plan_article(article, analysis, [marks[0]])  # the same note, no dismissal
    assert len(without.spans) == len(plan.spans) + 1


def test_every_mark_becomes_one_span_and_overlaps_keep_their_own(council):
    article, analysis, marks = council
    plan = plan_article(article, analysis, marks)
    quotes = sum(len(a.content) + (a.speaker_span is not None) for a in analysis.attributions)
    expected = (
        len(analysis.claims) + quotes + len(analysis.flags) - 1 + 1
    )  # one dismissed, one note
    assert len(plan.spans) == expected
    same = [
        s
        for s in plan.spans
        if s.start == analysis.claims[1].start and s.end == analysis.claims[1].end
    ]
    assert {s.layer for s in same} == {"claims", "attributions"}
    for span in plan.spans:
        assert article.text[span.start : span.end] == span.text and span.note


def test_user_notes_numbered_in_text_order_with_footnotes(council):
    article, analysis, marks = council
    first = Annotation(article.id, 0, 7, article.text[:7], label="headline", author="Bo", id=9)
    plan = plan_article(article, analysis, [marks[0], first])
    assert [(f.number, f.quote) for f in plan.footnotes] == [
        (1, "Council"),
        (2, "cost $4.2 million"),
    ]
    users = [s for s in plan.spans if s.layer == "annotations"]
    assert [s.author for s in users] == ["Bo", "Ada Reviewer"]
    assert all(not s.machine for s in users)


def test_stale_note_offsets_reanchored_by_quote_or_skipped(council):
    article, analysis, _ = council
    start = article.text.index("bus lanes on Main")
    moved = Annotation(
        article.id, start + 5, start + 14, "bus lanes", prefix="add ", suffix=" on Main"
    )
    gone = Annotation(article.id, 3, 9, "no such words here")
    plan = plan_article(article, analysis, [moved, gone], layers=("annotations",))
    assert [(s.start, s.text) for s in plan.spans] == [(start, "bus lanes")]
    assert len(plan.skipped) == 1


@pytest.mark.parametrize(
    "value, expected",
    [
        (None, LAYERS),
        ("flags,claims", ("claims", "flags")),
        (["annotations"], ("annotations",)),
        (" Claims , ", ("claims",)),
    ],
)
def test_parse_layers(value, expected):
    assert parse_layers(value) == expected


def test_unknown_layer_is_a_clear_error():
    with pytest.raises(ExportError, match="unknown layer.*colours"):
        parse_layers("claims,colours")


def test_layer_filter_and_legend(council):
    article, analysis, marks = council
    plans = plan_export([(article, analysis)], marks, layers="flags")
    assert {s.layer for s in plans[0].spans} == {"flags"}
    assert [e.key for e in legend_entries(plans)] == ["puffery", "reporting_verb"]
    assert suggestion_key("flag", 1, 2, "x") == "flag:1:2:x"


@pytest.mark.parametrize(
    "fields, expected",
    [
        (
            {"label": "verdict", "verdict": "false", "note": "Wrong year"},
            "Note 3 - verdict: false - Wrong year",
        ),
        ({"label": "source-check", "tags": ("a",)}, "Note 3: source-check [a]"),
        (
            {"label": "", "sources": ("https://example.org",)},
            "Note 3: note - sources: https://example.org",
        ),
    ],
)
def test_user_note_table(fields, expected):
    assert user_note(Annotation("x", 0, 1, "a", **fields), 3) == expected


def test_label_colour_from_codebook_colours_the_note_and_joins_the_legend(council):
    article, analysis, marks = council
    plans = plan_export(
        [(article, analysis)], marks, layers="annotations", label_colours={"check-figure": "#0072b2"}
    )
    (note,) = plans[0].spans
    assert (note.style_key, note.color, note.line) == ("label:check-figure", "#0072b2", "box")
    assert note.fill == tint("#0072b2")  # the same tint the app paints in its columns
    legend = legend_entries(plans)
    assert [(e.key, e.label, e.color) for e in legend] == [
        ("label:check-figure", "Label: check-figure", "#0072b2")
    ]


def test_note_without_a_coloured_label_keeps_the_palette_style(council):
    article, analysis, marks = council
    plans = plan_export([(article, analysis)], marks, layers="annotations", label_colours={"x": "#000000"})
    (note,) = plans[0].spans
    assert note.style_key == "annotation"
    assert [e.key for e in legend_entries(plans)] == ["annotation"]
