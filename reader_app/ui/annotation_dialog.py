"""The dialog for making or editing an annotation: a codebook label, a note and tags."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import Any

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader_app.ui.qt_compat import props

PLAIN_NOTE = "note"  # the label of an annotation made without a codebook label


def colour_icon(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def parse_tags(text: str) -> tuple[str, ...]:
    """'a, b  #c' -> ('a', 'b', 'c'): commas or spaces separate, '#' is optional, no duplicates."""
    words = text.replace(",", " ").split()
    return tuple(dict.fromkeys(w.lstrip("#") for w in words if w.lstrip("#")))


class AnnotationDialog(QDialog):
    """Label (from the codebook, with colours), note and tags for one stretch of text."""

    def __init__(
        self,
        quote: str,
        labels: Sequence[Any],
        parent: QWidget | None = None,
        label: str = "",
        note: str = "",
        tags: Sequence[str] = (),
        edit_codebook: Callable[[], Sequence[Any]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit annotation" if note or label else "Annotate")
        self.setMinimumWidth(460)
        shown = quote if len(quote) <= 240 else quote[:237] + "…"
        self.quote = props(
            QLabel(f"Selected text: <i>“{escape(shown)}”</i>"),
            wordWrap=True,
            objectName="annotation_quote",
        )
        self.label = QComboBox()
        self.label.setObjectName("annotation_label")
        self._edit_codebook = edit_codebook
        self._fill_labels(labels, label or "")
        self.note = props(
            QPlainTextEdit(note), placeholderText="What you noticed, a source to check…"
        )
        self.note.setMinimumHeight(90)
        self.tags = props(
            QLineEdit(", ".join(tags)), placeholderText="tags, separated by commas (optional)"
        )
        self.description = props(QLabel(), wordWrap=True)
        self.label.currentIndexChanged.connect(self._show_description)
        self._show_description()
        form = QFormLayout()
        label_row = QHBoxLayout()
        label_row.addWidget(self.label, 1)
        if edit_codebook is not None:
            codebook = QPushButton("Codebook…")
            codebook.setToolTip("Add, rename or recolour labels")
            codebook.clicked.connect(self._open_codebook)
            label_row.addWidget(codebook)
        form.addRow("Label:", label_row)
        form.addRow("", self.description)
        form.addRow("Note:", self.note)
        form.addRow("Tags:", self.tags)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.note.setFocus()

    def _fill_labels(self, labels: Sequence[Any], current: str) -> None:
        self.label.clear()
        self.label.addItem("Plain note (no label)", PLAIN_NOTE)
        self._descriptions = {PLAIN_NOTE: "A note of your own, in the default annotation colour."}
        for item in labels:
            self.label.addItem(colour_icon(item.colour), item.name, item.name)
            self._descriptions[item.name] = item.description
        if current and current != PLAIN_NOTE and self.label.findData(current) < 0:
            self.label.addItem(f"{current} (not in the codebook)", current)
        self.label.setCurrentIndex(max(0, self.label.findData(current or PLAIN_NOTE)))

    def _show_description(self, *_args) -> None:
        text = self._descriptions.get(self.label.currentData(), "")
        self.description.setText(f"<small>{escape(text)}</small>")

    def _open_codebook(self) -> None:
        current = self.label.currentData()
        labels = self._edit_codebook()
        self._fill_labels(labels, current)

    def set_label(self, name: str) -> None:
        self.label.setCurrentIndex(max(0, self.label.findData(name)))

    def values(self) -> dict[str, Any]:
        return {
            "label": self.label.currentData() or PLAIN_NOTE,
            "note": self.note.toPlainText().strip(),
            "tags": parse_tags(self.tags.text()),
        }
