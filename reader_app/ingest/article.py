"""Builds Article values from raw text, and re-derives them when a removed piece is restored."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import replace

from reader_app.ingest.cleanup import clean
from reader_app.ingest.errors import IngestError
from reader_app.ingest.metadata import detect_metadata
from reader_app.model import Article, Evidence, Metadata


def normalize_raw(text: str) -> str:
    """NFC, one newline convention, no byte-order mark: the raw text offsets point into."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def content_hash(raw: str) -> str:
    return hashlib.sha256(unicodedata.normalize("NFC", raw).encode("utf-8")).hexdigest()


def build_article(raw: str, article_id: str, path: str | None, source_format: str, where: str,
                  base: Metadata | None = None, note: str = "") -> Article:
    """The article for already-decoded text; ``where`` names the file in error messages."""
    raw = normalize_raw(raw)
    if not raw.strip():
        raise IngestError(where, "empty file" if path else "empty text")
    cleaned = clean(raw)
    if not cleaned.text.strip():
        raise IngestError(where, "no article text (everything in it is page furniture)")
    meta = detect_metadata(cleaned.text, cleaned.removed, base or Metadata())
    if note:  # how the bytes were decoded, so a reader can judge odd characters
        evidence_source = "html" if source_format == "html" else "text"
        meta = replace(meta, evidence=meta.evidence + (Evidence("encoding", note, note, evidence_source),))
    return Article(id=article_id, path=path, raw_text=raw, text=cleaned.text, removed=cleaned.removed,
                   meta=meta, content_hash=content_hash(raw), source_format=source_format)


def restore(article: Article, removed_index: int) -> Article:
    """The article with ``article.removed[removed_index]`` put back; metadata is kept as it is."""
    if not 0 <= removed_index < len(article.removed):
        raise IndexError(f"no removed piece {removed_index} (article has {len(article.removed)})")
    everything = clean(article.raw_text).removed
    still_removed = {r.raw_start for r in article.removed}
    restored = {r.raw_start for r in everything if r.raw_start not in still_removed}
    restored.add(article.removed[removed_index].raw_start)
    cleaned = clean(article.raw_text, frozenset(restored))
    return replace(article, text=cleaned.text, removed=cleaned.removed)
