"""The codebook: the annotation labels with their colours and descriptions, saved to the library at once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader_app.ui.annotation_dialog import colour_icon
from reader_app.ui.qt_compat import props

NEW_COLOUR = "#90caf9"


class CodebookDialog(QDialog):
    """Add, recolour, describe and delete labels; every change is written through the library."""

    def __init__(self, library: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Codebook: annotation labels")
        self.resize(560, 360)
        self.library = library
        self.renamed = 0  # annotations relabelled by renames: the window re-reads its columns
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels(["Label", "Description (double-click to edit)"])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._on_item_changed)
        buttons = QHBoxLayout()
        for text, slot in (
            ("Add label…", self.add_label),
            ("Rename…", self.rename_selected),
            ("Colour…", self.choose_colour),
            ("Delete", self.delete_selected),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(
            props(
                QLabel(
                    "Labels you tag annotations with. Renaming a label relabels every "
                    "annotation that has it; annotations keep their label name when a label "
                    "is deleted."
                ),
                wordWrap=True,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.reload()

    def labels(self) -> list[Any]:
        return list(self.library.labels())

    def reload(self) -> None:
        self.table.blockSignals(True)
        labels = self.labels()
        self.table.setRowCount(len(labels))
        for row, label in enumerate(labels):
            name = QTableWidgetItem(colour_icon(label.colour), label.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(Qt.ItemDataRole.UserRole, label)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(label.description))
        self.table.resizeColumnToContents(0)
        self.table.blockSignals(False)

    def _label_at(self, row: int) -> Any:
        item = self.table.item(row, 0)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _save(self, label: Any, reload: bool = True) -> None:
        try:
            self.library.save_label(label)
        except Exception as error:  # noqa: BLE001 - tell the reader why, keep the dialog open
            QMessageBox.warning(self, "Label not saved", str(error))
        if reload:
            self.reload()

    def add_label(
        self, name: str | None = None, colour: str = NEW_COLOUR, description: str = ""
    ) -> None:
        if not name:
            name, ok = QInputDialog.getText(self, "New label", "Label name:")
            if not ok or not name.strip():
                return
        self._save(self._make(name.strip(), colour, description))

    def _make(self, name: str, colour: str, description: str) -> Any:
        from reader_app.store import (
            Label,  # the store's record type; imported lazily like the store
        )

        return Label(name, colour, description)

    def choose_colour(self, colour: str | None = None) -> None:
        label = self._label_at(self.table.currentRow())
        if label is None:
            return
        if not colour:
            chosen = QColorDialog.getColor(QColor(label.colour), self, f"Colour of “{label.name}”")
            if not chosen.isValid():
                return
            colour = chosen.name()
        self._save(self._make(label.name, colour, label.description))

    def rename_selected(self, name: str | None = None) -> None:
        label = self._label_at(self.table.currentRow())
        if label is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(
                self, "Rename label", f"New name for “{label.name}”:", text=label.name
            )
            if not ok:
                return
        if not name.strip() or name.strip() == label.name:
            return
        try:
            _renamed, moved = self.library.rename_label(label.name, name)
        except Exception as error:  # noqa: BLE001 - a clash or a lost library: say so, keep going
            QMessageBox.warning(self, "Label not renamed", str(error))
            return
        self.renamed += moved
        self.reload()

    def delete_selected(self) -> None:
        label = self._label_at(self.table.currentRow())
        if label is not None:
            self.library.delete_label(label.name)
            self.reload()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        label = self._label_at(item.row())
        if item.column() == 1 and label is not None and item.text() != label.description:
            # No reload: the table must not be rebuilt under the item that is signalling.
            updated = self._make(label.name, label.colour, item.text().strip())
            self._save(updated, reload=False)
            self.table.item(item.row(), 0).setData(Qt.ItemDataRole.UserRole, updated)
