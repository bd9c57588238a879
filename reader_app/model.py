"""Plain data shared by every layer: articles, spans, analysis results. No Qt, no ORM.

Every offset is a character offset (Python ``str`` index) into ``Article.text``, the
cleaned text. Renderers (GUI, PDF, JSON) only ever see these values.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

# --- ingest -----------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """A piece of an article's cleaned text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Removed:
    """Page furniture taken out of the raw text, kept so the user can restore it.

    ``raw_start``/``raw_end`` point into ``Article.raw_text``; ``reason`` says which rule fired.
    """

    text: str
    reason: str
    raw_start: int
    raw_end: int

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "reason": self.reason}


@dataclass(frozen=True)
class Evidence:
    """Why a metadata value was set: the snippet it came from and where it came from."""

    field: str  # "title", "author", "date", "outlet", "genre", "dateline", "interviewee", ...
    value: str
    evidence: str  # the snippet of text (or HTML meta tag, or manifest entry) that shows it
    source: str  # "text", "html", "pdf", "manifest", "user"


META_FIELDS = ("title", "outlet", "author", "date", "genre", "dateline")


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: str | None = None  # ISO "YYYY-MM-DD"
    genre: str | None = None  # "news", "interview", "opinion", "commentary", ...
    dateline: str | None = None  # "TEHRAN"
    interviewee: str | None = None
    reporting_by: str | None = None  # wire agency behind the story ("The Associated Press")
    evidence: tuple[Evidence, ...] = ()

    def with_value(self, field_name: str, value: str | None, evidence: str, source: str) -> Metadata:
        """A copy with one field set and its evidence replacing any older evidence for it."""
        if isinstance(value, str):  # a value of spaces (a manifest's author = " ") is no value
            value = " ".join(value.split()) or None
        kept = tuple(e for e in self.evidence if e.field != field_name)
        new_ev = kept + ((Evidence(field_name, value, evidence, source),) if value else ())
        return replace(self, **{field_name: value}, evidence=new_ev)

    def evidence_for(self, field_name: str) -> Evidence | None:
        return next((e for e in self.evidence if e.field == field_name), None)

    def to_json(self) -> dict[str, Any]:
        out = {name: getattr(self, name) for name in META_FIELDS}
        out["interviewee"] = self.interviewee
        out["reporting_by"] = self.reporting_by
        out["evidence"] = [
            {"field": e.field, "value": e.value, "evidence": e.evidence, "source": e.source}
            for e in self.evidence
        ]
        return out


@dataclass(frozen=True)
class Article:
    """One ingested document: the raw text as read, the cleaned text every offset points into."""

    id: str
    path: str | None
    raw_text: str
    text: str
    removed: tuple[Removed, ...] = ()
    meta: Metadata = field(default_factory=Metadata)
    content_hash: str = ""  # sha256 hex of the raw text (NFC), the dedupe key
    source_format: str = "txt"  # "txt", "md", "html", "pdf", "paste"


def display_title(article: Article, words: int = 9) -> str:
    """The detected title, else the article's opening words: a file name tells a reader nothing."""
    title = article.meta.title
    if title and "/" not in title and "\\" not in title:
        return title
    opening = article.text.split()[:words]
    if opening:
        return " ".join(opening) + "…"
    if article.path:
        return article.path.replace("\\", "/").rsplit("/", 1)[-1]
    return "Pasted text"


# --- analysis ---------------------------------------------------------------------

CLAIM_KINDS = (
    "numeric",
    "date",
    "event",
    "attributed",
    "prediction",
    "comparison",
    "causal",
)

ATTRIBUTION_KINDS = ("direct", "indirect", "interview", "relay")

FLAG_CATEGORIES = (
    "puffery",
    "pejorative",
    "loaded",
    "emotive",
    "honorific",
    "certainty",
    "hedge",
    "reporting_verb",
)

VOICES = ("author", "quoted")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    tone: float = 0.0  # VADER compound, -1..1
    paragraph: int = 0


@dataclass(frozen=True)
class Attribution:
    speaker: str  # canonical name ("Jane Doe", "city officials", "the statement")
    speaker_span: Span | None
    cue: Span | None  # the reporting verb or marker ("said", "according to", "A:")
    content: tuple[Span, ...]
    kind: str  # one of ATTRIBUTION_KINDS
    speaker_kind: str = "person"  # "person", "group", "organisation", "document", "outlet"

    def to_json(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "speaker_span": self.speaker_span.to_json() if self.speaker_span else None,
            "cue": self.cue.to_json() if self.cue else None,
            "content": [s.to_json() for s in self.content],
            "kind": self.kind,
            "speaker_kind": self.speaker_kind,
        }


@dataclass(frozen=True)
class Claim:
    start: int
    end: int
    text: str
    score: float  # check-worthiness 0..1
    kinds: tuple[str, ...]
    features: tuple[str, ...]
    attribution: int | None = None  # index into Analysis.attributions

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "score": round(self.score, 3),
            "kinds": list(self.kinds),
            "features": list(self.features),
            "attribution": self.attribution,
        }


@dataclass(frozen=True)
class Flag:
    start: int
    end: int
    text: str
    category: str  # one of FLAG_CATEGORIES
    voice: str  # "author" or "quoted"
    reason: str  # human-readable: which list entry or rule fired
    entry: str = ""  # the lexicon entry that matched, for silencing

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "category": self.category,
            "voice": self.voice,
            "reason": self.reason,
            "entry": self.entry,
        }


@dataclass(frozen=True)
class Analysis:
    article_id: str
    sentences: tuple[Sentence, ...] = ()
    claims: tuple[Claim, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    flags: tuple[Flag, ...] = ()
    tone: dict[str, Any] = field(default_factory=dict)
    readability: dict[str, Any] = field(default_factory=dict)
    version: str = ""


def span_of(text: str, start: int, end: int) -> Span:
    """The Span for ``text[start:end]``; the one way to build spans so text always matches offsets."""
    return Span(start, end, text[start:end])


# --- annotations ------------------------------------------------------------------

VERDICTS = ("unverified", "accurate", "mostly accurate", "misleading", "false", "unverifiable")


@dataclass(frozen=True)
class Annotation:
    """A reader's mark on an article, anchored by offsets and by quote with prefix/suffix.

    ``status`` separates the reader's own notes ("user") from decisions on machine
    suggestions: ``target`` names the suggestion (e.g. "claim:120:188" or
    "flag:40:52:puffery") and status is "accepted" or "dismissed". A claim verdict is a
    user annotation with ``verdict`` set (one of VERDICTS) and optional ``sources``.
    """

    article_id: str
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""
    label: str = "note"
    note: str = ""
    tags: tuple[str, ...] = ()
    author: str = ""
    verdict: str | None = None
    sources: tuple[str, ...] = ()
    target: str | None = None
    status: str = "user"
    id: int | None = None
    created: str = ""  # ISO timestamp, UTC
    updated: str = ""
    # Optimistic concurrency: the stored row's version when this was read (0: not from a library).
    version: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "label": self.label,
            "note": self.note,
            "tags": list(self.tags),
            "author": self.author,
            "verdict": self.verdict,
            "sources": list(self.sources),
            "target": self.target,
            "status": self.status,
            "created": self.created,
            "updated": self.updated,
        }


def suggestion_key(kind: str, start: int, end: int, extra: str = "") -> str:
    """The stable key a machine suggestion (claim or flag) is accepted or dismissed by."""
    return f"{kind}:{start}:{end}" + (f":{extra}" if extra else "")
