"""Odd input that once crashed ingest or analysis: letters re's IGNORECASE equates with ASCII
('ı', 'İ', 'ſ', the Kelvin sign) in looked-up words, labels split by odd separators, blank names."""

import pytest

from reader_app.analysis.pipeline import analyze
from reader_app.ingest import load_text
from reader_app.text_keys import match_key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Mſ", "ms"),
        ("It \u0131s", "it is"),
        ("Apr\u0130l", "april"),
        ("\u212aing", "king"),
        ("Éa", "éa"),
    ],
)
def test_match_key_folds_as_ignorecase_does(text, key):
    assert match_key(text) == key


@pytest.mark.parametrize(
    "text",
    [
        "It \u0131s understood that the council will vote next week on the plan.",
        "It is underſtood that the club will sign the striker before the window closes.",
        "8 Apr\u0130l 2024\n\nThe river rose two metres overnight, officials said.",
        "Sept. 3 Auguſt 2023\n\nThe school reopened on Monday.",
        "rev\u0131ew\n\nThe new cafe on Mill Street serves a fine breakfast.",
        "REV\u0130EW: A quiet triumph\n\nThe play runs until May.",
    ],
)
def test_folding_letters_in_cues_dates_and_labels_do_not_crash(text):
    article = load_text(text, name="pasted.txt")
    analysis = analyze(article)
    for claim in analysis.claims:
        assert article.text[claim.start : claim.end] == claim.text


@pytest.mark.parametrize(
    "text", ["Our\u2028view: no", "Our\x0cview: the bridge must close", "Guest\x0bcolumn: why"]
)
def test_a_genre_label_split_by_an_odd_line_separator_is_still_a_label(text):
    load_text(text, name="pasted.txt")


def test_an_author_of_spaces_is_no_author_and_label_turns_still_read():
    from reader_app.model import Article, Metadata

    text = "SMITH: We won the match.\n\nJONES: We will win the next one."
    meta = Metadata().with_value("author", " \u00a0", "collection.toml", "manifest")
    assert meta.author is None
    article = Article(id="x", path=None, raw_text=text, text=text, meta=Metadata(author=" "))
    analyze(article)


@pytest.mark.parametrize(
    "text", ["E Q: A: ", "Q: Why now?\nA: Because the river rose.", "Smith: We won."]
)
@pytest.mark.parametrize("author", [" ", "\u00a0", "\t"])
def test_interviews_with_an_author_of_spaces_are_read(text, author):
    from reader_app.model import Article, Metadata

    analyze(Article(id="x", path=None, raw_text=text, text=text, meta=Metadata(author=author)))
