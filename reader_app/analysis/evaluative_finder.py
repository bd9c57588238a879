"""One article-wide regex for where a list phrase or a wording rule could start, so the flags step
tokenises and scans only the sentences (and words) that can hold a flag.

The search is a superset: every token at which ``PhraseIndex.scan`` or a rule of
``evaluative_rules`` / ``evaluative_hedges`` can match is found (a few others are too, which only
costs a closer look). It runs over the article lowercased with every character outside a word
made a space (``evaluative_match.word_spaced``), so it needs no IGNORECASE, a gap is a run of
spaces and each word start follows a space: a literal, which ``re`` skips to by a plain scan
(a character class such as ``[^0-9a-z]`` is tested at every character, ~30 % slower in all).
Keep the rule triggers below in step with the rules: a rule that starts matching something new
must add its start here, or it is never tried.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reader_app.analysis.evaluative_hedges import HedgeData
from reader_app.analysis.evaluative_match import PhraseIndex
from reader_app.analysis.evaluative_rules import RuleData

# Symbols inside spelled phrases (never in a word, which is letters and digits only).
_GAP, _SPACE, _STEM = "\x00", "\x01", "\x02"
_SYMBOL = {
    # evaluative_match._GAP and _COMMA_GAP (17 of spaces, dashes, apostrophes, one comma) in short:
    # a longer regex takes longer to compile and is no faster. At least one character: two
    # tokens always have one between them, and an empty gap would try the next word mid-word.
    _GAP: r" {1,17}",
    _SPACE: r" {1,8}",  # evaluative_hedges._SPACE (whitespace; a space here, as all but words are)
    _STEM: r"[^ ]*",  # the rest of a prefix word ("plunder*")
}
_WORD_END = r"(?![^ ])"


@dataclass(frozen=True)
class Finder:
    """Where flags can start: the regex matches the space before each possible start."""

    regex: re.Pattern[str]

    def positions(self, spaced: str) -> list[int]:
        """Sorted offsets where a flag can start in ``spaced`` (the lowercased article with all but
        its words made spaces: ``evaluative_match.word_spaced``)."""
        found = [m.end() for m in self.regex.finditer(spaced)]
        if spaced[:1] not in ("", " ") and self.regex.match(" " + spaced):  # no space before
            found.insert(0, 0)
        return found


def _spellings(words: Sequence[frozenset[str] | str]) -> list[str]:
    """Every way the words can be written: one string per combination of their forms."""
    out = [""]
    for k, want in enumerate(words):
        link = _GAP if k else ""
        forms = [want + _STEM] if isinstance(want, str) else sorted(want)
        out = [o + link + f for o in out for f in forms]
    return out


def _words(words: Iterable[str]) -> str:
    """A whole word out of ``words`` (a trie like the phrases')."""
    return "(?:" + _emit(_trie(words)) + ")"  # each word ends in _WORD_END


def rule_starts(rules: RuleData, hedges: HedgeData) -> tuple[list[str], dict[str, str]]:
    """Spelled starts of the rules (a word each rule needs and what must follow it) and the
    symbols they end in: each stands for a regex of what may follow. A sentence without one
    cannot give the rule a match."""
    symbols = {
        # superlatives: 'most' and a praise adjective as the next word (whatever lies between)
        "\x05": r" *" + _words(rules.most),
        # modal hedges: the word after the modal is an adverb allowed between, a verb, have or be
        "\x06": _SYMBOL[_SPACE] + _words(hedges.between | hedges.verbs | {"have", "be"}),
        # vague sources: every way in (quantifier, adjective, bare group) reaches group + verb
        "\x07": _SYMBOL[_SPACE] + _words(hedges.source_verbs | {"of"}),
    }
    spellings = (
        ["most\x05"]
        + sorted(rules.est | rules.est_tail)  # superlatives that praise alone or with a scope
        + sorted(rules.praise_nouns)  # coordinated praise: a list opening with a praise noun
        + [m + "\x06" for m in sorted(hedges.modals)]
        + [g + "\x07" for g in sorted(hedges.any_group)]
    )
    return spellings, symbols


def _trie(spellings: Iterable[str]) -> dict:
    root: dict = {}
    for s in spellings:
        node = root
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


def _letters(node: dict) -> str | None:
    """The tails below ``node`` as one regex when all are plain letters ('s', 'es'), else None."""
    branches = []
    for ch, child in sorted(node.items()):
        if ch:
            rest = None if ch in _SYMBOL or ch < " " else _letters(child)
            if rest is None:
                return None
            branches.append(re.escape(ch) + rest)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _emit(node: dict, symbols: dict[str, str] = _SYMBOL) -> str:
    """A branch per next character. A finished spelling needs only its word end: any longer
    spelling through a gap or a rule's follow-up passes that end too, so those branches go."""
    tails = _letters(node)
    if node and tails is not None:
        return tails + _WORD_END  # one word end after all the inflections
    done = "" in node
    branches = [_WORD_END] if done else []
    for ch, child in sorted(node.items()):
        if ch and not (done and ch in symbols and ch != _STEM):
            branches.append(symbols.get(ch, re.escape(ch)) + _emit(child, symbols))
    if not branches:
        return ""
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def build_finder(
    index: PhraseIndex, extra: Iterable[str] = (), symbols: dict[str, str] | None = None
) -> Finder:
    """The finder for ``index``'s patterns plus ``extra`` spelled starts (``rule_starts``)."""
    spellings = [s for p in index.patterns for s in _spellings(p.words)] + list(extra)
    table = {**_SYMBOL, **(symbols or {})}
    body = _emit(_trie(spellings), table) if spellings else "(?!)"
    # It opens with the space before the start: a pattern opening with a lookbehind would be tried
    # at every position, one opening with a literal only where that character is.
    return Finder(re.compile(rf" (?={body})"))
