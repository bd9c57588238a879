"""--screenshot: show the sample collection side by side, wait for its analysis, save a PNG."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEventLoop, QTimer

from reader_app.ui.qt_compat import props

TIMEOUT_S = 180


def _ready(window) -> bool:
    columns = window.workspace.columns()
    return (
        bool(columns)
        and not window.session.busy
        and all(c.is_analysed or "failed" in c.header.reading.text() for c in columns)
    )


def wait_until_analysed(app, window, timeout_s: float = TIMEOUT_S) -> bool:
    """Run the event loop until every visible column is analysed (and compared), or time runs out."""
    loop = QEventLoop()
    loaded = {"done": False}
    window.library_loaded.connect(lambda: loaded.update(done=True))
    poll = props(QTimer(), interval=50)
    poll.timeout.connect(
        lambda: loop.quit() if window.library_error or (loaded["done"] and _ready(window)) else None
    )
    deadline = props(QTimer(), singleShot=True, interval=int(timeout_s * 1000))
    deadline.timeout.connect(loop.quit)
    poll.start()
    deadline.start()
    loop.exec()
    poll.stop()
    return _ready(window)


def inspect_a_claim(window) -> None:
    """Fill the inspector with an attributed claim told in other columns too, so the picture
    shows the whole chain and the cross-source alignment; fall back to any claim."""
    best, best_score = None, -1
    for column in window.workspace.columns():
        analysis = column.analysis
        for mark in (m for m in column.view.visible_marks() if m.kind == "claim"):
            attributed = (
                analysis is not None and analysis.claims[mark.index].attribution is not None
            )
            mentions = window.session.mentions_for(column.article_id, mark.start, mark.end)
            framing = window.session.framing_for(column.article_id, mark.start, mark.end)
            score = 2 * bool(mentions) + 2 * bool(framing) + attributed
            if score > best_score:
                best, best_score = (column.article_id, mark), score
    if best is not None:
        window.inspect(best[0], [best[1]])
        window.workspace.scroll_to(best[0], best[1].start, best[1].end, flash=False)


def take_screenshot(app, window, db_url: str, path: str, size: tuple[int, int]) -> int:
    started = time.perf_counter()
    window.resize(*size)
    window.show()
    window.open_library(db_url, samples=True)
    ready = wait_until_analysed(app, window)
    if window.library is None:
        return 1  # the reason is already on stderr / in the message box
    if not ready:
        print("reader-app: analysis did not finish in time; saving what is shown", file=sys.stderr)
    inspect_a_claim(window)
    app.processEvents()
    image = window.grab()
    ok = image.save(path)
    window.close()
    window.close_library()
    if not ok:
        print(f"reader-app: could not write {path}", file=sys.stderr)
        return 1
    print(
        f"wrote {path} ({image.width()}x{image.height()}) in {time.perf_counter() - started:.1f} s",
        file=sys.stderr,
    )
    return 0
