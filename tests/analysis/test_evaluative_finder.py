"""The article-wide search for flag starts skips only sentences that cannot hold a flag: find_flags
must equal the word-by-word reference on every text, including the awkward ones."""

import itertools
import re
from pathlib import Path

import pytest

from reader_app.analysis.evaluative import find_flags, find_flags_every_sentence
from reader_app.analysis.evaluative_voice import quote_mark_regions
from reader_app.analysis.sentences import split_sentences
from reader_app.model import Sentence

TEXTS = [
    # city council
    (
        "The council's so-called 'reform' is a disaster, critics say. Some residents argue the "
        "unprecedented, world-class plan may cut the risk of floods; others called it a betrayal."
    ),
    # sports transfer
    (
        "The club unveiled its most admired striker, the finest in the league, a player of courage, "
        "determination and tireless dedication. Many fans believe he could transform the side."
    ),
    # press release
    (
        "ACME Corp. is proud to announce a game-changing, best-in-class solution. The cutting-edge "
        "platform will usher in a new era of prosperity, according to insiders."
    ),
    # wire story on floods
    (
        "Floodwaters wreaked havoc on the coast.\nOfficials said the damage was massively "
        "underestimated. Several experts warned the levees might have failed."
    ),
    # op-ed with quotes and dashes
    (
        "\u201cThis is a catastrophe,\u201d she said \u2014 a view the regime dismissed as "
        "propaganda. The thugs plundered the shops; it\u2019s no secret the junta lied."
    ),
    # interview
    (
        "Q: Is the deal dead?\nA: Undoubtedly. The so-called experts were wrong, too little, too "
        "late. His Excellency the ambassador reportedly resigned."
    ),
    # odd characters: underscores, capitals, digits, a leading phrase, no final stop
    "Brutal_crackdown and vicious_ideology in 2024: THE BRUTAL BEATING LEFT HIM HURT",
    "world-class platform opens the text, critics say",
    # lowercasing the whole text differs from word by word here (the reference path is used)
    "\u03a3\u039f\u03a6\u039f\u03a3 and the brutal beating. \u0130stanbul's world-class port.",
]


def _sentences_of(text):
    return split_sentences(text) or [Sentence(0, len(text))]


@pytest.mark.parametrize("text", TEXTS)
def test_search_equals_reference(text):
    sentences = _sentences_of(text)
    assert find_flags(text, sentences, ()) == find_flags_every_sentence(text, sentences, ())


@pytest.mark.parametrize("text", TEXTS[:4])
def test_search_equals_reference_when_sentences_cut_words(text):
    # Sentences that start or end inside a word give tokens the article search never sees.
    cuts = [0] + [m.start() + 2 for m in re.finditer(r"\w{4,}", text)][::3] + [len(text)]
    sentences = [Sentence(a, b) for a, b in itertools.pairwise(cuts) if a < b]
    assert find_flags(text, sentences, ()) == find_flags_every_sentence(text, sentences, ())


@pytest.mark.parametrize("text", TEXTS[:3])
def test_search_equals_reference_when_sentences_overlap_or_are_out_of_order(text):
    spans = [(s.start, s.end) for s in _sentences_of(text)]
    mixed = spans[::-1] + [(spans[0][0], spans[-1][1])] + spans[:1]
    sentences = [Sentence(a, b) for a, b in mixed]
    assert find_flags(text, sentences, ()) == find_flags_every_sentence(text, sentences, ())


def test_search_finds_flags_at_all():
    text = TEXTS[0]
    assert len(find_flags(text, _sentences_of(text), ())) >= 3


def test_search_equals_reference_on_seeds():
    for path in sorted(Path(__file__).resolve().parents[2].glob("seeds/*.txt")):
        text = path.read_text(encoding="utf-8")
        sentences = split_sentences(text)
        assert find_flags(text, sentences, ()) == find_flags_every_sentence(text, sentences, ())


# The single-quote pattern as first written (opening with a lookbehind): the faster one must agree.
_SINGLE_BEFORE = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[\u2014\u2013]))\u2018(?:[^\u2018\u2019\n]|\u2019(?=\w)){1,400}"
    r"\u2019(?=[\s.,;:!?)]|$)",
    re.MULTILINE,
)


@pytest.mark.parametrize(
    "text",
    [
        "\u2018They are lying to us\u2019, he said.",
        "x\u2018not a quote\u2019 and (\u2018one\u2019) and \u2014\u2018two\u2019.",
        "line\n\u2018three\u2019\n\u2018don\u2019t\u2019 the residents\u2019 homes",
        "\u2018unclosed and \u2018nested\u2019 \u2018a\u2019b\u2019 [\u2018c\u2019]",
    ],
)
def test_single_quote_regions_unchanged(text):
    singles = [r for r in quote_mark_regions(text) if text[r[0]] == "\u2018"]
    assert singles == [m.span() for m in _SINGLE_BEFORE.finditer(text)]


# --- the user's list files are noticed at once, though the directory is listed only on change ---


def _has(lex, word):
    return any(e.entry == word for e in lex.entries)


def test_list_file_added_after_a_load_is_seen(tmp_path):
    from reader_app.analysis.lexicon import load_lexicon

    assert not _has(load_lexicon(tmp_path), "zorbly")
    (tmp_path / "mine.tsv").write_text("zorbly\tpuffery\ta test word\n", encoding="utf-8")
    assert _has(load_lexicon(tmp_path), "zorbly")


def test_list_file_added_to_an_old_directory_is_seen(tmp_path):
    import os
    import time

    from reader_app.analysis.lexicon import load_lexicon

    old = time.time_ns() - 60 * 10**9  # listed long after its last change: the listing is kept
    os.utime(tmp_path, ns=(old, old))
    assert not _has(load_lexicon(tmp_path), "zorbly")
    (tmp_path / "mine.tsv").write_text("zorbly\tpuffery\ta test word\n", encoding="utf-8")
    assert _has(load_lexicon(tmp_path), "zorbly")
    (tmp_path / "mine.tsv").write_text("zorblier\tpuffery\tedited in place\n", encoding="utf-8")
    lex = load_lexicon(tmp_path)
    assert _has(lex, "zorblier") and not _has(lex, "zorbly")


# The double-quote patterns as one alternation, as first written: the per-mark search must agree.
_QUOTED_BEFORE = re.compile(
    r"\u201c[^\u201d\n]{1,800}\u201d|\"[^\"\n]{1,800}\"|\u00ab[^\u00bb\n]{1,800}\u00bb"
)


@pytest.mark.parametrize(
    "text",
    [
        '\u201cx "y\u201d z" and \u00abw\u00bb',
        '"a \u201cb" c\u201d \u201cd\u201d',
        '\u00ab "\u00bb" \u201c\n\u201d "" "e"',
        '"' + "x" * 900 + '" "short" \u201c' + "y" * 10 + "\u201d",
        "no quotes at all",
    ],
)
def test_double_quote_regions_unchanged(text):
    doubles = [r for r in quote_mark_regions(text) if text[r[0]] != "\u2018"]
    assert doubles == [m.span() for m in _QUOTED_BEFORE.finditer(text)]
