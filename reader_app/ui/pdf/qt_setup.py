"""The Qt bits every PDF export needs: an application object (offscreen-safe) and ligature-free fonts."""

from __future__ import annotations

import os
import sys
from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

# Fonts shipped on a bare Debian (fonts-dejavu-core) and most Linux/Windows/macOS systems;
# the first one fontconfig knows is used, so the PDF embeds a real font, never a stand-in.
BODY_FAMILIES = ("DejaVu Serif", "Liberation Serif", "Noto Serif", "Times New Roman")
SANS_FAMILIES = ("DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial")

_app = None


def ensure_app() -> QGuiApplication:
    """The running Qt application, or a new one (offscreen when there is no display)."""
    # PySide6 6.12.0's refcount leaks are guarded when reader_app.ui is imported (qt_compat).
    global _app
    existing = QGuiApplication.instance()
    if existing is not None:
        return existing
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        # Without a display Qt aborts the process unless a platform is chosen first.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A QApplication, not just a QGuiApplication: a process that exports first and opens a
    # window later (the reader, a test session) could not create widgets otherwise.
    try:
        from PySide6.QtWidgets import QApplication as AppClass
    except ImportError:
        AppClass = QGuiApplication
    _app = AppClass(sys.argv[:1] or ["reader-app"])
    return _app


@lru_cache(maxsize=8)
def pick_family(candidates: tuple[str, ...]) -> str:
    known = set(QFontDatabase.families())
    return next((name for name in candidates if name in known), candidates[0])


def export_font(sans: bool = False, point_size: float = 10.5) -> QFont:
    """A font with ligatures off: 'ﬂ' in a PDF breaks copy, search and pdftotext."""
    font = QFont(pick_family(SANS_FAMILIES if sans else BODY_FAMILIES))
    font.setPointSizeF(point_size)
    font.setFeature(QFont.Tag("liga"), 0)
    font.setFeature(QFont.Tag("clig"), 0)
    font.setStyleStrategy(QFont.StyleStrategy.PreferDefault)
    return font
