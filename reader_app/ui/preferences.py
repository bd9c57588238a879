"""The reader's preferences (name, palette, library location) in the settings ini; read, never cached."""

from __future__ import annotations

import getpass

from reader_app.palette import DEFAULT_PALETTE, palette_names
from reader_app.ui.settings import app_settings

NAME_KEY = "user/name"
PALETTE_KEY = "view/palette"
LIBRARY_KEY = "library/url"


def user_name() -> str:
    """The annotation author (also signs PDF exports); the login name until the reader sets one."""
    name = str(app_settings().value(NAME_KEY, "") or "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (containers): anonymous
        return ""


def palette_name() -> str:
    name = str(app_settings().value(PALETTE_KEY, DEFAULT_PALETTE) or DEFAULT_PALETTE)
    return name if name in palette_names() else DEFAULT_PALETTE


def library_url() -> str | None:
    """The library the reader chose in Preferences (used from the next start), or None."""
    return str(app_settings().value(LIBRARY_KEY, "") or "") or None


def save(name: str | None = None, palette: str | None = None, library: str | None = None) -> None:
    settings = app_settings()
    for key, value in ((NAME_KEY, name), (PALETTE_KEY, palette), (LIBRARY_KEY, library)):
        if value is not None:
            settings.setValue(key, value.strip())
    settings.sync()
