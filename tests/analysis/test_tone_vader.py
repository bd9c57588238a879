"""Our VADER (tone_vader) against stock VADER: the same valences, bit for bit, and the same scores."""

import random
from functools import lru_cache
from pathlib import Path

import pytest
from vaderSentiment import vaderSentiment as vader

from reader_app.analysis.sentences import split_sentences
from reader_app.analysis.tone import analyzer, sentence_tones

REPO = Path(__file__).resolve().parents[2]
FOLDERS = ("seeds", "tests/heldout/articles", "tests/blind/articles")


@lru_cache(maxsize=1)
def stock():
    return vader.SentimentIntensityAnalyzer()


def stock_valences(text: str) -> tuple[int, list[tuple[int, float]]]:
    """Stock VADER's word count and non-zero valences (after "but"), by its own code."""
    sia = stock()
    described = ""
    prev_space = True
    for ch in text:  # VADER's emoji loop, as in polarity_scores
        if ch in sia.emojis:
            described += ("" if prev_space else " ") + sia.emojis[ch]
            prev_space = False
        else:
            described += ch
            prev_space = ch == " "
    senti = vader.SentiText(described.strip())
    words = senti.words_and_emoticons
    sentiments = []
    for i, item in enumerate(words):
        if item.lower() in vader.BOOSTER_DICT or (
            i < len(words) - 1 and item.lower() == "kind" and words[i + 1].lower() == "of"
        ):
            sentiments.append(0)
            continue
        sentiments = sia.sentiment_valence(0, senti, item, i, sentiments)
    sentiments = sia._but_check(words, sentiments)
    return len(words), [(i, v) for i, v in enumerate(sentiments) if v != 0]


def assert_same(text: str) -> None:
    n, pairs = stock_valences(text)
    _text, ours_n, positions, values = analyzer().valences(text)
    assert ours_n == n, text
    # repr: bit-identical floats, not merely close ones.
    assert [(i, repr(v)) for i, v in pairs] == [(i, repr(v)) for i, v in zip(positions, values)], (
        text
    )
    assert analyzer().polarity_scores(text) == stock().polarity_scores(text), text
    assert analyzer().compound(text) == stock().polarity_scores(text)["compound"], text


def article_sentences() -> list[str]:
    out = []
    for folder in FOLDERS:
        for path in sorted((REPO / folder).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            out.extend(text[s.start : s.end] for s in split_sentences(text))
    return out


def test_every_sentence_of_our_article_sets_scores_like_stock_vader():
    sentences = article_sentences()
    assert len(sentences) > 1000
    for sentence in sentences:
        assert_same(sentence)


def article_texts() -> list[str]:
    return [
        path.read_text(encoding="utf-8")
        for folder in FOLDERS
        for path in sorted((REPO / folder).glob("*.txt"))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It was GREAT!!! But the food? Awful, not good.\n\nNO WAY.  Kind of nice :) ok",
        "Fans cheered 😀 as the team won. It was a sad day 😢. © The club.",
        "ΟΔΟΣ was good. ΑΣ bad. The İstanbul trip was lovely!",
        "  Leading spaces. Trailing!!  ",
    ],
)
def test_sentence_tones_equal_stock_compound_on_crafted_articles(text):
    sents = split_sentences(text)
    expected = [stock().polarity_scores(text[s.start : s.end])["compound"] for s in sents]
    assert sentence_tones(text, sents) == expected
    spans = [(0, len(text)), (1, len(text) - 1), (0, 0)]
    whole = [stock().polarity_scores(text[a:b])["compound"] for a, b in spans]
    assert analyzer().compounds(text, spans) == whole


def test_sentence_tones_equal_stock_compound_per_sentence():
    for text in article_texts():
        sents = split_sentences(text)
        expected = [stock().polarity_scores(text[s.start : s.end])["compound"] for s in sents]
        assert sentence_tones(text, sents) == expected


