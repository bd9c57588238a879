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
    text: str, head: str, pos: int, people: frozenset[str] = frozenset()
) -> str | None:
    """The latest organisation named before ``pos`` that 'the <head>' can refer to: one with a
    corporate suffix ('Acme Widgets Ltd'), one a spokesperson speaks for, one set in apposition
    to the same noun ('Rovers, the club ...') or labelled by it ('the company Acme')."""
    best: tuple[int, str] | None = None
    for pattern in (_SUFFIX, _SPOKES, *_head_patterns(head)):
        for m in pattern.finditer(text, 0, pos):
            name = re.sub(r"\s+", " ", m.group(1)).strip().rstrip(".")
            name = re.sub(r"^(?:The|A|An)\s+", "", name)
            named_person = name in people or name.split()[-1] in people
            if not name or named_person and pattern is not _SPOKES:  # 'spokesman for X': X is no person
                continue
            if best is None or m.start(1) > best[0]:
                best = (m.start(1), name)
    return best[1] if best else None
