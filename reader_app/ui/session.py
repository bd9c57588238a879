"""The reading session: which articles are open, their analyses and the comparison, kept in step.

Not a widget. It reads the library on the GUI thread (small, fast queries), runs analysis
and comparison on worker threads, and streams each result into the workspace as it lands.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal

from reader_app.model import Analysis, Annotation, Article, Claim
from reader_app.ui.comparison_links import framing_for, mentions_for
from reader_app.ui.workers import Tasks
from reader_app.ui.workspace import Workspace

log = logging.getLogger(__name__)


def text_hash(article: Article) -> str:
    """The analysis cache key: the cleaned text, which is all the analyser reads."""
    return hashlib.sha256(article.text.encode("utf-8")).hexdigest()


def default_analyze(article: Article, progress=None, cancel=None) -> Analysis:
    from reader_app.analysis.pipeline import analyze  # lazy: textstat & co. stay out of start-up

    return analyze(article, progress=progress, cancel=cancel)


def default_compare(items: list[tuple[Article, Analysis]]) -> Any:
    from reader_app.compare import compare_articles

    return compare_articles(items)


def default_version() -> str:
    """The analysis cache key's version: the analyser's and the word lists' (user edits change it)."""
    from reader_app.analysis.pipeline import current_version

    return current_version()


