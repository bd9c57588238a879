"""Names per sentence for the claim step: capitalised runs minus openers, and the fast run regex."""

import random
import re
from pathlib import Path

import pytest

from reader_app.analysis.claim_cues import cues
from reader_app.analysis.claim_names import NOT_NAMES, capitalised, sentence_names
from reader_app.analysis.phrase_trie import trie_pattern
from reader_app.analysis.sentences import split_sentences

REPO = Path(__file__).resolve().parents[2]


def article_texts() -> list[str]:
    folders = ("seeds", "tests/heldout/articles", "tests/blind/articles")
    return [
        p.read_text(encoding="utf-8") for f in folders for p in sorted((REPO / f).glob("*.txt"))
    ]


def names_of(text: str, skip=frozenset()) -> list[list[str]]:
    sents = split_sentences(text)
    found = sentence_names(text, [s.start for s in sents], [s.end for s in sents], skip)
    return [found.get(i, []) for i in range(len(sents))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lone opener counts only if the article uses it elsewhere
        ("Norway won. The team thanked Norway.", [["Norway"], ["Norway"]]),
        ("Norway won. The team thanked the fans.", [[], []]),
        # the first or last word of a longer name makes a lone opener known
        ("Acme Robotics grew. Acme hired staff.", [["Acme Robotics"], ["Acme"]]),
        ("Ann Lee spoke. Lee left.", [["Ann Lee"], ["Lee"]]),
        # function words and months drop out of a run; repeats count once
        (
            "The Defence Ministry met May officials and the Defence Ministry.",
            [["Defence Ministry"]],
        ),
        ("However, Oslo and Bergen voted; Oslo won.", [["Oslo", "Bergen"]]),
        ("Staff of the U.N. met in Geneva.", [["U.N.", "Geneva"]]),
    ],
)
def test_names_per_sentence(text, expected):
    assert names_of(text) == expected


def test_skipped_names_are_left_out_but_still_make_openers_known():
    text = "Oslo hosted it. Critics in Oslo agreed."
    assert names_of(text, frozenset(["Oslo"])) == [[], []]
    assert names_of(text) == [["Oslo"], ["Oslo"]]


def reference_capitalised() -> re.Pattern[str]:
    """The plain form: consume a capital, then test every letter's never-a-name words."""
    never = [w[:1].upper() + w[1:] for w in cues().not_names] + sorted(NOT_NAMES)
    by_first: dict[str, set[str]] = {}
    for word in never:
        if word[:1].isascii() and word[:1].isupper():
            by_first.setdefault(word[0], set()).add(word[1:])
    never_here = "|".join(
        rf"(?<={first})(?:{trie_pattern(rests, fold=False)}){'?' if '' in rests else ''}"
        for first, rests in sorted(by_first.items())
    )
    cap_word = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w\u2019'\-]*)"
    return re.compile(
        rf"[A-Z](?<![\w.].)(?!(?:{never_here})(?![\w\u2019'\-.]))"
        rf"(?:\.(?:[A-Z]\.)+|[\w\u2019'\-]*)(?:[ \t]+{cap_word})*"
    )


def capital_salads(n: int, seed: int) -> list[str]:
    words = [w.capitalize() for w in cues().not_names] + [w.upper() for w in cues().not_names]
    words += (
        sorted(NOT_NAMES)
        + (  # noqa: SIM905 (a line of words reads better than a list)
            "Ann Lee Acme U.N. U.S. McDonald O'Brien Jean-Luc Lee\u2019s I\u2019m Q A X Y Z Theo Mays "
            "May- The- The. Ann_ 1A said the"
        ).split()
    )
    seps = [" ", "\t", ". ", ", ", "\n", ": ", "\u201c", "-", ".", "'", "\u2019", "_", "", "\u00e9"]
    rng = random.Random(seed)
    return [
        "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 25)))
        for _ in range(n)
    ]


def test_run_regex_finds_what_the_plain_form_finds():
    reference = reference_capitalised()
    texts = article_texts() + capital_salads(3000, 20261123)
    for text in texts:
        assert [m.span() for m in capitalised().finditer(text)] == [
            m.span() for m in reference.finditer(text)
        ], text
