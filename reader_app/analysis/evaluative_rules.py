"""Rules beyond the word lists: noun-phrase extension, superlative praise, coordinated praise, merges.

All work on one sentence's tokens (``evaluative_match.tokens``) and return token ranges; the data
(function words, praise nouns, superlatives, reasons) lives in ``resources/lexicons``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reader_app.analysis.evaluative_files import read_rows, shipped_dir
from reader_app.analysis.evaluative_match import Token, tokens

_JOINS = ("of", "and")
# Inside a phrase a rule builds: spaces (a wrapped line too) or a bare hyphen/apostrophe, never " - ".
_TIGHT = re.compile(r"\s{1,8}|[-\u2010\u2011'\u2019]")


@dataclass(frozen=True)
class RuleData:
    function_words: frozenset[str]
    praise_nouns: frozenset[str]
    most: frozenset[str]  # praise adjectives after "most"
    est: frozenset[str]  # superlatives that praise on their own
    est_tail: frozenset[str]  # superlatives that praise only with a sweeping scope
    scopes: tuple[tuple[str, ...], ...]
    config: dict


def _column(name: str, kind: str | None = None) -> frozenset[str]:
    rows = read_rows(shipped_dir() / name)
    return frozenset(r[0].strip().lower() for _, r in rows if kind is None or r[1].strip() == kind)


@lru_cache(maxsize=1)
def rule_data() -> RuleData:
    """The rule data files, read once (they are part of ``Lexicon.version``)."""
    path = shipped_dir() / "rules.toml"
    try:
        config = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{path}: cannot read rules: {exc}") from exc
    scopes = tuple(tuple(t[2] for t in tokens(s)) for s in config["superlative"]["scopes"])
    return RuleData(
        function_words=_column("function_words.tsv"),
        praise_nouns=_column("praise_nouns.tsv"),
        most=_column("superlatives.tsv", "most"),
        est=_column("superlatives.tsv", "est"),
        est_tail=_column("superlatives.tsv", "est_tail"),
        scopes=tuple(sorted(scopes, key=len, reverse=True)),
        config=config,
    )


def _joined(text: str, toks: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` follows token ``k - 1`` inside one phrase (no punctuation between)."""
    a, b = toks[k - 1][1], toks[k][0]
    if b == a + 1 and text[a] == " ":
        return True  # the usual gap, without a regex call
    return _TIGHT.fullmatch(text, a, b) is not None


def _verbish(word: str) -> bool:
    """A participle or gerund by its ending ("attacked", "restoring"; not "speed" or "need")."""
    return len(word) >= 5 and (
        word.endswith("ing") or word.endswith("ed") and not word.endswith("eed")
    )


def extend_right(text: str, toks: Sequence[Token], j: int, data: RuleData) -> int:
    """Past-the-end token of the noun phrase starting at ``j``; ``j`` when none follows.

    A phrase is up to two capitalised modifiers and one head word ("brutal [Foreign] army",
    "massively damaged"), hyphenated compounds counting as one word. An entry that ends in a noun
    takes an "of" phrase too, with one "and" ("new era of peace and prosperity"). Without a
    part-of-speech tagger a second lowercase word is more often a verb ("the brutal crackdown
    left") than a noun, so the phrase stops there.
    """
    if j >= len(toks):
        return j  # the sentence ends with the entry: nothing to take
    limit = data.config["extend"]["max_words_after"]
    func, n, k, taken, head, caps, joins = data.function_words, len(toks), j, 0, False, 0, []
    while k < n and taken < limit and _joined(text, toks, k):
        word = toks[k][2]
        if k > j and "-" in text[toks[k - 1][1] : toks[k][0]]:
            k += 1  # the rest of a hyphenated compound ("state-of-the-art")
            continue
        if (word == "of" and k == j) or (word == "and" and joins == ["of"] and head):
            nxt = toks[k + 1][2] if k + 1 < n else ""
            if not nxt or not _joined(text, toks, k + 1) or nxt in func or _verbish(nxt):
                break
            joins.append(word)
            k, head, caps = k + 1, False, 0
            continue
        if word in func or head:
            break
        if text[toks[k][0]].isupper() and caps < 2:
            caps += 1
        else:
            head = True
        k, taken = k + 1, taken + 1
    return k if taken else j


def extend_left(text: str, toks: Sequence[Token], i: int, data: RuleData) -> int:
    """First token of the modifiers before token ``i`` ("30-year-old foreign" before "occupation")."""
    limit = data.config["extend"]["max_words_before"]
    k, taken = i, 0
    while k > 0 and taken < limit and _joined(text, toks, k):
        word = toks[k - 1][2]
        hyphen = "-" in text[toks[k - 1][1] : toks[k][0]]
        if not hyphen and (word in data.function_words or _verbish(word) or word.endswith("ly")):
            break
        k -= 1
        taken += 0 if hyphen else 1
    return k


