"""Library-wide full-text search: a dialog listing hits with bold matches; double-click opens one."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reader_app.ui.qt_compat import props
from reader_app.ui.workers import Tasks

HIT_OPEN, HIT_CLOSE = "\u27e6", "\u27e7"  # the store's markers (reader_app.store.types)
DEBOUNCE_MS = 250


def snippet_html(snippet: str) -> str:
    """The store's snippet with its hit markers turned into bold text."""
    return escape(snippet).replace(HIT_OPEN, "<b>").replace(HIT_CLOSE, "</b>")


def first_hit_words(snippet: str) -> list[str]:
    """The matched words of a snippet (what to scroll to once the article is open)."""
    words, rest = [], snippet
    while HIT_OPEN in rest and HIT_CLOSE in rest:
        rest = rest[rest.index(HIT_OPEN) + 1 :]
        words.append(rest[: rest.index(HIT_CLOSE)])
        rest = rest[rest.index(HIT_CLOSE) + 1 :]
    return words


class HtmlDelegate(QStyledItemDelegate):
    """Draws an item's text as rich text (bold hits) and sizes it to the wrapped height."""

    def _document(self, option, index) -> QTextDocument:
        doc = QTextDocument()
        doc.setHtml(index.data(Qt.ItemDataRole.DisplayRole) or "")
        doc.setTextWidth(max(200, option.rect.width()))
        return doc

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        opt.text = ""
        opt.widget.style().drawControl(
            opt.widget.style().ControlElement.CE_ItemViewItem, opt, painter, opt.widget
        )
        painter.save()
        painter.translate(opt.rect.topLeft())
        doc.drawContents(painter)
        painter.restore()

    def sizeHint(self, option, index):
        doc = self._document(option, index)
        size = doc.size().toSize()
        size.setHeight(size.height() + 4)
        return size


class LibrarySearch(QDialog):
    """Searches on a worker (a large library must not freeze the window); emits what to open."""

    open_requested = Signal(str, list)  # article id, the matched words

    def __init__(self, library: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Search the library")
        self.resize(620, 480)
        self.library = library
        self.tasks = Tasks(self, max_threads=1)
        self.field = props(
            QLineEdit(self),
            placeholderText="Words to find in every article (word* for a prefix)",
            clearButtonEnabled=True,
        )
        self.field.setObjectName("search_field")
        self.status = QLabel("", self)
        self.results = QListWidget(self)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._open)
        self.results.itemDoubleClicked.connect(self._open)
        self._timer = props(QTimer(self), singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.search)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self.search)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        layout.addWidget(
            props(
                QLabel("<small>Double-click a result to open it in a column.</small>"),
                wordWrap=True,
            )
        )
        self._latest = 0

    def search(self, query: str | None = None) -> None:
        query = self.field.text() if query is None else query
        self._timer.stop()
        self._latest += 1
        if not query.strip():
            self.results.clear()
            self.status.setText("")
            return
        self.status.setText("Searching…")
        serial, library = self._latest, self.library
        self.tasks.start(
            lambda _p, _c: library.search(query),
            on_result=lambda hits, n=serial, q=query: self._show(n, q, hits),
            on_error=lambda error: self.status.setText(f"Search failed: {error}"),
            name="search",
        )

    def _show(self, serial: int, query: str, hits: list) -> None:
        if serial != self._latest:
            return  # a newer query is on its way; this answer is stale
        self.results.clear()
        for hit in hits:
            title = escape(hit.title or self._title_of(hit.article_id))
            item = QListWidgetItem(f"<b>{title}</b><br>{snippet_html(hit.snippet)}")
            item.setData(Qt.ItemDataRole.UserRole, (hit.article_id, first_hit_words(hit.snippet)))
            self.results.addItem(item)
        self.status.setText(
            f"{len(hits)} article(s) match “{escape(query)}”"
            if hits
            else f"Nothing matches “{query}”."
        )

    def _title_of(self, article_id: str) -> str:
        try:
            article = self.library.article(article_id)
            return (
                " · ".join(x for x in (article.meta.outlet, article.meta.title) if x)
                or f"Article {article_id}"
            )
        except Exception:  # noqa: BLE001 - a title is a nicety
            return f"Article {article_id}"

    def _open(self, item: QListWidgetItem) -> None:
        article_id, words = item.data(Qt.ItemDataRole.UserRole)
        self.open_requested.emit(str(article_id), list(words))

    def done(self, result: int) -> None:
        self.tasks.shutdown()
        super().done(result)
