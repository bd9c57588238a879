"""The main window: composes the library, legend and inspector docks around the workspace."""

from __future__ import annotations

import importlib
import logging
import sys
from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from reader_app.palette import Palette, load_palette
from reader_app.ui import commands, preferences, tools
from reader_app.ui.actions import build_actions
from reader_app.ui.find_bar import FindBar
from reader_app.ui.importer import Importer
from reader_app.ui.inspector import Inspected, Inspector
from reader_app.ui.legend import Legend
from reader_app.ui.library_dock import LibraryPanel
from reader_app.ui.progress_panel import ProgressPanel
from reader_app.ui.session import Session
from reader_app.ui.settings import app_settings
from reader_app.ui.workers import Tasks
from reader_app.ui.workspace import Workspace

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    library_loaded = Signal()

    def __init__(
        self,
        library: Any,
        palette: Palette | None = None,
        restore: bool = True,
        parent: QWidget | None = None,
        interactive: bool = True,
        **session_options: Any,
    ) -> None:
        super().__init__(parent)
        self.interactive = interactive  # False for --screenshot: no modal boxes
        self.library_error: Exception | None = None
        self.setWindowTitle("reader-app: compare news sources")
        self.setAcceptDrops(True)
        self.library = library
        self.palette_ = palette or load_palette(preferences.palette_name())
        self.workspace = Workspace(self.palette_, self)
        self.find_bar = FindBar(self.workspace, self)
        self.setCentralWidget(self._central(self.workspace, self.find_bar))
        self.session = Session(library, self.workspace, self, **session_options)
        self.importer = Importer(
            library, Tasks(self, max_threads=1), self
        )  # imports never queue behind analysis
        self.library_panel = LibraryPanel(self)
        self.legend = Legend(self.palette_, self)
        self.inspector = Inspector(self.palette_, self)
        self.docks = {
            "library": self._dock(
                "Library", self.library_panel, Qt.DockWidgetArea.LeftDockWidgetArea
            ),
            "legend": self._dock("Highlights", self.legend, Qt.DockWidgetArea.LeftDockWidgetArea),
            "inspector": self._dock(
                "Inspector", self.inspector, Qt.DockWidgetArea.RightDockWidgetArea
            ),
        }
        self.inspector.setMinimumWidth(260)
        self.progress = ProgressPanel(self)
        self.statusBar().addPermanentWidget(self.progress)
        self.actions_ = build_actions(self)
        for dock in self.docks.values():
            self.actions_.view_menu.addAction(dock.toggleViewAction())
        commands.connect(self)
        # Side docks run to the bottom edge, so the dashboard sits under the columns only.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        tools.install(self)
        self.actions_.view_menu.addAction(self.docks["dashboard"].toggleViewAction())
        self.resize(1500, 900)
        self.resizeDocks(
            [self.docks["library"], self.docks["inspector"]], [230, 280], Qt.Orientation.Horizontal
        )
        self.resizeDocks([self.docks["dashboard"]], [230], Qt.Orientation.Vertical)
        if restore:
            self._restore_window()

    @staticmethod
    def _central(*widgets: QWidget) -> QWidget:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(widgets[0], 1)
        for widget in widgets[1:]:
            layout.addWidget(widget)
        return central

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{title.lower()}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # --- start-up -------------------------------------------------------------------

    def start(self, samples: bool = False) -> None:
        """Fill the library and open columns after the window is on screen (never before).

        ``samples`` opens the first sample articles even when the last session had others open.
        """
        QTimer.singleShot(0, lambda: self._load_library(samples))

    pending_imports: tuple[str, ...] = ()

    def open_library(self, db_url: str, samples: bool = False) -> None:
        """Open the library at ``db_url`` without holding up the first paint.

        SQLAlchemy and Alembic take over a second to import, so a worker imports them while
        the window shows; the Library itself is then built on the GUI thread.
        """
        self.progress.show_progress(0, 0, "Opening the library…")
        self.workspace.set_empty_message("<h3>Opening your library…</h3>")
        self.session.tasks.start(
            lambda _p, _c: importlib.import_module("reader_app.store.samples"),
            on_result=lambda _m: self._attach_library(db_url, samples),
            on_error=lambda error: self._library_failed(db_url, error),
            name="import store",
        )

    def _attach_library(self, db_url: str, samples: bool) -> None:
        from reader_app.store import Library

        try:
            library = Library(db_url, user=preferences.user_name())
        except Exception as error:  # noqa: BLE001 - a locked or newer database: say so, stay up
            self._library_failed(db_url, error)
            return
        self.library = self.session.library = self.importer.library = library
        self._load_library(samples)
        if self.pending_imports:  # files handed over on the command line ("Open with")
            paths, self.pending_imports = self.pending_imports, ()
            self.importer.import_paths(paths)

    def _library_failed(self, db_url: str, error: Exception) -> None:
        self.progress.finish()
        self.workspace.set_empty_message(
            f"<h3>The library could not be opened</h3><p>{escape(str(error))}</p>"
        )
        self.library_error = error
        print(f"reader-app: cannot open the library {db_url}: {error}", file=sys.stderr)
        if self.isVisible() and self.interactive:
            QMessageBox.critical(self, "Cannot open the library", f"{db_url}\n\n{error}")

    def _load_library(self, samples: bool) -> None:
        first_start = commands.ensure_samples(self.library)
        self.refresh_library()
        ids = commands.initial_columns(self.library, app_settings(), first_start or samples)
        if ids:
            self.session.open_articles(ids)
            self.library_panel.select_ids(ids)
        self.progress.finish()
        self.workspace.set_empty_message()
        self.library_loaded.emit()

    def refresh_library(self) -> None:
        self.library_panel.show_library(commands.library_listing(self.library))

    # --- inspector --------------------------------------------------------------------

    def inspect(self, article_id: str, marks: list) -> None:
        column = self.workspace.column(article_id)
        if column is None or not marks:
            return
        start, end = min(m.start for m in marks), max(m.end for m in marks)
        claim = next((m for m in marks if m.kind == "claim"), marks[0])
        self.workspace.select(article_id, claim.start, claim.end)
        self.inspector.show_inspected(
            Inspected(
                column.article,
                column.analysis,
                column.annotations,
                marks,
                self.session.mentions_for(article_id, start, end),
                self.session.framing_for(article_id, start, end),
            )
        )

    def reinspect(self, article_id: str) -> None:
        """Redraw the inspector after the reader changed an annotation of the shown article."""
        current = self.inspector.current
        if current is not None and current.article.id == article_id:
            self.inspect(article_id, list(current.marks))

    # --- drag and drop, window state ------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.importer.import_paths(paths)
            event.acceptProposedAction()

    def _restore_window(self) -> None:
        settings = app_settings()
        geometry, state = settings.value("window/geometry"), settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        hidden = settings.value("legend/hidden_layers", [], type=list) or []
        if hidden:
            self.legend.set_visible_layers(self.legend.visible_layers() - set(hidden))

    def save_window(self) -> None:
        settings = app_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("workspace/open", [str(i) for i in self.workspace.article_ids()])
        settings.setValue(
            "legend/hidden_layers", sorted(set(self.legend.boxes) - self.legend.visible_layers())
        )
        settings.sync()

    def closeEvent(self, event) -> None:
        self.save_window()
        self.session.shutdown()
        self.importer.tasks.shutdown()
        super().closeEvent(event)

    def close_library(self) -> None:
        close = getattr(self.library, "close", None)
        if close:
            close()
