"""Reading articles from files and pasted text into Article values (pure functions, no Qt)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from reader_app.ingest.article import build_article, content_hash, normalize_raw, restore
from reader_app.ingest.cleanup import clean_text
from reader_app.ingest.errors import IngestError
from reader_app.ingest.manifest import Manifest, apply_manifest, load_manifest
from reader_app.ingest.read_html import html_to_text, read_html_file
from reader_app.ingest.read_pdf import read_pdf_file
from reader_app.ingest.read_text import (
    MAX_TEXT_BYTES,
    markdown_to_text,
    read_markdown_file,
    read_text_file,
)
from reader_app.model import Article, Metadata

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf")
_FORMAT = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf"}

__all__ = [
    "SUPPORTED_SUFFIXES", "IngestError", "Manifest", "apply_manifest", "clean_text", "load_manifest",
    "load_path", "load_paths", "load_text", "markdown_to_text", "restore",
]


def load_path(path: str | Path) -> Article:
    """One file as an Article; raises IngestError naming the file and the reason."""
    path = Path(path)
    if not path.exists():
        raise IngestError(path, "no such file or folder")
    if path.is_dir():
        raise IngestError(path, "is a folder (use load_paths for folders)")
    fmt = _FORMAT.get(path.suffix.lower())
    if fmt is None:
        raise IngestError(path, f"unsupported file type '{path.suffix or '(none)'}' "
                                f"(supported: {', '.join(SUPPORTED_SUFFIXES)})")
    base, note = Metadata(), ""
    if fmt == "txt":
        raw, note = read_text_file(path)
    elif fmt == "md":
        raw, note = read_markdown_file(path)
    elif fmt == "html":
        raw, base, note = read_html_file(path)
    else:
        raw = read_pdf_file(path)
    return build_article(raw, path.stem, str(path), fmt, str(path), base, note)


def load_text(text: str, name: str = "pasted") -> Article:
    """Pasted text (or pasted HTML source) as an Article with id 'pasted-<first 8 of its hash>'."""
    if len(text.encode("utf-8", errors="replace")) > MAX_TEXT_BYTES:
        raise IngestError(name, f"text too large (limit {MAX_TEXT_BYTES // (1024 * 1024)} MB)")
    base = Metadata()
    if text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        text, base = html_to_text(text, name)
    raw = normalize_raw(text)
    if not raw.strip():
        raise IngestError(name, "empty text")
    return build_article(raw, f"pasted-{content_hash(raw)[:8]}", None, "paste", name, base)


def load_paths(
    paths: Iterable[str | Path],
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> tuple[list[Article], list[IngestError]]:
    """Files and folders (folders expand to their supported files, sorted); keeps going after errors."""
    files, errors = expand(paths)
    articles: list[Article] = []
    for done, path in enumerate(files):
        if cancel and cancel():
            break
        try:
            articles.append(load_path(path))
        except IngestError as error:
            errors.append(error)
        except Exception as error:  # noqa: BLE001 - one broken file must not stop an import
            errors.append(IngestError(path, f"could not be read ({type(error).__name__}: {error})"))
        if progress:
            progress(done + 1, len(files))
    return articles, errors


def expand(paths: Iterable[str | Path]) -> tuple[list[Path], list[IngestError]]:
    """Files to read, and an error for each missing path or folder without articles."""
    files: list[Path] = []
    errors: list[IngestError] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in _FORMAT
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not found:
                errors.append(IngestError(path, "no supported files in folder "
                                                f"({', '.join(SUPPORTED_SUFFIXES)})"))
            files += found
        elif path.exists():
            files.append(path)
        else:
            errors.append(IngestError(path, "no such file or folder"))
    return files, errors
