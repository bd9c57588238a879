"""Outlet cues in the text: self-reference, the outlet a speaker talked to, relays, footers."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from reader_app.ingest.rules import cue_alternation, cue_set, cue_values

# A capitalised name of up to five words ('Example Daily News', 'The Associated Press').
_TOKEN = r"[A-Z](?:[\w&'’-]|\.(?=\w))*"
NAME = rf"{_TOKEN}(?:[ \t]+(?:of|for|the|and|&|de|{_TOKEN})){{0,4}}"
_TRAILING_SMALL = re.compile(r"(?:[ \t]+(?:of|for|the|and|&|de))+$")
_LEAD_CHARS = 1500


@dataclass(frozen=True)
class OutletCue:
    name: str
    kind: str  # "self", "interviewer", "relay", "footer"
    evidence: str


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    return {
        "self": re.compile(rf",\s+(?:the\s+)?(?P<name>{NAME})\s+(?:{cue_alternation('self_reference_verb')})\s*[.;]"),
        "relay": re.compile(rf",\s+(?:the\s+)?(?P<name>{NAME})\s+(?:{cue_alternation('relay_verb')})\s*[.;]"),
        "interviewer": re.compile(rf"\b(?:{cue_alternation('interviewer_verb')})\s+(?:the\s+)?(?P<name>{NAME})"),
        "footer": re.compile(rf"\b(?i:by|from|of)\s+(?:the\s+)?(?P<name>{NAME})\s+(?i:is|are)\s+(?i:licen[cs]ed)"
                             rf"|(?:©|\([cC]\)|Copyright|COPYRIGHT)\s*(?:©\s*)?(?:\d{{4}}(?:\s*[-–]\s*\d{{4}})?\s+)?(?P<name2>{NAME})"),
    }


def looks_like_media(name: str) -> bool:
    words = {w.lower().strip(".,") for w in name.split()}
    return bool(words & cue_set("media_word")) or is_wire_agency(name)


def is_wire_agency(name: str) -> bool:
    return name.lower() in cue_set("wire_agency") or f"the {name.lower()}" in cue_set("wire_agency")


def wire_spelling(name: str) -> str:
    """The agency's full name from the cue list ('AP' -> 'The Associated Press')."""
    canonical = cue_values("wire_agency")
    return canonical.get(name.lower()) or canonical.get(f"the {name.lower()}") or name


def find_cues(text: str) -> list[OutletCue]:
    """Every outlet cue, in order of strength: self-reference, interviewer, relay."""
    lead = text[:_LEAD_CHARS]
    found: list[OutletCue] = []
    for kind, source in (("self", lead), ("relay", lead), ("interviewer", text)):
        for match in _patterns()[kind].finditer(source):
            name = _TRAILING_SMALL.sub("", match.group("name").strip())
            if kind == "interviewer" and not looks_like_media(name):
                continue
            found.append(OutletCue(name, kind, match.group(0).lstrip(", ").strip()))
    return found


def footer_publisher(footer: str) -> OutletCue | None:
    """The publisher a licence or copyright footer names."""
    match = _patterns()["footer"].search(footer)
    if not match:
        return None
    name = _TRAILING_SMALL.sub("", (match.group("name") or match.group("name2") or "").strip())
    return OutletCue(name, "footer", footer.strip()) if name else None


def bio_outlet(bio: str) -> OutletCue | None:
    """'Jane Doe covers schools for the Example Post.' -> Example Post (a media name only)."""
    for match in re.finditer(rf"\b(?:for|at|with|joined)\s+(?:the\s+)?(?P<name>{NAME})", bio):
        name = _TRAILING_SMALL.sub("", match.group("name").strip())
        if looks_like_media(name) and not is_wire_agency(name):
            return OutletCue(name, "author bio", bio.strip())
    return None


def publisher_note(line: str) -> OutletCue | None:
    """'Example News is a division of Example Corp.' -> Example News."""
    match = re.match(rf"\s*(?P<name>{NAME})\s+(?:is|are)\s+(?:a|an|part|owned|published|operated)\b", line)
    return OutletCue(match.group("name"), "publisher note", line.strip()) if match else None


def preferred_spelling(name: str, text: str, others: list[str]) -> str:
    """One outlet spelt several ways: internal capitals win ('ExampleNews'), then the most frequent."""
    spellings = [s for s in others if s.lower() == name.lower()] + [name]
    spellings += re.findall(re.escape(name), text, re.IGNORECASE)
    camel = [s for s in spellings if re.search(r"[a-z][A-Z]", s)]
    if camel:
        return Counter(camel).most_common(1)[0][0]
    not_shouting = [s for s in spellings if not s.isupper()] or spellings
    return Counter(not_shouting).most_common(1)[0][0]


_TRANSLATION = re.compile(r"^(?:Source|SOURCE)\s*:\s*(?P<source>[A-Z][^\n.]{1,80})\.\s+[^\n]*?\bby\s+(?P<by>[A-Z][^\n.]{1,80})\.?\s*$")


def translation_credit(line: str) -> list[OutletCue]:
    """'Source: X. Unofficial translation from the French by Y.' -> Y publishes (outlet), X reported (relay)."""
    match = _TRANSLATION.match(line.strip())
    if not match:
        return []
    evidence = line.strip()
    return [OutletCue(match.group("by").strip(), "translator", evidence),
            OutletCue(match.group("source").strip(), "relay", evidence)]
