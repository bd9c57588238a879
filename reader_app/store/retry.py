"""Retry a library call when the database connection drops, a bounded number of times with backoff."""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, OperationalError

from reader_app.store.errors import LibraryOffline

log = logging.getLogger(__name__)
T = TypeVar("T")

# About 3.5 s in all: long enough for a server restart or a Wi-Fi blip, short enough that the
# reader is told soon and their unsaved annotation stays on screen.
DELAYS = (0.25, 0.5, 1.0, 2.0)


def is_disconnect(error: Exception) -> bool:
    """A lost or refused connection (worth retrying), not a bad statement or a constraint."""
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return True
    return isinstance(error, OperationalError) and not _is_sqlite_lock(error)


def _is_sqlite_lock(error: Exception) -> bool:
    # SQLite's "database is locked" already waited its busy timeout; retrying only adds delay.
    return "database is locked" in str(error)


def with_retries(call: Callable[[], T], where: str, delays: tuple[float, ...] = DELAYS) -> T:
    """``call()``; after a dropped connection, again after each delay; then LibraryOffline.

    A write whose connection dropped is retried whole: its transaction was rolled back by the
    server, so nothing is written twice (a drop during COMMIT itself is the rare exception).
    """
    for attempt in range(len(delays) + 1):
        try:
            return call()
        except DBAPIError as error:
            if not is_disconnect(error):
                raise
            if attempt == len(delays):
                reason = getattr(error, "orig", None) or error
                raise LibraryOffline(
                    f"{where}: the library's database cannot be reached ({_first_line(reason)}); "
                    f"tried {attempt + 1} times. Your unsaved work is kept; try again later."
                ) from None
            log.warning("%s: connection lost, retrying in %.2f s", where, delays[attempt])
            time.sleep(delays[attempt])
    raise AssertionError("unreachable")


def _first_line(reason: object) -> str:
    return str(reason).strip().splitlines()[0] if str(reason).strip() else type(reason).__name__


def retrying(method: Callable[..., T]) -> Callable[..., T]:
    """Decorate a Library method: retried on a dropped connection, messages name the masked URL."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        return with_retries(lambda: method(self, *args, **kwargs), self.url, self.retry_delays)

    return wrapper
