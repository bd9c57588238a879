"""The top of an article: masthead, bylines, date lines and genre labels move out as metadata."""

from __future__ import annotations

import re

from reader_app.ingest.bylines import (
    affiliation_line,
    byline_block,
    date_line,
    name_line,
    name_role_line,
    parse_byline,
    role_line,
    staff_line,
)
from reader_app.ingest.genre import is_genre_label
from reader_app.ingest.lines import Line, ends_sentence, is_all_caps, is_prose, normalize_spaces
from reader_app.ingest.navigation import nav_bar
from reader_app.ingest.rules import cue_set

META_LINE = "byline/date line (kept as metadata)"
LABEL_LINE = "genre label (kept as metadata)"
MASTHEAD = "masthead"
SECTION = "section label"
_SECTION_WORDS = 2  # 'World', 'Local News'; three-word lines are more often headlines
_SECTION_SCAN = 6
_HEADER_LINES = 15
_MAST_WORDS = 6
_SHORT_LINE = 60
_TAGLINE_WORDS = 10
_FOOTER_LINES = 3
REPORTING_FROM = re.compile(r"^(?:Reporting|Reported|Writing) from (?P<place>[A-Z][\w .'’-]{1,40}?)(?:,[^\n]{1,40})?$")
_FOOTER_DATE_WORDS = 12
# 'Ana Ruiz and Tom Hale in Lagos': two writers and where they filed, with no 'By' (one name could be a headline).
_NAMES_IN = re.compile(r"^(?P<names>[A-Z][\w'’. -]{2,40}? and [A-Z][\w'’. -]{2,40}?) in (?P<place>[A-Z][\w .'’-]{1,40})$")


def names_in_place(text: str) -> tuple[str, str] | None:
    """(authors, place) for a 'Jane Doe and Li Wei in Nairobi' byline line, else None."""
    match = _NAMES_IN.match(normalize_spaces(text))
    if not match or not all(name_line(n) for n in match.group("names").split(" and ")):
        return None
    return match.group("names"), match.group("place").strip()


def mark_header_meta(lines: list[Line], marks: dict[int, str]) -> None:
    """Byline blocks, date lines and genre labels near the top (one standfirst may sit among them)."""
    seen = prose = 0
    i = 0
    while i < len(lines) and seen < _HEADER_LINES:
        line = lines[i]
        if line.is_blank or line.is_page_break or line.index in marks:
            i += 1
            continue
        text = normalize_spaces(line.text)
        seen += 1
        if is_prose(text) and not date_line(text):
            prose += 1
            if prose > 1:
                break
            i += 1
            continue
        if parse_byline(text) or name_role_line(text):
            block = byline_block(lines, i)
            for member in block:
                marks[member.index] = META_LINE
            i += len(block)
            continue
        if is_genre_label(text):
            marks[line.index] = LABEL_LINE
        elif date_line(text) or staff_line(text) or REPORTING_FROM.match(text) or names_in_place(text):
            marks[line.index] = META_LINE
        elif _name_above_date(lines, i):
            marks[line.index] = marks[line.index + 1] = META_LINE
            i += 1
        elif role := _role_below_name(lines, i):
            marks[line.index] = marks[role.index] = META_LINE
            i = role.index
        i += 1


def mark_footer_date(lines: list[Line], marks: dict[int, str]) -> None:
    """A date line under the story ('Updated: May 3, 2024, 14:02 IST'), as some sites print it."""
    kept = [ln for ln in lines if not ln.is_blank and not ln.is_page_break and ln.index not in marks]
    for line in kept[-_FOOTER_LINES:]:
        text = normalize_spaces(line.text)
        if len(text.split()) <= _FOOTER_DATE_WORDS and date_line(text):
            marks[line.index] = META_LINE


def _name_above_date(lines: list[Line], i: int) -> bool:
    """'Jane Doe' directly above its date line: the byline of pages that print no 'By'."""
    below = lines[i + 1] if i + 1 < len(lines) else None
    return bool(below and not below.is_blank and name_line(lines[i].text) and date_line(below.text))


def _role_below_name(lines: list[Line], i: int) -> Line | None:
    """The 'Political Editor' line under 'Jane Doe' (a blank line may sit between): a byline without 'By'."""
    below = next((ln for ln in lines[i + 1:i + 3] if not ln.is_blank), None)
    if below and name_line(lines[i].text) and (role_line(below.text) or affiliation_line(below.text)):
        return below
    return None


