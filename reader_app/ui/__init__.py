"""The desktop reader: the only package that imports PySide6 (one widget per module)."""

from reader_app.ui.qt_compat import guard_singletons

guard_singletons()  # PySide6 6.12.0 on Python 3.11 under-counts None/True references
