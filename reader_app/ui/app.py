"""Start the desktop reader (or render it once to a PNG for --screenshot)."""

from __future__ import annotations

import os
import sys

DEFAULT_SIZE = (1600, 900)


def _application(headless: bool):
    if headless and not _has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a screenshot needs no screen
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("reader-app")
    app.setApplicationName("reader-app")
    app.setApplicationDisplayName("reader-app")
    # Ties the window to its menu entry (Wayland/GNOME match windows to .desktop files by this).
    app.setDesktopFileName("io.github.reader_app.ReaderApp")
    from PySide6.QtGui import QIcon

    from reader_app.resource_files import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "reader-app.svg"))))
    return app


def _has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) or sys.platform in (
        "win32",
        "darwin",
    )


def chosen_library(db_url: str) -> str:
    """The library picked in Preferences, unless ``--db``/``READER_APP_DB`` named another one."""
    from reader_app.paths import default_db_url
    from reader_app.ui.preferences import library_url

    if db_url != default_db_url():
        return db_url  # an explicit choice for this run wins
    return library_url() or db_url


def run_gui(
    db_url: str,
    screenshot: str | None = None,
    size: tuple[int, int] | None = None,
    open_paths: tuple[str, ...] = (),
) -> int:
    """The reader's main loop; with ``screenshot`` render the sample collection to a PNG and exit.

    ``open_paths`` are imported once the library is open (a file manager's "Open with").

    The window is shown first; the library opens and analysis streams in afterwards.
    """
    if not screenshot and not _has_display() and not os.environ.get("QT_QPA_PLATFORM"):
        # Qt would abort (exit 134) with a cryptic message; say what is wrong instead.
        print(
            "reader-app: no display found (DISPLAY/WAYLAND_DISPLAY unset). Run it in a desktop "
            "session, under `xvfb-run -a`, or make a picture with `reader-app --screenshot out.png`.",
            file=sys.stderr,
        )
        return 1
    app = _application(headless=bool(screenshot))
    from reader_app.ui.main_window import MainWindow

    if screenshot:
        from reader_app.ui.screenshot import take_screenshot

        return take_screenshot(
            app,
            MainWindow(None, restore=False, interactive=False),
            db_url,
            screenshot,
            size or DEFAULT_SIZE,
        )
    window = MainWindow(None)
    window.pending_imports = tuple(open_paths)
    window.show()
    window.open_library(chosen_library(db_url))
    try:
        return app.exec()
    finally:
        window.close_library()
