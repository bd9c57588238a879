"""Find in the current column: a bar under the workspace with next/previous, a match count and Esc."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from reader_app.ui.qt_compat import props


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Every case-insensitive occurrence of ``needle`` (spaces match any run of white space)."""
    words = needle.split()
    if not words:
        return []
    pattern = r"\s+".join(re.escape(w) for w in words)
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, re.IGNORECASE)]


class FindField(QLineEdit):
    """A line edit that keeps Esc (the window's "cancel work" shortcut) and Enter to itself."""

    escaped = Signal()
    stepped = Signal(bool)  # forward?

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.stepped.emit(not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        else:
            super().keyPressEvent(event)


class FindBar(QWidget):
    """Finds in ``workspace.current_column``; all matches tinted, the current one stronger."""

    def __init__(self, workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.field = props(
            FindField(self), placeholderText="Find in this article", clearButtonEnabled=True
        )
        self.field.setObjectName("find_field")
        self.count = QLabel("", self)
        self.field.textChanged.connect(lambda _t: self.search())
        self.field.escaped.connect(self.close_bar)
        self.field.stepped.connect(self.step)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.where = QLabel("Find:", self)
        layout.addWidget(self.where)
        layout.addWidget(self.field, 1)
        for text, tip, forward in (
            ("▲", "Previous match (Shift+Enter)", False),
            ("▼", "Next match (Enter)", True),
        ):
            button = props(QToolButton(self), text=text, toolTip=tip, autoRaise=True)
            button.clicked.connect(lambda _=False, f=forward: self.step(f))
            layout.addWidget(button)
        layout.addWidget(self.count)
        close = props(QToolButton(self), text="✕", toolTip="Close (Esc)", autoRaise=True)
        close.clicked.connect(self.close_bar)
        layout.addWidget(close)
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        self._view = None
        workspace.current_changed.connect(lambda _id: self.search() if self.isVisible() else None)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        column = self.workspace.current_column
        selected = column.view.textCursor().selectedText() if column else ""
        if selected and "\u2029" not in selected:
            self.field.setText(selected)
        self.field.setFocus()
        self.field.selectAll()
        self.search()

    def close_bar(self) -> None:
        self._clear_view()
        self.hide()
        column = self.workspace.current_column
        if column is not None:
            column.view.setFocus()

    def _clear_view(self) -> None:
        if self._view is not None:
            try:
                self._view.set_found([])
            except RuntimeError:  # the column was closed meanwhile
                pass
        self._view = None

    def search(self) -> int:
        """Find the field's text in the current column; returns the number of matches."""
        self._clear_view()
        column = self.workspace.current_column
        if column is None:
            self.matches, self.current = [], -1
            self.count.setText("no article open")
            return 0
        self._view = column.view
        outlet = column.article.meta.outlet or column.article.meta.title or "this article"
        self.where.setText(f"Find in {outlet[:30]}:")
        self.where.setToolTip("Searches the current column; click into another column to search it")
        self.matches = find_all(column.article.text, self.field.text())
        start = column.view.cursor_offset()
        self.current = next((n for n, (s, _e) in enumerate(self.matches) if s >= start), 0)
        self._show()
        return len(self.matches)

    def step(self, forward: bool = True) -> None:
        if not self.matches:
            return
        self.current = (self.current + (1 if forward else -1)) % len(self.matches)
        self._show()

    def _show(self) -> None:
        if not self.matches:
            self.current = -1
            self.count.setText("no matches" if self.field.text().strip() else "")
        else:
            self.count.setText(f"{self.current + 1} of {len(self.matches)}")
        self._view.set_found(self.matches, self.current)
