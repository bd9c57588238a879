"""Term-variant candidates: each referent head noun in an article with the words that frame it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader_app.compare.lexicon import Lexicon, lexicon, stem
from reader_app.model import Article

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*(?:-[A-Za-z]+)*|[A-Za-z]+(?:[-'’][A-Za-z]+)*|[^\sA-Za-z\d]|\n")
_PREPS = frozenset({"by", "to", "from", "of"})
_STOP_AFTER = frozenset(
    {"since", "until", "in", "for", "and", "but", "that", "which", "who", "when"}
)
_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "this", "that"}
)
PRIORITY = {"loaded": 0, "status": 1, "name": 2, "length": 3, "plain": 4}


@dataclass(frozen=True)
class Candidate:
    article: str
    start: int
    end: int
    text: str
    group: str  # referent group of the head noun
    head: str
    modifier: str  # normalised modifier key, to tell variants apart
    reason: str  # "loaded", "status", "name", "length"


def candidates(art: Article, loaded: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    toks = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(art.text)]
    out = []
    for k, (s, e, word) in enumerate(toks):
        group = lex.heads.get(word.lower())
        if group is None:
            continue
        head_loaded = _reason(toks, k, loaded, lex) == "loaded"
        plain = (
            k,
            k,
            "loaded"
            if head_loaded
            else ("plain" if word.islower() or _starts_sentence(toks, k) else ""),
            stem(word),
        )
        for a, b, reason, mod in (
            _before(toks, k, loaded, lex),
            _after(toks, k, loaded, lex),
            plain,
        ):
            if reason == "name" and not head_loaded and lex.head_kinds.get(group) == "place":
                continue  # "Kent county" names a place; "Patriotic War", "X occupation" frame it
            if head_loaded and reason in ("name", "length"):
                reason = "loaded"
            if reason:
                start, end = toks[a][0], toks[b][1]
                out.append(
                    Candidate(
                        art.id, start, end, art.text[start:end], group, stem(word), mod, reason
                    )
                )
    return out


def _starts_sentence(toks, k) -> bool:
    """ "Protesters gathered ...": capitalised only because a sentence starts there."""
    return k == 0 or toks[k - 1][2] in (".", "!", "?", "\n", '"', "“")


def _reason(toks, k, loaded, lex: Lexicon) -> str:
    """Why the word at k frames its head: loaded wording, a status verb, a proper name, a length."""
    s, e, word = toks[k]
    low = word.lower()
    if any(a <= s and e <= b or s <= a < e for a, b in loaded):
        return "loaded"
    if lex.concept.get(low, lex.concept.get(stem(low))) in (
        "capture",
        "handover",
        "control",
        "incumbent",
    ):
        return "status"
    if _is_length(toks, k, lex):
        return "length"
    if word[:1].isupper() and k > 0 and (toks[k - 1][2][:1].isalpha() or toks[k - 1][2] == ","):
        return "name"  # a capital after a word or comma, not at a sentence or bullet start
    return ""


def _is_length(toks, k, lex: Lexicon) -> bool:
    """ "44-day", "six weeks", "30 years": a duration, which frames how long something lasted."""
    word = toks[k][2].lower()
    number = word[:1].isdigit() or word in lex.numbers
    unit_next = k + 1 < len(toks) and lex.units.get(toks[k + 1][2].lower(), ("",))[0] == "duration"
    if number and (
        "-" in word and lex.units.get(word.split("-")[-1], ("",))[0] == "duration" or unit_next
    ):
        return True
    prev = toks[k - 1][2].lower() if k > 0 else ""
    return lex.units.get(word, ("",))[0] == "duration" and (
        prev[:1].isdigit() or prev in lex.numbers
    )


def _before(toks, k, loaded, lex):
    """Premodifiers: "occupied Syrian territories", "Great Patriotic War", "six weeks of fighting"."""
    start, reasons, j = k, [], k - 1
    while j >= 0 and k - j <= 4:
        word = toks[j][2]
        if not word[:1].isalnum() or word.lower() in _DETERMINERS or word.endswith(("'s", "’s")):
            break
        why = _reason(toks, j, loaded, lex)
        if why:
            start = j
            reasons.append(why)
        elif word.lower() in lex.stopwords and word.lower() != "of":
            break
        j -= 1
    if not reasons:
        return k, k, "", ""
    mod = " ".join(stem(t[2]) for t in toks[start:k] if t[2].lower() != "of")
    return start, k, min(reasons, key=PRIORITY.__getitem__), mod


def _after(toks, k, loaded, lex):
    """Postmodifiers: "city seized by rebels", "town handed over to X", "control of X forces"."""
    j = k + 1
    if j >= len(toks):
        return k, k, "", ""
    if lex.heads.get(toks[k][2].lower()) == "control" and toks[j][2] == "of":
        end = _phrase_end(toks, j + 1, 7)
        start = k - 2 if k >= 2 and toks[k - 2][2].lower() == "under" else k
        return start, end, "status", "control of " + stem(toks[end][2])
    owner = _owner_title(toks, j, lex)
    if owner:
        return k, owner, "status", "of " + stem(toks[owner][2])
    aim = _loaded_object(toks, j, loaded, lex)
    if aim:
        return k, aim, "loaded", "for " + stem(toks[aim][2])
    why = _reason(toks, j, loaded, lex)
    word = toks[j][2]
    participle = why == "status" or (
        why == "loaded" and word.islower() and word.endswith(("ed", "en"))
    )
    if not participle:
        return k, k, "", ""  # only "town seized by ...", "city freed from ...": a verb form
    end = j + 1 if j + 1 < len(toks) and toks[j + 1][2].lower() in ("over", "out", "up") else j
    if end + 1 < len(toks) and toks[end + 1][2].lower() in _PREPS:
        end = _phrase_end(toks, end + 2, 3)
    return k, end, why, stem(toks[j][2])


def _owner_title(toks, j, lex) -> int:
    """ "party of the president", "forces of the minister": the referent framed by whose it is;
    the index of the title word, or 0."""
    if j + 2 >= len(toks) or toks[j][2].lower() != "of":
        return 0
    det, title = toks[j + 1][2].lower(), toks[j + 2][2].lower()
    return j + 2 if det in _DETERMINERS and title in lex.titles else 0


def _loaded_object(toks, j, loaded, lex) -> int:
    """ "calls for chaos", "campaign of lies": a loaded noun right after "for"/"of" frames the
    referent; the index of that noun, or 0."""
    if j + 1 >= len(toks) or toks[j][2].lower() not in ("for", "of"):
        return 0
    n = j + 2 if toks[j + 1][2].lower() in _DETERMINERS else j + 1
    return n if n < len(toks) and _reason(toks, n, loaded, lex) == "loaded" else 0


def _phrase_end(toks, j, limit) -> int:
    """Last token of a short noun phrase starting at j ("the rebels"): stops at punctuation,
    a function word after the first content word, or a clause word."""
    last, content = j - 1, 0
    while j < len(toks) and content < limit and toks[j][2][:1].isalnum():
        low = toks[j][2].lower()
        nxt = toks[j + 1][2] if j + 1 < len(toks) else ""
        joins = low in _PREPS and (
            nxt[:1].isupper() or nxt.lower() in _DETERMINERS
        )  # "backed by X"
        if low in _STOP_AFTER or (content and low in lexicon().stopwords and not joins):
            break
        if low not in _DETERMINERS:
            content += 1
        last, j = j, j + 1
    return last
