"""The library panel: collections and their articles (outlet, author, date, genre); drop files to import."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

COLUMNS = ("Title", "Outlet", "Author", "Date", "Genre")
ARTICLE_ROLE = Qt.ItemDataRole.UserRole


class LibraryPanel(QWidget):
    """Lists what the library holds; asks (by signals) for articles to open, import or edit."""

    open_requested = Signal(list)  # article ids to add as columns
    compare_requested = Signal(list)  # article ids to show instead of the open columns
    import_requested = Signal(list)  # paths
    edit_requested = Signal(object)  # article id
    search_requested = Signal(str)  # words to find in every article (the search dialog opens)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels(list(COLUMNS))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.setToolTip(
            "Double-click to open; select several and press “Compare” to open them side by side."
        )
        self.compare_button = QPushButton("Compare selected", self)
        self.compare_button.setToolTip(
            "Show the selected articles (2 to 6) side by side instead of the open ones"
        )
        self.compare_button.clicked.connect(self._open_selected)
        self.edit_button = QPushButton("Edit details…", self)
        self.edit_button.setToolTip(
            "Check and correct outlet, author, date and genre, with the evidence"
        )
        self.edit_button.clicked.connect(self._edit_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.edit_button)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search all articles…  (Ctrl+Shift+F)")
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(lambda: self.search_requested.emit(self.search.text()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)

    def show_library(self, collections: Sequence[tuple[Any, Sequence[Any]]]) -> None:
        """(collection, [ArticleInfo]) pairs; remembers which collections were expanded."""
        expanded = {
            self.tree.topLevelItem(i).text(0)
            for i in range(self.tree.topLevelItemCount())
            if self.tree.topLevelItem(i).isExpanded()
        }
        self.tree.clear()
        for collection, infos in collections:
            name = getattr(collection, "name", str(collection))
            top = QTreeWidgetItem(self.tree, [f"{name} ({len(infos)})"])
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            for info in infos:
                row = [
                    info.title or Path(info.path or "").name or "Untitled",
                    info.outlet or "",
                    info.author or "",
                    info.date or "",
                    info.genre or "",
                ]
                item = QTreeWidgetItem(top, row)
                item.setData(0, ARTICLE_ROLE, info.id)
                item.setToolTip(0, info.title or "")
            top.setExpanded(not expanded or top.text(0) in expanded)
        for column in range(len(COLUMNS)):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0), 170))

    def article_ids(self) -> list[Any]:
        return [item.data(0, ARTICLE_ROLE) for item in self._article_items()]

    def _article_items(self) -> list[QTreeWidgetItem]:
        items = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            items += [top.child(j) for j in range(top.childCount())]
        return items

    def select_ids(self, ids: Sequence[Any]) -> None:
        wanted = set(ids)
        for item in self._article_items():
            item.setSelected(item.data(0, ARTICLE_ROLE) in wanted)

    def selected_ids(self) -> list[Any]:
        return [
            i.data(0, ARTICLE_ROLE)
            for i in self.tree.selectedItems()
            if i.data(0, ARTICLE_ROLE) is not None
        ]

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        article_id = item.data(0, ARTICLE_ROLE)
        if article_id is not None:
            self.open_requested.emit([article_id])

    def _open_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.compare_requested.emit(ids)

    def _edit_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.edit_requested.emit(ids[0])

    # --- drag and drop ------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.import_requested.emit(paths)
            event.acceptProposedAction()
