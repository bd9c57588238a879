"""Annotations with codebook labels: made from a selection, undone, redone, kept across restarts."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor
from store_window import build_store_window

from reader_app.ui.annotation_dialog import AnnotationDialog, parse_tags
from reader_app.ui.marks import tint

pytest.importorskip("reader_app.store", reason="store not landed yet")


@pytest.fixture
def db_url(tmp_path):
    return f"sqlite:///{tmp_path / 'library.sqlite3'}"


def select(column, start: int, end: int) -> None:
    cursor = column.view.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    column.view.setTextCursor(cursor)
    column.view.setFocus()


def answer_dialog(monkeypatch, label: str, note: str, tags: str = "", seen: list | None = None):
    def fake_exec(dialog):
        if seen is not None:
            seen.append([dialog.label.itemText(i) for i in range(dialog.label.count())])
        dialog.set_label(label)
        dialog.note.setPlainText(note)
        dialog.tags.setText(tags)
        return 1

    monkeypatch.setattr(AnnotationDialog, "exec", fake_exec)


def test_labelled_annotation_is_made_undone_redone_and_survives_a_restart(
    qtbot, db_url, monkeypatch
):
    window, ids = build_store_window(qtbot, db_url)
    column = window.workspace.column(ids[0])
    text = column.article.text
    start = text.index("brutal cut")
    end = start + len("brutal cut")
    select(column, start, end)
    seen: list = []
    answer_dialog(monkeypatch, "Loaded language", "judges the cut", "framing, #budget", seen)
    window.actions_.annotate.trigger()

    assert "Loaded language" in seen[0] and "Question" in seen[0]  # the codebook's labels
    (saved,) = window.library.annotations(ids[0])
    assert (saved.label, saved.note, saved.tags) == (
        "Loaded language",
        "judges the cut",
        ("framing", "budget"),
    )
    assert saved.quote == "brutal cut"
    assert saved.prefix == text[start - 32 : start] and saved.suffix == text[end : end + 32]
    colour = {label.name: label.colour for label in window.library.labels()}["Loaded language"]
    painted = column.view.char_format_at(start).background().color()
    assert painted == QColor(tint(colour))  # the label's colour, not the default annotation tint

    window.activateWindow()
    column.view.setFocus()
    qtbot.keyClick(column.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.library.annotations(ids[0]) == []
    assert not [m for m in column.view.marks if m.kind == "annotation"]
    qtbot.keyClick(
        column.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    (again,) = window.library.annotations(ids[0])
    assert (again.label, again.start, again.end) == ("Loaded language", start, end)

    window.close()
    window.library.close()
    reopened, _ids = build_store_window(qtbot, db_url)
    kept = reopened.workspace.column(ids[0]).annotations
    assert [(a.label, a.note, a.quote) for a in kept] == [
        ("Loaded language", "judges the cut", "brutal cut")
    ]
    reopened.library.close()


def test_edit_and_delete_are_undoable_and_written_at_once(qtbot, db_url, monkeypatch):
    from reader_app.ui import annotating

    window, ids = build_store_window(qtbot, db_url)
    column = window.workspace.column(ids[1])
    start = column.article.text.index("historic fee")
    answer_dialog(monkeypatch, "Question", "how much exactly?")
    annotating.annotate_selection(window, ids[1], start, start + 12)
    (made,) = window.library.annotations(ids[1])

    answer_dialog(monkeypatch, "Evidence needed", "source for the fee?")
    window.workspace.annotation_action.emit(ids[1], "edit", made.id)
    assert [(a.label, a.note) for a in window.library.annotations(ids[1])] == [
        ("Evidence needed", "source for the fee?")
    ]
    window.workspace.annotation_action.emit(ids[1], "delete", made.id)
    assert window.library.annotations(ids[1]) == []
    window.annotations.stack.undo()  # the delete
    window.annotations.stack.undo()  # the edit, on the re-created row
    assert [(a.label, a.note) for a in window.library.annotations(ids[1])] == [
        ("Question", "how much exactly?")
    ]
    window.annotations.stack.undo()  # the add
    assert window.library.annotations(ids[1]) == []
    window.library.close()


def test_codebook_dialog_adds_recolours_and_deletes_labels(qtbot, db_url):
    from reader_app.ui.codebook_dialog import CodebookDialog

    window, _ids = build_store_window(qtbot, db_url)
    dialog = CodebookDialog(window.library, window)
    dialog.add_label("Missing context", "#123456", "Leaves out what changes the meaning.")
    row = next(
        r
        for r in range(dialog.table.rowCount())
        if dialog.table.item(r, 0).text() == "Missing context"
    )
    dialog.table.setCurrentCell(row, 0)
    dialog.choose_colour("#abcdef")
    labels = {label.name: label for label in window.library.labels()}
    assert labels["Missing context"].colour == "#abcdef"
    dialog.table.item(row, 1).setText("Context left out.")
    assert {l.name: l.description for l in window.library.labels()}[
        "Missing context"
    ] == "Context left out."
    dialog.delete_selected()
    assert "Missing context" not in {label.name for label in window.library.labels()}
    window.library.close()


def test_renaming_a_label_relabels_notes_in_the_open_columns(qtbot, db_url, monkeypatch):
    from reader_app.model import Annotation
    from reader_app.ui import annotating

    window, ids = build_store_window(qtbot, db_url)
    text = window.workspace.column(ids[0]).article.text
    window.library.add_annotation(Annotation(ids[0], 0, 5, text[:5], label="Question"))
    window.session.refresh_annotations(ids[0])

    def rename_then_close(dialog):
        row = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())].index("Question")
        dialog.table.setCurrentCell(row, 0)
        dialog.rename_selected("Loaded language")  # a clash: refused with a message, nothing changes
        dialog.rename_selected("Ask the author")
        return 0

    warnings = []
    monkeypatch.setattr(annotating.CodebookDialog, "exec", rename_then_close)
    monkeypatch.setattr(
        "reader_app.ui.codebook_dialog.QMessageBox.warning", lambda *a: warnings.append(a[2])
    )
    annotating.open_codebook(window)
    assert warnings and "already exists" in warnings[0]
    assert [a.label for a in window.workspace.column(ids[0]).annotations] == ["Ask the author"]
    assert "Ask the author" in {label.name for label in window.library.labels()}
    window.library.close()


@pytest.mark.parametrize(
    ("typed", "tags"),
    [("a, b", ("a", "b")), ("#x  y,x", ("x", "y")), ("", ()), (" , #", ())],
)
def test_tags_are_split_on_commas_and_spaces(typed, tags):
    assert parse_tags(typed) == tags


def test_inspector_lists_the_annotation_and_deletes_it(qtbot, db_url, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    from reader_app.ui import annotating

    window, ids = build_store_window(qtbot, db_url)
    column = window.workspace.column(ids[0])
    start = column.article.text.index("historic vote")
    answer_dialog(monkeypatch, "Question", "historic by what measure?", "check")
    annotating.annotate_selection(window, ids[0], start, start + 13)
    mark = next(m for m in column.view.marks if m.kind == "annotation")
    window.inspect(ids[0], [mark])
    notes = window.inspector.notes
    assert notes.isVisibleTo(window.inspector)
    assert any(
        "historic by what measure?" in label.text()
        for label in notes.findChildren(type(window.inspector.chain))
    )
    delete = next(
        b for b in notes.findChildren(QPushButton) if b.objectName() == "annotation_delete"
    )
    delete.click()
    assert window.library.annotations(ids[0]) == []
    window.library.close()
