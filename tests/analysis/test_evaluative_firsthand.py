"""First-hand rankings ('the best pie I have eaten') and a few everyday judging words, with the
plain sentences beside them that must stay unflagged. Sentences written for these entries."""

import pytest

from reader_app.analysis.pipeline import analyze
from reader_app.model import Article


def _flags(text: str) -> list[tuple[str, str]]:
    article = Article("t", None, text, text)
    return [(f.text, f.category) for f in analyze(article).flags]


@pytest.mark.parametrize(
    "text, flag",
    [
        (
            "It is the best curry I have eaten this year.",
            ("the best curry I have eaten", "puffery"),
        ),
        ("He is the finest keeper I've seen.", ("the finest keeper I've seen", "puffery")),
        ("The union rejected a meagre rise.", ("meagre rise", "pejorative")),
        ("The van ploughed into a bus shelter.", ("ploughed into", "emotive")),
        ("She was a much-loved headteacher.", ("much-loved headteacher", "emotive")),
        (
            "The trust says it is fully committed to patient safety.",
            ("fully committed to", "puffery"),
        ),
        ("Health chiefs urged parents to book jabs.", ("Health chiefs", "loaded")),
    ],
)
def test_flagged(text, flag):
    assert flag in _flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "It was the best way to reach the village.",  # 'best' without a first-hand scope
        "Police chiefs met on Monday to discuss the rota.",
        "The council approved a modest rise in parking fees.",
        "The lorry hit a parked car on the bridge.",
    ],
)
def test_plain(text):
    assert _flags(text) == []
