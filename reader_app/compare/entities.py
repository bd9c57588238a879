"""Finds names in text without a trained model: capitalised sequences, titles, acronyms, kind cues."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reader_app.compare.lexicon import Lexicon, lexicon

_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ſƀ-ɏ]+(?:[-'’.][A-Za-zÀ-ÖØ-öø-ÿĀ-ſƀ-ɏ]+)*\.?|[^\sA-Za-z]")
_CONNECTORS = frozenset(
    {"of", "for", "de", "al", "el", "bin", "ibn", "van", "von", "der", "la", "le"}
)
_SPEECH = frozenset({"said", "says", "told", "tells", "wrote", "stressed", "added", "noted", "explained",
                     "promised", "vowed", "denied", "insisted", "argued", "claimed", "opined", "continued"})  # fmt: skip
_DEMONYM_ENDINGS = ("ian", "ean", "an", "ani", "i", "ese", "ish")


@dataclass(frozen=True)
class RawMention:
    """One capitalised name as written, with the cues that hint at its kind."""

    article: str
    start: int
    end: int
    text: str
    cues: tuple[
        str, ...
    ]  # "title", "speech", "org_head", "acronym", "place_head", "place_prep", "demonym"
    initial: bool  # first word of a sentence (capitalised for that reason alone?)


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _is_acronym(tok: str) -> bool:
    letters = tok.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


def find_names(
    article_id: str, text: str, sentences: Sequence[tuple[int, int]]
) -> list[RawMention]:
    """Capitalised sequences in each sentence, titles stripped, sentence-initial function words skipped."""
    lex = lexicon()
    out: list[RawMention] = []
    for s, e in sentences:
        tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, s, e)]
        out.extend(_names_in_sentence(article_id, text, tokens, lex))
    return out


def _names_in_sentence(article_id, text, tokens, lex: Lexicon) -> list[RawMention]:
    out, i, n = [], 0, len(tokens)
    while i < n:
        if not _name_word(tokens[i][2]):
            i += 1
            continue
        j = i + 1
        while (
            j < n
            and not _possessive(tokens[j - 1][2])
            and (
                _name_word(tokens[j][2])
                or (
                    tokens[j][2] in _CONNECTORS
                    and j + 1 < n
                    and _name_word(tokens[j + 1][2])
                    and not _direction(tokens, i, j, lex)
                )
            )
        ):
            j += 1
        for a, b, titled in _split_at_titles(tokens, i, j, lex):
            mention = _make_mention(article_id, text, tokens, a, b, titled, lex)
            if mention is not None:
                out.append(mention)
        i = j
    return out


def _direction(tokens, i, j, lex: Lexicon) -> bool:
    """ "left Port Sabel for Ak-Bazar": "for" between two names is a direction, not part of one
    name, unless the name so far is one word or ends in an organisation head ("Physicians for
    Human Rights", "National Council for the Arts")."""
    return tokens[j][2] == "for" and j - i > 1 and tokens[j - 1][2].lower() not in lex.org_heads


_ARTICLE_JOINED = re.compile(r"(?:al|el|ul|ad|ed|ar|as|ash|at|az|an|es)-[A-Z]")


def _name_word(tok: str) -> bool:
    """A capitalised word, or one behind a lower-case Arabic article ("al-Bahr", "el-Din")."""
    return (tok[:1].isupper() and tok[:1].isalpha()) or _ARTICLE_JOINED.match(tok) is not None


def _possessive(tok: str) -> bool:
    return tok.endswith(("'s", "’s"))


def _split_at_titles(tokens, i, j, lex: Lexicon):
    """``Brazilian President Ana Souza`` -> (``Brazilian``, no title), (``Ana Souza``, titled)."""
    pieces, start, titled = [], i, False
    for k in range(i, j):
        word = tokens[k][2].rstrip(".").lower()
        if word in lex.titles or (k + 1 < j and f"{word} {tokens[k + 1][2].lower()}" in lex.titles):
            if k > start:
                pieces.append((start, k, titled))
            start, titled = k + 1, True
    if start < j:
        pieces.append((start, j, titled))
    return pieces


def _make_mention(article_id, text, tokens, i, j, titled, lex: Lexicon) -> RawMention | None:
    initial = i == 0 or not (tokens[i - 1][2][:1].isalpha() or tokens[i - 1][2] in ",(&/")
    while i < j and (
        tokens[i][2].lower() in _CONNECTORS
        or (initial and tokens[i][2].lower() in lex.skip_initial)
    ):
        i, initial = i + 1, False
    while j > i and tokens[j - 1][2].lower() in _CONNECTORS:
        j -= 1
    words = [t[2] for t in tokens[i:j]]
    if not words or len(words) > 8 or any(_not_name(w, lex) for w in words[:1]):
        return None
    if len(words) == 1 and words[0].lower() in lex.skip_initial:
        return None  # a capitalised function word ("In", "However") is never a name
    cues = (["title"] if titled else []) + _cues(tokens, i, j, words, lex)
    start, end = tokens[i][0], tokens[j - 1][1]
    surface = text[start:end]
    for suffix in ("’s", "'s", "."):
        if surface.endswith(suffix) and not _is_acronym(surface):
            end -= len(suffix)
            surface = text[start:end]
    return (
        RawMention(article_id, start, end, surface, tuple(cues), initial)
        if len(surface) > 1
        else None
    )


def _not_name(word: str, lex: Lexicon) -> bool:
    w = word.rstrip(".").lower()
    return w in lex.not_entity or w[:3] in _MONTH_PREFIXES and w in _MONTH_WORDS or len(w) < 2


_MONTH_WORDS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
_MONTH_PREFIXES = frozenset(w[:3] for w in _MONTH_WORDS)


def _cues(tokens, i, j, words, lex: Lexicon) -> list[str]:
    cues = []
    words = [w.rstrip(".") if not _is_acronym(w) else w for w in words]
    last = words[-1].lower()
    if last in lex.org_heads or any(w.lower() in lex.org_heads for w in words[1:]):
        cues.append("org_head")
    if len(words) == 1 and _is_acronym(words[0]):
        cues.append("acronym")
    if len(words) > 1 and last in lex.other_heads:
        cues.append("other_head")
    if last in lex.place_heads or (
        j < len(tokens) and tokens[j][2].lower().rstrip(".") in lex.place_heads
    ):
        cues.append("place_head")
    before = tokens[i - 1][2].lower() if i > 0 else ""
    if before == "the" and i > 1:
        before = tokens[i - 2][2].lower()
    if before in lex.place_preps:
        cues.append("place_prep")
    if before == "of" and i > 1 and tokens[i - 2][2].lower() in lex.place_heads:
        cues.append("place_head")  # "the city of X"
    after = " ".join(t[2].lower() for t in tokens[j : j + 2])
    if any(w in _SPEECH for w in after.split()[:2]) or before in _SPEECH:
        cues.append("speech")
    return cues


def demonym_base(word: str, names: set[str]) -> str | None:
    """The place a nationality word points to, if the collection names it ("Iranian" -> "Iran")."""
    w = word.lower()
    for ending in _DEMONYM_ENDINGS:
        if w.endswith(ending) and len(w) > len(ending) + 2:
            stem = w[: -len(ending)]
            for cand in (stem, stem + "a", stem + "ia", stem + "y"):
                if cand in names and cand != w:
                    return cand
    return None


def decide_kind(cues: Counter[str], words: int) -> str:
    """A kind from the cues seen on all of an entity's mentions."""
    if cues["org_head"] or cues["acronym"]:
        return "organisation"
    if cues["other_head"]:
        return "other"
    if cues["title"] or (cues["speech"] and words >= 2):
        return "person"
    if cues["place_head"] or cues["place_prep"] or cues["demonym_of"]:
        return "place"
    if cues["speech"]:
        return "person"
    return "person" if words in (2, 3) and not cues["common_word"] else "other"
