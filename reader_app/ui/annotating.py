"""What the window does to make, edit and delete the reader's annotations (dialogs + undo stack)."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QMessageBox

from reader_app.ui.annotation_dialog import AnnotationDialog
from reader_app.ui.annotations import anchored
from reader_app.ui.codebook_dialog import CodebookDialog
from reader_app.ui.preferences import user_name

log = logging.getLogger(__name__)


def codebook(window) -> list[Any]:
    """The library's labels (defaults plus the reader's); none when the library has no codebook."""
    try:
        return list(window.library.labels())
    except Exception:  # an old or fake library without labels: plain notes still work
        log.exception("no codebook labels")
        return []


def refresh_label_colours(window) -> None:
    colours = {label.name: label.colour for label in codebook(window)}
    window.workspace.set_label_colours(colours)
    window.inspector.label_colours = colours


def open_codebook(window) -> list[Any]:
    dialog = CodebookDialog(window.library, window)
    dialog.exec()
    refresh_label_colours(window)
    if dialog.renamed:  # open columns hold the old label names
        for article_id in window.workspace.article_ids():
            window.session.refresh_annotations(article_id)
    return codebook(window)


def annotation_dialog(window, quote: str, **values: Any) -> AnnotationDialog:
    dialog = AnnotationDialog(
        quote, codebook(window), window, edit_codebook=lambda: open_codebook(window), **values
    )
    window.annotation_dialog = dialog  # tests and screenshots reach the open dialog here
    return dialog


def annotate_selection(window, article_id: str | None = None, start: int = 0, end: int = 0) -> None:
    """Annotate the given span (or the current column's selection) after asking for label and note."""
    if article_id is None:
        column = window.workspace.current_column
        span = column.view.selected_span() if column else None
        if not span or span[0] == span[1]:
            window.statusBar().showMessage("Select some text in a column first.", 5000)
            return
        article_id, (start, end) = column.article_id, span
    column = window.workspace.column(article_id)
    if column is None or not (0 <= start < end <= len(column.article.text)):
        return
    dialog = annotation_dialog(window, column.article.text[start:end])
    if dialog.exec():
        values = dialog.values()
        annotation = anchored(column.article, start, end, author=user_name(), **values)
        window.annotations.add(annotation)
        # Drop the selection so the label's colour shows at once (the selection paints over it).
        cursor = column.view.textCursor()
        cursor.clearSelection()
        column.view.setTextCursor(cursor)


def _find(window, article_id: str, annotation_id: int) -> Any:
    column = window.workspace.column(article_id)
    if column is None:
        return None
    return next((a for a in column.annotations if a.id == annotation_id), None)


def edit_annotation(window, article_id: str, annotation_id: int) -> None:
    before = _find(window, article_id, annotation_id)
    if before is None:
        return
    dialog = annotation_dialog(
        window, before.quote, label=before.label, note=before.note, tags=before.tags
    )
    if dialog.exec():
        window.annotations.edit(before, replace(before, **dialog.values()))


def delete_annotation(window, article_id: str, annotation_id: int, confirm: bool = True) -> None:
    annotation = _find(window, article_id, annotation_id)
    if annotation is None:
        return
    window.annotations.delete(annotation)
    window.statusBar().showMessage("Annotation deleted (Ctrl+Z brings it back).", 6000)


def on_annotation_action(window, article_id: str, action: str, annotation_id: int) -> None:
    if action == "edit":
        edit_annotation(window, article_id, annotation_id)
    elif action == "delete":
        delete_annotation(window, article_id, annotation_id)
    else:
        QMessageBox.information(window, "Annotation", f"Unknown action {action!r}")
