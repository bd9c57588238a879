"""Finds loaded labels from the evaluative lexicon (resources/lexicons) in a text, for term variants.

Understands the lexicon's entry syntax: ``a|b`` alternatives, ``word*`` prefixes, ``+`` markers (the
noun phrase they extend is ignored here), hyphens equal to spaces, plurals of the last word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True, eq=False)
class LoadedMatcher:
    exact: frozenset[tuple[str, ...]]
    prefixes: dict[tuple[str, ...], tuple[str, ...]]  # words before -> prefixes of the last word
    longest: int
    firsts: frozenset[str]  # first words of multi-word entries: other positions are skipped
    singles: frozenset[str]  # one-word entries

    def spans(self, text: str) -> list[tuple[int, int]]:
        words = [(m.start(), m.end(), m.group(0).lower()) for m in _WORD.finditer(text)]
        out = []
        for i, (_, _, word) in enumerate(words):
            if word not in self.firsts and not self._single(word):
                continue
            for n in range(min(self.longest, len(words) - i), 0, -1):
                if self._hit(tuple(w for _, _, w in words[i : i + n])):
                    out.append((words[i][0], words[i + n - 1][1]))
                    break
        return out

    def _single(self, word: str) -> bool:
        return any(f in self.singles for f in _singulars(word)) or word.startswith(
            self.prefixes.get((), ("\0",))
        )

    def _hit(self, seq: tuple[str, ...]) -> bool:
        head, last = seq[:-1], seq[-1]
        for form in _singulars(last):
            if head + (form,) in self.exact:
                return True
        return last.startswith(self.prefixes.get(head, ("\0",)))


def _singulars(word: str) -> tuple[str, ...]:
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return tuple(forms)


@lru_cache(maxsize=4)
def loaded_matcher(entries: frozenset[str]) -> LoadedMatcher:
    exact, prefixes = set(), []
    for entry in entries:
        for alt in entry.split("|"):
            words = tuple(w for w in re.split(r"[\s-]+", alt.lower().replace("+", " ")) if w)
            if not words:
                continue
            if words[-1].endswith("*"):
                prefixes.append((words[:-1], words[-1].rstrip("*")))
            else:
                exact.add(words)
    longest = max((len(w) for w in exact), default=1)
    longest = max([longest] + [len(b) + 1 for b, _ in prefixes])
    by_head: dict[tuple[str, ...], list[str]] = {}
    for before, prefix in prefixes:
        by_head.setdefault(before, []).append(prefix)
    firsts = {w[0] for w in exact if len(w) > 1} | {b[0] for b in by_head if b}
    singles = {w[0] for w in exact if len(w) == 1}
    return LoadedMatcher(
        frozenset(exact),
        {k: tuple(v) for k, v in by_head.items()},
        longest,
        frozenset(firsts),
        frozenset(singles),
    )
