"""The evaluative word lists as a filterable table: add an entry, silence or unsilence one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader_app.model import FLAG_CATEGORIES
from reader_app.ui.qt_compat import props

HEADERS = ("Entry", "Category", "Note", "Source", "Flagged?")
COLUMN_WIDTHS = (200, 105, 300, 105, 70)  # fixed: measuring 1,400 rows on every reload is slow


def _lexicon():
    from reader_app.analysis import lexicon  # lazy: the analysis package is not needed to start

    return lexicon


class LexiconTable(QWidget):
    """Every list entry with its category, note, source and silenced state; edits write the
    user's files at once (the lexicon version changes, so analyses re-run)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = props(
            QLineEdit(self), placeholderText="Filter entries…", clearButtonEnabled=True
        )
        self.filter.textChanged.connect(self._apply_filter)
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels(list(HEADERS))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setWordWrap(False)
        for col, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(col, width)
        self.toggle = QPushButton("Silence / flag again")
        self.toggle.setToolTip("Silenced entries are no longer flagged in any article")
        self.toggle.clicked.connect(self.toggle_selected)
        self.phrase = props(QLineEdit(self), placeholderText="new word or phrase")
        self.category = QComboBox(self)
        self.category.addItems(list(FLAG_CATEGORIES))
        self.note = props(QLineEdit(self), placeholderText="why it is evaluative (note)")
        add = QPushButton("Add")
        add.clicked.connect(self.add_entry)
        adder = QHBoxLayout()
        for widget, stretch in ((self.phrase, 2), (self.category, 0), (self.note, 3), (add, 0)):
            adder.addWidget(widget, stretch)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.addWidget(
            props(
                QLabel(
                    "Words and phrases flagged as evaluative. Your additions and silences are kept in your data folder; open articles are analysed again when you close this dialog."
                ),
                wordWrap=True,
            )
        )
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel("Add your own entry:"))
        layout.addLayout(adder)
        self.reload()

    def reload(self) -> None:
        entries = sorted(_lexicon().load_lexicon().entries, key=lambda e: (e.category, e.key))
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (
                entry.entry,
                entry.category,
                entry.note,
                entry.source,
                "silenced" if entry.silenced else "yes",
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if entry.silenced:
                    item.setForeground(Qt.GlobalColor.gray)
                item.setData(Qt.ItemDataRole.UserRole, entry)
                if col == 2:
                    item.setToolTip(text)
                self.table.setItem(row, col, item)
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.table.rowCount()):
            entry = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            hit = (
                not needle
                or needle in entry.entry.lower()
                or needle in entry.category
                or needle in entry.note.lower()
            )
            self.table.setRowHidden(row, not hit)

    def row_of(self, phrase: str) -> int:
        key = _lexicon().entry_key(phrase)
        return next(
            (
                r
                for r in range(self.table.rowCount())
                if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole).key == key
            ),
            -1,
        )

    def toggle_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        entry = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        if entry.silenced:
            _lexicon().unsilence_entry(entry.entry)
        else:
            _lexicon().silence_entry(entry.entry)
        self.reload()
        self.table.setCurrentCell(self.row_of(entry.entry), 0)
        self.changed.emit()

    def add_entry(self) -> None:
        phrase = self.phrase.text().strip()
        if not phrase:
            return
        try:
            _lexicon().add_user_entry(phrase, self.category.currentText(), self.note.text())
        except ValueError as error:
            QMessageBox.warning(self, "Entry not added", str(error))
            return
        self.phrase.clear()
        self.note.clear()
        self.reload()
        self.table.setCurrentCell(self.row_of(phrase), 0)
        self.changed.emit()
