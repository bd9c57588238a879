"""The window cache (geometry, dock layout, visible layers) in an ini file under paths.config_dir()."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from reader_app.paths import config_dir

ORGANISATION = "reader-app"
APPLICATION = "reader-app"


def app_settings() -> QSettings:
    """Always the ini file in the config dir, so READER_APP_CONFIG_DIR keeps tests off the real config."""
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)
