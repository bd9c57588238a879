"""The one exception every reader raises: which file, and why it was refused."""

from __future__ import annotations

from pathlib import Path


class IngestError(ValueError):
    """A file (or pasted text) that cannot become an article; ``str(e) == f"{path}: {reason}"``.

    A ValueError subclass so callers that guard reads with ``except (OSError, ValueError)``
    report it like any other bad input.
    """

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    def __reduce__(self):  # keep path/reason when pickled across worker processes
        return (type(self), (self.path, self.reason))


def human_size(n_bytes: int) -> str:
    """'50.0 MB' style sizes for messages."""
    for unit in ("bytes", "KB", "MB", "GB"):
        if n_bytes < 1024 or unit == "GB":
            return f"{n_bytes} {unit}" if unit == "bytes" else f"{n_bytes:.1f} {unit}"
        n_bytes /= 1024
    return f"{n_bytes:.1f} GB"
