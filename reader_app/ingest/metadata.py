"""Metadata from plain text: title, byline, date, dateline, outlet, wire agency, genre, interviewee."""

from __future__ import annotations

import re

from reader_app.ingest.bylines import (
    affiliation_line,
    credit_author,
    date_line,
    name_line,
    name_role_line,
    parse_byline,
)
from reader_app.ingest.dates import find_date
from reader_app.ingest.genre import detect_genre, find_interviewee, house_view, is_genre_label
from reader_app.ingest.header import LABEL_LINE, MASTHEAD, META_LINE, REPORTING_FROM, names_in_place
from reader_app.ingest.header_block import meta_parts
from reader_app.ingest.letterhead import LETTERHEAD, letterhead_outlet, soften_caps
from reader_app.ingest.lines import TURN, is_all_caps, is_prose
from reader_app.ingest.outlets import (
    OutletCue,
    bio_outlet,
    find_cues,
    footer_publisher,
    is_wire_agency,
    looks_like_media,
    preferred_spelling,
    publisher_note,
    translation_credit,
    wire_spelling,
)
from reader_app.ingest.rules import cue_set
from reader_app.model import Metadata, Removed

_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,3})"
    r"(?:,\s*[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)?"  # ', Ukraine' / ', Calif.'
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?))?"
    r"\s*(?:\((?P<agency>[^)\n]{1,40})\))?(?:\s*/[^/\n]{1,40}/)?\s*(?:[–—-]{1,2}|(?P<colon>:))\s+(?=\S)"
)
_DATELINE_SCAN = 8  # title, kicker, standfirst, photo caption may sit above the lead
_COLON_DATELINE_WORDS = 15  # 'GAZA CITY: ...' only before a full lead, so 'UPDATE: Talks resume' is no dateline
_TITLE_MAX_CHARS = 200
_TITLE_MAX_WORDS = 30
_TITLE_SCAN = 6  # paragraphs looked at for the headline
ISSUER = "issuer (kept as metadata)"
SOURCE = "text"


def detect_metadata(text: str, removed: tuple[Removed, ...], base: Metadata | None = None) -> Metadata:
    """``base`` (e.g. HTML page metadata) wins; the text fills every field it leaves empty."""
    meta = base or Metadata()
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    header = [r.text.strip() for r in removed if r.reason in (META_LINE, LABEL_LINE)]
    meta, byline_outlet = _byline_and_date(meta, header, text)
    for credit in (r.text for r in removed if r.reason == "credit line"):
        meta = _fill(meta, "author", credit_author(credit), credit.strip())  # wire trailers name the reporter
    title = _title(paragraphs)
    if title:
        meta = _fill(meta, "title", title, title)
    meta = _dateline(meta, paragraphs)
    meta = _outlet(meta, text, removed, byline_outlet)
    letterhead = any(r.reason == LETTERHEAD for r in removed)
    genre = detect_genre(text, header + paragraphs[:1], letterhead, [r.text for r in removed])
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


def _byline_and_date(meta: Metadata, header: list[str], text: str) -> tuple[Metadata, OutletCue | None]:
    byline_outlet = None
    for line in (part for whole in header for part in meta_parts(whole) or [whole]):
        byline = parse_byline(line)
        if byline and byline.author:
            meta = _fill(meta, "author", byline.author, byline.evidence)
        if byline and byline.outlet:
            byline_outlet = OutletCue(byline.outlet, "byline", byline.evidence)
        filed = names_in_place(line)
        if filed and not byline:  # 'Jane Doe and Li Wei in Nairobi'
            meta = _fill(_fill(meta, "author", filed[0], line), "dateline", filed[1], line)
            continue
        place = REPORTING_FROM.match(line)
        if place:  # 'Reporting from Kyiv, Ukraine': where the story was filed
            meta = _fill(meta, "dateline", place.group("place"), line)
            continue
        found = date_line(line, text)
        if found:
            meta = _fill(meta, "date", found[0], found[1])
        elif not byline and affiliation_line(line):
            byline_outlet = byline_outlet or OutletCue(affiliation_line(line), "byline", line)
        elif not byline:
            meta = _fill(meta, "author", name_role_line(line) or name_line(line), line)
    return meta, byline_outlet


def _title(paragraphs: list[str]) -> str | None:
    """The first headline-like paragraph at the top, past section labels, kickers and a masthead.

    A headline has 4-30 words (2-3 when nothing but the article follows), does not end like a
    sentence ('?' and '!' are fine) and has the article below it; scanning stops at the first prose.
    """
    candidates = paragraphs[:_TITLE_SCAN]
    for n, paragraph in enumerate(candidates):
        first = paragraph.strip()
        if n + 1 >= len(paragraphs) or is_prose(first) or "\n" in first:
            return None
        if is_genre_label(first) or is_all_caps(first) and _headline_shape(paragraphs[n + 1], 4):
            continue  # 'Opinion' or the masthead above the headline
        if _headline_shape(first, 4) or (_headline_shape(first, 2) and not _label_case(first)):
            return first
    return None


def _label_case(text: str) -> bool:
    """Every word capitalised ('Local News'): a short line like that is a label more often than a headline."""
    return all(w[:1].isupper() or w.lower() in ("and", "&", "of") for w in text.split())


def _headline_shape(text: str, min_words: int) -> bool:
    text = text.strip()
    words = len(text.split())
    if "\n" in text or len(text) > _TITLE_MAX_CHARS or not min_words <= words <= _TITLE_MAX_WORDS:
        return False
    return not (text.endswith((".", ":", ";", ",")) or TURN.match(text) or _DATELINE.match(text))


