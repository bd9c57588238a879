"""Students' JSON exports (``reader-app export --json``) read into the library for agreement.

Each exported article is found in the library by content hash (else identical text); its
annotations are stored under their author, re-anchored by quote if the text moved. Importing the
same file twice adds nothing the second time.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from reader_app.model import Annotation
from reader_app.store import ALL
from reader_app.store.anchoring import reanchor


class ExportFileError(ValueError):
    """An export that cannot be imported; the message names the file and the reason."""


@dataclass
class ImportResult:
    added: int = 0
    duplicates: int = 0
    unanchored: int = 0  # quote no longer found in the library's text
    missing_articles: list[str] = field(default_factory=list)  # titles/paths not in the library


def read_export(path: Path) -> list[dict]:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ExportFileError(f"{path}: cannot read ({error.strerror or error})") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ExportFileError(f"{path}: not a JSON export ({error})") from error
    articles = doc.get("articles") if isinstance(doc, dict) else None
    if not isinstance(articles, list) or not all(isinstance(a, dict) for a in articles):
        raise ExportFileError(f"{path}: not a reader-app JSON export (no 'articles' list)")
    return articles


def _annotation(path: Path, article_id: str, item: dict, author: str | None) -> Annotation:
    try:
        return Annotation(
            article_id=article_id,
            start=int(item["start"]),
            end=int(item["end"]),
            quote=str(item.get("quote") or ""),
            prefix=str(item.get("prefix") or ""),
            suffix=str(item.get("suffix") or ""),
            label=str(item.get("label") or "note"),
            note=str(item.get("note") or ""),
            tags=tuple(item.get("tags") or ()),
            author=author or str(item.get("author") or ""),
            verdict=item.get("verdict"),
            sources=tuple(item.get("sources") or ()),
            target=item.get("target"),
            status=str(item.get("status") or "user"),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ExportFileError(f"{path}: an annotation lacks a valid {error}") from error


def _key(a: Annotation) -> tuple:
    return (a.author, a.start, a.end, a.label, a.note, a.status, a.target)


def import_student_export(
    library, path: str | os.PathLike[str], author: str | None = None
) -> ImportResult:
    """Store the export's annotations; ``author`` overrides (or fills in) the annotator's name.

    Annotations without an author in the file and no ``author`` given take the file's stem.
    """
    path = Path(path)
    result, pending = ImportResult(), []
    for entry in read_export(path):
        article_id = library.find_article(
            str(entry.get("content_hash") or ""), str(entry.get("text") or "")
        )
        if article_id is None:
            result.missing_articles.append(str(entry.get("path") or entry.get("id") or "?"))
            continue
        text = library.article(article_id).text
        seen = {_key(a) for a in library.annotations(article_id, author=ALL)}
        for item in entry.get("annotations") or ():
            ann = _annotation(path, article_id, item, author)
            ann = ann if ann.author else replace(ann, author=path.stem)
            if text[ann.start : ann.end] != ann.quote:
                moved = reanchor(ann, text)
                if moved is None:
                    result.unanchored += 1
                    continue
                ann = moved
            if _key(ann) in seen:
                result.duplicates += 1
                continue
            seen.add(_key(ann))
            pending.append(ann)
    library.add_annotations(pending)
    result.added = len(pending)
    return result