class Session(QObject):
    progress = Signal(int, int, str)  # done, total, what
    idle = Signal()  # nothing running any more
    analysis_ready = Signal(str)  # article id
    analysis_failed = Signal(str, str)  # article id, message
    comparison_ready = Signal(object)
    annotations_changed = Signal(str)

    def __init__(
        self,
        library: Any,
        workspace: Workspace,
        parent: QObject | None = None,
        analyze=default_analyze,
        compare=default_compare,
        version=default_version,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.analyze, self.compare, self.version = analyze, compare, version
        self.workspace = workspace
        # One analysis at a time: pure-Python work gains nothing from a second thread under the
        # GIL, and one thread lets columns fill left to right while the GUI stays responsive.
        self.tasks = Tasks(self, max_threads=1)
        self.comparison: Any = None
        self._pending: set[str] = set()
        self._total = 0
        self._compare_task = None
        self._closed = False
        workspace.columns_changed.connect(self._on_columns_changed)

    # --- opening ------------------------------------------------------------------

    def open_articles(self, article_ids: Sequence[Any]) -> list[str]:
        """Open library articles as columns; analysis streams in afterwards. Returns opened ids."""
        opened = []
        for article_id in article_ids:
            article = self.library.article(article_id)
            column = self.workspace.add_article(article)
            if column is None:
                break
            opened.append(article.id)
            # Paint once: with the cached analysis if there is one, else annotations alone.
            column.set_annotations(self._annotations(article.id), repaint=False)
            if column.analysis is None and article.id not in self._pending:
                self._analyse(article)
        return opened

    def replace_articles(self, article_ids: Sequence[Any]) -> list[str]:
        """Show exactly these articles (the first six), closing the other columns."""
        wanted = {str(i) for i in article_ids}
        for open_id in self.workspace.article_ids():
            if open_id not in wanted:
                self.workspace.remove_article(open_id)
        return self.open_articles(article_ids)

    def _annotations(self, article_id: str) -> list[Annotation]:
        try:
            return list(self.library.annotations(article_id))
        except Exception:  # a broken annotation row must not hide the article
            log.exception("cannot read annotations of %s", article_id)
            return []

    def _analyse(self, article: Article) -> None:
        if self._closed:
            return
        version = self.version()
        cached = self._cached(article, version)
        if cached is not None:
            self._show_analysis(article.id, cached)
            return
        column = self.workspace.column(article.id)
        if column is not None and column.annotations:
            column.set_annotations(column.annotations)
        self._pending.add(article.id)
        self._total += 1
        self._emit_progress()
        self.tasks.start(
            lambda progress, cancel, a=article: self.analyze(a, progress=progress, cancel=cancel),
            on_result=lambda analysis, a=article: self._on_analysed(a, analysis, version),
            on_error=lambda error, a=article: self._on_failed(a, error),
            on_cancelled=lambda a=article: self._on_cancelled(a),
            name=f"analyse {article.id}",
            on_finished=lambda a=article: self._on_finished(a.id),
        )

    def reanalyse_open(self) -> None:
        """Analyse the open columns again (the word lists changed); cached results still count."""
        self.comparison = None
        for column in self.workspace.columns():
            if column.article_id not in self._pending:
                self._analyse(column.article)

    def _cached(self, article: Article, version: str) -> Analysis | None:
        try:
            return self.library.cached_analysis(text_hash(article), version)
        except Exception:  # a stale cache is only a slower start
            log.exception("analysis cache unreadable")
            return None

    def _on_analysed(self, article: Article, analysis: Analysis, version: str) -> None:
        try:
            self.library.save_analysis(text_hash(article), version, analysis)
        except Exception:
            log.exception("could not cache the analysis of %s", article.id)
        self._show_analysis(article.id, analysis)

    def _on_failed(self, article: Article, error: Exception) -> None:
        message = str(error) or type(error).__name__
        column = self.workspace.column(article.id)
        if column is not None:
            column.show_error(message)
        self.analysis_failed.emit(article.id, message)

    def _on_cancelled(self, article: Article) -> None:
        column = self.workspace.column(article.id)
        if column is not None:
            column.show_error("cancelled (close and reopen the column to analyse it)")

    def _on_finished(self, article_id: str) -> None:
        self._pending.discard(article_id)
        self._emit_progress()
        if not self._pending:
            self._total = 0
            self._maybe_compare()

    def _show_analysis(self, article_id: str, analysis: Analysis) -> None:
        column = self.workspace.column(article_id)
        if column is not None:
            column.set_analysis(analysis)
        self.analysis_ready.emit(article_id)
        if not self._pending:
            self._maybe_compare()

    def _emit_progress(self) -> None:
        done = self._total - len(self._pending)
        if self._pending:
            self.progress.emit(done, self._total, f"Analysing {done + 1} of {self._total}…")
        elif self._compare_task is None:
            self.idle.emit()

    # --- comparison -----------------------------------------------------------------

    def _on_columns_changed(self, _ids: list) -> None:
        self.comparison = None
        if not self._pending:
            self._maybe_compare()

    def _maybe_compare(self) -> None:
        if self._closed:
            return
        columns = [c for c in self.workspace.columns() if c.analysis is not None]
        if len(columns) < 2 or self._pending:
            self._emit_idle_if_done()
            return
        if self._compare_task is not None:
            self._compare_task.cancel()
        items = [(c.article, c.analysis) for c in columns]
        self.progress.emit(0, 0, "Comparing the open articles…")
        holder: list = []  # the finished callback needs the task, which exists only after start
        task = self.tasks.start(
            lambda _p, _c: self.compare(items),
            on_result=self._on_compared,
            on_error=lambda e: log.error("comparison failed: %s", e),
            name="compare",
            on_finished=lambda: self._on_compare_finished(holder[0]),
        )
        holder.append(task)
        self._compare_task = task

    def _on_compared(self, comparison: Any) -> None:
        self.comparison = comparison
        self.comparison_ready.emit(comparison)

    def _on_compare_finished(self, task) -> None:
        if self._compare_task is task:
            self._compare_task = None
        self._emit_idle_if_done()

    def _emit_idle_if_done(self) -> None:
        if not self._pending and self._compare_task is None:
            self.idle.emit()

    @property
    def busy(self) -> bool:
        return bool(self._pending) or self._compare_task is not None

    def cancel(self) -> None:
        self.tasks.cancel_all()

    def shutdown(self) -> None:
        """Stop for good: no new work, running work cancelled and its last signals delivered."""
        self._closed = True
        self.tasks.shutdown()

    def _outlet_of(self, article_id: str) -> str | None:
        """The label of an open column (None for articles not open)."""
        column = self.workspace.column(article_id)
        if column is None:
            return None
        return column.article.meta.outlet or column.article.meta.title or article_id

    def mentions_for(
        self, article_id: str, start: int, end: int
    ) -> list[tuple[str, int, int, str]]:
        """Mentions of the same event in the other open columns: (article id, start, end, label)."""
        return mentions_for(self.comparison, article_id, start, end, self._outlet_of)

    def framing_for(self, article_id: str, start: int, end: int) -> list[tuple[str, int, int, str]]:
        """Other columns' wording for what the span names, and values they disagree on."""
        return framing_for(self.comparison, article_id, start, end, self._outlet_of)

    # --- annotations ------------------------------------------------------------------

    def save_verdict(
        self, article_id: str, claim: Claim, verdict: str, note: str, sources: list
    ) -> None:
        """Write the verdict at once (one annotation per claim, updated in place)."""
        from reader_app.ui.annotations import verdict_annotation

        column = self.workspace.column(article_id)
        if column is None:
            return
        if not verdict and (note or sources):
            verdict = "unverified"  # a note needs a verdict to hang on; "unverified" claims nothing
        existing, annotation = verdict_annotation(
            column.article, column.annotations, claim, verdict, note, sources
        )
        if existing is None:
            if not verdict:
                return
            self.library.add_annotation(annotation)
        elif verdict:
            self.library.update_annotation(annotation)
        else:
            self.library.delete_annotation(existing.id)
        self._refresh_annotations(article_id)

    def decide_suggestion(
        self, article_id: str, key: str, start: int, end: int, status: str
    ) -> None:
        from reader_app.ui.annotations import decision_annotation

        column = self.workspace.column(article_id)
        if column is None:
            return
        existing, annotation = decision_annotation(
            column.article, column.annotations, key, start, end, status
        )
        if existing is None:
            self.library.add_annotation(annotation)
        else:
            self.library.update_annotation(annotation)
        self._refresh_annotations(article_id)

    def add_note(
        self, article_id: str, start: int, end: int, note: str, label: str = "note"
    ) -> None:
        """The reader's own note on a stretch of text (the "Your annotation" layer)."""
        from reader_app.ui.annotations import anchored

        column = self.workspace.column(article_id)
        if column is None or not note.strip() or not (0 <= start < end <= len(column.article.text)):
            return
        self.library.add_annotation(
            anchored(column.article, start, end, label=label, note=note.strip())
        )
        self._refresh_annotations(article_id)

    def refresh_annotations(self, article_id: str) -> None:
        """Re-read an article's annotations after something else wrote them (undo commands)."""
        self._refresh_annotations(article_id)

    def _refresh_annotations(self, article_id: str) -> None:
        column = self.workspace.column(article_id)
        if column is not None:
            column.set_annotations(self._annotations(article_id))
        self.annotations_changed.emit(article_id)
