"""A titled list of passages in other columns; activating one asks the workspace to scroll there."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

Link = tuple[str, int, int, str]  # article id, start, end, label


class LinkList(QGroupBox):
    activated = Signal(str, int, int)  # article id, start, end

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setMaximumHeight(160)
        self.list.itemActivated.connect(self._on_item)
        self.list.itemClicked.connect(self._on_item)
        QVBoxLayout(self).addWidget(self.list)

    def show_links(self, links: Sequence[Link]) -> None:
        self.list.clear()
        for article_id, start, end, label in links:
            entry = QListWidgetItem(label, self.list)
            entry.setData(Qt.ItemDataRole.UserRole, (article_id, start, end))
            entry.setToolTip("Click to scroll that column to this passage")
        self.setVisible(bool(links))

    def count(self) -> int:
        return self.list.count()

    def item(self, row: int) -> QListWidgetItem:
        return self.list.item(row)

    def _on_item(self, entry: QListWidgetItem) -> None:
        self.activated.emit(*entry.data(Qt.ItemDataRole.UserRole))
