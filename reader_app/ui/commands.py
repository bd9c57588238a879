"""What the window's actions and signals do: wiring plus the small library look-ups behind them."""

from __future__ import annotations

import logging
from html import escape
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog

from reader_app.ui.actions import show_shortcuts
from reader_app.ui.annotating import annotate_selection, codebook
from reader_app.ui.importer import FILE_FILTER
from reader_app.ui.preferences import user_name
from reader_app.ui.workspace import MAX_COLUMNS

log = logging.getLogger(__name__)
FIRST_COLUMNS = 5


# --- library look-ups ---------------------------------------------------------------


def ensure_samples(library: Any) -> bool:
    """Import the sample collection on first start; True when it was imported now."""
    try:
        from reader_app.store.samples import ensure_sample_collection

        return bool(ensure_sample_collection(library))
    except Exception:  # no samples is a missing nicety, not a failure
        log.exception("sample collection not imported")
        return False


def library_listing(library: Any) -> list[tuple[Any, list]]:
    return [(c, list(library.articles(c.id))) for c in library.collections()]


def initial_columns(library: Any, settings: QSettings, first_start: bool) -> list[Any]:
    """Last session's columns if they still exist, else the first articles of the first collection."""
    known = {str(info.id): info.id for _c, infos in library_listing(library) for info in infos}
    saved = settings.value("workspace/open", [], type=list) or []
    ids = [known[s] for s in saved if s in known]
    if ids and not first_start:
        return ids[:MAX_COLUMNS]
    for _collection, infos in library_listing(library):
        if infos:
            return [info.id for info in infos[:FIRST_COLUMNS]]
    return []


# --- wiring ---------------------------------------------------------------------------


def connect(window) -> None:
    """Connect actions and widget signals of a MainWindow (kept here so the window stays small)."""
    a, session, workspace = window.actions_, window.session, window.workspace
    a.import_files.triggered.connect(lambda: import_files(window))
    a.import_folder.triggered.connect(lambda: import_folder(window))
    a.paste_article.triggered.connect(lambda: paste_article(window))
    a.export_pdf.triggered.connect(lambda: export_pdf(window))
    a.quit.triggered.connect(window.close)
    a.edit_details.triggered.connect(lambda: edit_details(window, _current_id(window)))
    a.close_column.triggered.connect(lambda: workspace.remove_article(_current_id(window) or ""))
    a.next_claim.triggered.connect(lambda: workspace.step("claim", True))
    a.prev_claim.triggered.connect(lambda: workspace.step("claim", False))
    a.next_flag.triggered.connect(lambda: workspace.step("flag", True))
    a.prev_flag.triggered.connect(lambda: workspace.step("flag", False))
    a.cancel.triggered.connect(window.progress.cancel_requested)
    a.shortcuts.triggered.connect(lambda: show_shortcuts(window))
    a.about.triggered.connect(lambda: QMessageBox.about(window, "About reader-app", ABOUT))

    window.legend.layers_changed.connect(workspace.set_visible_layers)
    workspace.marks_clicked.connect(window.inspect)
    workspace.note_requested.connect(lambda *span: annotate_selection(window, *span))
    workspace.edit_requested.connect(lambda article_id: edit_details(window, article_id))
    window.inspector.mention_activated.connect(workspace.scroll_to)
    window.inspector.verdict_changed.connect(session.save_verdict)
    window.inspector.suggestion_decided.connect(session.decide_suggestion)
    session.annotations_changed.connect(window.reinspect)
    # The comparison lands after the analyses: refresh "same event" links of an open inspection.
    session.comparison_ready.connect(
        lambda _c: (
            window.reinspect(window.inspector.current.article.id)
            if window.inspector.current
            else None
        )
    )
    session.progress.connect(window.progress.show_progress)
    session.idle.connect(window.progress.finish)
    window.progress.cancel_requested.connect(session.cancel)
    window.progress.cancel_requested.connect(window.importer.tasks.cancel_all)

    window.library_panel.open_requested.connect(session.open_articles)
    window.library_panel.compare_requested.connect(session.replace_articles)
    window.library_panel.import_requested.connect(window.importer.import_paths)
    window.library_panel.edit_requested.connect(lambda article_id: edit_details(window, article_id))
    window.importer.started.connect(lambda text: window.progress.show_progress(0, 0, text))
    window.importer.finished.connect(window.progress.finish)
    window.importer.imported.connect(lambda ids: _on_imported(window, ids))
    window.importer.failed.connect(lambda errors: show_import_errors(window, errors))


ABOUT = (
    "<b>reader-app</b><p>Read several news articles about the same events side by side: "
    "claims, who said what, evaluative wording and how each source frames the story. "
    "Everything runs on this computer; nothing is sent anywhere.</p>"
)


def _current_id(window) -> Any:
    column = window.workspace.current_column
    return column.article_id if column else None


