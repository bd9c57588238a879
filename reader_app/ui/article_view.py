"""The read-only article text with highlight marks, hover tooltips, click-to-inspect and flashing."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QToolTip, QWidget

from reader_app.palette import Palette
from reader_app.ui.highlighter import apply_marks
from reader_app.ui.marks import Mark, OffsetMap, marks_at
from reader_app.ui.qt_compat import props

FLASH_COLOR = "#FF8C00"
SELECTED_COLOR = "#1F1F1F"
# Find matches must stand out from every layer tint (pale yellows, blues, pinks): strong orange.
FOUND_COLOR = "#FFB74D"
FOUND_CURRENT = "#D84315"


class ArticleView(QTextBrowser):
    """Shows ``Article.text``; marks are painted as formats, the current pick as an outline."""

    marks_clicked = Signal(list)  # list[Mark] under the click, innermost first
    note_requested = Signal(int, int)  # Python offsets of the selected text
    annotation_action = Signal(str, int)  # "edit" or "delete", annotation id

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.document().setDocumentMargin(10)
        # Narrow columns: break an over-long word rather than scroll sideways.
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._palette = palette
        self._text = ""
        self._offsets = OffsetMap("")
        self._marks: list[Mark] = []
        self._visible: set[str] = set()
        self._selected: tuple[int, int] | None = None
        self._flash: tuple[int, int] | None = None
        self._found: list[tuple[int, int]] = []  # find-bar matches, highlighted all at once
        self._found_current = -1
        self._flash_timer = props(QTimer(self), singleShot=True, interval=1200)
        self._flash_timer.timeout.connect(self._end_flash)

    # --- content ----------------------------------------------------------------

    def set_text(self, text: str) -> None:
        self._text = text
        self._offsets = OffsetMap(text)
        self.setPlainText(text)
        self._marks = []

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette

    @property
    def text(self) -> str:
        return self._text

    def set_marks(self, marks: Sequence[Mark], visible: Collection[str]) -> None:
        self._marks = list(marks)
        self._visible = set(visible)
        self._repaint_marks()

    def set_visible_layers(self, visible: Collection[str]) -> None:
        if set(visible) != self._visible:
            self._visible = set(visible)
            self._repaint_marks()

    def _repaint_marks(self) -> None:
        scroll = self.verticalScrollBar().value()
        apply_marks(self.document(), self._marks, self._visible, self._palette, self._offsets)
        self.verticalScrollBar().setValue(scroll)

    @property
    def marks(self) -> list[Mark]:
        return self._marks

    def visible_marks(self) -> list[Mark]:
        return [m for m in self._marks if m.layer in self._visible]

    def char_format_at(self, offset: int) -> QTextCharFormat:
        """The format painted on the character at a Python offset (for tests and checks)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(offset) + 1)
        return cursor.charFormat()

    # --- positions ----------------------------------------------------------------

    def offset_at(self, point) -> int | None:
        """The Python offset of the character under a viewport point, or None off the text."""
        cursor = self.cursorForPosition(point)
        rect = self.cursorRect(cursor)
        position = cursor.position()
        # cursorForPosition snaps to the nearest gap; take the character on the side of the point.
        if point.x() < rect.x() and position > 0:
            position -= 1
        offset = self._offsets.to_py(position)
        return offset if 0 <= offset < len(self._text) else None

    def cursor_offset(self) -> int:
        return self._offsets.to_py(self.textCursor().position())

    def marks_at_point(self, point) -> list[Mark]:
        offset = self.offset_at(point)
        return [] if offset is None else marks_at(self._marks, offset, self._visible)

    # --- events ---------------------------------------------------------------------

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            hits = self.marks_at_point(event.pos())
            if hits:
                QToolTip.showText(
                    event.globalPos(), "\n".join(_unique(m.tooltip for m in hits)), self
                )
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def selected_span(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self._offsets.to_py(cursor.selectionStart()), self._offsets.to_py(
            cursor.selectionEnd()
        )

    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu(event.pos())
        span = self.selected_span()
        action = menu.addAction("Annotate the selection…\tCtrl+M")
        action.setEnabled(span is not None)
        if span is not None:
            action.triggered.connect(lambda: self.note_requested.emit(*span))
        for mark in self.marks_at_point(event.pos()):
            if mark.kind == "annotation":
                shown = self._text[mark.start : mark.end][:30]
                edit = menu.addAction(f"Edit annotation on “{shown}”…")
                edit.triggered.connect(
                    lambda _=False, i=mark.index: self.annotation_action.emit("edit", i)
                )
                drop = menu.addAction(f"Delete annotation on “{shown}”")
                drop.triggered.connect(
                    lambda _=False, i=mark.index: self.annotation_action.emit("delete", i)
                )
        menu.exec(event.globalPos())
        menu.deleteLater()

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            hits = self.marks_at_point(event.position().toPoint())
            if hits:
                self.marks_clicked.emit(hits)

    # --- selection, scrolling, flashing ------------------------------------------

    def select_span(self, start: int, end: int) -> None:
        self._selected = (start, end)
        self._update_extra()

    def clear_selection_outline(self) -> None:
        self._selected = None
        self._update_extra()

    def scroll_to(self, start: int, end: int, flash: bool = True) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(end))
        self.setTextCursor(cursor)
        cursor.setPosition(self._offsets.to_qt(start))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        # Bring the span a third of the way down, not onto the bottom edge where it hides.
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top() - self.viewport().height() // 3)
        if flash:
            self._flash = (start, end)
            self._update_extra()
            self._flash_timer.start()

    @property
    def flashing(self) -> tuple[int, int] | None:
        return self._flash

    def _end_flash(self) -> None:
        self._flash = None
        self._update_extra()

    def set_found(self, spans: list[tuple[int, int]], current: int = -1) -> None:
        """Find-bar matches: all tinted, the current one stronger and scrolled into view."""
        self._found, self._found_current = list(spans), current
        if 0 <= current < len(spans):
            self.scroll_to(*spans[current], flash=False)
            self.select_span(*spans[current])
        self._update_extra()

    @property
    def found(self) -> list[tuple[int, int]]:
        return self._found

    def _update_extra(self) -> None:
        # Order matters: each extra selection repaints its text with the character format
        # merged in (a claim's tint included), so the outline goes first and the coloured
        # find matches and the flash after it, or the outline would paint over them.
        extras = []
        if self._selected:
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(QColor(SELECTED_COLOR))
            fmt.setFontOverline(True)
            extras.append(self._extra(*self._selected, fmt))
        for n, (start, end) in enumerate(self._found):
            fmt = QTextCharFormat()
            current = n == self._found_current
            fmt.setBackground(QColor(FOUND_CURRENT if current else FOUND_COLOR))
            if current:
                fmt.setForeground(QColor("#FFFFFF"))
            extras.append(self._extra(start, end, fmt))
        if self._flash:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(FLASH_COLOR))
            extras.append(self._extra(*self._flash, fmt))
        self.setExtraSelections(extras)

    def _extra(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_qt(start))
        cursor.setPosition(self._offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = fmt
        return selection


def _unique(items) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)
