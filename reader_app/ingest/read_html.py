"""HTML pages: main text by trafilatura, metadata from the page; nothing is fetched or run."""

from __future__ import annotations

import re
from pathlib import Path

from reader_app.ingest.decode import decode_bytes
from reader_app.ingest.errors import IngestError
from reader_app.ingest.read_text import MAX_TEXT_BYTES, read_bytes_checked
from reader_app.model import Metadata

_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([\w-]+)", re.IGNORECASE)
_DROP = ("script", "style", "noscript", "iframe", "object", "embed", "nav", "header", "footer",
         "aside", "form", "button", "svg", "canvas", "template", "figure", "img", "video", "audio")


def read_html_file(path: Path) -> tuple[str, Metadata, str]:
    data = read_bytes_checked(path, MAX_TEXT_BYTES)
    html, note = _decode_html(data, str(path))
    text, meta = html_to_text(html, str(path))
    return text, meta, note


def _decode_html(data: bytes, path: str) -> tuple[str, str]:
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii")), ""
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; fall back to detection
    return decode_bytes(data, path)


def html_to_text(html: str, path: str) -> tuple[str, Metadata]:
    """(main text, page metadata). trafilatura works on the string: no URL, no network."""
    import trafilatura

    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=True,
                                   include_images=False, include_links=False, deduplicate=True,
                                   output_format="txt", fast=True)
    except Exception:  # noqa: BLE001 - malformed markup: the plain fallback below still reads it
        text = None
    meta = _page_metadata(html)
    if not text or not text.strip():
        text = _fallback_text(html)
    if not text.strip():
        raise IngestError(path, "no article text found in the HTML page")
    return text, meta


def _page_metadata(html: str) -> Metadata:
    import trafilatura

    meta = Metadata()
    try:
        found = trafilatura.extract_metadata(html)
    except Exception:  # noqa: BLE001 - a malformed page still has its text
        found = None
    if found is None:
        return _fallback_metadata(html)
    for field, value in (("title", found.title), ("author", found.author),
                         ("date", found.date), ("outlet", found.sitename)):
        if value:
            meta = meta.with_value(field, str(value).strip(), f"{field} in page metadata: {value}", "html")
    if not meta.evidence:
        return _fallback_metadata(html)
    return meta if meta.outlet else _site_from_title(html, meta)


def _site_from_title(html: str, meta: Metadata) -> Metadata:
    """'Headline - Site Name' in <title>: pages without og:site_name still name their site there."""
    match = re.search(r"<title[^>]*>(.*?)</title>", html[:20000], re.IGNORECASE | re.DOTALL)
    full = " ".join(match.group(1).split()) if match else ""
    if not meta.title or not full.startswith(meta.title):
        return meta
    site = re.match(r"\s*[-|–—:·]\s*(.{2,60})$", full[len(meta.title):])
    if site and len(site.group(1).split()) <= 6:
        meta = meta.with_value("outlet", site.group(1).strip(), f"<title>{full}</title>", "html")
    return meta


def _tree(html: str):
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 - lxml raises several types on junk input
        return None
    for bad in tree.xpath("|".join(f"//{tag}" for tag in _DROP)):
        bad.drop_tree()
    return tree


def _fallback_text(html: str) -> str:
    tree = _tree(html)
    if tree is None:
        return ""
    blocks = tree.xpath("//h1|//h2|//h3|//p|//li|//blockquote|//pre")
    texts = [" ".join(b.text_content().split()) for b in blocks]
    if not any(texts):
        texts = [" ".join(tree.text_content().split())]
    return "\n\n".join(t for t in texts if t)


def _fallback_metadata(html: str) -> Metadata:
    tree = _tree(html)
    meta = Metadata()
    if tree is None:
        return meta
    title = tree.findtext(".//title")
    if title and title.strip():
        meta = meta.with_value("title", title.strip(), f"<title>{title.strip()}</title>", "html")
    for name, field in (("author", "author"), ("og:site_name", "outlet"),
                        ("article:published_time", "date"), ("date", "date")):
        content = tree.xpath(f"//meta[@name='{name}' or @property='{name}']/@content")
        if content and not getattr(meta, field):
            value = content[0].strip()[:10] if field == "date" else content[0].strip()
            meta = meta.with_value(field, value, f'<meta name="{name}" content="{content[0]}">', "html")
    return meta
