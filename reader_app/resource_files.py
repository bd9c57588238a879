"""One way to reach shipped data files, from a source checkout, an installed wheel or a bundle."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """The filesystem path of a file under ``resources/`` (e.g. ``resource_path("lexicons", "x.tsv")``).

    ``importlib.resources`` resolves the ``reader_app.resources`` package wherever it is
    installed; a PyInstaller bundle unpacks it under ``sys._MEIPASS``, which is tried too.
    """
    try:
        base = Path(str(resources.files("reader_app.resources")))
    except ModuleNotFoundError:
        base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent)) / "resources"
    return base.joinpath(*parts)


def read_resource_text(*parts: str) -> str:
    return resource_path(*parts).read_text(encoding="utf-8")
