"""The fast paths of speaker-phrase reading give exactly what the plain ones give."""

from __future__ import annotations

import pytest

from reader_app.analysis.attribution_documents import fuller_mention, fuller_mentions
from reader_app.analysis.attribution_phrases import may_be_full_name, read_phrase
from reader_app.analysis.attribution_runs import _multi_run_pattern, runs
from reader_app.analysis.attribution_tokens import (
    count_tokens,
    first_token,
    last_token,
    last_words,
    tokens,
)
from reader_app.analysis.speakers import Registry

TEXTS = [
    "Dr. Jane Roe, 41, of Leeds told the city council on Monday that 1,250 homes were at risk.",
    (
        "Striker Luis dos Santos, 24, joined FC Nordvik for a fee of 3.5 million, the club's "
        'director J. R. Okafor said. "It\'s done," Okafor added.'
    ),
    (
        "Acme Widgets Ltd. announced a recall. The company said the U.S. regulator had asked for it; "
        "a spokesperson for Acme declined to comment."
    ),
    (
        "Q: What did the report say?\nA: The annual safety report said floods cost $40m. "
        "A new report - the third - is due. Its report's findings, the study's authors said, hold."
    ),
    (
        "Prime Minister al-Rashid and Jan van der Berg met. Mr. van der Berg's aide, "
        "who asked not to be named, said el-Sisi's envoy arrived."
    ),
    (
        "y. x.y. A.B. rock&roll O'Neil don\u2019t \u00bd \u0661\u0662\u0663 Ma\u00f1ana, Se\u00f1or "
        "\u00c9cole. - - a - - b"
    ),
]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Dr. Jane Roe said", ["Dr.", "Jane", "Roe", "said"]),
        ("the U.S. envoy", ["the", "U.S.", "envoy"]),
        ("1,250 homes, 3.5 m", ["1,250", "homes", "3.5", "m"]),
        ("J. R. Okafor", ["J.", "R.", "Okafor"]),
        ("O'Neil's x-ray", ["O'Neil's", "x-ray"]),
        ("end.", ["end"]),
    ],
)
def test_tokens_table(text: str, words: list[str]) -> None:
    assert [t.text for t in tokens(text, 0, len(text))] == words


@pytest.mark.parametrize("text", TEXTS)
def test_helpers_equal_tokens_on_every_range(text: str) -> None:
    n = len(text)
    for start in range(0, n, 3):
        for end in range(start, min(n, start + 70) + 1, 2):
            toks = tokens(text, start, end)
            assert count_tokens(text, start, end) == len(toks)
            assert first_token(text, start, end) == (toks[0] if toks else None)
            assert last_token(text, start, end) == (toks[-1] if toks else None)
            assert last_words(text, start, end) == [t.text for t in toks[-2:]]


@pytest.mark.parametrize("text", TEXTS)
def test_may_be_full_name_is_never_wrong(text: str) -> None:
    n = len(text)
    for start in range(0, n, 4):
        for end in range(start + 1, min(n, start + 60) + 1):
            if may_be_full_name(text, start, end):
                continue
            for max_tokens in (9, 14):
                phrase = read_phrase(text, start, end, max_tokens)
                assert phrase is None or phrase.kind != "name" or len(phrase.name) < 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("said Mayor Ana Lopez", True),
        ("said the city council", False),
        ("told Jan van der Berg", True),
        ("Acme Widgets", True),  # decided by read_phrase, not here
        ("Ana Lopez announced", False),
    ],
)
def test_may_be_full_name_table(text: str, expected: bool) -> None:
    assert may_be_full_name(text, 0, len(text)) is expected


@pytest.mark.parametrize("head", ["report", "study", "statement"])
@pytest.mark.parametrize("text", TEXTS)
def test_fuller_mentions_equal_the_scan(text: str, head: str) -> None:
    for end in range(0, len(text) + 1, 5):
        want = [(m.span(), m.group(1)) for m in fuller_mention(head).finditer(text, 0, end)]
        assert [(m.span(), m.group(1)) for m in fuller_mentions(text, head, end)] == want


@pytest.mark.parametrize("text", TEXTS)
def test_registry_runs_equal_the_plain_pattern(text: str) -> None:
    assert runs(text) == [m.span() for m in _multi_run_pattern().finditer(text)]
    people = Registry(text).people
    assert all(text[m : m + 1].isupper() for p in people for m in p.mentions)
