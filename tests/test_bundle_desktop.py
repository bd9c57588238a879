"""The icon, desktop entry and AppStream file agree with each other and pass the freedesktop checks."""

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DESKTOP_DIR = REPO / "packaging" / "desktop"
APP_ID = "io.github.reader_app.ReaderApp"
ICONS = REPO / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(DESKTOP_DIR / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.mark.parametrize("key, value", [
    ("Exec", "reader-app %F"),
    ("Icon", "reader-app"),
    ("Categories", "Office;Education;Viewer;"),
    ("MimeType", "text/plain;text/html;application/pdf;"),
    ("Type", "Application"),
])
def test_desktop_entry(key, value):
    assert _desktop_entry()[key] == value


def test_metainfo_names_the_desktop_file_and_licence():
    root = ET.parse(DESKTOP_DIR / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert root.findtext("project_license") == "MIT"
    assert root.find("content_rating") is not None and root.find("releases/release") is not None
    image = root.findtext("screenshots/screenshot/image")
    # The screenshot named there is a file of this repository.
    assert image.endswith("resources/screenshots/main-window.png")


@pytest.mark.parametrize("tool, args", [
    ("desktop-file-validate", [str(DESKTOP_DIR / f"{APP_ID}.desktop")]),
    ("appstreamcli", ["validate", "--no-net", str(DESKTOP_DIR / f"{APP_ID}.metainfo.xml")]),
])
def test_freedesktop_validators_accept_the_files(tool, args):
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} not installed (apt-get install desktop-file-utils appstream)")
    result = subprocess.run([tool, *args], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("size", SIZES)
def test_png_icons_have_their_size(size):
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "reader-app.png"
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
    assert (width, height) == (size, size)


def test_svg_icon_is_well_formed():
    root = ET.parse(ICONS / "reader-app.svg").getroot()
    assert root.tag.endswith("svg") and root.get("viewBox") == "0 0 256 256"
