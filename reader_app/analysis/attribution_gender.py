"""Whether an article's people are 'he' or 'she', read from the article itself (no name lists).

A name list would guess wrong across languages and cultures; the article nearly always says it:
the pronoun that follows a person's mention ('Gulnara Petrova sat with her sons'), or a title
before the name ('Mrs', 'Mr'). Mentions whose pronoun could belong to someone else (another
person named in between, a quote opening in between, a possessive 'Smith's wife ... she') cast no
vote; a person with votes both ways stays unknown unless one side outnumbers the other 3 to 1.
The word lists are data: resources/attribution/gender_words.tsv.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from reader_app.analysis.speakers import Person
from reader_app.resource_files import resource_path
from reader_app.text_keys import match_key

MALE, FEMALE = "m", "f"
_LOOK = 160  # characters after a mention in which its pronoun is looked for
_QUOTE_OR_BREAK = re.compile(r"[\"\u201c\u201d]|\n\n")
_POSSESSIVE = ("'s", "\u2019s")
_SENTENCE_END = re.compile(r"[.!?]\s")


@lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, str]]:
    """kind (pronoun, title) -> lowercase word -> MALE or FEMALE."""
    path = resource_path("attribution", "gender_words.tsv")
    if not path.is_file():  # a source checkout run against another checkout's editable install
        path = Path(__file__).resolve().parents[2] / "resources" / "attribution" / path.name
    text = path.read_text(encoding="utf-8")
    out: dict[str, dict[str, str]] = {"pronoun": {}, "title": {}}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, category, kind = line.split("\t")[:3]
            out[kind][word] = MALE if category == "male" else FEMALE
    return out


def _alternation(kind: str) -> str:
    return "|".join(sorted(_words()[kind], key=len, reverse=True))


@lru_cache(maxsize=1)
def _pronoun_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternation('pronoun')})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _title_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A title right before a mention ('Mrs Doe'), and one opening a mention's phrase."""
    alt = _alternation("title")
    return (
        re.compile(rf"\b({alt})\.?\s+$", re.IGNORECASE),
        re.compile(rf"({alt})\.?\s", re.IGNORECASE),
    )


def pronoun_marks(text: str) -> tuple[list[int], list[str]]:
    """Every gendered pronoun of the article (one pass): their offsets, and MALE/FEMALE for each."""
    words = _words()["pronoun"]
    positions, kinds = [], []
    for m in _pronoun_scan().finditer(text):  # a superset of the pronouns: keep the whole words
        gender = words.get(m.group().lower())
        if gender:
            positions.append(m.start())
            kinds.append(gender)
    return positions, kinds


@lru_cache(maxsize=1)
def _pronoun_scan() -> re.Pattern[str]:
    """The pronouns' first letters (a class `re` can skip to), not after a name character (the
    lookbehind after the letter: 'he' in 'the', 'his' in 'this' fail inside `re`, without a match
    object each), then any pronoun's remainder."""
    words = _words()["pronoun"]
    firsts = "".join(sorted({w[0] for w in words} | {w[0].upper() for w in words}))
    rests = "|".join(sorted({w[1:] for w in words}, key=len, reverse=True))
    return re.compile(rf"[{firsts}](?<![\w\u2019'-][{firsts}])(?:{rests})\b")


def genders(
    text: str, people: Iterable[Person], marks: tuple[list[int], list[str]] | None = None
) -> dict[str, str]:
    """canonical name -> MALE or FEMALE, for the people the text genders (clearly) one way.
    ``marks``: ``pronoun_marks(text)`` when the caller has it already."""
    marks = marks or pronoun_marks(text)
    people = list(people)
    mentions = sorted((pos, i) for i, p in enumerate(people) for pos in {p.first, *p.mentions})
    votes: dict[int, list[int]] = {}
    for (pos, i), end in zip(mentions, _next_other(mentions, len(text)), strict=True):
        title = _title_vote(text, pos)
        vote = title or _pronoun_vote(text, pos, min(end, pos + _LOOK), people[i].surname, marks)
        if vote:
            tally = votes.setdefault(i, [0, 0])
            tally[vote == FEMALE] += 2 if title else 1  # a title is surer than a pronoun
    out = {}
    for i, (male, female) in votes.items():
        if male >= 3 * female or female >= 3 * male:
            out[people[i].canonical] = MALE if male > female else FEMALE
    return out


