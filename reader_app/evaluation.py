"""Scores an analysis document against hand-made gold annotations (for development: `reader-app eval`).

The gold file gives phrases with offsets into the *raw* files; the engine's offsets point
into the *cleaned* text. Gold phrases are therefore located again in the cleaned text by
content (whitespace-insensitive, same occurrence number as in the raw file).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

_WS = re.compile(r"\s+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


class Located:
    """A cleaned text with a whitespace-collapsed, quote-folded copy for finding gold phrases."""

    def __init__(self, text: str):
        self.text = text
        chars, index = [], []
        prev_space = False
        for i, ch in enumerate(text.translate(_QUOTES)):
            if ch.isspace():
                if prev_space:
                    continue
                ch, prev_space = " ", True
            else:
                prev_space = False
            chars.append(ch)
            index.append(i)
        self.norm = "".join(chars)
        self.index = index

    def find(self, phrase: str, occurrence: int = 0) -> tuple[int, int] | None:
        needle = _WS.sub(" ", phrase.translate(_QUOTES)).strip()
        pos = -1
        for _ in range(occurrence + 1):
            pos = self.norm.find(needle, pos + 1)
            if pos < 0:
                return None
        end = pos + len(needle) - 1
        return self.index[pos], self.index[end] + 1


def _occurrence(raw: str | None, phrase: str, start: int | None) -> int:
    """Which occurrence of ``phrase`` in the raw file the gold ``start`` points at."""
    if raw is None or start is None:
        return 0
    return raw.count(phrase, 0, max(0, start))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _ratio(hit: int, total: int) -> float | None:
    return round(hit / total, 3) if total else None


def _norm_name(name: str | None) -> str:
    return _WS.sub(" ", (name or "").translate(_QUOTES).replace("'s", "")).strip().lower()


def speaker_matches(predicted: str | None, gold: str) -> bool:
    """Equal, one containing the other, a shared surname, or any party of a multi-party gold."""
    p = _norm_name(predicted)
    if not p:
        return False
    for part in [gold, *re.split(r",\s*", gold)]:
        g = _norm_name(part)
        if not g:
            continue
        if p == g or p in g or g in p:
            return True
        if p.split()[-1] == g.split()[-1] and len(g.split()[-1]) > 3:
            return True
    return False


class _Doc:
    """One analysed article as the engine reported it, with its gold file's raw text."""

    def __init__(self, article: dict[str, Any], raw: str | None):
        self.article = article
        self.raw = raw
        self.located = Located(article["text"])

    def locate(self, item: dict[str, Any]) -> tuple[int, int] | None:
        return self.located.find(item["text"], _occurrence(self.raw, item["text"], item.get("start")))


def _docs_by_file(gold: dict[str, Any], document: dict[str, Any]) -> dict[str, _Doc]:
    docs = {}
    for article in document.get("articles", []):
        path = Path(article.get("path") or article["id"])
        raw = path.read_text(encoding="utf-8") if path.is_file() else None
        docs[path.name] = _Doc(article, raw)
    return docs


def evaluate(gold: dict[str, Any], document: dict[str, Any]) -> dict[str, Any]:
    docs = _docs_by_file(gold, document)
    report: dict[str, Any] = {"articles": sorted(docs)}
    report["metadata"] = _eval_metadata(gold.get("articles", []), docs)
    if any("attributions" in d.article for d in docs.values()):
        report["attributions"] = _eval_attributions(gold.get("attributions", []), docs)
        report["evaluative"] = _eval_evaluative(gold, docs)
        report["claims"] = _eval_claims(gold, docs)
    if "comparison" in document:
        from reader_app.evaluation_compare import evaluate_comparison

        report["comparison"] = evaluate_comparison(gold, docs, document["comparison"])
    return report


def _eval_metadata(gold_articles: Sequence[dict[str, Any]], docs: dict[str, _Doc]) -> dict[str, Any]:
    fields = ("title", "author", "date", "outlet", "genre", "dateline")
    result: dict[str, Any] = {}
    misses = []
    for field in fields:
        hit = total = 0
        for g in gold_articles:
            doc = docs.get(g["file"])
            if doc is None or not g.get(field):
                continue
            total += 1
            value = (doc.article["meta"].get(field) or "").strip().lower()
            accepted = {g[field].lower(), *(a.lower() for a in g.get(f"{field}_aliases", []))}
            if value in accepted:
                hit += 1
            else:
                misses.append(f"{g['file']}: {field} {value or None!r} (gold {g[field]!r})")
        result[field] = {"right": hit, "of": total}
    boiler_hit = boiler_total = 0
    for g in gold_articles:
        doc = docs.get(g["file"])
        if doc is None:
            continue
        removed = " ".join(r["text"] for r in doc.article["removed"])
        for line in g.get("boilerplate", []):
            boiler_total += 1
            if line not in doc.article["text"] and line in removed:
                boiler_hit += 1
            else:
                misses.append(f"{g['file']}: boilerplate kept: {line[:60]!r}")
    result["boilerplate_removed"] = {"right": boiler_hit, "of": boiler_total}
    result["misses"] = misses
    return result


def _spans(items: Iterable[dict[str, Any]]) -> list[tuple[int, int]]:
    return [(s["start"], s["end"]) for s in items]


