"""What a shared library can refuse: a stale edit, a missing permission, an unreachable server."""

from __future__ import annotations

from reader_app.store.engine import LibraryError


class ConflictError(LibraryError):
    """Someone else changed the annotation since it was read; ``current`` is what is stored now."""

    def __init__(self, message: str, current=None) -> None:
        super().__init__(message)
        self.current = current


class NotAllowedError(LibraryError):
    """The library's user lacks the role for this (e.g. a student setting an answer key)."""


class LibraryOffline(LibraryError):
    """The database server could not be reached after retries; nothing was written.

    The caller keeps what the reader typed (see ``store.outbox``) and tries again later.
    """