def _scope_at(text: str, toks: Sequence[Token], j: int, data: RuleData) -> int:
    for scope in data.scopes:
        end = j + len(scope)
        if (
            end <= len(toks)
            and all(toks[j + m][2] == w for m, w in enumerate(scope))
            and all(_joined(text, toks, j + m) for m in range(len(scope)))
        ):
            return end
    return j


def _scope_end(text: str, toks: Sequence[Token], j: int, data: RuleData) -> int:
    """Past the sweeping scope after the noun, allowing a short phrase between ('the fastest
    response to a flood in our history'); ``j`` when there is none."""
    gap = data.config["superlative"].get("max_gap_words", 0)
    for k in range(j, min(j + gap, len(toks)) + 1):
        if k > j and (k >= len(toks) or not _joined(text, toks, k)):
            break
        end = _scope_at(text, toks, k, data)
        if end > k:
            return end
    return j


def superlatives(text: str, toks: Sequence[Token], data: RuleData) -> list[tuple[int, int]]:
    """'the most admired coach in the league', 'the world's finest', 'the best team in the world'."""
    out = []
    for k, (_, _, word) in enumerate(toks):
        head = k + 1 if word == "most" else k
        if head >= len(toks) or (word == "most" and toks[head][2] not in data.most):
            continue
        if word != "most" and word not in data.est and word not in data.est_tail:
            continue
        if k == 0 or toks[k - 1][2] not in ("the", "s") or not _joined(text, toks, k):
            continue
        end = extend_right(text, toks, head + 1, data)
        tail = _scope_end(text, toks, end, data)
        if word in data.est_tail and tail == end:
            continue
        start = k - 1 if toks[k - 1][2] == "the" else max(k - 2, 0)  # "the" / "the world's"
        if start >= 2 and [t[2] for t in toks[start - 2 : start]] == ["one", "of"]:
            start -= 2
        out.append((start, tail))
    return out


def _member_end(text: str, toks: Sequence[Token], q: int, data: RuleData) -> int:
    """Past-the-end token of one member of a list ('great conduct of statecraft')."""
    limit = data.config["coordinated_praise"]["max_words_per_member"]
    k, taken = q, 0
    while k < len(toks) and taken < limit and (k == q or _joined(text, toks, k)):
        word = toks[k][2]
        if (
            word == "of"
            and taken
            and k + 1 < len(toks)
            and toks[k + 1][2] not in data.function_words
        ):
            k += 1
            continue
        if word in data.function_words or word in ("and", "or"):
            break
        k, taken = k + 1, taken + 1
    return k


def _next_member(text: str, toks: Sequence[Token], p: int) -> tuple[int, bool] | None:
    """Where the next list member starts after token ``p - 1`` and whether it is the last one."""
    if p >= len(toks):
        return None
    gap = text[toks[p - 1][1] : toks[p][0]].strip()
    if gap == "," and toks[p][2] in ("and", "or"):
        return p + 1, True
    if gap == ",":
        return p, False
    if gap == "" and toks[p][2] in ("and", "or"):
        return p + 1, True
    return None


def coordinated_praise(
    text: str, toks: Sequence[Token], data: RuleData
) -> list[tuple[int, int, list[str]]]:
    """Lists such as 'courage, wisdom and tireless service to the city' (2+ praise members)."""
    out, k, n = [], 0, len(toks)
    while k < n:
        if toks[k][2] not in data.praise_nouns:
            k += 1
            continue
        members = [(k, _member_end(text, toks, k, data))]
        while True:
            step = _next_member(text, toks, members[-1][1])
            if step is None or step[0] >= n:
                break
            end = _member_end(text, toks, step[0], data)
            if end == step[0]:
                break
            members.append((step[0], end))
            if step[1]:
                break
        praised = [
            text[toks[a][0] : toks[b - 1][1]]
            for a, b in members
            if any(t[2] in data.praise_nouns for t in toks[a:b])
        ]
        if len(praised) >= data.config["coordinated_praise"]["min_members"]:
            out.append((members[0][0], members[-1][1], praised))
        k = members[-1][1]
    return out


def joiner_between(toks: Sequence[Token], a_end: int, b_start: int, data: RuleData) -> bool:
    """Whether the tokens between two flags are one of the merge rule's joiners ('from the')."""
    words = " ".join(t[2] for t in toks[a_end:b_start])
    return words in data.config["merge"]["joiners"]
