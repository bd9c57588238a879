"""The inspector's "Your annotations" section: label, note, tags and author, with Edit and Delete."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reader_app.model import Annotation
from reader_app.ui.qt_compat import props


class AnnotationNotes(QGroupBox):
    """Shows the reader's annotations under a click; asks the window to edit or delete one."""

    action = Signal(str, str, int)  # article id, "edit" or "delete", annotation id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Your annotations", parent)
        self._layout = QVBoxLayout(self)
        self._rows: list[QWidget] = []

    def show_annotations(
        self, article_id: str, annotations: Sequence[Annotation], colours: dict[str, str]
    ) -> None:
        for row in self._rows:
            row.deleteLater()
        self._rows = [self._row(article_id, a, colours.get(a.label)) for a in annotations]
        for row in self._rows:
            self._layout.addWidget(row)
        self.setVisible(bool(self._rows))

    def _row(self, article_id: str, annotation: Annotation, colour: str | None) -> QWidget:
        row = QWidget(self)
        swatch = f"<span style='background:{colour}'>&nbsp;&nbsp;&nbsp;</span> " if colour else ""
        tags = " ".join(f"#{escape(t)}" for t in annotation.tags)
        who = f" <small>({escape(annotation.author)})</small>" if annotation.author else ""
        text = f"{swatch}<b>{escape(annotation.label)}</b>{who}<br>{escape(annotation.note)}" + (
            f"<br><small>{tags}</small>" if tags else ""
        )
        label = props(QLabel(text, row), wordWrap=True, textFormat=Qt.TextFormat.RichText)
        buttons = QHBoxLayout()
        for name, verb in (("edit", "Edit…"), ("delete", "Delete")):
            button = QPushButton(verb, row)
            button.setObjectName(f"annotation_{name}")
            button.clicked.connect(
                lambda _=False, n=name, i=annotation.id: self.action.emit(article_id, n, i or 0)
            )
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(label)
        layout.addLayout(buttons)
        return row
