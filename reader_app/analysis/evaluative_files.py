"""Reading and writing the tab-separated word-list files (shipped and the user's)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from reader_app.resource_files import resource_path

ADDED_FILE = "added.tsv"  # the user's own entries: entry, category, note
SILENCED_FILE = "silenced.tsv"  # entries the user does not want flagged: entry
_HEADER = (
    "# reader-app user word list: entry<TAB>category<TAB>note (see the app's lexicon README)\n"
)


def shipped_dir() -> Path:
    return resource_path("lexicons")


def read_rows(path: Path) -> list[tuple[int, list[str]]]:
    """(line number, columns) of every row; blank lines and ``#`` comments skipped.

    A missing file is an empty list; an unreadable one raises ValueError naming the file.
    """
    if not path.exists():
        return []
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot read word list: {exc}") from exc
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            rows.append((number, line.rstrip("\r\n").split("\t")))
    return rows


def write_rows(path: Path, rows: list[list[str]]) -> None:
    """Replace ``path`` atomically (a temp file renamed over it), so a crash never half-writes it."""
    body = _HEADER + "".join("\t".join(c.replace("\t", " ") for c in r) + "\n" for r in rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(body)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
