"""Columns, highlights, layer toggles, the inspector and verdicts over a fake library and analyser."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from reader_app.palette import load_palette


def point_of(view, offset):
    """The viewport point in the middle of the character at a Python offset."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(offset)
    left = view.cursorRect(cursor)
    cursor.setPosition(offset + 1)
    right = view.cursorRect(cursor)
    return left.center().__class__((left.x() + right.x()) // 2, left.center().y())


def click_text(qtbot, view, needle):
    offset = view.toPlainText().index(needle) + len(needle) // 2
    view.scroll_to(offset, offset + 1, flash=False)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point_of(view, offset))


def test_articles_open_side_by_side_with_header_cards(make_window):
    window = make_window()
    columns = window.workspace.columns()
    assert [c.article.meta.outlet for c in columns] == ["City Herald", "Sports Daily"]
    header = columns[0].header
    assert header.outlet.text() == "City Herald" and header.title.text() == "Council budget"
    assert header.reading.text() == "Grade 9.5 · tone +0.10"
    # 3 author-voice flags in 36 words of the writer's own; none in the 8 quoted words
    assert header.figures.text().endswith("<b>83.3</b> author · <b>0.0</b> quoted")


def test_claim_is_filled_and_toggling_the_layer_removes_it(make_window):
    window = make_window()
    view = window.workspace.columns()[0].view
    offset = view.toPlainText().index("12 million")
    claim_fill = load_palette().layer("claim").fill.lower()
    assert view.char_format_at(offset).background().color().name() == claim_fill
    window.legend.set_layer_visible("claim", False)
    assert view.char_format_at(offset).background().style() == Qt.BrushStyle.NoBrush
    window.legend.set_layer_visible("claim", True)
    assert view.char_format_at(offset).background().color().name() == claim_fill


def test_flag_layer_toggle_removes_its_underline(make_window):
    window = make_window()
    view = window.workspace.columns()[0].view
    offset = view.toPlainText().index("brutal")
    assert view.char_format_at(offset).underlineStyle() != view.char_format_at(0).underlineStyle()
    window.legend.set_layer_visible("pejorative", False)
    assert view.char_format_at(offset).underlineStyle() == view.char_format_at(0).underlineStyle()


def test_clicking_a_claim_fills_the_inspector_with_its_speaker(make_window, qtbot):
    window = make_window()
    view = window.workspace.columns()[0].view
    with qtbot.waitSignal(window.workspace.marks_clicked, timeout=2000):
        click_text(qtbot, view, "40 new homes")
    chain = window.inspector.chain.text()
    assert "Maria Lopez" in chain and "City Herald" in chain and "said" in chain
    assert "Claim 0.82" in window.inspector.claim_label.text()
    assert window.inspector.verdict_box.isVisibleTo(window.inspector)


def test_verdict_survives_closing_and_reopening(make_window, qtbot):
    window = make_window("fake://verdict")
    column = window.workspace.columns()[0]
    claim = column.analysis.claims[0]
    window.inspect(column.article_id, [m for m in column.view.marks if m.kind == "claim"][:1])
    window.inspector.verdict.setCurrentText("misleading")
    window.inspector.note.setText("Budget was 10 million")
    window.inspector.sources.setText("https://example.org/budget")
    window.inspector._emit_verdict()
    window.close()

    again = make_window("fake://verdict")
    saved = [a for a in again.workspace.columns()[0].annotations if a.verdict]
    assert [(a.verdict, a.note, a.sources, a.start) for a in saved] == [
        ("misleading", "Budget was 10 million", ("https://example.org/budget",), claim.start)
    ]
    again.inspect(
        "1", [m for m in again.workspace.columns()[0].view.marks if m.kind == "claim"][:1]
    )
    assert again.inspector.verdict.currentText() == "misleading"


def test_dismissing_a_flag_removes_its_mark(make_window):
    window = make_window()
    column = window.workspace.columns()[0]
    flag_mark = next(m for m in column.view.marks if m.kind == "flag")
    window.inspect(column.article_id, [flag_mark])
    flag = column.analysis.flags[flag_mark.index]
    window.session.decide_suggestion(
        "1", f"flag:{flag.start}:{flag.end}:{flag.category}", flag.start, flag.end, "dismissed"
    )
    assert not [m for m in column.view.marks if (m.kind, m.start) == ("flag", flag.start)]


def test_next_claim_and_flag_shortcuts_move_through_the_column(make_window, qtbot):
    window = make_window()
    view = window.workspace.columns()[0].view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    seen = []
    window.workspace.marks_clicked.connect(lambda _id, marks: seen.append(marks[0]))
    qtbot.keyClick(view, Qt.Key.Key_J)
    qtbot.keyClick(view, Qt.Key.Key_J)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [m.kind for m in seen] == ["claim", "claim", "flag"]
    assert seen[0].start < seen[1].start


