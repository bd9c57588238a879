"""VADER tone per sentence/article and textstat-based readability on text we write ourselves."""

import pytest

from reader_app.analysis.readability import WORDS_PER_MINUTE, readability, syllables
from reader_app.analysis.sentences import split_sentences
from reader_app.analysis.tone import analyzer, article_tone, sentence_tones

MIXED = (
    "The new library is wonderful and the staff are delightful. "
    "The flood destroyed forty homes and killed two people. "
    "The council meets on Tuesday."
)


def test_sentence_tones_follow_vader():
    sents = split_sentences(MIXED)
    tones = sentence_tones(MIXED, sents)
    assert len(tones) == 3
    assert tones[0] > 0.5 and tones[1] < -0.5 and abs(tones[2]) < 0.05


def test_article_tone_summary_points_at_extreme_sentences():
    sents = split_sentences(MIXED)
    tone = article_tone(sents, sentence_tones(MIXED, sents))
    assert tone["sentences"] == 3
    assert tone["share_positive"] == pytest.approx(1 / 3, abs=1e-3)
    assert tone["share_negative"] == pytest.approx(1 / 3, abs=1e-3)
    pos, neg = tone["most_positive"], tone["most_negative"]
    assert MIXED[pos["start"] : pos["end"]].startswith("The new library")
    assert MIXED[neg["start"] : neg["end"]].startswith("The flood")
    assert -1 <= tone["mean"] <= 1


def test_article_tone_of_neutral_and_empty_text():
    assert article_tone([], [])["most_positive"] is None
    text = "The meeting is at noon."
    sents = split_sentences(text)
    tone = article_tone(sents, sentence_tones(text, sents))
    assert tone["most_positive"] is None and tone["most_negative"] is None


def test_one_analyzer_instance():
    assert analyzer() is analyzer()


@pytest.mark.parametrize(
    "word,expected",
    [("cat", 1), ("water", 2), ("reconstruction", 4), ("elephant", 3), ("the", 1)],
)
def test_syllables_from_cmu_dictionary(word, expected):
    assert syllables(word) == expected


def test_readability_easy_text_scores_easier_than_hard_text():
    easy = "The cat sat on the mat. The dog ran to the park. We had fun."
    hard = (
        "Intergovernmental reconstruction initiatives necessitate comprehensive "
        "infrastructural rehabilitation, institutional coordination and considerable "
        "administrative investment throughout affected municipalities."
    )
    r_easy = readability(easy, split_sentences(easy))
    r_hard = readability(hard, split_sentences(hard))
    assert r_easy["sentences"] == 3 and r_easy["words"] == 15
    assert r_easy["flesch_reading_ease"] > 90 and r_hard["flesch_reading_ease"] < 20
    assert r_easy["flesch_kincaid_grade"] < 3 and r_hard["flesch_kincaid_grade"] > 15


@pytest.mark.parametrize(
    "text",
    [
        (
            "The river rose two metres overnight. Crews worked until dawn to raise the walls. "
            "By noon the water had started to fall, and families returned to their homes."
        ),
        (
            "The city council voted to close the library on Sundays. Residents said they were upset. "
            "The mayor promised a review in the spring."
        ),
        (
            "The club signed a new striker on Friday. He scored twelve goals last season. "
            "Fans hope he will help the team win the league."
        ),
        (
            "Our new software helps small firms manage their payroll. It runs on any laptop and costs "
            "little. Customers can try it for free this month."
        ),
    ],
)
def test_readability_formulas_equal_textstat_on_plain_prose(text):
    """Our counts and formulas (one pass over the text) give textstat's own figures."""
    from reader_app.analysis.readability import textstat_offline

    ours = readability(text, split_sentences(text))
    ts = textstat_offline()
    assert ours["words"] == ts.lexicon_count(text)
    assert ours["sentences"] == ts.sentence_count(text)
    assert ours["syllables"] == ts.syllable_count(text)
    assert ours["flesch_reading_ease"] == pytest.approx(ts.flesch_reading_ease(text), abs=0.1)
    assert ours["flesch_kincaid_grade"] == pytest.approx(ts.flesch_kincaid_grade(text), abs=0.1)


def test_reading_time_and_empty_text():
    text = "word " * (WORDS_PER_MINUTE * 3)
    assert readability(text, split_sentences(text))["reading_minutes"] == 3.0
    empty = readability("", [])
    assert empty["words"] == 0 and empty["flesch_reading_ease"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The council approved the budget, but critics called it a disaster.",
        "NO WAY the striker is GREAT!!!",
        "The food was kind of okay, not bad at all.",
        "The stadium is beautiful but the seats are awful.",
        "Great goals, BUT a terrible defence.",
        "Fans cheered 😀 as the team won.",  # an emoji: handled by VADER's own loop
        "  Shares fell 4% on Monday.  ",
        "",
    ],
)
def test_tone_analyzer_scores_like_stock_vader(sentence):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    assert analyzer().polarity_scores(sentence) == SentimentIntensityAnalyzer().polarity_scores(
        sentence
    )


def _reference_counts(text: str) -> tuple[int, int]:
    """Words and syllables the plain way: every word of the lowercased text, one by one."""
    from reader_app.analysis.readability import _WORD

    found = _WORD.findall(text.lower())
    return len(found), sum(syllables(w) for w in found)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "snake_case words_with under_scores and 2,000 people, 3.5% rise; U.S.-led talks",
        "Don't stop—it's the club’s 'best' season\u00a0ever\u2009(so far)...\ttabs\nnew\u200blines",
        "İstanbul ΟΔΟΣ naïve café rôle façade 東京 ١٢٣",
        "a-b-c -- - ' ’ , . ,a a, .a a. 1,2,3 x-ray",
    ],
)
def test_readability_counts_equal_word_by_word_counts(text):
    ours = readability(text, split_sentences(text))
    words, syl = _reference_counts(text)
    assert ours["words"] == words
    assert ours["syllables"] == (syl if words else 0)


def test_readability_counts_equal_word_by_word_counts_on_articles():
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    for folder in ("seeds", "tests/heldout/articles", "tests/blind/articles"):
        for path in sorted((repo / folder).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            ours = readability(text, split_sentences(text))
            assert (ours["words"], ours["syllables"]) == _reference_counts(text), path.name


@pytest.mark.parametrize(
    "text",
    [
        "The İstanbul office opened. ΟΔΟΣ was closed!\n\nQ: Why?\nA: Costs.  \u00a0 End",
        "Fans cheered 😀 as the team won.\n- A bullet\n1. An item",
        "",
    ],
)
def test_shared_sentence_tokens_change_no_score(text):
    """The pipeline hands tone and readability one set of tokens; results equal their own."""
    from reader_app.analysis.tone import sentence_tokens

    sents = split_sentences(text)
    tokens = sentence_tokens(text, sents)
    assert readability(text, sents, tokens) == readability(text, sents)
    assert sentence_tones(text, sents, tokens) == sentence_tones(text, sents)


def test_shared_sentence_tokens_change_no_score_on_articles():
    from pathlib import Path

    from reader_app.analysis.tone import sentence_tokens

    repo = Path(__file__).resolve().parents[2]
    for folder in ("seeds", "tests/heldout/articles", "tests/blind/articles"):
        for path in sorted((repo / folder).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            sents = split_sentences(text)
            tokens = sentence_tokens(text, sents)
            assert readability(text, sents, tokens) == readability(text, sents), path.name
            assert sentence_tones(text, sents, tokens) == sentence_tones(text, sents), path.name
