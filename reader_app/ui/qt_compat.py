"""Work-arounds for two reference-count bugs in PySide6 6.12.0 that crash the interpreter.

1. ``Signal.emit()`` returns ``True`` without taking a reference, so every emit from Python
   drops one reference to ``True``; after a few thousand emits the interpreter aborts with
   "bool_dealloc: deallocating True or False". ``emit()`` below gives the reference back,
   and only when a probe at import shows the running PySide6 has the bug.
2. Keyword properties in constructors (``QLabel("x", wordWrap=True)``) drop a reference to
   ``None`` each; ``props()`` sets them through their setters instead.
Always use these two in reader_app.ui: never ``signal.emit(...)``, never property keywords.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

T = TypeVar("T")
_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QObject):
    ping = Signal()


def _emit_drops_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    return before - sys.getrefcount(True) >= 8


EMIT_LEAKS = _emit_drops_a_reference()
if EMIT_LEAKS:  # give back the eight references the probe took
    for _ in range(8):
        _incref(True)


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)`` without the 6.12.0 reference leak."""
    result = signal.emit(*args)
    if EMIT_LEAKS and isinstance(result, bool):
        _incref(result)


def props(obj: T, **values: Any) -> T:
    """``props(QLabel(text), wordWrap=True)``: call ``setWordWrap(True)`` and return the object."""
    for name, value in values.items():
        getattr(obj, "set" + name[0].upper() + name[1:])(value)
    return obj
