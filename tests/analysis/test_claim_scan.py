"""The fast whole-article scans of the claim step find exactly what the plain regexes find."""

import random
from pathlib import Path

import pytest

from reader_app.analysis.claim_dates import DATE, date_spans

REPO = Path(__file__).resolve().parents[2]
FOLDERS = ("seeds", "tests/heldout/articles", "tests/blind/articles")

DATE_WORDS = (  # noqa: SIM905 (a line of words reads better than a list)
    "January Jan Jan. Sept Sept. Sep May May. June Jun March Mar. December Dec "
    "Monday Friday Sunday yesterday Yesterday tomorrow Tomorrow last Last next Next "
    "earlier this Earlier this later this week month year weekend fall winter days weeks "
    "months years hours ago of 1 5 12 31 1st 2nd 3rd 23rd 4th 1999 2024 2024s 1850 1500 2099 "
    "2024-05-01 12/3/24 1/12/2024 1,999 3.2024 the said on in May day Jansen Marchant mayor "
    "dozen 10th 99"
).split()
SEPARATORS = [" ", " ", " ", "", ".", ",", ", ", "-", "/", "\n", " (", ") ", "'", "_", "5"]


def article_texts() -> list[str]:
    return [
        path.read_text(encoding="utf-8")
        for folder in FOLDERS
        for path in sorted((REPO / folder).glob("*.txt"))
    ]


def word_salads(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 12)):
            parts += [rng.choice(DATE_WORDS), rng.choice(SEPARATORS)]
        out.append("".join(parts))
    return out


CRAFTED = [
    "",
    "5 Jan.Monday was cold",  # a date right after a date that ends in a dot
    "On 5 Jan.2024 and 6 Feb.Friday, then 7 Mar.last week.",
    "12 Sept.Tuesday",
    "It was 1999.2000s",
    "the 1990s, 2020s and 1,999 people; 3.2024",
    "May 5 and May, and in June 2024, March",
    "Yesterday, tomorrow, last week, Earlier this month, two days ago, 3 hours ago",
    "2024-05-01 and 12/3/24",
]


@pytest.mark.parametrize("text", CRAFTED)
def test_dates_equal_plain_regex_on_crafted_text(text):
    assert date_spans(text) == [m.span() for m in DATE.finditer(text)]


def test_dates_equal_plain_regex_on_articles_and_word_salads():
    texts = article_texts() + word_salads(4000, 20261123)
    found = 0
    for text in texts:
        expected = [m.span() for m in DATE.finditer(text)]
        assert date_spans(text) == expected, text
        found += len(expected)
    assert found > 2000


FURNITURE_TEXTS = [
    "The council met on Monday. Sign up for our newsletter to read more. The vote passed 7-2.",
    "SIGN\nUP FOR alerts here. Click   here to see the 2024 figures. Cookies help us.",
    "The mayor signed the deal on 5 May. Its text is licensed under Creative Commons.",
    "Download our app. Follow our live coverage.\n\nThe views expressed are the author's own.",
    "İstanbul police said 12 people were hurt. Sign up for updates.",  # lowercasing not exact
    "The ſign up for alerts line (long s) and ıt. Become a member today, readers said.",
]


@pytest.mark.parametrize("text", FURNITURE_TEXTS + article_texts())
def test_matching_the_lowered_text_changes_no_claim(text, monkeypatch):
    """Cues, attributive participles and furniture matched case-sensitively on text.lower() give
    the claims that the case-insensitive patterns give on the text itself."""
    from reader_app.analysis import claim_features, claims
    from reader_app.analysis.sentences import split_sentences

    sents = split_sentences(text)
    fast = claims.score_all(text, sents)
    deal = claim_features._deal_cues
    monkeypatch.setattr(
        claim_features,
        "_deal_cues",
        lambda text, feats, starts, ends, *_: deal(text, feats, starts, ends, None, False),
    )
    monkeypatch.setattr(claim_features, "lower_matches", None)  # must not be reached
    monkeypatch.setattr(claims, "exact_lower", lambda text, lower: False)
    assert claims.score_all(text, sents) == fast


