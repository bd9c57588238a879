"""The comparison workspace: 2 to 6 article columns side by side in a splitter."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QStackedLayout, QWidget

from reader_app.model import Article
from reader_app.palette import Palette
from reader_app.ui.article_column import ArticleColumn
from reader_app.ui.marks import TOGGLE_LAYERS, Mark
from reader_app.ui.qt_compat import props

MAX_COLUMNS = 6

EMPTY_TEXT = (
    "<h3>No articles open</h3><p>Double-click articles in the library to open them side by side "
    "(up to six), or import files with File → Import, drag them here, or paste text with Ctrl+Shift+V.</p>"
)


class Workspace(QWidget):
    """Columns by article id; the seam other widgets use to reach into the text (``scroll_to``)."""

    marks_clicked = Signal(str, list)  # article id, marks (innermost first)
    note_requested = Signal(str, int, int)  # article id, start, end of selected text
    edit_requested = Signal(str)  # article id whose details the reader wants to edit
    columns_changed = Signal(list)  # the open article ids, left to right
    current_changed = Signal(str)
    annotation_action = Signal(str, str, int)  # article id, "edit"/"delete", annotation id

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.palette_ = palette
        self.visible_layers: set[str] = set(TOGGLE_LAYERS)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.empty = props(
            QLabel(EMPTY_TEXT, self), wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter
        )
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self.splitter)
        self._columns: dict[str, ArticleColumn] = {}
        self._current: str | None = None
        self.label_colours: dict[str, str] = {}

    def set_empty_message(self, html: str | None = None) -> None:
        """What the empty workspace says (e.g. while the library opens); None restores the hint."""
        self.empty.setText(html or EMPTY_TEXT)

    # --- columns ------------------------------------------------------------------

    def columns(self) -> list[ArticleColumn]:
        return [
            self.splitter.widget(i)
            for i in range(self.splitter.count())
            if isinstance(self.splitter.widget(i), ArticleColumn)
        ]

    def article_ids(self) -> list[str]:
        return [c.article_id for c in self.columns()]

    def column(self, article_id: str) -> ArticleColumn | None:
        return self._columns.get(article_id)

    def add_article(self, article: Article) -> ArticleColumn | None:
        """A column for the article (the existing one if open); None when all six are taken."""
        if article.id in self._columns:
            return self._columns[article.id]
        if len(self._columns) >= MAX_COLUMNS:
            return None
        column = ArticleColumn(article, self.palette_, self.visible_layers, self.splitter)
        column.marks_clicked.connect(self._on_marks_clicked)
        column.note_requested.connect(self.note_requested)
        column.edit_requested.connect(self.edit_requested)
        column.close_requested.connect(self.remove_article)
        column.annotation_action.connect(self.annotation_action)
        column.label_colours = dict(self.label_colours)
        column.view.installEventFilter(self)
        self._columns[article.id] = column
        self.splitter.addWidget(column)
        self.splitter.setSizes([1] * self.splitter.count())  # equal widths
        self._stack.setCurrentWidget(self.splitter)
        if self._current is None:
            self._current = article.id
        self.columns_changed.emit(self.article_ids())
        return column

    def remove_article(self, article_id: str) -> None:
        column = self._columns.pop(article_id, None)
        if column is None:
            return
        column.hide()
        column.setParent(None)
        column.deleteLater()
        if self._current == article_id:
            self._current = next(iter(self._columns), None)
        if not self._columns:
            self._stack.setCurrentWidget(self.empty)
        self.columns_changed.emit(self.article_ids())

    def clear(self) -> None:
        for article_id in list(self._columns):
            self.remove_article(article_id)

    # --- layers, focus, navigation --------------------------------------------------

    def set_visible_layers(self, layers: Collection[str]) -> None:
        self.visible_layers = set(layers)
        for column in self._columns.values():
            column.set_visible_layers(self.visible_layers)

    def set_label_colours(self, colours: dict[str, str]) -> None:
        """The codebook's colours (label name -> "#RRGGBB") the annotation layer paints."""
        self.label_colours = dict(colours)
        for column in self._columns.values():
            column.set_label_colours(self.label_colours)

    def set_palette(self, palette: Palette) -> None:
        self.palette_ = palette
        for column in self._columns.values():
            column.set_palette(palette)

    @property
    def current_column(self) -> ArticleColumn | None:
        return self._columns.get(self._current or "")

    def set_current(self, article_id: str) -> None:
        if article_id in self._columns and article_id != self._current:
            self._current = article_id
            self.current_changed.emit(article_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            for column in self._columns.values():
                if column.view is watched:
                    self.set_current(column.article_id)
        return super().eventFilter(watched, event)

    def _on_marks_clicked(self, article_id: str, marks: list[Mark]) -> None:
        self.set_current(article_id)
        self.marks_clicked.emit(article_id, marks)

    def step(self, kind: str, forward: bool) -> Mark | None:
        """Move to the next/previous claim or flag in the current column and inspect it."""
        column = self.current_column
        if column is None:
            return None
        mark = column.step(kind, forward, column.view.cursor_offset())
        if mark is not None:
            column.view.scroll_to(mark.start, mark.end, flash=False)
            column.view.select_span(mark.start, mark.end)
            self.marks_clicked.emit(column.article_id, [mark])
        return mark

    def scroll_to(self, article_id: str, start: int, end: int, flash: bool = True) -> bool:
        column = self._columns.get(article_id)
        if column is None:
            return False
        column.view.scroll_to(start, end, flash=flash)
        return True

    def select(self, article_id: str, start: int, end: int) -> None:
        for column in self._columns.values():
            if column.article_id == article_id:
                column.view.select_span(start, end)
            else:
                column.view.clear_selection_outline()
