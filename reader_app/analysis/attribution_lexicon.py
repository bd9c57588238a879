"""Loads the attribution word lists (reporting verbs, speaker nouns, function words) from resources/."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reader_app.resource_files import resource_path

_NO_WORDS: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Verb:
    form: str
    lemma: str
    frame: str  # clause, tell, that, commit, object, stance, relay, tag
    connotation: str  # neutral, emphatic, loaded
    note: str


@dataclass(frozen=True)
class Noun:
    noun: str
    category: str  # role, honorific, descriptor, group, organisation, document, outlet
    classes: frozenset[str]
    note: str


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Verb]
    nouns: dict[str, tuple[Noun, ...]]
    words: dict[str, frozenset[str]]
    verb_pattern: re.Pattern[str]

    def noun(self, phrase: str, category: str | None = None) -> Noun | None:
        """The entry for a lowercase phrase (optionally of one category); roles win over others."""
        entries = self.nouns.get(phrase.lower(), ())
        for entry in entries:
            if category is None or entry.category == category:
                return entry
        return None

    def is_word(self, word: str, category: str) -> bool:
        return word.lower() in self.words.get(category, _NO_WORDS)


def _rows(name: str) -> list[list[str]]:
    text = resource_path("attribution", name).read_text(encoding="utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    verbs = {r[0]: Verb(r[0], r[1], r[2], r[3], r[4]) for r in _rows("reporting_verbs.tsv")}
    nouns: dict[str, list[Noun]] = {}
    for r in _rows("speaker_nouns.tsv"):
        classes = frozenset(c for c in r[2].split(",") if c)
        nouns.setdefault(r[0], []).append(Noun(r[0], r[1], classes, r[3]))
    _add_role_plurals(nouns)
    words: dict[str, set[str]] = {}
    for r in _rows("function_words.tsv"):
        words.setdefault(r[1], set()).add(r[0])
    # Longest forms first so "pointed out" wins over a shorter overlapping form.
    forms = sorted(verbs, key=len, reverse=True)
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) + r")\b"
    )
    return Lexicon(
        verbs=verbs,
        nouns={k: tuple(v) for k, v in nouns.items()},
        words={k: frozenset(v) for k, v in words.items()},
        verb_pattern=pattern,
    )


def _plural(noun: str) -> str:
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    return noun + ("es" if re.search(r"(?:s|sh|ch|x|z)$", noun) else "s")


def _add_role_plurals(nouns: dict[str, list[Noun]]) -> None:
    """'hospital managers', 'nurses': the plural of a role is an unnamed group of sources."""
    for noun, entries in list(nouns.items()):
        if entries[0].category == "role" and " " not in noun:
            plural = _plural(noun)
            if plural not in nouns:
                nouns[plural] = [Noun(plural, "group", frozenset(), f"plural of the role '{noun}'")]


def verb_connotation(word: str) -> str | None:
    """'neutral', 'emphatic' or 'loaded' for a reporting-verb form ('claimed' -> 'loaded'); None if unknown."""
    entry = lexicon().verbs.get(re.sub(r"\s+", " ", word.strip().lower()))
    return entry.connotation if entry else None


def reporting_verbs() -> dict[str, Verb]:
    """Every reporting-verb form with its lemma, frame, connotation and note (for other analysers)."""
    return dict(lexicon().verbs)
