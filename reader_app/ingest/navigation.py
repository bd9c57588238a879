"""Navigation bars: a row of short menu words ('Home  News  Sport  Video') copied from a page's top."""

from __future__ import annotations

import re

from reader_app.ingest.lines import Line

NAV_BAR = "navigation"  # the same reason as the menu rules in cleanup_rules.toml
# Menu items are split by two or more spaces, a tab, or a separator glyph; one space joins words of one item.
_SEPARATOR = re.compile(r"\s{2,}|\t|\s*[|•·]\s*")
_MIN_ITEMS = 4
_MAX_ITEM_WORDS = 3  # 'How-To', 'Science & Environment', 'In Pictures'
_MAX_CHARS = 200


def nav_bar(raw_line: str) -> bool:
    """True for a menu row: 4+ items of 1-3 capitalised words each, no sentence punctuation."""
    text = raw_line.strip()
    if len(text) > _MAX_CHARS or not _SEPARATOR.search(text):
        return False
    items = [item for item in _SEPARATOR.split(text) if item]
    return len(items) >= _MIN_ITEMS and all(_menu_item(item) for item in items)


def _menu_item(item: str) -> bool:
    words = item.split()
    if not 1 <= len(words) <= _MAX_ITEM_WORDS or any(ch in item for ch in ".,;:!?\"“”"):
        return False
    return words[0][:1].isupper()  # a table row of figures ('Arsenal  12  8  3') is not a menu


def mark_nav_bars(lines: list[Line], marks: dict[int, str]) -> None:
    """Every menu row anywhere on the page (top bars and footer menus alike)."""
    for line in lines:
        if not line.is_blank and not line.is_page_break and line.index not in marks and nav_bar(line.text):
            marks[line.index] = NAV_BAR
