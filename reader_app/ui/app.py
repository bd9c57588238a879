"""Start the desktop reader (or render it once to a PNG for --screenshot)."""

from __future__ import annotations

import os
import sys
import time
from typing import Any

START = time.perf_counter()  # module import is the earliest point the GUI path can time itself

DEFAULT_SIZE = (1600, 900)
SCREENSHOT_TIMEOUT_S = 180


def _application(headless: bool):
    if headless and not _has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a screenshot needs no screen
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("reader-app")
    app.setApplicationName("reader-app")
    app.setApplicationDisplayName("reader-app")
    return app


def _has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) or sys.platform in ("win32", "darwin")


def open_library(db_url: str) -> Any:
    from reader_app.store import Library

    return Library(db_url)


def run_gui(db_url: str, screenshot: str | None = None, size: tuple[int, int] | None = None) -> int:
    """The reader's main loop; with ``screenshot`` render the sample collection to a PNG and exit."""
    if not screenshot and not _has_display() and not os.environ.get("QT_QPA_PLATFORM"):
        print("reader-app: no display found (DISPLAY is not set); use --screenshot or a headless command",
              file=sys.stderr)
        return 1
    app = _application(headless=bool(screenshot))
    from reader_app.ui.main_window import MainWindow

    library = open_library(db_url)
    try:
        if screenshot:
            from reader_app.ui.screenshot import take_screenshot

            return take_screenshot(app, MainWindow(library, restore=False), screenshot, size or DEFAULT_SIZE)
        window = MainWindow(library)
        window.show()
        if os.environ.get("READER_APP_TIMING"):
            print(f"window shown {time.perf_counter() - START:.2f} s after import", file=sys.stderr)
        window.start()
        return app.exec()
    finally:
        _close(library)


def _close(library: Any) -> None:
    close = getattr(library, "close", None)
    if close:
        close()
