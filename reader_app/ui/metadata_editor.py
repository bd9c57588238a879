"""Edit an article's detected details (outlet, author, date, genre...) beside the evidence for each."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reader_app.model import META_FIELDS, Article
from reader_app.ui.qt_compat import props

SOURCE_WORDS = {
    "text": "found in the text",
    "html": "from the page's HTML",
    "pdf": "from the PDF",
    "manifest": "from the collection manifest",
    "user": "set by you",
}


def evidence_html(article: Article, field: str) -> str:
    evidence = article.meta.evidence_for(field)
    if evidence is None:
        return "<span style='color:#777'>not detected</span>"
    where = SOURCE_WORDS.get(evidence.source, evidence.source)
    return f"<span style='color:#555'>{escape(where)}: <i>“{escape(evidence.evidence[:160])}”</i></span>"


class MetadataEditor(QDialog):
    """``changes()`` gives the fields the reader edited, after the dialog is accepted."""

    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Article details")
        self.article = article
        self.edits: dict[str, QLineEdit] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel("<b>Field</b>"), 0, 0)
        grid.addWidget(QLabel("<b>Value</b>"), 0, 1)
        grid.addWidget(QLabel("<b>Evidence</b>"), 0, 2)
        for row, field in enumerate(META_FIELDS, start=1):
            edit = QLineEdit(getattr(article.meta, field) or "", self)
            edit.setPlaceholderText("unknown" if field != "date" else "YYYY-MM-DD")
            evidence = props(
                QLabel(evidence_html(article, field), self),
                wordWrap=True,
                textFormat=Qt.TextFormat.RichText,
            )
            evidence.setMinimumWidth(320)
            grid.addWidget(QLabel(field.capitalize(), self), row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(evidence, row, 2)
            self.edits[field] = edit
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"Source file: {escape(article.path or 'pasted text')}", self))
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, str | None]:
        out = {}
        for field, edit in self.edits.items():
            value = edit.text().strip() or None
            if value != getattr(self.article.meta, field):
                out[field] = value
        return out
