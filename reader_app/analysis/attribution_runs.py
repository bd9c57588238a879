"""Runs of capitalised words (candidate names) and where given capitalised words stand in a text."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import TypeVar

from reader_app.analysis.attribution_lexicon import lexicon


@lru_cache(maxsize=1)
def _run_pattern() -> re.Pattern[str]:
    """A run of capitalised words on one line, with title prepositions and name particles (from
    function_words.tsv, one or more: 'van der') between them; 'al-Assad' counts as capitalised."""
    return re.compile(_run_source("*"))


@lru_cache(maxsize=1)
def _multi_run_pattern() -> re.Pattern[str]:
    """The runs of ``_run_pattern`` that hold two words or more: a lone capitalised word names
    nobody by first name and surname, and most runs are lone words."""
    return re.compile(_run_source("+"))


def _run_source(repeat: str) -> str:
    links = sorted({"of", "to", "for"} | lexicon().words.get("particle", frozenset()), key=len)
    link = "|".join(re.escape(w) for w in reversed(links))
    word = r"(?:[A-Z]|(?:al|el)-[A-Z])[\w\u2019'.-]*"
    return rf"(?<![\w\u2019']){word}(?:[ \t]+(?:(?:{link})[ \t]+)*{word}){repeat}"


@lru_cache(maxsize=1)
def _capital_run_pattern() -> re.Pattern[str]:
    """``_multi_run_pattern`` opening on its first capital: a run that opens with 'al-'/'el-' is
    found from the capital after it, and ``runs`` moves its start back. The check that no word
    character comes before follows the capital (a leading lookbehind or alternation is tried at
    every position of the article; a plain class lets `re` skip to capitals)."""
    links = sorted({"of", "to", "for"} | lexicon().words.get("particle", frozenset()), key=len)
    link = "|".join(re.escape(w) for w in reversed(links))
    word = r"(?:[A-Z]|(?:al|el)-[A-Z])[\w\u2019'.-]*"
    lead = r"[A-Z](?<![\w\u2019'][A-Z])[\w\u2019'.-]*"
    return re.compile(rf"{lead}(?:[ \t]+(?:(?:{link})[ \t]+)*{word})+")


_NAME_CHAR = re.compile(r"[\w\u2019']")


def runs(text: str) -> list[tuple[int, int]]:
    """The spans of ``_multi_run_pattern().finditer(text)``."""
    out = []
    for m in _capital_run_pattern().finditer(text):
        start = m.start()
        if (
            start >= 3
            and text[start - 3 : start] in ("al-", "el-")
            and (start == 3 or not _NAME_CHAR.match(text, start - 4))
        ):
            start -= 3  # 'al-Assad Smith': the glued article opens the run
        out.append((start, m.end()))
    return out


T = TypeVar("T")
_CAPITALISED = re.compile(r"[A-Z][\w\u2019'-]+")
# one pattern per capital (lowercase key): a literal first letter lets `re` skip to it
_BY_LETTER = {
    chr(c).lower(): re.compile(rf"{chr(c)}[\w\u2019'-]+") for c in range(ord("A"), ord("Z") + 1)
}


def capitalised_occurrences(
    text: str, by_initial: Mapping[str, T], owner_of: Callable[[str, Mapping[str, T]], int | None]
) -> list[tuple[int, int]]:
    """(offset, owner) for every ``_CAPITALISED`` match of the text whose word has an owner, in
    text order. Only words whose lowercased first letter is a key of ``by_initial`` are asked
    (``owner_of(word, by_initial)``), each distinct word once, and only owned words are looked up
    with str.find (instead of a Python step per capitalised word)."""
    if not by_initial:
        return []
    words: set[str] = set()
    for key in by_initial:
        if key in _BY_LETTER:
            # every real match opening with this capital is found (no earlier capital in its
            # stretch of word characters); a word found inside a longer one ('Donald' in
            # 'McDonald') is dropped below by _whole_capitalised
            words.update(_BY_LETTER[key].findall(text))
    found: list[tuple[int, int]] = []
    for word in words:
        owner = owner_of(word, by_initial)
        if owner is None:
            continue
        size = len(word)
        at = text.find(word)
        while at >= 0:
            # (inline the common case of _whole_capitalised: no word character on either side)
            end = at + size
            after = text[end : end + 1]
            before = text[at - 1 : at] if at else ""
            if after and (after.isalnum() or after in _JOINERS):
                pass  # the word goes on: not a whole match
            elif not before or not (before.isalnum() or before in _JOINERS):
                found.append((at, owner))
            elif _whole_capitalised(text, at, size):
                found.append((at, owner))
            at = text.find(word, at + 1)
    found.sort()
    return found


def _whole_capitalised(text: str, at: int, size: int) -> bool:
    """Whether ``_CAPITALISED.finditer`` over the text yields exactly text[at:at + size]: the word
    runs to the end of its stretch of word characters, and no earlier capital in that stretch
    opened a match that swallowed it ('McCain' holds no match 'Cain')."""
    end = at + size
    if end < len(text) and _is_word_char(text[end]):
        return False
    before = at - 1
    while before >= 0 and _is_word_char(text[before]):
        if "A" <= text[before] <= "Z":
            return False
        before -= 1
    return True


_JOINERS = "_\u2019'-"  # the characters besides letters and digits in ``[\\w\u2019'-]``


def _is_word_char(char: str) -> bool:
    """``[\\w\u2019'-]`` for one character (``re``'s \\w is str.isalnum() or '_')."""
    return char.isalnum() or char in _JOINERS
