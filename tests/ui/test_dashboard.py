"""The framing dashboard over the sample collection: coverage matrix, wording, disagreements, profiles."""

import pytest

from reader_app.ui.dashboard import Dashboard
from reader_app.ui.profile_chart import flag_rate

pytest.importorskip("reader_app.store.samples", reason="store not landed yet")
pytest.importorskip("reader_app.compare", reason="compare not landed yet")


@pytest.fixture
def seeded_window(qtbot, tmp_path):
    from reader_app.store import Library
    from reader_app.ui.main_window import MainWindow

    window = MainWindow(Library(f"sqlite:///{tmp_path / 'library.sqlite3'}"), restore=False)
    qtbot.addWidget(window)
    window.resize(1500, 950)
    window.show()
    with qtbot.waitSignal(window.library_loaded, timeout=30000):
        window.start()
    qtbot.waitUntil(
        lambda: window.session.comparison is not None and not window.session.busy, timeout=90000
    )
    yield window
    window.library.close()


def test_coverage_matrix_lists_the_seed_events_and_a_click_scrolls_the_column(seeded_window, qtbot):
    window = seeded_window
    comparison = window.session.comparison
    table = window.dashboard.coverage
    open_ids = window.workspace.article_ids()
    assert table.rowCount() == len(comparison.events) >= 3
    assert table.columnCount() == 1 + len(open_ids)
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        e.label for e in comparison.events
    ]
    event = comparison.events[0]
    mention = event.mentions[0]
    col = 1 + open_ids.index(mention.article)
    assert table.item(0, col).text().startswith("●")
    empty = [c for c in range(1, table.columnCount()) if open_ids[c - 1] not in event.articles]
    assert all(table.item(0, c).text() == "" for c in empty)
    with qtbot.waitSignal(window.dashboard.mention_activated):
        table.cellClicked.emit(0, col)
    assert window.workspace.column(mention.article).view.flashing == (mention.start, mention.end)


def test_wording_and_disagreements_jump_to_the_text(seeded_window, qtbot):
    window = seeded_window
    comparison = window.session.comparison
    assert window.dashboard.variants.rowCount() == len(comparison.term_variants)
    tree = window.dashboard.discrepancies
    if not comparison.discrepancies:
        pytest.skip("the comparison found no disagreements in the samples")
    child = tree.topLevelItem(0).child(0)
    value = comparison.discrepancies[0].values[0]
    assert value.text in child.text(0)
    tree.itemClicked.emit(child, 0)
    assert window.workspace.column(value.article).view.flashing == (value.start, value.end)
    assert "shared events" in window.docks["dashboard"].windowTitle()


def test_outlet_profiles_are_painted_from_the_comparison(seeded_window):
    chart = seeded_window.dashboard.chart
    outlets = seeded_window.session.comparison.outlet_profiles
    assert len(chart.profiles) == len(outlets) >= 2
    image = chart.grab().toImage()
    assert image.width() >= len(outlets) * 300
    # Some bar is painted in a flag category's colour (not only the grey tracks).
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }
    layer_colours = {
        seeded_window.palette_.layer(k).color.lower()
        for k in ("loaded", "emotive", "puffery", "hedge")
    }
    assert colours & layer_colours


def test_an_empty_dashboard_says_what_it_waits_for(qtbot):
    from reader_app.palette import load_palette

    dashboard = Dashboard(load_palette())
    qtbot.addWidget(dashboard)
    dashboard.show_comparison(None, [("1", "A"), ("2", "B")])
    assert dashboard.coverage.rowCount() == 0 and "two or more" in dashboard.notice.text()


@pytest.mark.parametrize(
    ("profile", "voice", "category", "rate"),
    [
        ({"flags_per_1000_words": {"author": {"loaded": 1.5}}}, "author", "loaded", 1.5),
        ({"flags_per_1000_words": {"author": {"loaded": 1.5}}}, "quoted", "loaded", 0.0),
        ({}, "author", "hedge", 0.0),
    ],
)
def test_flag_rates_default_to_zero(profile, voice, category, rate):
    assert flag_rate(profile, voice, category) == rate
