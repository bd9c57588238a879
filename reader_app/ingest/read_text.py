"""Plain-text and Markdown files: size checked first, bytes decoded, Markdown markup dropped."""

from __future__ import annotations

import re
from pathlib import Path

from reader_app.ingest.decode import decode_bytes
from reader_app.ingest.errors import IngestError, human_size

MAX_TEXT_BYTES = 16 * 1024 * 1024

_MD_RULES = (
    (re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", re.MULTILINE), r"\1"),  # ATX headings
    (re.compile(r"^\s{0,3}(?:=+|-{3,}|\*{3,}|_{3,})\s*$", re.MULTILINE), ""),  # setext underlines, rules
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images: never loaded, never shown
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links keep their words
    (re.compile(r"^\s{0,3}>\s?", re.MULTILINE), ""),  # block quotes
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),  # italics
    (re.compile(r"^\s{0,3}[*+]\s+", re.MULTILINE), "- "),  # bullets become '- '
    (re.compile(r"<[^>\n]+>"), ""),  # stray inline HTML tags
)


def read_bytes_checked(path: Path, limit: int) -> bytes:
    """The file's bytes, refused before reading when it is larger than ``limit``."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise IngestError(path, f"cannot read file ({error.strerror or error})") from error
    if size > limit:
        raise IngestError(path, f"file too large: {human_size(size)} (limit {human_size(limit)})")
    try:
        return path.read_bytes()
    except OSError as error:
        raise IngestError(path, f"cannot read file ({error.strerror or error})") from error


def read_text_file(path: Path) -> tuple[str, str]:
    """(text, decoding note) of a .txt file."""
    return decode_bytes(read_bytes_checked(path, MAX_TEXT_BYTES), str(path))


def read_markdown_file(path: Path) -> tuple[str, str]:
    text, note = read_text_file(path)
    return markdown_to_text(text), note


def markdown_to_text(text: str) -> str:
    """Markdown source as the plain text a reader sees (headings, emphasis, links, images)."""
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    return text
