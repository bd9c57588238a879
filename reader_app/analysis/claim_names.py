"""Named people, places and organisations per sentence: runs of capitalised words, minus openers."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from reader_app.analysis.claim_cues import cues
from reader_app.analysis.phrase_trie import trie_pattern

# A run of capitalised words or initialisms ("Defence Ministry", "U.N."): a name unless it is only a
# capitalised sentence opener ("The", "However").
_CAP_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w\u2019'\-]*)"
OPENING_SLACK = 3  # characters a sentence may open with before its first word (quote, bullet, Q:)
NOT_NAMES = frozenset(
    ["I", "Q", "A", "January", "February", "March", "April", "May", "June", "July", "August"]
    + ["September", "October", "November", "December", "Monday", "Tuesday", "Wednesday"]
    + ["Thursday", "Friday", "Saturday", "Sunday", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul"]
    + ["Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]
)


@lru_cache(maxsize=1)
def capitalised() -> re.Pattern[str]:
    """Runs of capitalised words that do not start with a word that is never a name ("The",
    "However", "May"): skipping those in the regex spares a Python step for most sentence openers."""
    never = [w[:1].upper() + w[1:] for w in cues().not_names] + sorted(NOT_NAMES)
    by_first: dict[str, set[str]] = {}
    for word in never:
        if word[:1].isascii() and word[:1].isupper():
            by_first.setdefault(word[0], set()).add(word[1:])
    # One alternative per capital, each opening with its letter: ``re`` skips in C to capitals
    # (a pattern whose alternatives all open with a literal gets that letter set as its prefix),
    # and at a capital a failed literal costs one comparison, where testing every letter's
    # never-a-name words by lookbehind cost one test per letter.
    letters = []
    for first in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        rests = by_first.get(first)
        if rests:
            never_here = f"(?:{trie_pattern(rests, fold=False)}){'?' if '' in rests else ''}"
            first += rf"(?!{never_here}(?![\w\u2019'\-.]))"
        letters.append(first)
    return re.compile(
        rf"(?:{'|'.join(letters)})(?<![\w.].)"
        rf"(?:\.(?:[A-Z]\.)+|[\w\u2019'\-]*)(?:[ \t]+{_CAP_WORD})*"
    )


def name_words(run: str) -> tuple[str, bool]:
    """A capitalised run without a leading function word or month/weekday: (name, first word dropped)."""
    words = run.split()
    dropped = words[0].lower() in cues().not_names or words[0] in NOT_NAMES
    if dropped:
        words = words[1:]
    return " ".join(w for w in words if w not in NOT_NAMES), dropped


def sentence_names(
    text: str, starts: list[int], ends: list[int], skip: frozenset[str]
) -> dict[int, list[str]]:
    """Names per sentence index (sentences without names left out). A capitalised word opening a
    sentence counts as a name only when the article also uses it mid-sentence ("Norway was ... in
    Norway"), or as part of a longer run."""
    not_names = cues().not_names
    runs: list[tuple[int, str]] = []  # (sentence, name) in text order; lone openers wait in `lone`
    lone: list[tuple[int, int, str]] = []  # (place in runs, sentence, name)
    known: set[str] = set()
    multi: dict[str, tuple[str, bool]] = {}  # this article's runs of several words, read once
    for m in capitalised().finditer(text):
        start = m.start()
        i = bisect_right(starts, start) - 1
        if i < 0 or start >= ends[i]:
            continue
        run = m.group()
        if " " in run or "\t" in run:
            read = multi.get(run)
            if read is None:
                read = multi[run] = name_words(run)
            name, dropped = read
        elif run in NOT_NAMES or run.lower() in not_names:  # name_words of one word, inline
            continue  # an empty name: nothing to add, nothing known
        else:
            name, dropped = run, False
        if not name:
            continue
        if start - starts[i] <= OPENING_SLACK and not dropped and " " not in name:
            lone.append((len(runs), i, name))
            runs.append((i, ""))
            continue
        runs.append((i, name))
        known.add(name)
        if " " in name:  # "Acme Robotics ... Acme said", "Ann Lee ... Lee"
            known.add(name[: name.index(" ")])
            known.add(name[name.rindex(" ") + 1 :])
    for at, i, name in lone:
        if name in known:
            runs[at] = (i, name)
    out: dict[int, list[str]] = {}
    for i, name in runs:
        if name and name not in skip:
            names = out.get(i)
            if names is None:
                out[i] = [name]
            elif name not in names:
                names.append(name)
    return out
