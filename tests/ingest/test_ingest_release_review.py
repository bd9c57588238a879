"""Reviews and republished press releases: their genre, and the footers and captions that go.
Texts written for these rules."""

import pytest

from reader_app.ingest import load_text

REVIEW = """Film review: The Long Tide – a slow, gorgeous storm of a film

By Priya Nandakumar
2 May 2026

There is a moment, forty minutes in, when the camera simply waits on a harbour wall, and I felt the whole cinema hold its breath.

The director's previous film was a mess. This one is not. It is patient, strange and often beautiful.

Story 8/10
Performances 9/10
"""

STARS_ONLY = """The Little Fig, Harrow Road

By Sam Elder

The lamb was pink, the bread warm and the service unhurried. I left happy.

★★★★☆
"""

RELEASE = """Town council urges residents to register for flood alerts

Posted: April 3rd, 2026

This article is based on a press release from Northmoor District Council.

Residents in low-lying streets are being urged to sign up for free flood warnings before the spring tides.

Photo: Sandbags stacked outside the library on Tuesday.

Notes to editors:
Northmoor District Council serves 84,000 residents. For media enquiries contact press@northmoor.example.org.

ENDS

Got a story? Email news@northmoor-today.example.com
Northmoor Today is reader-funded. If you value local reporting, please support us.
"""


@pytest.mark.parametrize(
    "text, genre", [(REVIEW, "review"), (STARS_ONLY, "review"), (RELEASE, "press release")]
)
def test_genre(text, genre):
    assert load_text(text, name="x.txt").meta.genre == genre


def test_release_footers_and_caption_leave_the_text():
    article = load_text(RELEASE, name="release.txt")
    for gone in (
        "Notes to editors",
        "84,000 residents",
        "ENDS",
        "Got a story?",
        "reader-funded",
        "Sandbags",
    ):
        assert gone not in article.text
    assert "Residents in low-lying streets" in article.text
    reasons = {r.text.strip()[:12]: r.reason for r in article.removed}
    assert reasons["Photo: Sandb"] == "photo credit" and reasons["ENDS"] == "press release footer"


def test_lower_case_ends_in_a_sentence_stays():
    text = (
        "Talks resume\n\nThe strike ends on Friday, the union said.\n\nEnds\n\nMore talks follow."
    )
    article = load_text(text, name="y.txt")
    assert "The strike ends on Friday" in article.text and "Ends" in article.text
