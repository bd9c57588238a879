"""The inspector: what a clicked span is, who it comes from, why it was marked, where else it is told."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reader_app.model import VERDICTS, Analysis, Annotation, Article, Claim, Flag, suggestion_key
from reader_app.palette import Palette
from reader_app.ui import span_text
from reader_app.ui.inspector_notes import AnnotationNotes
from reader_app.ui.link_list import LinkList
from reader_app.ui.marks import Mark
from reader_app.ui.qt_compat import props

NO_VERDICT = "— no verdict —"


@dataclass
class Inspected:
    """Everything the inspector shows for one click."""

    article: Article
    analysis: Analysis | None
    annotations: Sequence[Annotation]
    marks: Sequence[Mark]
    mentions: Sequence[tuple[str, int, int, str]] = field(default_factory=list)  # other columns
    framing: Sequence[tuple[str, int, int, str]] = field(
        default_factory=list
    )  # wording, disagreements

    def claim(self) -> tuple[int, Claim] | None:
        for m in self.marks:
            if m.kind == "claim" and self.analysis:
                return m.index, self.analysis.claims[m.index]
        return None

    def flags(self) -> list[Flag]:
        if not self.analysis:
            return []
        return [self.analysis.flags[m.index] for m in self.marks if m.kind == "flag"]

    def attribution_index(self) -> int | None:
        found = self.claim()
        if found and found[1].attribution is not None:
            return found[1].attribution
        return next((m.index for m in self.marks if m.kind == "attribution"), None)


def decision_for(annotations: Sequence[Annotation], key: str) -> str | None:
    return next((a.status for a in annotations if a.target == key and a.status != "user"), None)


def verdict_for(annotations: Sequence[Annotation], claim: Claim) -> Annotation | None:
    key = suggestion_key("claim", claim.start, claim.end)
    return next(
        (
            a
            for a in annotations
            if a.verdict and (a.target == key or (a.start, a.end) == (claim.start, claim.end))
        ),
        None,
    )


class Inspector(QScrollArea):
    """Signals carry the reader's decisions; whoever owns the library writes them."""

    mention_activated = Signal(str, int, int)  # article id, start, end
    verdict_changed = Signal(
        str, object, str, str, list
    )  # article id, Claim, verdict, note, sources
    suggestion_decided = Signal(str, str, int, int, str)  # article id, key, start, end, status

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._palette = palette
        self.current: Inspected | None = None
        body = QWidget(self)
        self.layout_ = QVBoxLayout(body)
        self.chain = self._label("<i>Click a highlighted span to see where it comes from.</i>")
        self.claim_box, self.claim_label = self._section("Claim")
        self.flag_box, self.flag_label = self._section("Evaluative wording")
        self.quote_box, self.quote_label = self._section("Attribution")
        self.mentions = LinkList("Same event in the other columns", body)
        self.mentions.activated.connect(self.mention_activated)
        self.framing = LinkList("How the other columns put it", body)
        self.framing.activated.connect(self.mention_activated)
        self.verdict_box = self._verdict_editor(body)
        self.notes = AnnotationNotes(body)
        self.label_colours: dict[str, str] = {}  # codebook colours, set by the window
        self.suggestion_row = QHBoxLayout()
        for widget in (
            self.chain,
            self.claim_box,
            self.flag_box,
            self.quote_box,
            self.mentions,
            self.framing,
            self.verdict_box,
            self.notes,
        ):
            self.layout_.addWidget(widget)
        self.layout_.addLayout(self.suggestion_row)
        self.layout_.addStretch(1)
        self.setWidget(body)
        self.clear()

    def _label(self, text: str = "") -> QLabel:
        label = props(QLabel(text), wordWrap=True, textFormat=Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _section(self, title: str) -> tuple[QGroupBox, QLabel]:
        box = QGroupBox(title)
        label = self._label()
        QVBoxLayout(box).addWidget(label)
        return box, label

    def _verdict_editor(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox("Your verdict on this claim", parent)
        self.verdict = QComboBox(box)
        self.verdict.addItems([NO_VERDICT, *VERDICTS])
        self.note = props(
            QLineEdit(box), placeholderText="Why? (saved when you press Enter or leave the field)"
        )
        self.sources = props(QLineEdit(box), placeholderText="Source links, separated by spaces")
        form = QFormLayout(box)
        form.addRow("Verdict", self.verdict)
        form.addRow("Note", self.note)
        form.addRow("Sources", self.sources)
        self.verdict.activated.connect(self._emit_verdict)
        self.note.editingFinished.connect(self._emit_verdict)
        self.sources.editingFinished.connect(self._emit_verdict)
        return box

    # --- showing ------------------------------------------------------------------

    def clear(self) -> None:
        self.current = None
        for box in (
            self.claim_box,
            self.flag_box,
            self.quote_box,
            self.mentions,
            self.framing,
            self.verdict_box,
            self.notes,
        ):
            box.hide()
        self._clear_suggestions()

    def show_inspected(self, item: Inspected) -> None:
        self.clear()
        self.current = item
        self.chain.setText(self._chain_html(item))
        self._show_claim(item)
        self._show_flags(item)
        self._show_attribution(item)
        self._show_mentions(item)
        self._show_suggestions(item)
        self._show_notes(item)

    def _show_notes(self, item: Inspected) -> None:
        ids = {m.index for m in item.marks if m.kind == "annotation"}
        mine = [a for a in item.annotations if a.id in ids and not a.verdict and a.status == "user"]
        self.notes.show_annotations(item.article.id, mine, self.label_colours)

    def _chain_html(self, item: Inspected) -> str:
        meta = item.article.meta
        steps = [("Outlet", meta.outlet or "unknown")]
        if meta.reporting_by:
            steps.append(("Reporting", meta.reporting_by))
        steps.append(("Author", meta.author or "no byline"))
        index = item.attribution_index()
        if index is not None and item.analysis:
            attribution = item.analysis.attributions[index]
            steps.append(("Speaker", attribution.speaker))
            if attribution.cue:
                steps.append(("Reporting verb", f"“{attribution.cue.text}”"))
        else:
            steps.append(("Voice", "the outlet's own"))
        return " → ".join(f"<small>{k}</small> <b>{escape(v)}</b>" for k, v in steps)

    def _show_claim(self, item: Inspected) -> None:
        found = item.claim()
        if not found:
            return
        _, claim = found
        features = (
            "".join(f"<li>{escape(f)}</li>" for f in claim.features)
            or "<li>no features listed</li>"
        )
        self.claim_label.setText(
            f"<b>{escape(span_text.describe_claim(claim, item.analysis.attributions))}</b>"
            f"<br>Why it is check-worthy:<ul>{features}</ul>"
        )
        self.claim_box.show()
        existing = verdict_for(item.annotations, claim)
        self.verdict.setCurrentText(existing.verdict if existing else NO_VERDICT)
        self.note.setText(existing.note if existing else "")
        self.sources.setText(" ".join(existing.sources) if existing else "")
        self.verdict_box.show()

    def _show_flags(self, item: Inspected) -> None:
        flags = item.flags()
        if flags:
            self.flag_label.setText(
                "<br>".join(
                    f"<b>“{escape(f.text)}”</b> {escape(span_text.describe_flag(f, self._palette))}"
                    for f in flags
                )
            )
            self.flag_box.show()

    def _show_attribution(self, item: Inspected) -> None:
        index = item.attribution_index()
        if index is None or not item.analysis:
            return
        attribution = item.analysis.attributions[index]
        quoted = _shorten(" … ".join(s.text for s in attribution.content), 240)
        self.quote_label.setText(
            f"{escape(span_text.describe_quote(attribution))}<br><i>“{escape(quoted)}”</i>"
        )
        self.quote_box.show()

    def _show_mentions(self, item: Inspected) -> None:
        self.mentions.show_links(item.mentions)
        self.framing.show_links(item.framing)

    # --- suggestions (accept / dismiss) ------------------------------------------

    def _clear_suggestions(self) -> None:
        while self.suggestion_row.count():
            widget = self.suggestion_row.takeAt(0).widget()
            if widget:
                widget.deleteLater()

    def _show_suggestions(self, item: Inspected) -> None:
        targets = []
        found = item.claim()
        if found:
            c = found[1]
            targets.append(("claim", suggestion_key("claim", c.start, c.end), c.start, c.end))
        for f in item.flags():
            targets.append(
                (f"“{f.text}”", suggestion_key("flag", f.start, f.end, f.category), f.start, f.end)
            )
        for what, key, start, end in targets[:3]:
            state = decision_for(item.annotations, key)
            for status, verb in (("accepted", "Accept"), ("dismissed", "Dismiss")):
                button = QPushButton(f"{verb} {what}" + (" ✓" if state == status else ""), self)
                button.setToolTip(f"{verb} this machine suggestion (kept with your annotations)")
                button.clicked.connect(self._decider(item.article.id, key, start, end, status))
                self.suggestion_row.addWidget(button)

    def _decider(
        self, article_id: str, key: str, start: int, end: int, status: str
    ) -> Callable[[], None]:
        return lambda: self.suggestion_decided.emit(article_id, key, start, end, status)

    # --- slots --------------------------------------------------------------------

    def _emit_verdict(self) -> None:
        found = self.current.claim() if self.current else None
        if not found:
            return
        verdict = self.verdict.currentText()
        sources = [s for s in self.sources.text().replace(",", " ").split() if s]
        self.verdict_changed.emit(
            self.current.article.id,
            found[1],
            "" if verdict == NO_VERDICT else verdict,
            self.note.text(),
            sources,
        )


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
