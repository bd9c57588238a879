"""The card above each column: who published it, how hard it reads, its tone, flags per voice."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reader_app.model import Analysis, Article
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
    return VoiceStats(max(total - quoted_words, 0), quoted_words, by_voice["author"], by_voice["quoted"])


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
            label = tone.get("label") or ("positive" if value > 0.05 else "negative" if value < -0.05 else "neutral")
            return f"{label} ({value:+.2f})"
    return str(tone.get("label", "n/a"))


class HeaderCard(QWidget):
    """Outlet, author, date, genre; after analysis: readability, tone, flag density per voice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("headerCard")
        self.setStyleSheet("#headerCard { background: #F4F4F4; border-bottom: 1px solid #CCCCCC; }")
        self.title = props(QLabel(), wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.source = props(QLabel(), wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.figures = props(QLabel(), wordWrap=True, textFormat=Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        for label in (self.title, self.source, self.figures):
            layout.addWidget(label)

    def show_article(self, article: Article) -> None:
        meta = article.meta
        outlet = meta.outlet or "unknown outlet"
        via = f" <small>via {escape(meta.reporting_by)}</small>" if meta.reporting_by else ""
        self.title.setText(f"<b style='font-size:large'>{escape(outlet)}</b>{via}<br>"
                           f"<b>{escape(meta.title or article.path or 'Untitled')}</b>")
        parts = [meta.author or "no byline", meta.date or "no date", meta.genre or "genre?"]
        self.source.setText(" · ".join(escape(p) for p in parts))
        self.figures.setText("<i>analysing…</i>")

    def show_analysis(self, article: Article, analysis: Analysis) -> None:
        stats = voice_stats(article, analysis)
        self.figures.setText(
            f"Readability {escape(readability_text(analysis.readability))} · "
            f"tone {escape(tone_text(analysis.tone))}<br>"
            f"Flags per 1,000 words: author <b>{stats.author_density:.1f}</b> · "
            f"quoted <b>{stats.quoted_density:.1f}</b>"
        )
        self.figures.setToolTip(
            "Evaluative wording flagged per 1,000 words, counted separately for the writer's own voice "
            f"({stats.author_words} words, {stats.author_flags} flags) and for words attributed to quoted "
            f"speakers ({stats.quoted_words} words, {stats.quoted_flags} flags)."
        )

    def show_error(self, message: str) -> None:
        self.figures.setText(f"<span style='color:#B00020'>Analysis failed: {escape(message)}</span>")
