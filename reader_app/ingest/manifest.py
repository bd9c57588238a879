"""The collection manifest (collection.toml beside the articles): name, description, per-file metadata."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader_app.ingest.errors import IngestError
from reader_app.model import Article

MANIFEST_NAME = "collection.toml"
# Fields a manifest entry may set; everything else in an entry is ignored.
MANIFEST_FIELDS = ("title", "outlet", "author", "date", "genre", "dateline", "interviewee", "reporting_by")


@dataclass(frozen=True)
class Manifest:
    name: str
    description: str = ""
    path: str = ""
    entries: dict[str, dict[str, str]] = field(default_factory=dict)  # file name -> field -> value

    def entry_for(self, article: Article) -> dict[str, str]:
        if article.path:
            found = self.entries.get(Path(article.path).name)
            if found is not None:
                return found
        return next((e for f, e in self.entries.items() if Path(f).stem == article.id), {})


def load_manifest(folder: str | Path) -> Manifest | None:
    """The folder's collection.toml, or None when there is none; a broken one raises IngestError."""
    folder = Path(folder)
    path = folder / MANIFEST_NAME if folder.is_dir() else folder
    if not path.is_file():
        return None
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise IngestError(path, f"cannot read collection manifest ({error})") from error
    entries = {}
    for entry in data.get("articles", []):
        if isinstance(entry, dict) and entry.get("file"):
            entries[str(entry["file"])] = _fields(entry)
    name = str(data.get("name") or folder.name)
    return Manifest(name, str(data.get("description", "")), str(path), entries)


def _fields(entry: dict[str, Any]) -> dict[str, str]:
    return {k: str(v) for k, v in entry.items() if k in MANIFEST_FIELDS and v not in (None, "")}


def apply_manifest(article: Article, manifest: Manifest | None) -> Article:
    """The article with the manifest's values for it set (Evidence source 'manifest')."""
    if manifest is None:
        return article
    meta = article.meta
    file_name = Path(article.path).name if article.path else article.id
    for key, value in manifest.entry_for(article).items():
        meta = meta.with_value(key, value, f'{MANIFEST_NAME} [{file_name}]: {key} = "{value}"', "manifest")
    return article if meta == article.meta else _with_meta(article, meta)


def _with_meta(article: Article, meta) -> Article:
    from dataclasses import replace

    return replace(article, meta=meta)
