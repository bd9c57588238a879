"""Outlet profiles as small bar charts painted with QPainter: one card per outlet, shared scales."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from reader_app.palette import FLAG_LAYERS, Palette

CARD_W, ROW_H, BAR_H, LABEL_W, PAD = 300, 15, 6, 118, 10
# (key, label, getter, unit, fixed max or None for "largest value")
SCALARS = (
    (
        "quoted_share",
        "Quoted speech",
        lambda p: _get(p, "quoted_speakers", "quoted_share"),
        "%",
        1.0,
    ),
    (
        "unattributed",
        "Unattributed claims",
        lambda p: _get(p, "unattributed_claims", "share"),
        "%",
        1.0,
    ),
    ("tone", "Tone (−1…+1)", lambda p: _get(p, "tone", "mean"), "", None),
    ("grade", "Reading grade", lambda p: _get(p, "readability", "flesch_kincaid_grade"), "", None),
)


def _get(profile: dict, group: str, key: str) -> float | None:
    value = (profile.get(group) or {}).get(key)
    return float(value) if isinstance(value, (int, float)) else None


def flag_rate(profile: dict, voice: str, category: str) -> float:
    return float(((profile.get("flags_per_1000_words") or {}).get(voice) or {}).get(category, 0.0))


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    return (
        f"{value * 100:.0f}%"
        if unit == "%"
        else f"{value:.2f}"
        if abs(value) < 1
        else f"{value:.1f}"
    )


class ProfileChart(QWidget):
    """Flags per 1,000 words (author solid, quoted light) by category, then quotation share,
    unattributed claims, tone and reading grade, for each outlet side by side."""

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.palette_ = palette
        self.profiles: list[dict[str, Any]] = []
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)

    def set_profiles(self, profiles: Sequence[dict[str, Any]]) -> None:
        self.profiles = list(profiles)
        self.updateGeometry()
        self.setMinimumSize(self.sizeHint())
        self.update()

    def _card_height(self) -> int:
        return PAD * 2 + ROW_H * (2 + len(FLAG_LAYERS) + len(SCALARS)) + ROW_H // 2

    def sizeHint(self) -> QSize:
        return QSize(PAD + max(1, len(self.profiles)) * (CARD_W + PAD), self._card_height() + 24)

    def _maxima(self) -> dict[str, float]:
        rates = [
            flag_rate(p, v, c)
            for p in self.profiles
            for v in ("author", "quoted")
            for c in FLAG_LAYERS
        ]
        out = {"flags": max(rates + [1.0])}
        for key, _label, get, _unit, fixed in SCALARS:
            values = [abs(get(p) or 0.0) for p in self.profiles]
            out[key] = fixed or max(values + [1.0])
        return out

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if not self.profiles:
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                "Open two or more articles to compare outlets.",
            )
            return
        maxima = self._maxima()
        self._draw_key(painter)
        for n, profile in enumerate(self.profiles):
            self._draw_card(painter, PAD + n * (CARD_W + PAD), 24, profile, maxima)
        painter.end()

    def _draw_key(self, painter: QPainter) -> None:
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        painter.setFont(small)
        painter.setPen(self.palette().text().color())
        painter.drawText(
            PAD,
            16,
            "Flags per 1,000 words: solid bar = the outlet's own words, light bar = quoted speakers",
        )

    def _draw_card(self, p: QPainter, x: int, y: int, profile: dict, maxima: dict) -> None:
        text = self.palette().text().color()
        p.setPen(QPen(QColor("#BDBDBD")))
        p.drawRoundedRect(QRectF(x, y, CARD_W, self._card_height()), 4, 4)
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(text)
        title = profile.get("outlet") or "?"
        words = profile.get("words")
        head = f"{title} ({int(words)} words)" if isinstance(words, (int, float)) else title
        p.drawText(
            QRectF(x + PAD, y + 4, CARD_W - 2 * PAD, ROW_H + 2),
            Qt.TextFlag.TextSingleLine,
            self.fontMetrics().elidedText(head, Qt.TextElideMode.ElideRight, CARD_W - 2 * PAD),
        )
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        p.setFont(small)
        row_y = y + PAD + ROW_H + 4
        bar_w = CARD_W - LABEL_W - 2 * PAD - 34
        for category in FLAG_LAYERS:
            style = self.palette_.layer(category)
            self._label(p, x, row_y, style.label.split(" /")[0].split(" or ")[0])
            for k, voice in enumerate(("author", "quoted")):
                value = flag_rate(profile, voice, category)
                colour = QColor(style.color if voice == "author" else style.fill)
                self._bar(
                    p,
                    x + PAD + LABEL_W,
                    row_y + 1 + k * (BAR_H + 1),
                    bar_w * value / maxima["flags"],
                    colour,
                )
            total = flag_rate(profile, "author", category) + flag_rate(profile, "quoted", category)
            p.setPen(text)
            p.drawText(
                QRectF(x + CARD_W - PAD - 32, row_y, 32, ROW_H),
                Qt.AlignmentFlag.AlignRight,
                f"{total:.1f}",
            )
            row_y += ROW_H
        row_y += ROW_H // 2
        for key, label, get, unit, _fixed in SCALARS:
            value = get(profile)
            self._label(p, x, row_y, label)
            width = bar_w * abs(value or 0.0) / maxima[key]
            colour = QColor("#D55E00" if key == "tone" and (value or 0) < 0 else "#0072B2")
            self._bar(p, x + PAD + LABEL_W, row_y + 4, width, colour)
            p.setPen(text)
            p.drawText(
                QRectF(x + CARD_W - PAD - 32, row_y, 32, ROW_H),
                Qt.AlignmentFlag.AlignRight,
                _fmt(value, unit),
            )
            row_y += ROW_H

    def _label(self, p: QPainter, x: int, y: int, text: str) -> None:
        p.setPen(self.palette().text().color())
        p.drawText(QRectF(x + PAD, y, LABEL_W - 4, ROW_H), Qt.TextFlag.TextSingleLine, text)

    def _bar(self, p: QPainter, x: float, y: float, width: float, colour: QColor) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#EEEEEE"))
        p.drawRect(QRectF(x, y, CARD_W - LABEL_W - 2 * PAD - 34, BAR_H))
        p.setBrush(colour)
        p.drawRect(QRectF(x, y, max(0.0, width), BAR_H))
        p.setPen(QPen(colour.darker(130)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        if width > 0:
            p.drawRect(QRectF(x, y, width, BAR_H))
