"""Word lists: entry syntax, shipped-list sanity, the user's additions and silences, versioning."""

import pytest

from reader_app.analysis.evaluative import find_flags
from reader_app.analysis.lexicon import (
    add_user_entry,
    load_lexicon,
    remove_user_entry,
    silence_entry,
    unsilence_entry,
    user_entries,
)
from reader_app.analysis.sentences import split_sentences
from reader_app.model import FLAG_CATEGORIES
from reader_app.paths import user_lexicon_dir


def flagged(text, lexicon=None):
    return [f.text for f in find_flags(text, split_sentences(text), [], lexicon=lexicon)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rebels plundered the town.", ["plundered"]),  # prefix entry plunder*
        ("Rebels were plundering the town.", ["plundering"]),
        ("Witnesses described atrocities.", ["atrocities"]),  # atrocity -> -ies plural
        ("A world class stadium opened.", ["world class stadium"]),  # space for hyphen
        ("It\u2019s no secret that he wants it.", ["It\u2019s no secret"]),  # curly apostrophe
        ("They called the protesters THUGS.", ["THUGS"]),  # case ignored
        ("The liberalisation of trade continued.", []),  # liberat* is not liberal*
    ],
)
def test_entry_syntax(text, expected):
    assert flagged(text) == expected


def test_shipped_lists_are_large_and_every_entry_has_a_known_category_and_note():
    lex = load_lexicon()
    assert len(lex.entries) >= 600
    for category in FLAG_CATEGORIES:
        assert sum(e.category == category for e in lex.entries) >= 30, category
    assert all(e.note for e in lex.entries)
    assert len(lex.neutral) >= 100


def test_neutral_terms_cover_the_plain_words_of_conflict():
    keys = {e.key for e in load_lexicon().neutral}
    for word in (
        "war",
        "killed",
        "fighting",
        "peacekeepers",
        "landmines",
        "protests",
        "ceasefire",
        "demining",
        "mine clearance",
        "casualties",
        "troops",
        "shelling",
    ):
        assert any(word in k.split("|") for k in keys), word


def test_user_entry_adds_a_flag_and_changes_the_version():
    before = load_lexicon()
    assert flagged("The proposal is a bottle job.") == []
    entry = add_user_entry("bottle job", "pejorative", "waste-of-money sneer")
    after = load_lexicon()
    assert after.version != before.version
    text = "The proposal is a bottle job."
    got = find_flags(text, split_sentences(text), [], lexicon=after)
    assert [(f.text, f.category, f.entry) for f in got] == [
        ("bottle job", "pejorative", "bottle job")
    ]
    assert "waste-of-money sneer" in got[0].reason
    assert entry in user_entries()
    assert remove_user_entry("bottle job") and flagged("The proposal is a bottle job.") == []


def test_silence_and_unsilence_a_shipped_entry_and_a_rule():
    text = "The brutal raid was the most admired operation in the world."
    assert flagged(text) == ["brutal raid", "the most admired operation in the world"]
    silence_entry("brutal +")
    silence_entry("rule:superlative")
    assert flagged(text) == []
    assert {e.key for e in user_entries() if e.silenced} >= {"brutal", "rule:superlative"}
    assert any(e.key == "brutal" and e.silenced for e in load_lexicon().entries)
    assert unsilence_entry("brutal") and unsilence_entry("rule:superlative")
    assert not unsilence_entry("brutal")
    assert flagged(text) == ["brutal raid", "the most admired operation in the world"]


def test_user_can_drop_a_list_file_into_the_folder():
    (user_lexicon_dir() / "sports.tsv").write_text(
        "# my list\nbottled it\tpejorative\tsneer at a losing team\n", encoding="utf-8"
    )
    assert flagged("Fans said they bottled it again.") == ["bottled it"]


@pytest.mark.parametrize(
    "content, message",
    [
        ("onlyoneColumn\n", "line 1"),
        ("x\tnot_a_category\tnote\n", "unknown category"),
        ("ab*\tpejorative\tnote\n", "prefix"),
    ],
)
def test_malformed_user_list_names_file_and_line(content, message):
    (user_lexicon_dir() / "bad.tsv").write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message) as err:
        load_lexicon()
    assert "bad.tsv" in str(err.value)


@pytest.mark.parametrize("category", ["nonsense", ""])
def test_add_user_entry_rejects_unknown_category(category):
    with pytest.raises(ValueError):
        add_user_entry("whatever", category)


def test_lexicon_is_cached_until_a_file_changes():
    assert load_lexicon() is load_lexicon()
    first = load_lexicon()
    silence_entry("clearly")
    assert load_lexicon() is not first
