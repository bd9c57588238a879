"""Importing files, folders and pasted text: reading runs on a worker, the library write on the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from reader_app.ui.workers import Tasks

log = logging.getLogger(__name__)

IMPORT_COLLECTION = "Imported"
FILE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm *.pdf);;All files (*)"
SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".pdf"}


def expand_paths(paths: Sequence[str | Path]) -> list[Path]:
    """Files as given; folders become the article files inside them (sorted, recursive)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out += sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
            )
        else:
            out.append(path)
    return out


def describe_error(error: Any) -> tuple[str, str]:
    """(file, reason) of an ingest error, whatever its exact shape."""
    path = getattr(error, "path", None)
    reason = getattr(error, "reason", None) or str(error)
    return (str(path) if path else "?", str(reason))


def _read_job(paths: list[Path]):
    def job(progress, cancel):
        from reader_app.ingest import load_paths

        return load_paths(paths)

    return job


class Importer(QObject):
    """Emits ``imported`` (new article ids) and ``failed`` ([(file, reason)]) after each import."""

    started = Signal(str)
    imported = Signal(list)
    failed = Signal(list)
    finished = Signal()

    def __init__(self, library: Any, tasks: Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.tasks = tasks

    def import_paths(
        self, paths: Sequence[str | Path], collection: str = IMPORT_COLLECTION
    ) -> None:
        if self.library is None:
            self.failed.emit(
                [(str(p), "the library is still opening; try again in a moment") for p in paths]
            )
            return
        files = expand_paths(paths)
        if not files:
            self.failed.emit(
                [(str(p), "no article files (.txt, .md, .html, .pdf) found") for p in paths]
            )
            self.finished.emit()
            return
        self.started.emit(f"Importing {len(files)} file(s)…")
        task = self.tasks.start(
            _read_job(files),
            on_result=lambda result: self._store(result, collection),
            on_error=lambda error: self.failed.emit([describe_error(error)]),
            name="import",
        )
        task.signals.finished.connect(self.finished)

    def import_text(
        self, text: str, name: str | None = None, collection: str = IMPORT_COLLECTION
    ) -> None:
        """A pasted article; small enough to read on the GUI thread."""
        from reader_app.ingest import load_text

        name = name or f"Pasted {datetime.now():%Y-%m-%d %H:%M}"
        try:
            article = load_text(text, name)
        except Exception as error:  # noqa: BLE001 - show the reason, keep the app alive
            self.failed.emit([(name, describe_error(error)[1])])
            return
        self._store(([article], []), collection)
        self.finished.emit()

    def _store(self, result: tuple[list, list], collection: str) -> None:
        articles, errors = result
        ids = []
        if articles:
            try:
                results = self.library.add_articles(articles, collection=collection)
                ids = [article_id for article_id, _created in results]
            except Exception as error:
                log.exception("library write failed")
                errors = list(errors) + [error]
        if ids:
            self.imported.emit(ids)
        if errors:
            self.failed.emit([describe_error(e) for e in errors])
