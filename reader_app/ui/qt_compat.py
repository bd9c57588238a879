"""Guard against reference-count bugs in PySide6 6.12.0 on Python 3.11 that abort the interpreter.

PySide6 6.12.0 returns ``True``/``None`` from many calls without taking a reference
(``Signal.emit()``, ``QTextCursor.setPosition()``, ``QSettings.setValue()``, property keywords in
constructors...). Python 3.12+ makes these singletons immortal, so the bug only shows on 3.11:
after a few thousand calls "Fatal Python error: bool_dealloc / none_dealloc". 6.11.3 is clean.

``guard_singletons()`` probes the running PySide6 once; if it leaks, it raises the reference
counts of None/True/False far out of reach, which is what Python 3.12's immortal objects do.
Importing ``reader_app.ui`` calls it, so every Qt surface (reader, PDF export) is covered.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any, TypeVar

T = TypeVar("T")
HEADROOM = 1 << 40  # references added per singleton; no session makes that many leaking calls
PROBES = 16


def _emit_leak() -> int:
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    before = sys.getrefcount(True)
    for _ in range(PROBES):
        probe.ping.emit()
    return before - sys.getrefcount(True)


def guard_singletons() -> bool:
    """True when the leak was found and the guard applied (idempotent)."""
    if sys.version_info >= (3, 12) or getattr(guard_singletons, "applied", False):
        return False
    leaked = _emit_leak()
    if leaked < PROBES:
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += HEADROOM
    guard_singletons.applied = True  # type: ignore[attr-defined]
    return True


def props(obj: T, **values: Any) -> T:
    """``props(QLabel(text), wordWrap=True)``: call the setters (constructor keywords leak on 6.12.0)."""
    for name, value in values.items():
        getattr(obj, "set" + name[0].upper() + name[1:])(value)
    return obj
