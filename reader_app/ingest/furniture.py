"""Marks page furniture line by line: rule matches, caption echoes, running headers, page numbers."""

from __future__ import annotations

import re
from collections import Counter

from reader_app.ingest.bylines import name_role_line, parse_byline
from reader_app.ingest.lines import Line, ends_sentence, is_bullet, normalize_spaces
from reader_app.ingest.rules import CleanupRule, cleanup_rules, max_line_chars

_QUOTED_TITLE = re.compile(r"[:\-–—]\s*['‘\"“](?P<title>.+?)['’\"”]\s*$")
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE)
_LIST_ITEM_CHARS = 120
RUNNING = "running header/footer"
FOOTNOTE = "footnote"
# '1 Figures from ...', '¹ See ...', '* Names changed': a numbered or starred note in its own block.
_FOOTNOTE = re.compile(r"^(?P<mark>\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹]|\*{1,3}|†|‡)\.?\s+(?=[A-Z])\S")
_FOOTNOTE_CHARS = 300
PAGE_NUMBER = "page number"


def mark_rule_lines(lines: list[Line], marks: dict[int, str]) -> None:
    """Whole lines matched by a 'line' rule, plus what a rule says goes with them."""
    limit = max_line_chars()
    rules = [r for r in cleanup_rules() if r.scope == "line"]
    echo: tuple[str, str] | None = None  # (caption title, reason) waiting for its repeat
    follow: tuple[str, str] | None = None  # (reason, "next" | "list" | "block") for lines below a match
    order = {ln.index: n for n, ln in enumerate(ln for ln in lines if not ln.is_blank)}
    for line in lines:
        if line.is_blank and follow and follow[1] in ("block", "headlines"):
            follow = None
        if line.index in marks or line.is_blank:
            continue
        text = normalize_spaces(line.text)
        if echo and text == echo[0]:
            marks[line.index] = echo[1]
            continue
        if follow and _follows(follow[1], text):
            marks[line.index] = follow[0]
            follow = None if follow[1] == "next" else follow
            continue
        follow = None
        place = (order[line.index], len(order) - order[line.index])
        rule = _matching_rule(rules, text, limit, place)
        if rule is None:
            continue
        marks[line.index] = rule.category
        quoted = _QUOTED_TITLE.search(text)
        echo = (normalize_spaces(quoted.group("title")), rule.category) if quoted else echo
        if rule.next_line_category:
            follow = (rule.next_line_category, "next")
        elif rule.swallow_block:
            follow = (rule.category, "block")
        elif rule.swallow_list and len(text.split()) <= 6:
            # a bare heading ('More on this story') lists headlines with no bullets in pasted pages
            follow = (rule.category, "list" if ":" in text else "headlines")


def _follows(mode: str, text: str) -> bool:
    """Whether a line belongs to what the previous rule match announced."""
    if mode == "list":
        return is_bullet(text) and len(text) <= _LIST_ITEM_CHARS
    if mode == "headlines":  # until the next sentence of prose
        question = text.endswith("?") and len(text.split()) <= 12  # 'Why are fares rising?' is a headline too
        return len(text) <= _LIST_ITEM_CHARS and (is_bullet(text) or question or not ends_sentence(text))
    if mode == "block":
        return len(text) <= _LIST_ITEM_CHARS
    return True


def _matching_rule(rules: list[CleanupRule], text: str, limit: int, place: tuple[int, int]) -> CleanupRule | None:
    """``place`` is (non-blank lines above, non-blank lines from the end) for head/tail-only rules."""
    if len(text) > limit or parse_byline(text) or name_role_line(text):
        return None  # bylines are metadata, never furniture
    return next((r for r in rules if r.may_match(text) and (not r.head or place[0] < r.head)
                 and (not r.tail or place[1] <= r.tail) and r.regex.fullmatch(text)), None)