def _dateline(meta: Metadata, paragraphs: list[str]) -> Metadata:
    """The dateline opens the lead: one of the first prose paragraphs, or a short one above it."""
    for paragraph in _up_to_first_prose(paragraphs[:_DATELINE_SCAN]):
        match = _dateline_match(paragraph)
        if match:
            meta = _fill(meta, "dateline", match.group("place").strip(), match.group(0).strip())
            found = find_date(match.group(0), paragraph)  # 'SAN JOSE, Calif., Jan. 9, 2024 --'
            if found:
                meta = _fill(meta, "date", found[0], match.group(0).strip())
            agency = (match.group("agency") or "").strip()
            if agency:
                meta = _fill(meta, "reporting_by", wire_spelling(agency), match.group(0).strip())
            return meta
    return meta


def _up_to_first_prose(paragraphs: list[str]) -> list[str]:
    """Paragraphs down to the second prose one (a photo caption may come before the lead)."""
    prose = [n for n, paragraph in enumerate(paragraphs) if is_prose(paragraph)]
    return paragraphs[: prose[1] + 1] if len(prose) > 1 else paragraphs[:3]


def dateline_length(paragraph: str) -> int:
    """How many leading characters of ``paragraph`` are a dateline ('PARIS, May 3 (AFP) - ')."""
    match = _dateline_match(paragraph)
    return match.end() if match else 0


def _dateline_match(paragraph: str) -> re.Match[str] | None:
    match = _DATELINE.match(paragraph)
    if match and sum(ch.isalpha() for ch in match.group("place")) >= 3 and _place_ok(match, paragraph):
        return match
    return None


def _place_ok(match: re.Match[str], paragraph: str) -> bool:
    """A colon after capitals is a dateline only before a full sentence and when not a kicker label."""
    if not match.group("colon"):
        return True
    place = match.group("place").strip().lower()
    return len(paragraph.split()) >= _COLON_DATELINE_WORDS and place not in cue_set("kicker")


def _outlet(meta: Metadata, text: str, removed: tuple[Removed, ...], byline: OutletCue | None) -> Metadata:
    """The strongest outlet cue; wire agencies among them become reporting_by instead."""
    ranked = _ranked_cues(text, removed, byline)
    for cue in ranked:
        if cue.kind == "relay" or is_wire_agency(cue.name):
            meta = _fill(meta, "reporting_by", wire_spelling(cue.name), cue.evidence)
    outlets = [c for c in ranked if c.kind != "relay" and not is_wire_agency(c.name)]
    if meta.outlet:
        return meta
    if not outlets:  # a wire story with no other outlet named: the agency is the best guess
        credit, dateline = meta.evidence_for("reporting_by"), meta.evidence_for("dateline")
        if credit and dateline and credit.evidence == dateline.evidence:
            return _fill(meta, "outlet", meta.reporting_by, credit.evidence)
        return meta
    best = outlets[0]
    name = preferred_spelling(best.name, text, [c.name for c in outlets])
    return _fill(meta, "outlet", name, best.evidence)


def _ranked_cues(text: str, removed: tuple[Removed, ...], byline: OutletCue | None) -> list[OutletCue]:
    cues = find_cues(text)
    ranked = [OutletCue(name, "self", r.text.strip()) for r in removed if r.reason == LABEL_LINE
              for name in [house_view(r.text)] if name]
    ranked += [c for c in cues if c.kind == "self"]
    ranked += [OutletCue(_plain(r.text), "issuer", r.text.strip()) for r in removed if r.reason == ISSUER]
    ranked += [OutletCue(_plain(r.text), "masthead", r.text.strip()) for r in removed[:6]
               if r.reason == MASTHEAD][:1]
    ranked += [c for c in cues if c.kind == "interviewer"]
    ranked += [c for r in removed if r.reason == "publisher note" for c in [publisher_note(r.text)] if c]
    ranked += [byline] if byline else []
    ranked += [c for r in removed if r.reason == "author bio" for c in [bio_outlet(r.text)] if c]
    ranked += [c for r in removed if r.reason == "source credit" for c in [source_outlet(r.text)] if c]
    ranked += [c for r in removed if r.reason == "translation credit" for c in translation_credit(r.text)]
    ranked += [c for r in removed if r.reason == "licence footer" for c in [footer_publisher(r.text)] if c]
    named_by_letterhead = letterhead_outlet([r.text for r in removed if r.reason == LETTERHEAD])
    if named_by_letterhead:
        evidence = " / ".join(r.text.strip() for r in removed if r.reason == LETTERHEAD)
        ranked.append(OutletCue(named_by_letterhead, "letterhead", evidence))
    ranked += [c for c in cues if c.kind == "relay"]
    return ranked


def source_outlet(line: str) -> OutletCue | None:
    """'Source: Example News and news agencies' -> Example News (the first name it gives)."""
    names = re.split(r"\s*(?:,|/|\band\b|\bwith\b)\s*", line.split(":", 1)[-1].strip(" ."))
    first = names[0].strip()
    media = looks_like_media(first) or "agenc" in line.lower()  # not 'Source: Office for National Statistics'
    if first and first[0].isupper() and "agenc" not in first.lower() and media:
        return OutletCue(first, "source credit", line.strip())
    return None


def _plain(name: str) -> str:
    name = " ".join(name.split())
    return soften_caps(name) if is_all_caps(name) else name
