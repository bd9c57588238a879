"""The real thing: library on a tmp SQLite URL, the sample collection, the real analyser and importer."""

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage

pytest.importorskip("reader_app.store.samples", reason="store not landed yet")
pytest.importorskip("reader_app.ingest", reason="ingest not landed yet")
pytest.importorskip("reader_app.analysis.pipeline", reason="analysis pipeline not landed yet")


@pytest.fixture
def db_url(tmp_path):
    return f"sqlite:///{tmp_path / 'library.sqlite3'}"


@pytest.fixture
def real_window(qtbot, db_url):
    from reader_app.store import Library
    from reader_app.ui.main_window import MainWindow

    windows = []

    def build():
        window = MainWindow(Library(db_url))
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.library_loaded, timeout=20000):
            window.start()
        qtbot.waitUntil(
            lambda: (
                not window.session.busy
                and window.workspace.columns()
                and all(c.is_analysed for c in window.workspace.columns())
            ),
            timeout=60000,
        )
        windows.append(window)
        return window

    yield build
    for window in windows:
        window.library.close()


def test_sample_collection_opens_in_five_analysed_columns(real_window):
    window = real_window()
    columns = window.workspace.columns()
    assert len(columns) == 5
    assert all(c.view.marks for c in columns)
    assert window.library_panel.article_ids()


def test_verdict_survives_reopening_the_window_on_the_same_database(real_window):
    window = real_window()
    column = window.workspace.columns()[0]
    claim_mark = next(m for m in column.view.marks if m.kind == "claim")
    window.inspect(column.article_id, [claim_mark])
    window.inspector.verdict.setCurrentText("false")
    window.inspector.note.setText("checked against the registry")
    window.inspector._emit_verdict()
    window.close()

    again = real_window()
    same = again.workspace.column(column.article_id)
    verdicts = [a for a in same.annotations if a.verdict]
    assert [(a.verdict, a.note, a.start) for a in verdicts] == [
        ("false", "checked against the registry", claim_mark.start)
    ]


def test_a_bad_file_shows_an_error_and_the_app_lives_on(real_window, qtbot, tmp_path):
    window = real_window()
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 this is not really a pdf")
    good = tmp_path / "council.txt"
    good.write_text(
        "City council votes on budget\n\nThe council approved 12 new buses on Monday, "
        "the mayor said.\n",
        encoding="utf-8",
    )
    with qtbot.waitSignal(window.importer.failed, timeout=20000) as failed:
        window.importer.import_paths([str(bad), str(good)])
    ((path, reason),) = failed.args[0]
    assert path.endswith("broken.pdf") and reason
    qtbot.waitUntil(lambda: window.import_error_box.isVisible(), timeout=5000)
    assert "broken.pdf" in window.import_error_box.text()
    window.import_error_box.close()
    qtbot.waitUntil(lambda: len(window.library_panel.article_ids()) == 6, timeout=20000)


def test_dropping_files_imports_them(real_window, qtbot, tmp_path):
    window = real_window()
    story = tmp_path / "floods.txt"
    story.write_text(
        "Floods close roads\n\nHeavy rain closed 14 roads on Sunday, officials said.\n",
        encoding="utf-8",
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(story))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.importer.imported, timeout=20000):
        window.dropEvent(event)
    assert len(window.library_panel.article_ids()) == 6


def highlight_colours(image: QImage, palette, left: float = 0.0, right: float = 1.0) -> set[str]:
    """Which palette fills appear in a vertical band of the picture (sampled every 2 px)."""
    fills = {layer.fill.lower() for layer in palette.layers.values()} | {
        f.lower() for f in palette.speaker_fills
    }
    seen = set()
    for y in range(0, image.height(), 2):
        for x in range(int(image.width() * left), int(image.width() * right), 2):
            name = QColor(image.pixel(x, y)).name()
            if name in fills:
                seen.add(name)
    return seen


def test_screenshot_mode_writes_a_big_colourful_png(db_url, tmp_path, qapp):
    from reader_app.palette import load_palette
    from reader_app.ui.app import run_gui

    out = tmp_path / "shot.png"
    assert run_gui(db_url, screenshot=str(out), size=(1400, 800)) == 0
    image = QImage(str(out))
    assert image.width() >= 1200 and image.height() >= 700
    # Only the middle of the window (the columns): the legend dock on the left shows every colour anyway.
    assert len(highlight_colours(image, load_palette(), left=0.3, right=0.7)) >= 4


def test_paste_makes_an_article(real_window, qtbot):
    from PySide6.QtWidgets import QApplication

    window = real_window()
    QApplication.clipboard().setText(
        "Harbour bridge reopens\n\nThe bridge reopened on Friday after 3 months "
        "of repairs, the port authority said."
    )
    with qtbot.waitSignal(window.importer.imported, timeout=20000) as imported:
        window.actions_.paste_article.trigger()
    new_id = imported.args[0][0]
    assert window.library.article(new_id).text.startswith("Harbour bridge reopens")


def test_a_library_that_cannot_open_is_reported_and_the_window_stays(qtbot, tmp_path):
    from reader_app.ui.main_window import MainWindow

    junk = tmp_path / "not-a-database.sqlite3"
    junk.write_bytes(b"this is not an SQLite file, just some bytes " * 50)
    window = MainWindow(None, interactive=False)
    qtbot.addWidget(window)
    window.show()
    window.open_library(f"sqlite:///{junk}")
    qtbot.waitUntil(lambda: window.library_error is not None, timeout=20000)
    assert "could not be opened" in window.workspace.empty.text()
    assert window.isVisible()
