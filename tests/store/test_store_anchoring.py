"""Re-anchoring annotations when an article's text changes (furniture restored, text re-imported)."""

from __future__ import annotations

import pytest

from reader_app.model import Annotation
from reader_app.store.anchoring import context_of, reanchor

OLD = "The mayor said the budget is balanced. Critics said the budget is not balanced at all."


def _ann(text: str, quote: str, nth: int = 0) -> Annotation:
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    prefix, suffix = context_of(text, start, start + len(quote), 12)
    return Annotation("1", start, start + len(quote), quote, prefix=prefix, suffix=suffix, note="n")


@pytest.mark.parametrize(
    "new_text,quote,nth,expected_start",
    [
        (OLD, "budget", 1, OLD.index("budget", 20)),  # unchanged text: offsets kept
        ("PHOTO: City Hall.\n" + OLD, "mayor", 0, 18 + OLD.index("mayor")),  # text inserted before
        (
            "PHOTO: City Hall.\n" + OLD,
            "budget",
            1,
            18 + OLD.index("budget", 20),
        ),  # 2nd of two, by context
        (
            "PHOTO: City Hall.\n" + OLD,
            "budget",
            0,
            18 + OLD.index("budget"),
        ),  # 1st of two, by context
        (OLD.replace("The mayor", "Mayor Jo Kim"), "Critics", 0, OLD.index("Critics") + 3),
        (
            OLD.replace("budget is balanced", "plan works"),
            "balanced",
            0,
            OLD.replace("budget is balanced", "plan works").index("balanced"),
        ),  # only one left
        (OLD.replace("Critics", "Opponents"), "Critics", 0, None),  # quote gone
    ],
)
def test_reanchor(new_text, quote, nth, expected_start):
    moved = reanchor(_ann(OLD, quote, nth), new_text)
    if expected_start is None:
        assert moved is None
        return
    assert moved.start == expected_start
    assert new_text[moved.start : moved.end] == quote
    assert new_text[: moved.start].endswith(moved.prefix)
    assert new_text[moved.end :].startswith(moved.suffix)
    assert moved.note == "n"


def test_context_beats_distance():
    ann = _ann(OLD, "said", 1)  # "Critics said the budget"
    new_text = "Critics said the budget is not final. " + OLD.replace("Critics said", "Others said")
    moved = reanchor(ann, new_text)
    # The "said" near the old offset has lost its prefix ("Critics "); the far one kept both sides.
    assert moved.start == new_text.index("said")


def test_zero_length_note_is_found_by_its_context():
    pos = OLD.index("Critics")
    ann = Annotation("1", pos, pos, "", prefix=OLD[pos - 6 : pos], suffix=OLD[pos : pos + 6])
    moved = reanchor(ann, "Update: " + OLD)
    assert (moved.start, moved.end) == (pos + 8, pos + 8)
    assert reanchor(Annotation("1", 3, 3, ""), OLD) is None