def inline_cuts(lines: list[Line], marks: dict[int, str]) -> list[tuple[int, int, str]]:
    """(raw_start, raw_end, reason) of 'inline' rule matches inside kept lines."""
    cuts = []
    rules = [r for r in cleanup_rules() if r.scope == "inline"]
    for line in lines:
        if line.index in marks or line.is_blank:
            continue
        for rule in (r for r in rules if r.may_match(line.text)):
            for match in rule.regex.finditer(line.text):
                cuts.append((line.start + match.start(), line.start + match.end(), rule.category))
    return sorted(cuts)


def pages_of(lines: list[Line]) -> list[list[Line]]:
    """Lines grouped by page (form feeds separate pages); blank lines left out."""
    pages: list[list[Line]] = [[]]
    for line in lines:
        if line.is_page_break:
            pages.append([])
        elif not line.is_blank:
            pages[-1].append(line)
    return [p for p in pages if p]


def mark_page_furniture(lines: list[Line], marks: dict[int, str]) -> None:
    """Lines repeating at the top or bottom of most pages, and bare page numbers there."""
    pages = pages_of(lines)
    if len(pages) < 2:
        return
    # Only lines standing apart (blank line or page edge around them) can be headers or footers.
    edges = [[ln for ln in page[:2] + page[-2:] if _isolated(lines, ln)] for page in pages]
    counts = Counter()
    for edge in edges:
        counts.update({_running_key(line.text) for line in edge})
    needed = max(2, (len(pages) + 1) // 2)
    for edge in edges:
        for line in edge:
            text = normalize_spaces(line.text)
            if _PAGE_NUMBER.match(text):
                marks[line.index] = PAGE_NUMBER
            elif counts[_running_key(line.text)] >= needed and _header_like(text):
                marks[line.index] = RUNNING


def _header_like(text: str) -> bool:
    """Headers and footers are short labels; a sentence repeated on every page is body text."""
    return len(text) <= 120 and (not ends_sentence(text) or len(text.split()) <= 4)


def _isolated(lines: list[Line], line: Line) -> bool:
    before = lines[line.index - 1] if line.index > 0 else None
    after = lines[line.index + 1] if line.index + 1 < len(lines) else None
    return all(n is None or n.is_blank or n.is_page_break for n in (before, after))


def _running_key(text: str) -> str:
    """Page numbers and dates change from page to page; the header around them does not."""
    return re.sub(r"\d+", "#", normalize_spaces(text).lower())


def mark_footnotes(lines: list[Line], marks: dict[int, str]) -> None:
    """Footnotes at the foot of PDF pages (above the page number).

    Only texts with page breaks, only the last kept lines of a page, each standing apart from the
    body by a blank line: a numbered list in the body sits among its paragraphs instead.
    """
    pages = pages_of(lines)
    if len(pages) < 2:
        return
    for page in pages:
        kept = [ln for ln in page if ln.index not in marks]
        for line in reversed(kept[1:]):
            match = _FOOTNOTE.match(normalize_spaces(line.text))
            above = lines[line.index - 1]
            if not match or len(line.text) > _FOOTNOTE_CHARS or not (above.is_blank or above.index in marks):
                break
            marks[line.index] = FOOTNOTE


def footnote_ref_cuts(lines: list[Line], marks: dict[int, str], refs: list[str]) -> list[tuple[int, int, str]]:
    """The note numbers glued to the body ('as forecast.1'), for the notes found at page feet."""
    if not refs:
        return []
    alternation = "|".join(re.escape(r) for r in sorted(set(refs), key=len, reverse=True))
    pattern = re.compile(rf"(?<=[^\W\d_][.,;:!?”\"’)])(?:{alternation})(?=\s|$)")
    cuts = []
    for line in lines:
        if line.index not in marks and not line.is_blank:
            cuts += [(line.start + m.start(), line.start + m.end(), "footnote mark") for m in pattern.finditer(line.text)]
    return cuts
