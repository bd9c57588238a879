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
    (``owner_of(word, by_initial)``), each distinct word once (instead of a Python step per
    capitalised word of the text)."""
    found: list[tuple[int, int]] = []
    for key in by_initial:
        pattern = _BY_LETTER.get(key)
        if pattern is None:
            continue
        # every real match opening with this capital is found (no earlier capital in its
        # stretch of word characters); a word found inside a longer one ('Donald' in
        # 'McDonald') is dropped below by _no_capital_before
        where: dict[str, list[int]] = {}
        for m in pattern.finditer(text):
            at = where.get(m.group())
            if at is None:
                where[m.group()] = [m.start()]
            else:
                at.append(m.start())
        for word, starts in where.items():
            owner = owner_of(word, by_initial)
            if owner is not None:
                found += [(at, owner) for at in starts if _no_capital_before(text, at)]
    found.sort()
    return found


def _no_capital_before(text: str, at: int) -> bool:
    """Whether no capital A-Z stands earlier in the stretch of word characters (``[\\w\u2019'-]``)
    that reaches ``at``: then ``_CAPITALISED.finditer`` over the text opens a match at ``at``
    ('McCain' holds no match 'Cain'). A ``_BY_LETTER`` match ends its stretch (it is greedy), so
    it is then exactly a ``_CAPITALISED`` match."""
    before = at - 1
    while before >= 0:
        char = text[before]
        if not (char.isalnum() or char in _JOINERS):
            return True
        if "A" <= char <= "Z":
            return False
        before -= 1
    return True


_JOINERS = "_\u2019'-"  # the characters besides letters and digits in ``[\\w\u2019'-]``
