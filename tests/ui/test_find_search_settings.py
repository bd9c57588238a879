"""Find in a column, library-wide search, and the preferences dialog (name, word lists)."""

import pytest
from PySide6.QtCore import Qt
from store_window import build_store_window, real_analyze

from reader_app.ui import preferences, tools
from reader_app.ui.article_view import FOUND_CURRENT
from reader_app.ui.find_bar import find_all
from reader_app.ui.library_search import first_hit_words, snippet_html

pytest.importorskip("reader_app.store", reason="store not landed yet")


@pytest.fixture
def db_url(tmp_path):
    return f"sqlite:///{tmp_path / 'library.sqlite3'}"


@pytest.mark.parametrize(
    ("text", "needle", "found"),
    [
        ("The budget, the BUDGET.", "budget", [(4, 10), (16, 22)]),
        ("new\n homes", "new homes", [(0, 10)]),
        ("a.b", ".", [(1, 2)]),
        ("text", "  ", []),
    ],
)
def test_find_all_is_case_blind_and_literal(text, needle, found):
    assert find_all(text, needle) == found


def test_find_bar_counts_steps_and_closes_on_escape(qtbot, db_url):
    window, ids = build_store_window(qtbot, db_url)
    window.workspace.set_current(ids[0])
    window.actions_.find.trigger()
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.field, "budget")
    view = window.workspace.column(ids[0]).view
    assert len(window.find_bar.matches) == 2 == len(view.found)
    assert window.find_bar.count.text() == "1 of 2"
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.find_bar.count.text() == "2 of 2"
    first = window.find_bar.matches[1]
    assert view.selected_span() == first or view.textCursor().position() == first[0]
    # The current match shows in its own colour even on a claim's tint (and under the outline).
    image = view.viewport().grab().toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }
    assert FOUND_CURRENT.lower() in colours
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible() and view.found == []
    window.library.close()


def test_snippet_markers_become_bold_and_name_the_hit_words():
    snippet = "…the \u27e6budget\u27e7 <passed> \u27e6today\u27e7…"
    assert snippet_html(snippet) == "…the <b>budget</b> &lt;passed&gt; <b>today</b>…"
    assert first_hit_words(snippet) == ["budget", "today"]


def test_library_search_lists_a_hit_and_opens_it_scrolled(qtbot, db_url):
    window, ids = build_store_window(qtbot, db_url)
    window.workspace.remove_article(ids[1])
    window.library_panel.search.setText("striker")
    window.library_panel.search.returnPressed.emit()  # the dock's field opens the dialog
    dialog = window.search_dialog
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=10000)
    item = dialog.results.item(0)
    assert "<b>striker</b>" in item.text()
    dialog.results.itemDoubleClicked.emit(item)
    column = window.workspace.column(ids[1])
    assert column is not None
    start = column.article.text.index("striker")
    assert column.view.flashing == (start, start + len("striker"))
    dialog.close()
    window.library.close()


def test_preferences_save_the_name_used_as_annotation_author(qtbot, db_url, monkeypatch):
    from reader_app.ui.preferences_dialog import PreferencesDialog

    window, ids = build_store_window(qtbot, db_url)
    dialog = PreferencesDialog("sqlite:///x", window)
    dialog.name.setText("Ada Checker")
    dialog.palette_box.setCurrentIndex(dialog.palette_box.findData("high-contrast"))
    tools.apply_preferences(window, dialog, accepted=True)
    assert preferences.user_name() == "Ada Checker"
    assert window.palette_.name == "high-contrast" and window.legend.isVisible()
    monkeypatch.setattr("reader_app.ui.annotation_dialog.AnnotationDialog.exec", lambda self: 1)
    from reader_app.ui import annotating

    annotating.annotate_selection(window, ids[0], 0, 3)
    assert [a.author for a in window.library.annotations(ids[0])] == ["Ada Checker"]
    window.library.close()


def test_a_silenced_word_is_no_longer_flagged_after_reanalysis(qtbot, db_url):
    from reader_app.ui.preferences_dialog import PreferencesDialog
    from reader_app.ui.session import default_version

    window, ids = build_store_window(qtbot, db_url, analyze=real_analyze, version=default_version)
    column = window.workspace.column(ids[0])
    flagged = {f.entry for f in column.analysis.flags}
    assert "brutal" in flagged
    dialog = PreferencesDialog("sqlite:///x", window)
    table = dialog.words
    table.table.setCurrentCell(table.row_of("brutal"), 0)
    table.toggle_selected()
    assert table.table.item(table.row_of("brutal"), 4).text() == "silenced"
    before = column.analysis
    tools.apply_preferences(window, dialog, accepted=True)
    qtbot.waitUntil(
        lambda: column.analysis is not before and not window.session.busy, timeout=30000
    )
    assert "brutal" not in {f.entry for f in column.analysis.flags}
    assert flagged - {"brutal"} <= {f.entry for f in column.analysis.flags}
    window.library.close()


def test_the_library_chosen_in_preferences_opens_next_time_unless_db_is_given(qtbot, tmp_path):
    from reader_app.paths import default_db_url
    from reader_app.ui.app import chosen_library
    from reader_app.ui.preferences_dialog import PreferencesDialog, sqlite_url

    assert chosen_library(default_db_url()) == default_db_url()
    dialog = PreferencesDialog(default_db_url())
    qtbot.addWidget(dialog)
    dialog.choose_library(str(tmp_path / "other.sqlite3"))
    dialog.save()
    assert chosen_library(default_db_url()) == sqlite_url(str(tmp_path / "other.sqlite3"))
    assert chosen_library("sqlite:///elsewhere.db") == "sqlite:///elsewhere.db"
