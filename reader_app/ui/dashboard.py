"""The framing dashboard: coverage matrix, wording table, disagreements and outlet profiles."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader_app.palette import Palette
from reader_app.ui.profile_chart import ProfileChart
from reader_app.ui.qt_compat import props

SPOT = Qt.ItemDataRole.UserRole  # list of (article id, start, end) a cell jumps to
COVERED = "#CFE3F3"
HEADER_CHARS = 18  # outlet names in column headers are cut here (the tooltip has the full name)
CELL_WIDTH = 130
HOW_TO_READ = (
    "<small>● = the article reports the event (a number counts its mentions). "
    "Click a cell to show the mention in its column; click again for the next one.</small>"
)
WAITING = "<p>The dashboard fills in once two or more open articles are analysed and compared.</p>"


def _table(rows: int, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(rows, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setStretchLastSection(False)
    table.setWordWrap(True)
    return table


class Dashboard(QTabWidget):
    """Shows one comparison (``comparison_to_json`` shape); clicking a cell asks to jump there."""

    mention_activated = Signal(str, int, int)  # article id, start, end

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: list[tuple[str, str]] = []  # (article id, label) left to right
        self.coverage = _table(0, [])
        self.variants = _table(0, [])
        self.discrepancies = QTreeWidget()
        self.discrepancies.setHeaderLabels(["Disagreement", "Article"])
        self.discrepancies.setColumnWidth(0, 520)
        self.chart = ProfileChart(palette)
        scroll = props(QScrollArea(), widgetResizable=False)
        scroll.setWidget(self.chart)
        self.notice = props(QLabel(WAITING), wordWrap=True, margin=4)
        self.addTab(self._page(self.notice, self.coverage), "Coverage")
        self.addTab(self.variants, "Wording")
        self.addTab(self.discrepancies, "Disagreements")
        self.addTab(scroll, "Outlet profiles")
        self._clicks: dict[tuple[int, int], int] = {}
        self.coverage.cellClicked.connect(lambda r, c: self._jump(self.coverage, r, c))
        self.variants.cellClicked.connect(lambda r, c: self._jump(self.variants, r, c))
        self.variants.horizontalHeader().sectionResized.connect(
            lambda *_a: self.variants.resizeRowsToContents()
        )
        self.discrepancies.itemClicked.connect(self._jump_tree)

    def _page(self, *widgets: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        return page

    def show_comparison(
        self, data: dict[str, Any] | None, columns: Sequence[tuple[str, str]]
    ) -> None:
        self.columns = list(columns)
        data = data or {}
        if not data:
            self.notice.setText(WAITING)
        elif not data.get("events"):
            self.notice.setText("<p>No event is reported by two of the open articles.</p>")
        else:
            self.notice.setText(HOW_TO_READ)
        self._fill_coverage(data.get("events", []))
        self._fill_variants(data.get("term_variants", []))
        self._fill_discrepancies(data.get("discrepancies", []), data.get("events", []))
        self.chart.set_profiles(data.get("outlet_profiles") or data.get("profiles") or [])

    def _headers(self, table: QTableWidget, first: str) -> None:
        table.setColumnCount(1 + len(self.columns))
        table.setHorizontalHeaderItem(0, QTableWidgetItem(first))
        for col, (_id, label) in enumerate(self.columns, start=1):
            short = label if len(label) <= HEADER_CHARS else label[: HEADER_CHARS - 1] + "…"
            item = QTableWidgetItem(short)
            item.setToolTip(label)
            table.setHorizontalHeaderItem(col, item)

    def _fill_coverage(self, events: list[dict]) -> None:
        table = self.coverage
        self._clicks.clear()
        table.setRowCount(len(events))
        self._headers(table, "Event (key terms)")
        for row, event in enumerate(events):
            table.setItem(row, 0, QTableWidgetItem(event["label"]))
            for col, (article_id, label) in enumerate(self.columns, start=1):
                spots = [
                    (m["article"], m["start"], m["end"])
                    for m in event["mentions"]
                    if str(m["article"]) == article_id
                ]
                texts = [m["text"] for m in event["mentions"] if str(m["article"]) == article_id]
                item = QTableWidgetItem(
                    ("●" + (f" {len(spots)}" if len(spots) > 1 else "")) if spots else ""
                )
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if spots:
                    item.setBackground(QBrush(QColor(COVERED)))
                    item.setData(SPOT, spots)
                    item.setToolTip(
                        f"{label}:\n"
                        + "\n\n".join(f"“{t}”" for t in texts[:4])
                        + "\n\nClick to show it in the column."
                    )
                else:
                    item.setToolTip(f"{label} does not report this event.")
                table.setItem(row, col, item)
        table.resizeColumnToContents(0)
        table.setColumnWidth(0, min(table.columnWidth(0), 360))
        for col in range(1, table.columnCount()):
            table.setColumnWidth(col, CELL_WIDTH)

    def _fill_variants(self, groups: list[dict]) -> None:
        table = self.variants
        table.setRowCount(len(groups))
        self._headers(table, "Referent")
        for row, group in enumerate(groups):
            table.setItem(row, 0, QTableWidgetItem(group["referent"]))
            for col, (article_id, _label) in enumerate(self.columns, start=1):
                spans = [v for v in group["variants"] if str(v["article"]) == article_id]
                item = QTableWidgetItem(" / ".join(dict.fromkeys(v["text"] for v in spans)))
                if spans:
                    item.setData(SPOT, [(v["article"], v["start"], v["end"]) for v in spans])
                    item.setToolTip(
                        "Click to show this wording in its column (again: the next one)."
                    )
                table.setItem(row, col, item)
        # Article columns share the width (wrapping) so every outlet shows without scrolling.
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for col in range(1, table.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()

    def _fill_discrepancies(self, items: list[dict], events: list[dict]) -> None:
        labels = {e["id"]: e["label"] for e in events}
        names = dict(self.columns)
        self.discrepancies.clear()
        for entry in items:
            top = QTreeWidgetItem([entry["detail"], labels.get(entry["event"], "")])
            for value in entry["values"]:
                child = QTreeWidgetItem(
                    [f"“{value['text']}”", names.get(str(value["article"]), str(value["article"]))]
                )
                child.setData(0, SPOT, [(value["article"], value["start"], value["end"])])
                child.setToolTip(0, "Click to show it in the column.")
                top.addChild(child)
            self.discrepancies.addTopLevelItem(top)
            top.setExpanded(True)
        if not items:
            self.discrepancies.addTopLevelItem(
                QTreeWidgetItem(["No disagreements on dates, numbers or durations found.", ""])
            )

    def _jump(self, table: QTableWidget, row: int, col: int) -> None:
        """Jump to the cell's mention; clicking again walks through the others."""
        item = table.item(row, col)
        spots = item.data(SPOT) if item else None
        if not spots:
            return
        n = self._clicks.get((id(table), row * 100 + col), 0)
        self._clicks[(id(table), row * 100 + col)] = n + 1
        article_id, start, end = spots[n % len(spots)]
        self.mention_activated.emit(str(article_id), int(start), int(end))

    def _jump_tree(self, item: QTreeWidgetItem, _column: int) -> None:
        spots = item.data(0, SPOT)
        if spots:
            article_id, start, end = spots[0]
            self.mention_activated.emit(str(article_id), int(start), int(end))


def describe(data: dict[str, Any] | None) -> str:
    """The dock's title: what the dashboard holds now."""
    if not data:
        return "Framing dashboard"
    events, gaps = len(data.get("events", [])), len(data.get("discrepancies", []))
    return f"Framing dashboard: {events} shared events, {gaps} disagreements"
