"""Codebook exchange: a library's labels (colours, descriptions, examples) as a small JSON file.

A teacher exports the codebook, students import it, so everyone annotates with the same labels.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from reader_app import __version__
from reader_app.store import Label

SCHEMA = "reader-app/codebook/1"
COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
MAX_BYTES = 2_000_000  # a codebook is a few kilobytes; anything huge is the wrong file


class CodebookError(ValueError):
    """A codebook file that cannot be read or written; the message names the file and why."""


def codebook_document(labels: list[Label]) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "generator": f"reader-app {__version__}",
        "labels": [
            {
                "name": l.name,
                "colour": l.colour,
                "description": l.description,
                "examples": list(l.examples),
            }
            for l in labels
        ],
    }


def export_codebook(library, out_path: str | os.PathLike[str]) -> Path:
    """Write the library's labels to ``out_path`` (atomically: a complete file or none)."""
    path = Path(out_path)
    text = json.dumps(codebook_document(library.labels()), ensure_ascii=False, indent=1) + "\n"
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temp, path)
    except OSError as error:
        raise CodebookError(
            f"{path}: cannot write the codebook ({error.strerror or error})"
        ) from error
    return path


def read_codebook(path: str | os.PathLike[str]) -> list[Label]:
    """The labels of a codebook file, all checked before any is used."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise CodebookError(f"{path}: too large for a codebook ({path.stat().st_size} bytes)")
        doc = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise CodebookError(f"{path}: cannot read ({error.strerror or error})") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CodebookError(f"{path}: not a JSON codebook ({error})") from error
    if not isinstance(doc, dict) or not str(doc.get("schema", "")).startswith(
        "reader-app/codebook/"
    ):
        raise CodebookError(f"{path}: not a reader-app codebook (no 'schema': '{SCHEMA}')")
    entries = doc.get("labels")
    if not isinstance(entries, list):
        raise CodebookError(f"{path}: 'labels' must be a list")
    labels = [_label(path, n, entry) for n, entry in enumerate(entries, 1)]
    names = [l.name.casefold() for l in labels]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise CodebookError(f"{path}: label names repeat: {', '.join(duplicates)}")
    return labels


def _label(path: Path, n: int, entry: Any) -> Label:
    where = f"{path}: label {n}"
    if not isinstance(entry, dict):
        raise CodebookError(f"{where} is not an object")
    name = " ".join(str(entry.get("name") or "").split())
    if not name:
        raise CodebookError(f"{where} has no name")
    colour = str(entry.get("colour") or entry.get("color") or "#ffd54f")
    if not COLOUR.fullmatch(colour):
        raise CodebookError(f"{where} ({name}): colour {colour!r} is not #rrggbb")
    examples = entry.get("examples") or []
    if not isinstance(examples, list) or not all(isinstance(e, str) for e in examples):
        raise CodebookError(f"{where} ({name}): 'examples' must be a list of strings")
    return Label(name, colour.lower(), str(entry.get("description") or ""), tuple(examples))


def import_codebook(library, path: str | os.PathLike[str]) -> tuple[int, int]:
    """Add the file's labels to the library (same name: colour, description, examples replaced).

    Returns (added, updated). The file is checked completely first, so a bad one changes nothing.
    """
    labels = read_codebook(path)
    known = {l.name for l in library.labels()}
    library.save_labels(labels)
    added = sum(l.name not in known for l in labels)
    return added, len(labels) - added
