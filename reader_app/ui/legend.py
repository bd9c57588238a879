"""The highlight legend: each layer's name drawn in its own style, with a toggle to show or hide it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPainter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from reader_app.palette import FLAG_LAYERS, Palette
from reader_app.ui.highlighter import layer_format
from reader_app.ui.marks import TOGGLE_LAYERS
from reader_app.ui.qt_compat import props

GROUPS = (
    ("Claims and sources", ("claim", "quote", "speaker")),
    ("Evaluative wording (underlines)", FLAG_LAYERS),
    ("Yours", ("annotation",)),
)


class Swatch(QWidget):
    """A layer's label painted exactly as the article text paints that layer."""

    def __init__(self, palette: Palette, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = QTextDocument(self)
        self.doc.setDocumentMargin(1)
        self.doc.setDefaultFont(self.font())
        style = palette.layer(key)
        cursor = QTextCursor(self.doc)
        if key == "quote":
            # The tint says who speaks (one per speaker), the italics and dashes say "quoted".
            plain = QTextCharFormat()
            for n, piece in enumerate(("Quote by speaker A", "B", "C")):
                if n:
                    cursor.insertText(" ", plain)
                cursor.insertText(piece, layer_format(style, palette.speaker_fill(n)))
        else:
            cursor.insertText(style.label, layer_format(style))
        self.setToolTip(style.description)

    def sizeHint(self) -> QSize:
        size = self.doc.size().toSize()
        return QSize(size.width() + 2, size.height() + 2)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        self.doc.drawContents(painter)
        painter.end()


class Legend(QWidget):
    """Emits ``layers_changed`` with the set of layer keys to show."""

    layers_changed = Signal(set)

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        self.headings: dict[tuple[str, ...], QCheckBox] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 4, 6, 4)
        for title, keys in GROUPS:
            heading = QCheckBox(title, self)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setChecked(True)
            heading.setToolTip("Show or hide the whole group")
            group = tuple(k for k in keys if k in palette.layers)
            heading.clicked.connect(lambda on, group=group: self._set_group(group, on))
            self.headings[group] = heading
            outer.addWidget(heading)
            grid = QGridLayout()
            grid.setHorizontalSpacing(4)
            grid.setVerticalSpacing(1)
            grid.setContentsMargins(12, 0, 0, 4)  # indent layers under their group
            grid.setColumnStretch(1, 1)  # swatches start right after the check boxes
            for row, key in enumerate(k for k in keys if k in palette.layers):
                box = props(QCheckBox(self), checked=True)
                box.setToolTip(f"Show or hide: {palette.layer(key).label}")
                box.toggled.connect(self._emit)
                swatch = Swatch(palette, key, self)
                grid.addWidget(box, row, 0)
                grid.addWidget(swatch, row, 1, Qt.AlignmentFlag.AlignLeft)
                self.boxes[key] = box
            outer.addLayout(grid)
        hint = props(
            QLabel("Hover a highlight to see what it is; click it to inspect its source.", self),
            wordWrap=True,
        )
        hint.setStyleSheet("color: #555")
        outer.addWidget(hint)
        outer.addStretch(1)

    def visible_layers(self) -> set[str]:
        return {key for key, box in self.boxes.items() if box.isChecked()} | (
            set(TOGGLE_LAYERS) - set(self.boxes)
        )

    def set_layer_visible(self, key: str, visible: bool) -> None:
        self.boxes[key].setChecked(visible)

    def set_visible_layers(self, keys: set[str]) -> None:
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(key in keys)
            box.blockSignals(False)
        self._emit()

    def _set_group(self, group: tuple[str, ...], visible: bool) -> None:
        shown = self.visible_layers() - set(group)
        self.set_visible_layers(shown | set(group) if visible else shown)

    def _emit(self) -> None:
        for group, heading in self.headings.items():
            # Checked while any layer of the group shows, so one click hides the group.
            heading.setChecked(any(self.boxes[k].isChecked() for k in group))
        self.layers_changed.emit(self.visible_layers())