def _on_imported(window, ids: list) -> None:
    window.refresh_library()
    window.statusBar().showMessage(f"Imported {len(ids)} article(s)", 5000)
    free = MAX_COLUMNS - len(window.workspace.article_ids())
    if free > 0:
        window.session.open_articles(ids[:free])


def show_import_errors(window, errors: list[tuple[str, str]]) -> None:
    """One clear message naming each file and why it could not be read; the app carries on."""
    rows = "".join(
        f"<li><b>{escape(path)}</b>: {escape(reason)}</li>" for path, reason in errors[:20]
    )
    more = f"<p>…and {len(errors) - 20} more.</p>" if len(errors) > 20 else ""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Some files could not be imported",
        f"<p>These files were skipped:</p><ul>{rows}</ul>{more}",
        parent=window,
    )
    box.setObjectName("import_errors")
    box.open()  # not exec(): the window stays live (and tests can read the box)
    window.import_error_box = box


def import_files(window) -> None:
    paths, _ = QFileDialog.getOpenFileNames(window, "Import articles", "", FILE_FILTER)
    if paths:
        window.importer.import_paths(paths)


def import_folder(window) -> None:
    folder = QFileDialog.getExistingDirectory(window, "Import every article in a folder")
    if folder:
        window.importer.import_paths([folder])


def paste_article(window) -> None:
    """The clipboard text becomes an article at once, named by its first line (editable later)."""
    text = QApplication.clipboard().text()
    if not text.strip():
        QMessageBox.information(
            window, "Paste as article", "The clipboard holds no text to import."
        )
        return
    first_line = next(line.strip() for line in text.splitlines() if line.strip())
    window.importer.import_text(text, first_line[:80])


def edit_details(window, article_id: Any) -> None:
    from reader_app.ui.metadata_editor import MetadataEditor

    if article_id is None:
        return
    article = window.library.article(article_id)
    dialog = MetadataEditor(article, window)
    if not dialog.exec():
        return
    for field, value in dialog.changes().items():
        window.library.update_metadata(article_id, field, value)
    window.refresh_library()
    column = window.workspace.column(article.id)
    if column is not None:
        column.set_article(window.library.article(article_id))


def export_layers(visible: set[str]) -> list[str]:
    """The export's layer names for the layers shown on screen."""
    from reader_app.palette import FLAG_LAYERS

    wanted = {
        "claims": "claim" in visible,
        "attributions": bool({"quote", "speaker"} & visible),
        "flags": bool(set(FLAG_LAYERS) & visible),
        "annotations": "annotation" in visible,
    }
    return [name for name, on in wanted.items() if on]


def export_pdf(window, path: str | None = None) -> Any:
    """Export the open columns as shown (same layers); returns the export report or None."""
    from PySide6.QtCore import Qt

    columns = window.workspace.columns()
    if not columns:
        QMessageBox.information(window, "Export", "Open some articles first.")
        return None
    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            window, "Export annotated PDF", "articles.pdf", "PDF (*.pdf)"
        )
    if not path:
        return None
    from reader_app.ui.pdf import export_pdf as run_export

    comparison = None
    if window.session.comparison is not None:
        from reader_app.compare import comparison_to_json

        comparison = comparison_to_json(window.session.comparison)
    # Qt's text layout and PDF writer belong to the GUI thread, so the export runs here; the
    # dialog's progress ticks (one per page) keep the window painting and let the reader cancel.
    pages = QProgressDialog("Writing the annotated PDF…", "Cancel", 0, 0, window)
    pages.setWindowTitle("Export")
    pages.setWindowModality(Qt.WindowModality.WindowModal)
    pages.setMinimumDuration(400)  # short exports finish before it would flash up

    def tick(done: int, total: int) -> None:
        pages.setMaximum(total)
        pages.setValue(done)
        pages.setLabelText(f"Writing page {done} of {total}…")
        QApplication.processEvents()

    window.export_progress = pages  # tests reach the dialog here
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        report = run_export(
            [(c.article, c.analysis) for c in columns],
            path,
            annotations={c.article_id: c.annotations for c in columns},
            comparison=comparison,
            layers=export_layers(window.workspace.visible_layers),
            user_name=user_name() or None,  # signs the PDF and its notes (Preferences → name)
            palette=window.palette_.name,
            label_colours={label.name: label.colour for label in codebook(window)},
            progress=tick,
            cancel=pages.wasCanceled,
        )
    except Exception as error:  # noqa: BLE001 - tell the reader, keep running
        if pages.wasCanceled():
            window.statusBar().showMessage(str(error), 8000)
        else:
            QMessageBox.warning(window, "Export failed", str(error))
        return None
    finally:
        QApplication.restoreOverrideCursor()
        pages.close()
    window.statusBar().showMessage(f"Wrote {report.path} ({report.pages} pages)", 8000)
    return report
