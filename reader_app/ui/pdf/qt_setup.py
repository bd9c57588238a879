"""The Qt bits every PDF export needs: an application object (offscreen-safe) and ligature-free fonts."""

from __future__ import annotations

import ctypes
import os
import sys

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

# Fonts shipped on a bare Debian (fonts-dejavu-core) and most Linux/Windows/macOS systems;
# the first one fontconfig knows is used, so the PDF embeds a real font, never a stand-in.
BODY_FAMILIES = ("DejaVu Serif", "Liberation Serif", "Noto Serif", "Times New Roman")
SANS_FAMILIES = ("DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial")

_app = None
_none_guarded = False
PROBE_CALLS = 64
# Far more void calls than any process makes; the same effect as Python 3.12's immortal None.
NONE_RESERVE = 1 << 40


def ensure_app() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display)."""
    global _app
    guard_none_refcount()
    existing = QGuiApplication.instance()
    if existing is not None:
        return existing
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        # Without a display Qt aborts the process unless a platform is chosen first.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(sys.argv[:1] or ["reader-app"])
    return _app


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


def guard_none_refcount() -> bool:
    """Keep None alive when the Qt binding drops a reference to it on every void call.

    PySide6 6.12.0 on Python 3.11 returns None from void methods without a new reference
    (harmless on 3.12+, where None is immortal). After a few thousand calls None's count
    reaches zero and the interpreter aborts ("none_dealloc"), at the latest at exit. We probe
    for the leak and, only if it is there, give None a reserve of references. Returns True
    when the guard was applied.
    """
    global _none_guarded
    if _none_guarded or sys.version_info >= (3, 12):
        return _none_guarded
    from PySide6.QtCore import QRectF

    probe = QRectF()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setWidth(1.0)
    lost = before - sys.getrefcount(None)
    if lost >= PROBE_CALLS // 2:
        refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, first field of PyObject
        refcount.value += NONE_RESERVE
        _none_guarded = True
    return _none_guarded
