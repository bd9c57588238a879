"""The fast paths of speaker-phrase reading give exactly what the plain ones give."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, replace

import pytest

from reader_app.analysis.attribution_documents import fuller_mention, fuller_mentions
from reader_app.analysis.attribution_gender import pronoun_marks
from reader_app.analysis.attribution_phrase_parts import Phrase, make_phrase
from reader_app.analysis.attribution_phrases import may_be_full_name, read_phrase
from reader_app.analysis.attribution_runs import _multi_run_pattern, runs
from reader_app.analysis.attribution_tokens import (
    TOKEN,
    bare_of,
    capitalised,
    count_tokens,
    first_token,
    last_token,
    last_words,
    phrase_tokens,
    tokens,
)
from reader_app.analysis.speakers import Person, Registry

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


def _regex_tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The tokens as the plain TOKEN scan gives them (the reference for the fast paths)."""
    out = []
    for m in TOKEN.finditer(text, start, end):
        first, stop = m.span()
        word = m.group()
        if stop < end and text[stop] == "." and (len(word) == 1 or word.lower() in _DOTTED):
            stop += 1
        out.append((first, stop, text[first:stop]))
    return out


_DOTTED = {"dr", "mr", "mrs", "ms", "st", "jr", "u.s", "inc", "ltd"}


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Jane Doe",  # plain: letters and spaces only
        "  the  city\tcouncil \n member 42 ",
        "\u00c9cole director Ren\u00e9e Dub\u00e9 and \u0130mamo\u011flu",  # non-ASCII letters
        "said Mr. Roe",  # a dot: the regex path
        "O'Neil's aide",
        "the_mayor x-ray 1,250",
        "",
    ],
)
def test_tokens_and_phrase_tokens_equal_the_regex_scan(text: str) -> None:
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            want = _regex_tokens(text, start, end)
            if any(w[2].rstrip(".").lower() in _DOTTED - {"dr", "mr", "mrs", "ms"} for w in want):
                continue  # (only honorific dots are certain to be in the word lists)
            assert [(t.start, t.end, t.text) for t in tokens(text, start, end)] == want
            got = phrase_tokens(text, start, end)
            assert [(t.start, t.end, t.text) for t in got] == want
            assert [t.bare for t in got] == [bare_of(w[2]) for w in want]
            assert [t.capitalised for t in got] == [capitalised(w[2]) for w in want]


def test_fast_phrase_equals_the_dataclass() -> None:
    fast = make_phrase(3, 11, "Jane Doe", "name", "Doe", ("Jane", "Doe"), frozenset({"mayor"}))
    slow = Phrase(3, 11, "Jane Doe", "name", "Doe", ("Jane", "Doe"), frozenset({"mayor"}))
    assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
    assert replace(fast, kind="role") == replace(slow, kind="role")
    with pytest.raises(FrozenInstanceError):
        fast.kind = "role"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("Jane Donald said. Donald added.", [5, 18]),
        # a capital after lower-case letters opens a word ('xDonald'), one after a capital does not
        ("Jane Donald said. McDonald and xDonald and Donald's aide.", [5, 32, 43]),
        # near spellings count ('Donalds', 'Donlad'); a longer hyphenated word does not
        ("Jane Donald said. Donalds, Donald-Smith, _Donald and Donlad.", [5, 18, 42, 53]),
        ("Tom Smith-Jones said. Smith-Jones and Jones spoke.", [4, 22]),
    ],
)
def test_mentions_are_whole_capitalised_words(text: str, mentions: list[int]) -> None:
    assert [m for p in Registry(text).people for m in p.mentions] == mentions


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("He said the other thing; this is his.", ([0, 33], ["m", "m"])),
        ("She and her sister; shed, ashes, these, -he, Herself.", ([0, 8, 45], ["f", "f", "f"])),
    ],
)
def test_pronoun_marks_are_whole_words(text: str, marks: tuple[list[int], list[str]]) -> None:
    assert pronoun_marks(text) == marks


def test_last_mention_is_the_latest_before() -> None:
    person = Person("Jane Roe", "Roe", 10, mentions=[30, 50, 70])
    assert [Registry.last_mention(person, p) for p in (5, 10, 11, 30, 31, 71, 99)] == [
        -1,
        -1,
        10,
        10,
        30,
        70,
        70,
    ]
