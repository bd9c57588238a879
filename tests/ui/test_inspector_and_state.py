"""Aligned mentions, metadata editing, window state in the config dir, cancellable workers."""

import os
import threading
from pathlib import Path

from PySide6.QtWidgets import QLabel

from reader_app.compare.types import Comparison, Event, Mention
from reader_app.ui.metadata_editor import MetadataEditor
from reader_app.ui.workers import Tasks


def event_between(window):
    one, two = (c.article for c in window.workspace.columns())
    a = one.text.index("12 million")
    b = two.text.index("30 million")
    return Comparison(
        events=(
            Event(
                "e1",
                "money",
                (Mention("1", a, a + 10, "12 million"), Mention("2", b, b + 10, "30 million")),
            ),
        )
    )


def test_clicking_an_aligned_mention_scrolls_and_flashes_the_other_column(make_window, qtbot):
    window = make_window()
    window.session.comparison = event_between(window)
    column = window.workspace.column("1")
    claim = next(m for m in column.view.marks if m.kind == "claim" and m.start == 0)
    window.inspect("1", [claim])
    assert window.inspector.mentions.count() == 1
    entry = window.inspector.mentions.item(0)
    assert entry.text().startswith("Sports Daily: 30 million")
    with qtbot.waitSignal(window.inspector.mention_activated):
        window.inspector.mentions.list.itemClicked.emit(entry)
    start = window.workspace.column("2").article.text.index("30 million")
    assert window.workspace.column("2").view.flashing == (start, start + 10)


def test_metadata_editor_shows_evidence_and_returns_only_changes(qtbot):
    from ui_fakes import make_article

    article = make_article("1", "By Jo Park\n\nText.")
    article = article.__class__(
        **{
            **article.__dict__,
            "meta": article.meta.with_value("author", "Jo Park", "By Jo Park", "text"),
        }
    )
    editor = MetadataEditor(article)
    qtbot.addWidget(editor)
    assert any("By Jo Park" in label.text() for label in editor.findChildren(QLabel))
    editor.edits["outlet"].setText("Harbour Gazette")
    editor.edits["genre"].setText("")
    assert editor.changes() == {"outlet": "Harbour Gazette", "genre": None}


def test_window_state_is_written_under_the_config_dir(make_window):
    window = make_window()
    window.close()
    ini = Path(os.environ["READER_APP_CONFIG_DIR"]) / "window.ini"
    assert ini.exists() and "geometry" in ini.read_text()


def test_a_cancelled_task_reports_cancelled_not_a_result(qtbot):
    tasks = Tasks()
    results = []

    def job(progress, cancel):
        progress(1, 2)
        while not cancel():
            threading.Event().wait(0.01)  # the worker idles until cancelled (the test never sleeps)
        return "should not arrive"

    with qtbot.waitSignal(tasks.running_changed, timeout=5000):
        task = tasks.start(job, on_result=results.append)
    with qtbot.waitSignal(task.signals.cancelled, timeout=5000):
        tasks.cancel_all()
    qtbot.waitUntil(lambda: tasks.running == 0)
    assert results == []


def test_a_failing_task_reports_the_error(qtbot):
    tasks = Tasks()
    errors, results = [], []
    tasks.start(lambda p, c: 1 / 0, on_result=results.append, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError) and "1 / 0" in errors[0].traceback_text
    assert results == []
    tasks.shutdown()
