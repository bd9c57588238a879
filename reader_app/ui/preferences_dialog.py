"""Edit → Preferences: your name, the highlight palette, the evaluative word lists, the library file."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader_app.palette import load_palette, palette_names
from reader_app.ui import preferences
from reader_app.ui.lexicon_table import LexiconTable
from reader_app.ui.qt_compat import props


def sqlite_url(path: str) -> str:
    from pathlib import Path

    return f"sqlite:///{Path(path).expanduser().resolve()}"


class PreferencesDialog(QDialog):
    """Saved on OK; ``lexicon_changed`` tells the window to analyse the open columns again."""

    def __init__(self, current_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.resize(860, 600)
        self.lexicon_changed = False
        self.name = props(
            QLineEdit(preferences.user_name()),
            placeholderText="Shown as the author of your annotations",
        )
        self.name.setObjectName("pref_name")
        self.palette_box = QComboBox()
        for name in palette_names():
            self.palette_box.addItem(load_palette(name).label, name)
        self.palette_box.setCurrentIndex(
            max(0, self.palette_box.findData(preferences.palette_name()))
        )
        self.current_url = current_url
        self.library = props(QLineEdit(preferences.library_url() or current_url), readOnly=True)
        choose = QPushButton("Choose another file…")
        choose.clicked.connect(self.choose_library)
        self.words = LexiconTable()
        self.words.changed.connect(lambda: setattr(self, "lexicon_changed", True))
        tabs = QTabWidget()
        tabs.addTab(self._general(choose), "General")
        tabs.addTab(self.words, "Evaluative word lists")
        self.tabs = tabs
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)

    def _general(self, choose: QPushButton) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.addRow("Your name:", self.name)
        form.addRow(
            "",
            props(
                QLabel("<small>Signs your annotations and the PDFs you export.</small>"),
                wordWrap=True,
            ),
        )
        form.addRow("Highlight colours:", self.palette_box)
        row = QHBoxLayout()
        row.addWidget(self.library, 1)
        row.addWidget(choose)
        form.addRow("Library:", row)
        self.library_note = props(
            QLabel(f"<small>Open now: {self.current_url}</small>"), wordWrap=True
        )
        form.addRow("", self.library_note)
        return page

    def choose_library(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                "Library file (new or existing)",
                "library.sqlite3",
                "SQLite library (*.sqlite3 *.sqlite *.db)",
                options=QFileDialog.Option.DontConfirmOverwrite,
            )
        if path:
            self.library.setText(sqlite_url(path))
            self.library_note.setText(
                "<small><b>The new library opens the next time you start reader-app.</b></small>"
            )

    def palette_choice(self) -> str:
        return self.palette_box.currentData()

    def save(self) -> None:
        library = self.library.text().strip()
        preferences.save(
            name=self.name.text(),
            palette=self.palette_choice(),
            library=library if library != self.current_url or preferences.library_url() else None,
        )
