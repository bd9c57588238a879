"""One workspace column: the header card over the highlighted article text."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from reader_app.model import Analysis, Annotation, Article
from reader_app.palette import Palette
from reader_app.ui.article_view import ArticleView
from reader_app.ui.header_card import HeaderCard
from reader_app.ui.marks import Mark, build_marks
from reader_app.ui.qt_compat import props


class ArticleColumn(QFrame):
    """Holds one article, its analysis (once it arrives) and the reader's annotations."""

    marks_clicked = Signal(str, list)  # article id, marks under the click
    note_requested = Signal(str, int, int)  # article id, start, end
    edit_requested = Signal(str)  # article id (double-click on the header card)
    close_requested = Signal(str)
    annotation_action = Signal(str, str, int)  # article id, "edit" or "delete", annotation id

    def __init__(
        self,
        article: Article,
        palette: Palette,
        visible: Collection[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.article = article
        self.analysis: Analysis | None = None
        self.annotations: list[Annotation] = []
        self.label_colours: dict[str, str] = {}  # codebook label -> "#RRGGBB"
        self._palette = palette
        self._visible = set(visible)
        self.header = HeaderCard(self)
        self.header.show_article(article)
        self.header.edit_requested.connect(lambda: self.edit_requested.emit(self.article.id))
        self.view = ArticleView(palette, self)
        self.view.set_text(article.text)
        self.view.note_requested.connect(
            lambda start, end: self.note_requested.emit(self.article.id, start, end)
        )
        self.view.annotation_action.connect(
            lambda action, ann_id: self.annotation_action.emit(self.article.id, action, ann_id)
        )
        self.view.marks_clicked.connect(
            lambda marks: self.marks_clicked.emit(self.article.id, marks)
        )
        close = props(QToolButton(self), text="✕", autoRaise=True, toolTip="Close this column")
        close.clicked.connect(lambda: self.close_requested.emit(self.article.id))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.header, 1)
        top.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.setMinimumWidth(160)

    @property
    def article_id(self) -> str:
        return self.article.id

    @property
    def is_analysed(self) -> bool:
        return self.analysis is not None

    def set_analysis(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.header.show_analysis(self.article, analysis)
        self._rebuild_marks()

    def set_annotations(self, annotations: Sequence[Annotation], repaint: bool = True) -> None:
        self.annotations = list(annotations)
        if repaint:
            self._rebuild_marks()

    def set_article(self, article: Article) -> None:
        """New metadata (the text is unchanged): refresh the card only."""
        self.article = article
        self.header.show_article(article)
        if self.analysis is not None:
            self.header.show_analysis(article, self.analysis)

    def set_label_colours(self, colours: dict[str, str]) -> None:
        if colours != self.label_colours:
            self.label_colours = dict(colours)
            self._rebuild_marks()

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.view.set_palette(palette)
        self._rebuild_marks()

    def show_error(self, message: str) -> None:
        self.header.show_error(message)

    def set_visible_layers(self, visible: Collection[str]) -> None:
        self._visible = set(visible)
        self.view.set_visible_layers(self._visible)

    def _rebuild_marks(self) -> None:
        marks = build_marks(
            self.article, self.analysis, self.annotations, self._palette, self.label_colours
        )
        self.view.set_marks(marks, self._visible)

    # --- navigation ---------------------------------------------------------------

    def step(self, kind: str, forward: bool, from_offset: int) -> Mark | None:
        """The next (or previous) visible mark of a kind after (or before) an offset, wrapping."""
        marks = sorted(
            {(m.start, m.end): m for m in self.view.visible_marks() if m.kind == kind}.values(),
            key=lambda m: m.start,
        )
        if not marks:
            return None
        if forward:
            return next((m for m in marks if m.start > from_offset), marks[0])
        return next((m for m in reversed(marks) if m.start < from_offset), marks[-1])