def _next_other(mentions: Sequence[tuple[int, int]], default: int) -> list[int]:
    """For each mention, where the next mention of someone else starts (one backward pass)."""
    out = [default] * len(mentions)
    nxt, nxt_other = default, default  # the next mention, and the next one of another person
    owner = -1
    for k in range(len(mentions) - 1, -1, -1):
        pos, i = mentions[k]
        out[k] = nxt if owner != i else nxt_other
        if owner != i:
            nxt_other = nxt
        nxt, owner = pos, i
    return out


def pronoun_gender(word: str) -> str | None:
    """MALE/FEMALE for a gendered pronoun ('she', 'His'), else None ('they', 'I')."""
    return _words()["pronoun"].get(word.strip().lower())


def gender_split(
    table: dict[str, str], word: str, names: Iterable[str]
) -> tuple[frozenset[str], frozenset[str]]:
    """Those of ``names`` the pronoun ``word`` cannot mean (known to be of the other gender), and
    those known to be of its gender."""
    gender = pronoun_gender(word)
    if gender is None:
        return frozenset(), frozenset()
    known = [n for n in names if n in table]
    return (
        frozenset(n for n in known if table[n] != gender),
        frozenset(n for n in known if table[n] == gender),
    )


def better_fit(
    resolver: Any, pos: int, plain: str, fitted: str, skip: frozenset[str], same: frozenset[str]
) -> bool:
    """Whether a pronoun at ``pos`` means ``fitted`` (chosen among the people of its gender) rather
    than ``plain`` (chosen blind to gender): when ``plain`` is of the other gender and ``fitted`` was
    named in the last three paragraphs (further back is too far to trust: 'His sister, Nour ... she'
    means someone unnamed), or when ``plain``'s gender is unknown and ``fitted``, known to be of the
    pronoun's gender, was named after ``plain``."""
    if fitted == plain or plain in same:
        return False
    if plain in skip:
        text = resolver.text
        para = pos
        for _ in range(3):
            para = text.rfind("\n\n", 0, max(para, 0))
        return _last_seen(resolver, fitted, pos) > para
    return fitted in same and _last_seen(resolver, fitted, pos) > _last_seen(resolver, plain, pos)


def _last_seen(resolver: Any, name: str, pos: int) -> int:
    """Where ``name`` was last named or quoted before ``pos`` (-1 if nowhere)."""
    registry = resolver.registry
    return max(
        [registry.last_mention(p, pos) for p in registry.people if p.canonical == name]
        + [h[0] for h in resolver.history if h[1] == name and h[0] < pos]
        + [-1]
    )


def _title_vote(text: str, pos: int) -> str | None:
    before, opening = _title_patterns()
    match = before.search(text, max(0, pos - 10), pos) or opening.match(text, pos)
    if not match:
        return None
    return _words()["title"].get(match_key(match.group(1)))


def _opens_sentence(text: str, pos: int) -> bool:
    before = text[max(0, pos - 40) : pos].rstrip()
    return not before or before[-1] in '.!?\n\u201d"'


def _pronoun_vote(
    text: str, pos: int, end: int, surname: str, marks: tuple[list[int], list[str]]
) -> str | None:
    k = bisect_left(marks[0], pos)
    if k == len(marks[0]) or marks[0][k] >= end:
        return None
    at = text.find(surname, pos, end)
    if at >= 0 and text.startswith(_POSSESSIVE, at + len(surname)):
        return None  # "Smith's wife ... she": the pronoun is the possessed person's
    found = marks[0][k]
    if _QUOTE_OR_BREAK.search(text, pos, found):
        return None  # inside or after a quote the pronoun may be anyone's
    if _SENTENCE_END.search(text, pos, found) and not _opens_sentence(text, pos):
        return (
            None  # 'won the X Prize in 2016. She ...': the next sentence's 'she' is the subject's
        )
    return marks[1][k] or None