def mark_masthead(lines: list[Line], marks: dict[int, str]) -> None:
    """The outlet's name with its tagline or section label above the headline.

    Only a first block of two or more short lines whose first line looks like a name
    (capitals or Title Case, a few words), followed by a short headline-like line: a headline
    with its standfirst is followed by prose or a byline instead.
    """
    block = _first_block(lines, marks)
    if not block or len(block) < 2 and not _lone_masthead(block[0].text) or block[0].index in marks:
        return
    texts = [normalize_spaces(ln.text) for ln in block]
    if any(len(t) > _SHORT_LINE or parse_byline(t) or date_line(t) for t in texts) or not _mast_like(texts[0]):
        return
    after = _next_kept(lines, block[-1].index + 1, marks)
    if after is None or not headline_like(normalize_spaces(after.text)):
        return
    for line, text in zip(block, texts):
        if line.index not in marks:
            marks[line.index] = LABEL_LINE if is_genre_label(text) else MASTHEAD


def mark_section_labels(lines: list[Line], marks: dict[int, str]) -> None:
    """'World', 'Local News', 'Business' above the headline: short capitalised labels, no sentence.

    Only when a headline-like line follows them within the first few lines; date lines may sit between.
    """
    labels: list[Line] = []
    kept = [ln for ln in lines if not ln.is_blank and not ln.is_page_break and ln.index not in marks]
    for line in kept[:_SECTION_SCAN]:
        text = normalize_spaces(line.text)
        if date_line(text):
            continue
        if _section_like(text):
            labels.append(line)
            continue
        if labels and headline_like(text):
            for label in labels:
                marks[label.index] = SECTION
        return


def _section_like(text: str) -> bool:
    words = text.split()
    joined = len(words) == 3 and words[1].lower() in ("and", "&")  # 'Science & Environment'
    return ((len(words) <= _SECTION_WORDS or joined) and words and not ends_sentence(text) and not is_genre_label(text)
            and not any(ch.isdigit() for ch in text) and not name_line(text)
            and all(w[:1].isupper() or w.lower() in ("and", "&", "of") for w in words))


def _first_block(lines: list[Line], marks: dict[int, str]) -> list[Line]:
    block: list[Line] = []
    for line in lines:
        if not block and nav_bar(line.text):
            continue  # a menu row above the masthead ('Home  News  Sport  Video')
        if line.is_blank or line.is_page_break:
            if block:
                break
            continue
        if len(line.text.split()) > _MAST_WORDS and block and not (len(block) == 1 and _tagline(line.text)):
            break  # pasted pages run masthead and headline together without blank lines
        block.append(line)
    return block


def _lone_masthead(text: str) -> bool:
    """A masthead with no tagline under it: capitals ('TECHWIRE') or a name with a media word ('... Chronicle')."""
    words = normalize_spaces(text).split()
    media = any(w.lower().strip(".,") in cue_set("media_word") for w in words)
    return 1 <= len(words) <= 4 and (is_all_caps(text) or media and _mast_like(text)) and not name_line(text)


def _tagline(text: str) -> bool:
    """An outlet's motto under its name ('The journal of books, film and music'): a comma, mostly lower case."""
    words = normalize_spaces(text).split()
    lower = sum(w[:1].islower() for w in words)
    return (len(words) <= _TAGLINE_WORDS and "," in text and not ends_sentence(text)
            and not any(ch.isdigit() for ch in text) and lower * 2 >= len(words))


def _next_kept(lines: list[Line], start: int, marks: dict[int, str]) -> Line | None:
    return next((ln for ln in lines[start:] if not ln.is_blank and not ln.is_page_break
                 and ln.index not in marks), None)


def _mast_like(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= _MAST_WORDS or ends_sentence(text):
        return False
    return is_all_caps(text) or all(w[:1].isupper() or w.lower() in ("of", "the", "and", "&") for w in words)


def headline_like(text: str) -> bool:
    """Reads as a headline: not prose, no sentence end, three words or more, no byline or date."""
    return (not is_prose(text) and not ends_sentence(text) and len(text.split()) >= 3
            and not parse_byline(text) and not date_line(text) and not name_role_line(text))