def _eval_attributions(gold_items: Sequence[dict[str, Any]], docs: dict[str, _Doc]) -> dict[str, Any]:
    right = content_only = 0
    misses = []
    for g in gold_items:
        doc = docs.get(g["file"])
        where = doc.locate(g) if doc else None
        if where is None:
            misses.append(f"{g['file']}: gold text not in cleaned text: {g['text'][:50]!r}")
            continue
        need = 0.5 * (where[1] - where[0])
        candidates = [
            a for a in doc.article["attributions"]
            if any(_overlap(where, s) >= need for s in _spans(a["content"]))
        ]
        if any(speaker_matches(a["speaker"], g["speaker"]) for a in candidates):
            right += 1
        else:
            content_only += bool(candidates)
            found = ", ".join(sorted({a["speaker"] for a in candidates})) or "no attribution"
            misses.append(f"{g['file']}: {g['text'][:50]!r}: gold {g['speaker']!r}, found {found}")
    total_pred = sum(len(d.article["attributions"]) for d in docs.values())
    return {
        "right": right,
        "of": len(gold_items),
        "recall": _ratio(right, len(gold_items)),
        "content_found_wrong_speaker": content_only,
        "predicted": total_pred,
        "misses": misses,
    }


def _flag_hits(doc: _Doc, where: tuple[int, int]) -> list[dict[str, Any]]:
    return [f for f in doc.article["flags"] if _overlap(where, (f["start"], f["end"])) > 0]


def _eval_evaluative(gold: dict[str, Any], docs: dict[str, _Doc]) -> dict[str, Any]:
    flagged = voice_right = 0
    misses = []
    gold_spans: dict[str, list[tuple[int, int]]] = {}
    for g in gold.get("evaluative", []):
        doc = docs.get(g["file"])
        where = doc.locate(g) if doc else None
        if where is None:
            misses.append(f"{g['file']}: gold text not in cleaned text: {g['text']!r}")
            continue
        gold_spans.setdefault(g["file"], []).append(where)
        hits = _flag_hits(doc, where)
        if not hits:
            misses.append(f"{g['file']}: not flagged: {g['text']!r} ({g['category']})")
            continue
        flagged += 1
        if g["voice"] == "either" or any(f["voice"] == g["voice"] for f in hits):
            voice_right += 1
        else:
            misses.append(f"{g['file']}: voice wrong: {g['text']!r} gold {g['voice']}")
    false_pos = []
    for g in gold.get("not_evaluative", []):
        doc = docs.get(g["file"])
        where = doc.locate(g) if doc else None
        if where is not None and _flag_hits(doc, where):
            false_pos.append(f"{g['file']}: {g['text']!r} flagged")
    return {
        "flagged": flagged,
        "of": len(gold.get("evaluative", [])),
        "recall": _ratio(flagged, len(gold.get("evaluative", []))),
        "voice_right": voice_right,
        "voice_accuracy": _ratio(voice_right, flagged),
        "plain_flagged": len(false_pos),
        "plain_of": len(gold.get("not_evaluative", [])),
        "flags_predicted": sum(len(d.article["flags"]) for d in docs.values()),
        "misses": misses + false_pos,
    }


def _claimed(doc: _Doc, where: tuple[int, int], share: float = 0.6) -> bool:
    need = share * (where[1] - where[0])
    return any(_overlap(where, (c["start"], c["end"])) >= need for c in doc.article["claims"])


def _eval_claims(gold: dict[str, Any], docs: dict[str, _Doc]) -> dict[str, Any]:
    found = 0
    misses = []
    for g in gold.get("claims", []):
        doc = docs.get(g["file"])
        where = doc.locate(g) if doc else None
        if where is not None and _claimed(doc, where):
            found += 1
        else:
            misses.append(f"{g['file']}: claim missed: {g['text'][:60]!r}")
    wrong = 0
    for g in gold.get("not_claims", []):
        doc = docs.get(g["file"])
        where = doc.locate(g) if doc else None
        if where is not None and _claimed(doc, where):
            wrong += 1
            misses.append(f"{g['file']}: non-claim taken as claim: {g['text'][:60]!r}")
    return {
        "found": found,
        "of": len(gold.get("claims", [])),
        "recall": _ratio(found, len(gold.get("claims", []))),
        "non_claims_taken": wrong,
        "non_claims_of": len(gold.get("not_claims", [])),
        "claims_predicted": sum(len(d.article["claims"]) for d in docs.values()),
        "misses": misses,
    }


def format_report(report: dict[str, Any]) -> str:
    lines = [f"articles: {len(report['articles'])}"]
    meta = report["metadata"]
    parts = [f"{k} {v['right']}/{v['of']}" for k, v in meta.items() if isinstance(v, dict)]
    lines.append("metadata: " + ", ".join(parts))
    if "attributions" in report:
        a = report["attributions"]
        lines.append(f"who said what: {a['right']}/{a['of']} right (speaker and content), "
                     f"{a['predicted']} attributions found")
        e = report["evaluative"]
        lines.append(f"evaluative: {e['flagged']}/{e['of']} gold phrases flagged, voice right "
                     f"{e['voice_right']}/{e['flagged']}, plain phrases flagged "
                     f"{e['plain_flagged']}/{e['plain_of']}, {e['flags_predicted']} flags in all")
        c = report["claims"]
        lines.append(f"claims: {c['found']}/{c['of']} gold claims found, non-claims taken "
                     f"{c['non_claims_taken']}/{c['non_claims_of']}, {c['claims_predicted']} claims in all")
    if "comparison" in report:
        for key, value in report["comparison"].items():
            if key != "misses":
                lines.append(f"compare {key}: {value}")
    for section in ("metadata", "attributions", "evaluative", "claims", "comparison"):
        for miss in report.get(section, {}).get("misses", []):
            lines.append(f"  - [{section}] {miss}")
    return "\n".join(lines)