TRICKY = [
    "",
    "   ",
    "!!!",
    "NO WAY the striker is GREAT!!!",
    "THE SHOW WAS GREAT",
    "The show was VERY GOOD but the food was NOT good.",
    "The council approved the budget, but critics called it a disaster.",
    "Great goals, BUT a terrible defence, but a fine keeper.",
    "good good good but bad bad bad but good",
    "It was good, good, and good; but not good, not good.",
    "The food was kind of okay, not bad at all.",
    "It is kind of good. Kind people help. kind",
    "sort of great, kinda sad, kind-of nice, just enough fun",
    "This is the least good plan. At least it is good. Very least good. least bad",
    "least good",
    "at least good, at least bad, very least happy, the least happy",
    "sort of a great day, kind of the best, just enough of a good thing, sort of the worst",
    "No problem at all, no good, no or nor good, no one is happy",
    "no",
    "no no no",
    "It was never so good. Never this bad. Without doubt great. without a doubt bad",
    "It isn't good, wasn't bad, aint happy, didn't love it, nope not fun, seldom nice",
    "He hardly ever smiles; she barely likes it; they absolutely adore it.",
    "The plot was the bomb, the shit, a bad ass movie; kiss of death; to die for; yeah right",
    "we yeah right love it, the bomb is good, yeah right it sucks, bad ass cool, the shit, they said good",
    "beating heart of the city near the bus stop",
    "it was a kiss of death",
    "Why??? Really?? Is it good? Bad!!!!! Wonderful!",
    "Fans cheered 😀 as the team won 😢😢 and lost🎉.",
    "😀",
    "I :) love :( it :D ;) <3 :-)",
    "'good' \"bad\" (great) [awful] ...nice... --sad--",
    "a ok, ok!, OK, Ok. ya, yes, lol LOL",
    "ΟΔΟΣ good ΑΣ bad Σ",
    "İstanbul is lovely. İİ good",
    "The DEADLY storm KILLED many; the RESCUE was SUCCESSFUL.",
    "EXTREMELY good, extremely GOOD, Extremely bad, VERY bad but OK",
    "it's not that good but not that bad either",
    "Shares fell 4% on Monday.  ",
    "can't stand it, fed up, screwed up",
    "The dam's collapse wasn't a tragedy, said no one.",
]


@pytest.mark.parametrize("text", TRICKY)
def test_crafted_text_scores_like_stock_vader(text):
    assert_same(text)


def test_random_word_salads_score_like_stock_vader():
    """Random mixes of lexicon words, boosters, negations, idiom parts, capitals and punctuation."""
    rng = random.Random(20261123)
    lexicon = sorted(stock().lexicon)
    pieces = (
        list(vader.BOOSTER_DICT)
        + vader.NEGATE
        + ["but", "BUT", "no", "NO", "or", "nor", "least", "at", "very", "kind", "of", "so"]
        + ["this", "never", "without", "doubt", "the", "bomb", "to", "die", "for", "bus", "stop"]
        + ["and", "a", "it", "is", "was", "he", "said", ",", ".", "!", "?", "??", ":)", "😀"]
    )
    for _ in range(3000):
        words = []
        for _ in range(rng.randint(0, 14)):
            word = rng.choice(lexicon) if rng.random() < 0.4 else rng.choice(pieces)
            if rng.random() < 0.15:
                word = word.upper()
            if rng.random() < 0.15:
                word = rng.choice(["(", "'", '"', "..."]) + word + rng.choice([",", "!", "?", ")"])
            words.append(word)
        assert_same(" ".join(words))


def test_emoji_superset_holds_every_vader_emoji():
    """The one-regex emoji check relies on it (else it falls back to a test per character)."""
    assert analyzer().emoji_superset
    assert analyzer().has_emoji("Fans cheered \U0001f600") and analyzer().has_emoji("\u00a9 2024")
    assert not analyzer().has_emoji("Prices \u2019rose\u2019 \u2014 4\u20ac, \u201cquoted\u201d")
