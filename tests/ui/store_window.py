"""A main window over a real Library on a tmp SQLite file, with the fake analyser (fast, exact spans)."""

from __future__ import annotations

from ui_fakes import FAKE_VERSION, fake_analyze, make_article

from reader_app.model import Analysis, Article

TEXTS = {
    "council": (
        "City Herald",
        "Council budget",
        (
            "The council approved a budget of 12 million dollars on Monday.\n\n"
            '"We will build 40 new homes this year," said Maria Lopez, the mayor. '
            "Critics called the plan a brutal cut to services.\n\n"
            "It was a historic vote, clearly the biggest in 20 years. The budget passed 7 to 2."
        ),
    ),
    "transfer": (
        "Sports Daily",
        "Record transfer",
        (
            "The club signed the striker for 30 million euros, a historic fee.\n\n"
            '"He scored 25 goals last season," said Tom Berg, the coach. '
            "The move was tragic for fans of the old club."
        ),
    ),
}


def store_articles(library) -> list[str]:
    """Put the test articles in the library once; their library ids, in TEXTS order."""
    made = [make_article(key, text, outlet, title) for key, (outlet, title, text) in TEXTS.items()]
    return [article_id for article_id, _new in library.add_articles(made, "Tests")]


def build_store_window(qtbot, url: str, analyze=fake_analyze, version=lambda: FAKE_VERSION):
    from reader_app.store import Library
    from reader_app.ui.main_window import MainWindow

    library = Library(url)
    ids = store_articles(library)
    window = MainWindow(library, analyze=analyze, compare=lambda items: None, version=version)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.session.open_articles(ids)
    qtbot.waitUntil(lambda: all(c.is_analysed for c in window.workspace.columns()), timeout=20000)
    return window, ids


def real_analyze(article: Article, progress=None, cancel=None) -> Analysis:
    from reader_app.analysis.pipeline import analyze

    return analyze(article, progress=progress, cancel=cancel)
