"""Metadata from plain text: title, byline, date, dateline, outlet, wire agency, genre, interviewee."""

from __future__ import annotations

import re

from reader_app.ingest.bylines import date_line, name_line, parse_byline
from reader_app.ingest.cleanup import LABEL_LINE, META_LINE
from reader_app.ingest.genre import detect_genre, find_interviewee, is_genre_label
from reader_app.ingest.letterhead import LETTERHEAD, letterhead_outlet
from reader_app.ingest.lines import TURN
from reader_app.ingest.outlets import (
    OutletCue,
    find_cues,
    footer_publisher,
    is_wire_agency,
    preferred_spelling,
    wire_spelling,
)
from reader_app.model import Metadata, Removed

_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,3})"
    r"(?:,\s*[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)?"  # ', Ukraine' / ', Calif.'
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?))?"
    r"\s*(?:\((?P<agency>[^)\n]{1,40})\))?\s*[–—-]{1,2}\s+(?=\S)"
)
_TITLE_MAX_CHARS = 200
_TITLE_MAX_WORDS = 30
SOURCE = "text"


def detect_metadata(text: str, removed: tuple[Removed, ...], base: Metadata | None = None) -> Metadata:
    """``base`` (e.g. HTML page metadata) wins; the text fills every field it leaves empty."""
    meta = base or Metadata()
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    header = [r.text.strip() for r in removed if r.reason in (META_LINE, LABEL_LINE)]
    letterhead = [r.text for r in removed if r.reason == LETTERHEAD]
    byline_outlet = None
    for line in header:
        byline = parse_byline(line)
        if byline and byline.author:
            meta = _fill(meta, "author", byline.author, byline.evidence)
        if byline and byline.outlet:
            byline_outlet = OutletCue(byline.outlet, "byline", byline.evidence)
        found = date_line(line)
        if found:
            meta = _fill(meta, "date", found[0], found[1])
        elif not byline and name_line(line):
            meta = _fill(meta, "author", name_line(line), line)
    title = _title(paragraphs)
    if title:
        meta = _fill(meta, "title", title, title)
    meta = _dateline(meta, paragraphs)
    meta = _outlet(meta, text, removed, byline_outlet, letterhead)
    genre = detect_genre(text, header + paragraphs[:1], bool(letterhead))
    meta = _fill(meta, "genre", genre.value, genre.evidence or genre.value)
    if meta.genre == "interview":
        found = find_interviewee(text)
        if found:
            meta = _fill(meta, "interviewee", found[0], found[1])
    return meta


def _fill(meta: Metadata, field: str, value: str | None, evidence: str) -> Metadata:
    if not value or getattr(meta, field):
        return meta
    return meta.with_value(field, value, evidence, SOURCE)


def _title(paragraphs: list[str]) -> str | None:
    """A short first paragraph that is not a sentence, with the article following it."""
    if paragraphs and is_genre_label(paragraphs[0]):
        paragraphs = paragraphs[1:]  # 'Opinion' above the headline
    if len(paragraphs) < 2:
        return None
    first = paragraphs[0].strip()
    if ("\n" in first or len(first) > _TITLE_MAX_CHARS or len(first.split()) > _TITLE_MAX_WORDS
            or len(first.split()) < 2):
        return None
    if first.endswith((".", ":", ";", ",")) or TURN.match(first) or _DATELINE.match(first):
        return None
    return first


def _dateline(meta: Metadata, paragraphs: list[str]) -> Metadata:
    for paragraph in paragraphs[:2]:
        match = _DATELINE.match(paragraph)
        if match and sum(ch.isalpha() for ch in match.group("place")) >= 3:
            meta = _fill(meta, "dateline", match.group("place").strip(), match.group(0).strip())
            agency = (match.group("agency") or "").strip()
            if agency:
                meta = _fill(meta, "reporting_by", wire_spelling(agency), match.group(0).strip())
            return meta
    return meta


def _outlet(meta: Metadata, text: str, removed: tuple[Removed, ...], byline: OutletCue | None,
            letterhead: list[str]) -> Metadata:
    cues = find_cues(text)
    for cue in cues:
        if cue.kind == "relay" or (cue.kind == "interviewer" and is_wire_agency(cue.name)):
            meta = _fill(meta, "reporting_by", wire_spelling(cue.name), cue.evidence)
    ranked = [c for c in cues if c.kind == "self"]
    ranked += [c for c in cues if c.kind == "interviewer" and not is_wire_agency(c.name)]
    ranked += [byline] if byline else []
    for piece in removed:
        footer = footer_publisher(piece.text) if piece.reason == "licence footer" else None
        ranked += [footer] if footer else []
    named_by_letterhead = letterhead_outlet(letterhead)
    if named_by_letterhead:
        ranked.append(OutletCue(named_by_letterhead, "letterhead", " / ".join(t.strip() for t in letterhead)))
    if not ranked or meta.outlet:
        return meta
    best = ranked[0]
    name = re.sub(r"^[Tt]he\s+", "", best.name)
    name = preferred_spelling(name, text, [c.name for c in ranked])
    return _fill(meta, "outlet", name, best.evidence)
