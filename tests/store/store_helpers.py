"""Helpers for store tests: small Articles as ingest would hand them over."""

from __future__ import annotations

import hashlib

from reader_app.model import Article, Evidence, Metadata, Removed


def make_article(
    text: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    author: str | None = None,
    path: str | None = None,
    removed: tuple[Removed, ...] = (),
) -> Article:
    """An Article as ingest would hand it over, with evidence for each detected field."""
    evidence = tuple(
        Evidence(f, v, f"snippet showing {v}", "text")
        for f, v in (("title", title), ("outlet", outlet), ("author", author))
        if v
    )
    raw = "\n".join(r.text for r in removed) + ("\n" if removed else "") + text
    return Article(
        id="",
        path=path,
        raw_text=raw,
        text=text,
        removed=removed,
        meta=Metadata(title=title, outlet=outlet, author=author, evidence=evidence),
        content_hash=hashlib.sha256(raw.encode("utf-8")).hexdigest(),
    )
