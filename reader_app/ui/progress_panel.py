"""The status-bar progress: a label, a bar and a cancel button, shown only while work runs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class ProgressPanel(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(180)
        self.bar.setTextVisible(False)
        self.cancel = QPushButton("Cancel", self)
        self.cancel.setToolTip("Stop the running analysis or import")
        self.cancel.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.bar, self.cancel):
            layout.addWidget(widget)
        self.hide()

    def show_progress(self, done: int, total: int, text: str) -> None:
        """total == 0 means "busy, size unknown" (a moving bar)."""
        self.label.setText(text)
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.show()

    def finish(self) -> None:
        self.hide()
