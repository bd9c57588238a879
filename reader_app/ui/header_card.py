"""The card above each column: who published it, how hard it reads, its tone, flags per voice."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reader_app.model import Analysis, Article, display_title
from reader_app.ui.elided_label import ElidedLabel
from reader_app.ui.qt_compat import props

WORD = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True)
class VoiceStats:
    author_words: int
    quoted_words: int
    author_flags: int
    quoted_flags: int

    @property
    def author_density(self) -> float:
        return 1000 * self.author_flags / self.author_words if self.author_words else 0.0

    @property
    def quoted_density(self) -> float:
        return 1000 * self.quoted_flags / self.quoted_words if self.quoted_words else 0.0


def voice_stats(article: Article, analysis: Analysis) -> VoiceStats:
    """Words and evaluative flags in the author's own voice vs in quoted speech."""
    quoted = _merged((s.start, s.end) for a in analysis.attributions for s in a.content)
    quoted_words = sum(len(WORD.findall(article.text[s:e])) for s, e in quoted)
    total = len(WORD.findall(article.text))
    by_voice = {"author": 0, "quoted": 0}
    for flag in analysis.flags:
        by_voice[flag.voice if flag.voice in by_voice else "author"] += 1
    return VoiceStats(
        max(total - quoted_words, 0), quoted_words, by_voice["author"], by_voice["quoted"]
    )


def _merged(spans) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def readability_text(readability: dict[str, Any]) -> str:
    """A grade level from whatever the analyser reports, e.g. 'grade 11.2'."""
    for key in ("grade", "flesch_kincaid_grade", "fk_grade", "consensus"):
        value = readability.get(key)
        if isinstance(value, (int, float)):
            return f"grade {value:.1f}"
        if isinstance(value, str) and value:
            return value
    for key, value in readability.items():
        if "grade" in key and isinstance(value, (int, float)):
            return f"grade {value:.1f}"
    return "n/a"


def tone_text(tone: dict[str, Any]) -> str:
    for key in ("compound", "mean", "average", "mean_compound"):
        value = tone.get(key)
        if isinstance(value, (int, float)):
            return f"{value:+.2f}"
    return str(tone.get("label", "n/a"))


class HeaderCard(QWidget):
    """Outlet, title, byline; after analysis readability, tone and flag density per voice.

    Fixed one-line rows (elided, full text in the tooltip) so cards line up across columns.
    """

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headerCard")
        self.setToolTip("Double-click to check or correct outlet, author, date and genre")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#headerCard { background: #F4F4F4; border-bottom: 1px solid #CCCCCC; }")
        self.outlet = ElidedLabel(self, bold=True, scale=1.25)
        self.title = ElidedLabel(self, bold=True)
        self.source = ElidedLabel(self)
        self.reading = ElidedLabel(self)
        self.figures = props(QLabel(self), textFormat=Qt.TextFormat.RichText, wordWrap=True)
        # Always two lines tall, wrapped or not, so the text below starts level in every column.
        self.figures.setFixedHeight(2 * self.figures.fontMetrics().lineSpacing() + 2)
        self.figures.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(1)
        for label in (self.outlet, self.title, self.source, self.reading, self.figures):
            layout.addWidget(label)

    def show_article(self, article: Article) -> None:
        meta = article.meta
        via = f" (via {meta.reporting_by})" if meta.reporting_by else ""
        self.outlet.setText((meta.outlet or "Unknown outlet") + via)
        self.title.setText(display_title(article))
        self.source.setText(
            " · ".join([meta.author or "no byline", meta.date or "no date", meta.genre or "genre?"])
        )
        self.reading.setText("analysing…")
        self.figures.setText("&nbsp;")

    def show_analysis(self, article: Article, analysis: Analysis) -> None:
        stats = voice_stats(article, analysis)
        self.reading.setText(
            f"{readability_text(analysis.readability).capitalize()} · "
            f"tone {tone_text(analysis.tone)}"
        )
        self.reading.setToolTip(
            "Reading grade (Flesch-Kincaid: US school years) and mean sentence tone "
            "(VADER, -1 to +1: wording, not the outlet's stance)"
        )
        self.figures.setText(
            f"Flags per 1,000 words:<br><b>{stats.author_density:.1f}</b> author · "
            f"<b>{stats.quoted_density:.1f}</b> quoted"
        )
        self.figures.setToolTip(
            "Evaluative wording flagged per 1,000 words, counted separately for the writer's own voice "
            f"({stats.author_words} words, {stats.author_flags} flags) and for words attributed to quoted "
            f"speakers ({stats.quoted_words} words, {stats.quoted_flags} flags)."
        )

    def mouseDoubleClickEvent(self, event) -> None:
        self.edit_requested.emit()

    def show_error(self, message: str) -> None:
        self.reading.setText(
            f"Analysis {message}"
            if message.startswith("cancelled")
            else f"Analysis failed: {message}"
        )
