"""'The company said': which organisation named earlier a generic noun ('the company', 'the club') means."""

from __future__ import annotations

import re
from functools import lru_cache

_NAME = r"(?:[A-Z][\w&\u2019'-]*[ \t]+){0,4}[A-Z][\w&\u2019'-]*"
_SUFFIX = re.compile(rf"({_NAME}[ \t]+(?:Inc|Ltd|Corp|Corporation|LLC|plc|PLC|GmbH|AG|SA|NV)\b\.?)")
_SPOKES = re.compile(
    rf"\b(?:spokes(?:person|man|woman)|representative|statement|lawyers?|chief executive|CEO|"
    rf"founder|owner|shareholders?)\s+(?:for|from|of|at)\s+({_NAME})"
)


@lru_cache(maxsize=64)
def _head_patterns(head: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    word = re.escape(head)
    apposed = re.compile(rf"({_NAME}),\s+(?:the|a|an)\s+[^,.;]{{0,60}}?\b{word}s?\b")
    labelled = re.compile(rf"\b{word}\s+({_NAME})")
    return apposed, labelled


def organisation_antecedent(
    text: str,
    head: str,
    pos: int,
    people: frozenset[str] = frozenset(),
    speakers: tuple[tuple[int, str], ...] = (),
) -> str | None:
    """The latest organisation before ``pos`` that 'the <head>' can refer to: one that spoke
    (``speakers``: position, name), one a spokesperson speaks for, one set in apposition to the
    same noun ('Rovers, the club ...') or labelled by it ('the company Acme'); failing those, the
    latest name with a corporate suffix ('Acme Widgets Ltd')."""
    strong = [s for s in speakers if s[0] < pos]
    found = _latest(text, (_SPOKES, *_head_patterns(head)), pos, people)
    if found:
        strong.append(found)
    if strong:
        return max(strong)[1]
    weak = _latest(text, (_SUFFIX,), pos, people)
    return weak[1] if weak else None


def _latest(
    text: str, patterns: tuple[re.Pattern[str], ...], pos: int, people: frozenset[str]
) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for pattern in patterns:
        for m in pattern.finditer(text, 0, pos):
            name = re.sub(r"\s+", " ", m.group(1)).strip().rstrip(".")
            name = re.sub(r"^(?:The|A|An)\s+", "", name)
            named_person = name in people or name.split()[-1] in people
            if (
                not name or named_person and pattern is not _SPOKES
            ):  # 'spokesman for X': X is no person
                continue
            if best is None or m.start(1) > best[0]:
                best = (m.start(1), name)
    return best


@lru_cache(maxsize=256)
def _named_pattern(head: str) -> re.Pattern[str]:
    """Up to three capitalised words, the capitalised head, and 'of (the) Xxx' up to three words,
    not inside a word. It opens with the class of possible first letters so `re` skips to them
    (a leading lookbehind was tried at every position); the first letter then opens either the
    first capitalised word or, with no such word, the head (the same order as ``{0,3}``)."""
    word = head.capitalize()
    first = re.escape(word[:1])
    lead = rf"[A-Z{first}](?<![\w'\u2019][A-Z{first}])"
    cap_words = (
        rf"(?<=[A-Z])[\w&'\u2019-]*[ \t]+(?:[A-Z][\w&'\u2019-]*[ \t]+){{0,2}}{re.escape(word)}"
    )
    return re.compile(
        rf"{lead}(?:{cap_words}|(?<={first}){re.escape(word[1:])})"
        rf"(?:[ \t]+of(?:[ \t]+the)?(?:[ \t]+[A-Z][\w&'\u2019-]*){{1,3}})?"
    )


def named_organisation(text: str, head: str, qualifier: str | None = None) -> str | None:
    """The organisation the article names with ``head`` in its name ('National Bank of Norland' for
    "Norland's central bank"): with a qualifier, the name must contain it; without one, the name
    must be the only such name in the text."""
    if head.capitalize() not in text:
        return None  # every match holds the capitalised head (cheaper to test than to scan)
    names: dict[str, int] = {}
    for m in _named_pattern(head).finditer(text):
        name = re.sub(r"^(?:The|A|An)\s+", "", re.sub(r"\s+", " ", m.group()))
        if name.lower() == head or (qualifier and qualifier.lower() not in name.lower()):
            continue
        names[name] = names.get(name, 0) + 1
    if not names or (qualifier is None and len(names) > 1):
        return None
    return max(names, key=lambda n: (names[n], len(n)))
