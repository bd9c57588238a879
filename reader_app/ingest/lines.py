"""Raw text as lines with offsets, plus the small text tests the clean-up rules share."""

from __future__ import annotations

import re
from dataclasses import dataclass

PAGE_BREAK = "\f"
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
TERMINAL = tuple(".!?…:;\"”’»)]")
BULLET = re.compile(r"^(?:[-–—•*·▪►]\s+|\d{1,3}[.)]\s+|[a-z][.)]\s+)")
TURN = re.compile(r"^(?:Q|A|Question|Answer)\s*[:.]\s")


@dataclass(frozen=True)
class Line:
    index: int
    start: int  # offset of the first character in the raw text
    end: int  # offset just past the last character (the newline excluded)
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def is_blank(self) -> bool:
        return not self.text.strip()

    @property
    def is_page_break(self) -> bool:
        return self.text.strip(" \t") == PAGE_BREAK


def split_lines(raw: str) -> list[Line]:
    lines, pos = [], 0
    for i, text in enumerate(raw.split("\n")):
        lines.append(Line(i, pos, pos + len(text), text))
        pos += len(text) + 1
    return lines


def normalize_spaces(text: str) -> str:
    """One space between words; invisible characters and soft hyphens gone."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()


def word_count(text: str) -> int:
    return len(text.split())


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(TERMINAL)


def starts_lowercase(text: str) -> bool:
    first = text.lstrip()[:1]
    return bool(first) and first.islower()


def is_bullet(text: str) -> bool:
    return bool(BULLET.match(text.lstrip()))


def latin_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 1.0
    return sum(1 for ch in letters if ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF) / len(letters)


def is_all_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters if ord(ch) < 0x250)


def is_prose(text: str) -> bool:
    """A line that is body text rather than a heading, byline or label."""
    words = word_count(text)
    return words >= 20 or len(text) > 150 or (words >= 10 and ends_sentence(text) and "By " not in text[:4])
