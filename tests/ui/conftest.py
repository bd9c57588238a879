"""Fixtures for the desktop UI tests: a main window over a fake library and a fake analyser."""

from __future__ import annotations

import pytest
from ui_fakes import FAKE_VERSION, FakeLibrary, fake_analyze, make_article

CITY_TEXT = (
    "The council approved a budget of 12 million dollars on Monday.\n\n"
    '"We will build 40 new homes this year," said Maria Lopez, the mayor. '
    "Critics called the plan a brutal cut to services.\n\n"
    "It was a historic vote, clearly the biggest in 20 years."
)
TRANSFER_TEXT = (
    "The club signed the striker for 30 million euros, a historic fee.\n\n"
    '"He scored 25 goals last season," said Tom Berg, the coach. The move was tragic for fans of the old club.'
)


def fake_comparison(items):
    return None


@pytest.fixture
def articles():
    return [
        make_article("1", CITY_TEXT, "City Herald", "Council budget"),
        make_article("2", TRANSFER_TEXT, "Sports Daily", "Record transfer"),
    ]


@pytest.fixture
def make_window(qtbot, articles, request):
    """Build a MainWindow over FakeLibrary(url); ready once both columns are analysed."""
    from reader_app.ui.main_window import MainWindow

    def build(url: str = ""):
        # Fake stores persist per URL (to test reopening), so each test gets its own URL.
        library = FakeLibrary(f"fake://{request.node.nodeid}/{url}", articles)
        window = MainWindow(
            library, analyze=fake_analyze, compare=fake_comparison, version=lambda: FAKE_VERSION
        )
        qtbot.addWidget(window)
        window.resize(1400, 800)
        window.show()
        window.session.open_articles([1, 2])
        qtbot.waitUntil(
            lambda: all(c.is_analysed for c in window.workspace.columns()), timeout=5000
        )
        return window

    return build