def test_furniture_ending_where_a_sentence_is_cut_mid_word():
    """A sentence may end inside a word ("...the Latest|’club"): the search bounded by the
    sentence sees a whole phrase there, which the scan of the whole text does not."""
    from reader_app.analysis import claims
    from reader_app.model import Sentence

    text = "Scores from 5 March. For All The Latest’club news, 2024"
    sents = [Sentence(0, 20), Sentence(21, 39), Sentence(39, len(text))]
    (_, cut, _) = claims.score_all(text, sents)
    assert cut.features == ("page furniture: For All The Latest",)


NUMBER_REFERENCE = (
    r"[$\u20ac\u00a3\u00a5\d](?<![\w.,].)(?:(?<=\d)\d*|(?<=[$\u20ac\u00a3\u00a5])\s?\d+)"
    r"(?:[.,]\d+)*(?:\s?(?:%|percent\b|per cent\b))?(?:-[A-Za-z]+)?"
)


def test_figures_equal_plain_regex():
    """The figure regex opens with a class of ranges; it finds what the \\d-class form finds."""
    import re

    from reader_app.analysis.claim_features import _NUMBER

    reference = re.compile(NUMBER_REFERENCE)
    odd = "Prices: $5, €1.2m, £30, ¥100, ١٢٣ and ৫ (Bengali five), x9, 3.5%, 4 per cent, 20-year, ²"
    for text in [odd, *article_texts(), *word_salads(500, 7)]:
        assert [m.span() for m in _NUMBER.finditer(text)] == [
            m.span() for m in reference.finditer(text)
        ]


AUX_WORDS = (  # noqa: SIM905 (a line of words reads better than a list)
    "has have had was were been wasted hated haded Has HAD Was never not also already later "
    "still newly liberated evacuated killed red bed the which ha hav 1had xhas has-been washed"
).split()


def test_has_was_participles_from_two_passes_equal_the_single_pattern():
    from reader_app.analysis.claim_features import _AUX_PARTICIPLE, aux_participles

    rng = random.Random(5)
    seps = [" ", "  ", "\n", "\t", "", ".", ",", "-", "'", "_", "1"]
    salads = [
        "".join(rng.choice(AUX_WORDS) + rng.choice(seps) for _ in range(rng.randint(1, 16)))
        for _ in range(3000)
    ]
    found = 0
    for text in article_texts() + salads:
        expected = [(m.span(), m.span(1)) for m in _AUX_PARTICIPLE.finditer(text)]
        assert [(m.span(), m.span(1)) for m in aux_participles(text)] == expected, text
        found += len(expected)
    assert found > 300


def test_cue_scan_of_lowered_text_finds_what_the_plain_trie_finds():
    """lower_matches (class-led trie plus furniture key words) equals the plain lookbehind trie of
    the cue phrases, key-word matches aside, on lowered articles and salads of cue phrases."""
    from reader_app.analysis.claim_cues import cues, lower_matches
    from reader_app.analysis.phrase_trie import compile_phrases

    c = cues()
    plain = compile_phrases(c.categories, ignore_case=False)
    rng = random.Random(3)
    phrases = [*c.categories, "sign up for", "newsletter", "click here", "latest", "the views"]
    seps = [" ", "  ", "\n", "", "\u2019", "'", "\u00e9", "-", "_", "1", ".", "(", "\u00a0"]
    salads = [
        "".join(rng.choice(phrases) + rng.choice(seps) for _ in range(rng.randint(1, 20)))[
            rng.randint(0, 2) :
        ]
        for _ in range(2000)
    ]
    for text in [t.lower() for t in article_texts()] + salads:
        expected = [(m.span(), m.group()) for m in plain.finditer(text)]
        found = [(m.span(1), m.group(1)) for m in lower_matches(c, text)]
        assert [f for f in found if f[1] not in c.furniture_words] == expected, text