def test_scroll_to_flashes_the_span(make_window):
    window = make_window()
    assert window.workspace.scroll_to("2", 4, 10)
    assert window.workspace.column("2").view.flashing == (4, 10)


def test_hovering_a_flag_shows_what_it_is(make_window, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    window = make_window()
    view = window.workspace.columns()[0].view
    offset = view.toPlainText().index("brutal") + 2
    view.scroll_to(offset, offset + 1, flash=False)
    point = point_of(view, offset)
    assert [m.layer for m in view.marks_at_point(point)] == ["pejorative"], (
        point,
        view.offset_at(point),
        offset,
    )
    QApplication.sendEvent(
        view.viewport(), QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    )
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert "Pejorative (author's voice): 'brutal' is in the pejorative list" in QToolTip.text()


def test_compare_selected_replaces_the_open_columns(make_window):
    window = make_window()
    window.refresh_library()
    window.library_panel.select_ids([2])
    window.library_panel.compare_button.click()
    assert window.workspace.article_ids() == ["2"]


def test_highlights_land_on_the_right_characters_after_astral_ones(qtbot):
    """Spans are Python offsets; Qt counts an emoji as two positions, so they must be converted."""
    from ui_fakes import fake_analyze, make_article

    from reader_app.ui.article_column import ArticleColumn
    from reader_app.ui.marks import TOGGLE_LAYERS

    text = "Fans 🎉🎉 cheered. It was a brutal loss of 3 points."
    column = ArticleColumn(make_article("9", text), load_palette(), TOGGLE_LAYERS)
    qtbot.addWidget(column)
    column.set_analysis(fake_analyze(column.article))
    start = text.index("brutal")
    pejorative = load_palette().layer("pejorative").fill.lower()
    formats = [
        column.view.char_format_at(i).background().color().name()
        for i in range(start - 1, start + 7)
    ]
    assert formats == [load_palette().layer("claim").fill.lower()] + [pejorative] * 6 + [
        load_palette().layer("claim").fill.lower()
    ]


def test_cancelling_analysis_says_so_in_the_column(qtbot, articles):
    import threading

    from ui_fakes import FakeLibrary

    from reader_app.ui.main_window import MainWindow

    release = threading.Event()

    def slow_analyze(article, progress=None, cancel=None):
        while not cancel():
            release.wait(0.01)
        raise RuntimeError("stopped")

    window = MainWindow(
        FakeLibrary("fake://cancel", articles),
        analyze=slow_analyze,
        compare=lambda items: None,
        version=lambda: "slow",
    )
    qtbot.addWidget(window)
    window.session.open_articles([1])
    qtbot.waitUntil(lambda: window.session.busy)
    window.actions_.cancel.trigger()
    column = window.workspace.column("1")
    qtbot.waitUntil(lambda: "cancelled" in column.header.reading.text(), timeout=5000)
    qtbot.waitUntil(lambda: not window.session.busy, timeout=5000)


def test_a_note_on_selected_text_shows_in_the_annotation_layer(make_window):
    window = make_window()
    column = window.workspace.column("2")
    start = column.article.text.index("striker")
    window.session.add_note("2", start, start + 7, "Which striker? Name missing.")
    note = next(a for a in column.annotations if a.note)
    assert (note.quote, note.label, note.status) == ("striker", "note", "user")
    fill = load_palette().layer("annotation").fill.lower()
    assert column.view.char_format_at(start).background().color().name() == fill
    window.legend.set_layer_visible("annotation", False)
    assert column.view.char_format_at(start).background().color().name() != fill


def test_double_clicking_a_header_asks_to_edit_that_article(qtbot, articles):
    from reader_app.ui.workspace import Workspace

    workspace = Workspace(load_palette())
    qtbot.addWidget(workspace)
    workspace.add_article(articles[1])
    workspace.show()
    with qtbot.waitSignal(workspace.edit_requested) as asked:
        qtbot.mouseDClick(workspace.column("2").header, Qt.MouseButton.LeftButton)
    assert asked.args == ["2"]


def test_a_group_heading_hides_every_flag_layer_at_once(make_window):
    from reader_app.palette import FLAG_LAYERS

    window = make_window()
    heading = next(h for g, h in window.legend.headings.items() if "pejorative" in g)
    heading.click()
    assert not set(FLAG_LAYERS) & window.workspace.visible_layers
    assert {"claim", "quote", "speaker", "annotation"} <= window.workspace.visible_layers
    heading.click()
    assert set(FLAG_LAYERS) <= window.workspace.visible_layers
