"""ExportError and the atomic file writing every exporter uses (temp file beside the target, then rename)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sized
from pathlib import Path
from typing import IO


class ExportError(Exception):
    """An export that could not be written; the message names the file and the reason."""


def require_selection(items: Sized, out_path: str | os.PathLike[str]) -> None:
    """Refuse an empty selection before anything is written."""
    if not len(items):
        raise ExportError(f"{out_path}: nothing to export (no articles selected)")


def check_target(out_path: str | os.PathLike[str]) -> Path:
    """The target as a Path, after checking its folder exists and is writable (clear message if not)."""
    path = Path(out_path)
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ExportError(f"{path}: cannot write (it is a folder)")
    if not parent.is_dir():
        raise ExportError(f"{path}: cannot write (folder {parent} does not exist)")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ExportError(f"{path}: cannot write (folder {parent} is not writable)")
    return path


def write_atomically(out_path: str | os.PathLike[str], write: Callable[[IO[bytes]], None]) -> Path:
    """Run ``write`` on a temp file in the target's folder and rename it over the target.

    The rename is atomic on one filesystem, so a reader never sees a half-written file and a
    failure leaves the old file (or nothing) in place.
    """
    path = check_target(out_path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise ExportError(f"{path}: cannot write ({error.strerror or error})") from error
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
        os.replace(tmp_name, path)
    except BaseException as error:
        _remove_quietly(tmp_name)
        if isinstance(error, OSError):
            raise ExportError(f"{path}: cannot write ({error.strerror or error})") from error
        raise
    return path


def write_text_atomically(out_path: str | os.PathLike[str], text: str) -> Path:
    return write_atomically(out_path, lambda handle: handle.write(text.encode("utf-8")))


def temp_path_beside(out_path: str | os.PathLike[str]) -> Path:
    """A fresh, unused temp file name in the target's folder (for writers that want a path)."""
    path = check_target(out_path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise ExportError(f"{path}: cannot write ({error.strerror or error})") from error
    os.close(fd)
    return Path(tmp_name)


def _remove_quietly(name: str | os.PathLike[str]) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass
