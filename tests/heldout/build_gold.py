"""Builds tests/heldout/gold.json from the hand annotations below (offsets computed, every one checked)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
ARTICLES = HERE / "articles"
FILES = {p.name[:2]: p.name for p in sorted(ARTICLES.glob("*.txt"))}
_TEXTS = {name: (ARTICLES / name).read_text(encoding="utf-8") for name in FILES.values()}
_Q = {"'": "['’‘]", '"': '["“”]'}
WARN: list[str] = []


def _find(name: str, phrase: str) -> tuple[str, int]:
    """Exact first occurrence; falls back to straight/curly quote folding and returns the stored spelling."""
    text = _TEXTS[name]
    pos = text.find(phrase)
    if pos < 0:
        pattern = "".join(_Q.get(ch, re.escape(ch)) for ch in phrase)
        m = re.search(pattern, text)
        if not m:
            sys.exit(f"{name}: not found: {phrase!r}")
        phrase, pos = m.group(0), m.start()
    if text.count(phrase) > 1:
        WARN.append(f"{name}: {phrase[:50]!r} occurs {text.count(phrase)}x (first taken)")
    return phrase, pos


def span(key: str, phrase: str, **extra) -> dict:
    name = FILES[key]
    phrase, pos = _find(name, phrase)
    return {"file": name, "text": phrase, "start": pos, **extra}


def att(key, text, speaker, cue, kind="indirect"):
    return span(key, text, speaker=speaker, cue=cue, kind=kind)


def ev(key, text, category, voice):
    return span(key, text, category=category, voice=voice)


sys.path.insert(0, str(HERE))
from heldout_annotations import (
    ALIASES,
    ARTICLE_META,
    ATTRIBUTIONS,
    CLAIMS,
    CROSS,
    EVALUATIVE,
    NOT_CLAIMS,
    NOT_EVALUATIVE,
)


def _meta(entry: dict) -> dict:
    return {"file": FILES[entry["file"]], **{k: v for k, v in entry.items() if k != "file"}}


def _cross() -> dict:
    out: dict = {"events": [], "term_variants": [], "place_spellings": [], "discrepancies": []}
    for eid, label, mentions in CROSS["events"]:
        out["events"].append({"id": eid, "label": label, "mentions": [span(k, t) for k, t in mentions]})
    for referent, variants in CROSS["term_variants"]:
        out["term_variants"].append({"referent": referent, "variants": [span(k, t) for k, t in variants]})
    for place, spellings in CROSS["place_spellings"]:
        out["place_spellings"].append({"place": place, "spellings": [span(k, t) for k, t in spellings]})
    for eid, detail, values in CROSS["discrepancies"]:
        out["discrepancies"].append({"event": eid, "detail": detail, "values": [span(k, t) for k, t in values]})
    return out


def build() -> dict:
    gold = {
        "about": "Held-out reference annotations of nine invented articles (tests/heldout/articles), made by hand "
        "before the engine was run on them. Offsets are character offsets into the file as stored "
        "(UTF-8 decoded). 'start' is the first occurrence of 'text'.",
        "articles": [_meta(m) for m in ARTICLE_META],
        "attributions": [att(*a) for a in ATTRIBUTIONS],
        "speaker_aliases": [{"file": FILES[k], "speaker": s, "spellings": sp} for k, s, sp in ALIASES],
        "evaluative": [ev(*e) for e in EVALUATIVE],
        "not_evaluative": [span(k, t) for k, t in NOT_EVALUATIVE],
        "claims": [span(k, t) for k, t in CLAIMS],
        "not_claims": [span(k, t) for k, t in NOT_CLAIMS],
    }
    gold.update(_cross())
    return gold


def check(gold: dict) -> int:
    """Every offset must point at its text; every alias spelling and evidence must occur in its file."""
    n = 0
    def walk(obj):
        nonlocal n
        if isinstance(obj, dict):
            if {"file", "text", "start"} <= obj.keys():
                t = _TEXTS[obj["file"]]
                assert t[obj["start"]:obj["start"] + len(obj["text"])] == obj["text"], obj
                assert t.find(obj["text"]) == obj["start"], ("not first occurrence", obj)
                n += 1
            for v in obj.values():
                walk(v)
        elif isinstance(obj, list):
            for v in obj:
                walk(v)
    walk(gold)
    for a in gold["speaker_aliases"]:
        for s in a["spellings"]:
            assert s in _TEXTS[a["file"]], (a["file"], s)
    for a in gold["articles"]:
        for s in a.get("evidence", []) + a.get("boilerplate", []):
            assert s in _TEXTS[a["file"]], (a["file"], s)
    return n


if __name__ == "__main__":
    gold = build()
    n = check(gold)
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{n} spans verified; " + ", ".join(f"{k} {len(v)}" for k, v in gold.items() if isinstance(v, list)))
    print("\n".join(WARN))
