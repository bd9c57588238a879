"""The reader's tools around the columns: framing dashboard, find bar, library search, annotations
with undo, codebook and preferences. ``install(window)`` adds them to a MainWindow."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMessageBox

from reader_app.palette import load_palette
from reader_app.ui import annotating, preferences
from reader_app.ui.annotation_commands import AnnotationEditor
from reader_app.ui.dashboard import Dashboard, describe
from reader_app.ui.find_bar import find_all
from reader_app.ui.legend import Legend


def install(window) -> None:
    """Create the dashboard dock and the undo stack, and connect the tools' actions."""
    window.dashboard = Dashboard(window.palette_, window)
    dock = QDockWidget("Framing dashboard", window)
    dock.setObjectName("dock_dashboard")
    dock.setWidget(window.dashboard)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.docks["dashboard"] = dock
    window.annotations = AnnotationEditor(
        lambda: window.library, window.session.refresh_annotations, window
    )
    _undo_actions(window)
    _connect(window)
    window.library_loaded.connect(lambda: annotating.refresh_label_colours(window))
    if window.library is not None:  # a library handed in ready-made (tests, embedding)
        annotating.refresh_label_colours(window)


def _undo_actions(window) -> None:
    menu = window.actions_.menus["&Edit"]
    first = menu.actions()[0] if menu.actions() else None
    for action, keys in (
        (window.annotations.stack.createUndoAction(window, "&Undo"), ["Ctrl+Z"]),
        (window.annotations.stack.createRedoAction(window, "&Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"]),
    ):
        action.setShortcuts([QKeySequence(k) for k in keys])
        menu.insertAction(first, action)
        window.addAction(action)
        window.actions_.by_name[action.text().replace("&", "").split()[0].lower()] = action
    menu.insertSeparator(first)


def _connect(window) -> None:
    a, session, workspace = window.actions_, window.session, window.workspace
    a.annotate.triggered.connect(lambda: annotating.annotate_selection(window))
    a.codebook.triggered.connect(lambda: annotating.open_codebook(window))
    a.find.triggered.connect(window.find_bar.open_bar)
    a.search_library.triggered.connect(lambda: open_search(window))
    window.library_panel.search_requested.connect(lambda words: open_search(window, words))
    a.preferences.triggered.connect(lambda: open_preferences(window))
    workspace.annotation_action.connect(
        lambda article_id, action, ann_id: annotating.on_annotation_action(
            window, article_id, action, ann_id
        )
    )
    window.inspector.notes.action.connect(
        lambda article_id, action, ann_id: annotating.on_annotation_action(
            window, article_id, action, ann_id
        )
    )
    window.dashboard.mention_activated.connect(workspace.scroll_to)
    session.comparison_ready.connect(lambda _c: refresh_dashboard(window))
    workspace.columns_changed.connect(lambda _ids: refresh_dashboard(window))


# --- dashboard ------------------------------------------------------------------------


def column_labels(window) -> list[tuple[str, str]]:
    """(article id, label) of the open columns: the outlet, told apart when two share it."""
    labels = []
    for column in window.workspace.columns():
        meta = column.article.meta
        labels.append(
            (column.article_id, meta.outlet or meta.title or f"Article {column.article_id}")
        )
    seen: dict[str, int] = {}
    for _id, label in labels:
        seen[label] = seen.get(label, 0) + 1
    # Two columns of one outlet are told apart by their position, as the reader sees them.
    return [
        (i, f"{label} [{n}]" if seen[label] > 1 else label)
        for n, (i, label) in enumerate(labels, start=1)
    ]


def refresh_dashboard(window) -> None:
    data = None
    if window.session.comparison is not None:
        from reader_app.compare import comparison_to_json

        data = comparison_to_json(window.session.comparison)
    window.dashboard.show_comparison(data, column_labels(window))
    window.docks["dashboard"].setWindowTitle(describe(data))


# --- library search ---------------------------------------------------------------------


def open_search(window, query: str = "") -> Any:
    """The library search dialog (one per window), searching ``query`` at once when given."""
    from reader_app.ui.library_search import LibrarySearch

    dialog = getattr(window, "search_dialog", None)
    if dialog is None or dialog.library is not window.library:
        dialog = LibrarySearch(window.library, window)
        dialog.open_requested.connect(lambda article_id, words: open_hit(window, article_id, words))
        window.search_dialog = dialog
    dialog.show()
    dialog.raise_()
    dialog.field.setFocus()
    if query.strip():
        dialog.field.setText(query)
        dialog.search()
    return dialog


def open_hit(window, article_id: str, words: list[str]) -> bool:
    """Open a search hit in a column (if one is free) and scroll to its first matched word."""
    if window.workspace.column(article_id) is None and not window.session.open_articles(
        [article_id]
    ):
        QMessageBox.information(
            window, "Search", "Six columns are open: close one to open this article."
        )
        return False
    column = window.workspace.column(article_id)
    window.workspace.set_current(article_id)
    for word in words:
        spans = find_all(column.article.text, word)
        if spans:
            window.workspace.scroll_to(article_id, *spans[0])
            break
    return True


# --- preferences ------------------------------------------------------------------------


def open_preferences(window, dialog=None) -> Any:
    """Show Preferences (modal); on OK save, switch palettes and re-analyse after list edits."""
    from reader_app.ui.preferences_dialog import PreferencesDialog

    url = _library_url(window)
    dialog = dialog or PreferencesDialog(url, window)
    window.preferences_dialog = dialog
    accepted = dialog.exec()
    apply_preferences(window, dialog, bool(accepted))
    return dialog


def apply_preferences(window, dialog, accepted: bool) -> None:
    if accepted:
        dialog.save()
        _sign_as(window.library, preferences.user_name())
        if dialog.palette_choice() != window.palette_.name:
            set_palette(window, load_palette(dialog.palette_choice()))
    # Word-list edits were written as they were made, so they count even after Cancel.
    if dialog.lexicon_changed:
        window.session.reanalyse_open()
        window.statusBar().showMessage(
            "Word lists changed: analysing the open articles again…", 6000
        )


def _sign_as(library: Any, name: str) -> None:
    """Make the open library write and list annotations under the new name at once.

    The store takes the name when a Library is built (``Library(url, user=...)``) and has no
    public setter yet, so the attribute behind ``Library.user`` is set here.
    """
    if name and hasattr(library, "_user"):
        library._user = name


def set_palette(window, palette) -> None:
    window.palette_ = palette
    window.workspace.set_palette(palette)
    window.inspector._palette = palette
    old = window.legend
    window.legend = Legend(palette, window)
    window.legend.set_visible_layers(old.visible_layers())
    window.legend.layers_changed.connect(window.workspace.set_visible_layers)
    window.docks["legend"].setWidget(window.legend)
    old.deleteLater()
    window.dashboard.chart.palette_ = palette
    window.dashboard.chart.update()


def _library_url(window) -> str:
    engine = getattr(window.library, "engine", None)
    url = getattr(engine, "url", None) or getattr(window.library, "url", None)
    if url is None:
        return preferences.library_url() or "(unknown)"
    render = getattr(url, "render_as_string", None)
    return render(hide_password=True) if render else str(url)
